#include "ThemeRules.h"

#include "PageRenderer.h"
#include "Theme.h"

#include <QCoreApplication>
#include <QDir>
#include <QList>
#include <QRegularExpression>
#include <optional>
#include <tuple>

namespace newsroom::themerules {

namespace {

// The HTML tokenizer's states (WHATWG HTML, 13.2.5), as far as a template needs them to
// know where a variable stands. Character references and doctype details change nothing
// here and are left out.
enum class Html
{
    Data,
    TagOpen,
    EndTagOpen,
    TagName,
    BeforeAttrName,
    AttrName,
    AfterAttrName,
    BeforeAttrValue,
    AttrValueDouble,
    AttrValueSingle,
    AttrValueUnquoted,
    AfterAttrValueQuoted,
    SelfClosing,
    MarkupOpen, // "<!"
    MarkupDash, // "<!-"
    BogusComment,
    CommentStart,
    CommentStartDash,
    Comment,
    CommentEndDash,
    CommentEnd,
    CommentEndBang,
    RawText,     // the content of <script>, <style>, <title>...
    RawLessThan, // "<" in it
    RawEndTag,   // "</" and part of the element's name
};

struct State
{
    Html html = Html::Data;
    bool endTag = false;
    QString tagName; // lower case
    QString attrName;
    QString attrValue;
    bool attrDynamic = false; // a variable or section stands in the value
    bool typeSeen = false;    // the tag's first type attribute, for JSON-LD
    QString type;
    bool typeDynamic = false;
    bool idSeen = false; // the tag's first id attribute, for the story anchor
    QString id;
    bool idDynamic = false;
    QString rawElement; // RawText: the element whose end tag ends it
    bool jsonData = false;
    QString endMatch; // RawEndTag: the name so far

    // Two states a section may join: shown or hidden, the template reads on the same.
    bool sameAs(const State &other) const
    {
        const auto key = [](const State &s) {
            const Html html = s.html == Html::AfterAttrValueQuoted ? Html::BeforeAttrName : s.html;
            return std::tuple(html, s.endTag, s.tagName, s.attrName, s.typeSeen, s.type,
                              s.typeDynamic, s.rawElement, s.jsonData);
        };
        return key(*this) == key(other);
    }
};

bool isSpace(QChar c)
{
    return c == u' ' || c == u'\t' || c == u'\n' || c == u'\r' || c == u'\f';
}

bool isAsciiLetter(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z');
}

// Elements whose content the browser reads as text up to their end tag.
bool isRawTextElement(const QString &name)
{
    static const QStringList names{QStringLiteral("script"),   QStringLiteral("style"),
                                   QStringLiteral("title"),    QStringLiteral("textarea"),
                                   QStringLiteral("xmp"),      QStringLiteral("noembed"),
                                   QStringLiteral("noframes"), QStringLiteral("noscript")};
    return names.contains(name);
}

// Foreign content (CDATA, integration points) and a text that never ends, which the check
// would have to follow another parser for; and other documents and plugins (an iframe's
// srcdoc is HTML again, unescaped once). A page theme needs none of them.
bool isRefusedElement(const QString &name)
{
    static const QStringList names{QStringLiteral("svg"),       QStringLiteral("math"),
                                   QStringLiteral("plaintext"), QStringLiteral("iframe"),
                                   QStringLiteral("frame"),     QStringLiteral("frameset"),
                                   QStringLiteral("object"),    QStringLiteral("embed")};
    return names.contains(name);
}

bool isVoidElement(const QString &name)
{
    static const QStringList names{
        QStringLiteral("area"), QStringLiteral("base"),   QStringLiteral("br"),
        QStringLiteral("col"),  QStringLiteral("embed"),  QStringLiteral("hr"),
        QStringLiteral("img"),  QStringLiteral("input"),  QStringLiteral("link"),
        QStringLiteral("meta"), QStringLiteral("source"), QStringLiteral("track"),
        QStringLiteral("wbr")};
    return names.contains(name);
}

// Elements whose start tag ends an open <p> (WHATWG HTML, 13.2.6.4.7, "in body").
bool closesParagraph(const QString &name)
{
    static const QStringList names{
        QStringLiteral("address"),    QStringLiteral("article"),  QStringLiteral("aside"),
        QStringLiteral("blockquote"), QStringLiteral("details"),  QStringLiteral("div"),
        QStringLiteral("dl"),         QStringLiteral("fieldset"), QStringLiteral("figcaption"),
        QStringLiteral("figure"),     QStringLiteral("footer"),   QStringLiteral("form"),
        QStringLiteral("h1"),         QStringLiteral("h2"),       QStringLiteral("h3"),
        QStringLiteral("h4"),         QStringLiteral("h5"),       QStringLiteral("h6"),
        QStringLiteral("header"),     QStringLiteral("hr"),       QStringLiteral("main"),
        QStringLiteral("menu"),       QStringLiteral("nav"),      QStringLiteral("ol"),
        QStringLiteral("p"),          QStringLiteral("pre"),      QStringLiteral("section"),
        QStringLiteral("table"),      QStringLiteral("ul")};
    return names.contains(name);
}

// Elements the article's body may stand in, down from the story element: the body's own
// paragraphs, headings, lists, links and tables never end them or move out of them, so the
// body stays inside the story in the page the browser builds. (A <p>, a heading or an <a>
// would be ended by the body's first paragraph, heading or link; a <table> would move the
// body out of itself.)
bool holdsTheBody(const QString &name)
{
    static const QStringList names{
        QStringLiteral("article"), QStringLiteral("aside"),   QStringLiteral("blockquote"),
        QStringLiteral("body"),    QStringLiteral("dd"),      QStringLiteral("details"),
        QStringLiteral("div"),     QStringLiteral("figure"),  QStringLiteral("footer"),
        QStringLiteral("header"),  QStringLiteral("li"),      QStringLiteral("main"),
        QStringLiteral("nav"),     QStringLiteral("section"), QStringLiteral("td"),
        QStringLiteral("th")};
    return names.contains(name);
}

class TemplateScanner
{
    // Every message of the theme checks, one context.
    Q_DECLARE_TR_FUNCTIONS(ThemeRules)

public:
    TemplateScanner(const QString &file, const QString &text, TemplateKind kind)
        : m_file(file), m_text(text), m_article(kind == TemplateKind::Article)
    {}

    StoreResult<qsizetype> run()
    {
        const qsizetype n = m_text.size();
        qsizetype i = 0;
        while (i < n && !m_error) {
            if (m_text.at(i) == u'{' && i + 1 < n && m_text.at(i + 1) == u'{') {
                // As ctemplate reads "{{{X}}": a brace of text, then the marker.
                if (i + 2 < n && m_text.at(i + 2) == u'{') {
                    feed(m_text.at(i), i);
                    ++i;
                    continue;
                }
                i = marker(i);
                continue;
            }
            feed(m_text.at(i), i);
            ++i;
        }
        if (!m_error)
            finish();
        if (m_error)
            return std::unexpected(*m_error);
        return m_head;
    }

private:
    struct OpenSection
    {
        QString name;
        State state;
        qsizetype position;
    };

    struct OpenElement
    {
        QString name;
        qsizetype position;
        bool story = false;
    };

    int lineAt(qsizetype position) const
    {
        return int(QStringView(m_text).left(position).count(u'\n')) + 1;
    }

    void refuse(qsizetype position, const QString &reason)
    {
        if (m_error)
            return;
        m_error = StoreError{StoreError::Code::Invalid,
                             tr("The theme file %1 is refused, line %2: %3")
                                 .arg(m_file, QString::number(lineAt(position)), reason)};
    }

    void refuseWithoutPragma(qsizetype position)
    {
        refuse(position, tr("it must begin with {{%AUTOESCAPE context=\"HTML\"}}, so that every "
                            "value is escaped for where it stands in the page."));
    }

    // Reads the marker starting at `start` ("{{"), returns where the text goes on.
    qsizetype marker(qsizetype start)
    {
        const qsizetype open = start + 2;
        const qsizetype close = m_text.indexOf(QStringLiteral("}}"), open);
        if (open >= m_text.size() || close < 0) {
            refuse(start, tr("a {{ marker is never closed with }}."));
            return m_text.size();
        }
        const QChar kind = m_text.at(open);
        const QString body = m_text.mid(open + 1, close - open - 1);
        const qsizetype next = close + 2;
        if (kind == u'!') // a template comment, gone from the page
            return next;
        if (kind == u'%') {
            static const QRegularExpression pragma(
                QStringLiteral("^(?i:AUTOESCAPE)\\s+(?i:context)=\"(HTML|html)\"(\\s+(?i:state)="
                               "\"default\")?\\s*$"));
            if (m_pragma)
                refuse(start, tr("a template has one {{%AUTOESCAPE}}, at its start."));
            else if (m_started)
                refuseWithoutPragma(start);
            else if (!pragma.match(body).hasMatch())
                refuse(start, tr("the template's escaping must be exactly "
                                 "{{%AUTOESCAPE context=\"HTML\"}}."));
            m_pragma = true;
            return next;
        }
        if (!m_pragma) {
            refuseWithoutPragma(start);
            return next;
        }
        m_started = true;
        switch (kind.unicode()) {
        case u'=':
            refuse(start, tr("a theme may not change the {{ }} delimiters."));
            break;
        case u'>':
            refuse(start, tr("a theme may not include other templates ({{>%1}}); it is "
                             "article.html, list.html and style.css only.")
                              .arg(body));
            break;
        case u'#':
            sectionStart(start, body);
            break;
        case u'/':
            sectionEnd(start, body);
            break;
        default:
            variable(start, m_text.mid(open, close - open));
            break;
        }
        return next;
    }

    bool sectionMayStandHere()
    {
        switch (m_state.html) {
        case Html::Data:
        case Html::RawText:
        case Html::BeforeAttrName:
        case Html::AfterAttrValueQuoted:
            return true;
        case Html::AttrValueDouble:
        case Html::AttrValueSingle:
            m_state.attrDynamic = true; // the value depends on what is shown
            return true;
        default:
            return false;
        }
    }

    void sectionStart(qsizetype position, const QString &name)
    {
        if (!sectionMayStandHere()) {
            refuse(position, tr("the section {{#%1}} stands inside a tag's name, an attribute's "
                                "name or an HTML comment; begin it between attributes or "
                                "elements.")
                                 .arg(name));
            return;
        }
        m_sections.append({name, m_state, position});
    }

    void sectionEnd(qsizetype position, const QString &name)
    {
        if (m_sections.isEmpty() || m_sections.constLast().name != name) {
            refuse(position, tr("{{/%1}} closes a section that is not open.").arg(name));
            return;
        }
        const OpenSection section = m_sections.takeLast();
        if (!sectionMayStandHere() || !m_state.sameAs(section.state)) {
            refuse(position,
                   tr("the section %1 (from line %2) ends in another part of the HTML than it "
                      "began: shown or hidden, it would change how the rest of the page is "
                      "read. Close every tag, attribute and element it opens inside it.")
                       .arg(name, QString::number(lineAt(section.position))));
        }
    }

    QString whereInHtml() const
    {
        switch (m_state.html) {
        case Html::RawText:
            return tr("inside a <%1> element").arg(m_state.rawElement);
        case Html::AttrValueDouble:
        case Html::AttrValueSingle:
            return tr("inside the value of the attribute %1 of <%2>")
                .arg(m_state.attrName, m_state.tagName);
        default:
            return tr("in the page's HTML");
        }
    }

    void variable(qsizetype position, const QString &marker)
    {
        const QStringList parts = marker.split(u':');
        const QString name = parts.first();
        bool unescaped = false;
        for (qsizetype i = 1; i < parts.size(); ++i)
            unescaped =
                unescaped ||
                parts.at(i).section(u'=', 0, 0).trimmed().compare(u"none", Qt::CaseInsensitive) ==
                    0;
        switch (m_state.html) {
        case Html::Data:
            if (m_head < 0) {
                refuse(position, tr("{{%1}} stands before <head>; the page's security policy "
                                    "must come first in it.")
                                     .arg(marker));
                return;
            }
            break;
        case Html::RawText:
            break;
        case Html::AttrValueDouble:
        case Html::AttrValueSingle:
            m_state.attrDynamic = true;
            break;
        case Html::AttrValueUnquoted:
        case Html::BeforeAttrValue:
            refuse(position, tr("{{%1}} stands in an unquoted attribute value; put the value "
                                "in double quotes.")
                                 .arg(marker));
            return;
        case Html::BogusComment:
        case Html::CommentStart:
        case Html::CommentStartDash:
        case Html::Comment:
        case Html::CommentEndDash:
        case Html::CommentEnd:
        case Html::CommentEndBang:
            refuse(position, tr("{{%1}} stands inside an HTML comment or declaration, where its "
                                "text could end the comment early.")
                                 .arg(marker));
            return;
        default:
            refuse(position, tr("{{%1}} stands inside a tag's markup; a variable may only "
                                "stand in text or a quoted attribute value.")
                                 .arg(marker));
            return;
        }
        const bool inText = m_state.html == Html::Data;
        if (name == u"BODY" && !inText) {
            refuse(position, tr("{{%1}} stands %2, where the article's HTML could become code "
                                "or break the page. Place the body in the page's HTML, outside "
                                "<script>, <style>, <title> and attribute values.")
                                 .arg(marker, whereInHtml()));
            return;
        }
        if (name == u"BODY" && m_article)
            bodyInStory(position, marker, unescaped);
        if (!unescaped)
            return; // ctemplate escapes it for where it stands
        const bool allowed =
            (name == u"BODY" && inText) ||
            (name == u"CSS" && m_state.html == Html::RawText && m_state.rawElement == u"style") ||
            (name == u"JSON_LD" && m_state.html == Html::RawText &&
             m_state.rawElement == u"script" && m_state.jsonData);
        if (!allowed) {
            refuse(position, tr("{{%1}} would write %2 unescaped %3. Only BODY in the page's "
                                "HTML, CSS in <style> and JSON_LD in "
                                "<script type=\"application/ld+json\"> may be :none.")
                                 .arg(marker, name, whereInHtml()));
        }
    }

    void startTag(bool endTag, QChar first)
    {
        m_state = State{};
        m_state.html = Html::TagName;
        m_state.endTag = endTag;
        m_state.tagName = first.toLower();
    }

    void finishAttribute()
    {
        if (m_state.attrName == u"type" && !m_state.typeSeen) { // the browser keeps the first
            m_state.typeSeen = true;
            m_state.type = m_state.attrValue;
            m_state.typeDynamic = m_state.attrDynamic;
        }
        if (m_state.attrName == u"id" && !m_state.idSeen) {
            m_state.idSeen = true;
            m_state.id = m_state.attrValue;
            m_state.idDynamic = m_state.attrDynamic;
        }
        m_state.attrName.clear();
        m_state.attrValue.clear();
        m_state.attrDynamic = false;
    }

    void emitTag(qsizetype position)
    {
        finishAttribute();
        const QString name = m_state.tagName;
        const bool endTag = m_state.endTag;
        const bool json =
            m_state.typeSeen && !m_state.typeDynamic &&
            m_state.type.trimmed().compare(u"application/ld+json", Qt::CaseInsensitive) == 0;
        const bool story = m_state.idSeen && !m_state.idDynamic &&
                           m_state.id == QLatin1StringView(PageRenderer::kStoryId);
        m_state = State{};
        if (endTag) {
            if (m_head < 0)
                refuse(position, tr("</%1> comes before <head>.").arg(name));
            closeElement(name);
            return;
        }
        if (isRefusedElement(name)) {
            refuse(position, tr("themes may not use <%1>.").arg(name));
            return;
        }
        if (m_head < 0) {
            if (name == u"head") {
                if (!m_sections.isEmpty())
                    refuse(position, tr("<head> stands inside the section %1; the page's "
                                        "security policy must always come first in it.")
                                         .arg(m_sections.constLast().name));
                m_head = position + 1;
            } else if (name != u"html") {
                refuse(position, tr("<%1> comes before <head>; only <!DOCTYPE html> and <html> "
                                    "may, so that the page's security policy comes first.")
                                     .arg(name));
                return;
            }
        }
        if (isRawTextElement(name)) {
            m_state.html = Html::RawText;
            m_state.rawElement = name;
            m_state.jsonData = name == u"script" && json;
        }
        openElement(name, position, story);
    }

    // The elements open where the template stands, as the browser's parser would have them
    // with every section shown: enough to tell whether {{BODY}} is inside the story element.
    void openElement(const QString &name, qsizetype position, bool story)
    {
        if (closesParagraph(name)) {
            for (qsizetype i = m_open.size() - 1; i >= 0; --i) {
                const QString &open = m_open.at(i).name;
                if (open == u"p") {
                    m_open.resize(i);
                    break;
                }
                if (open == u"button" || open == u"table" || open == u"td" || open == u"th" ||
                    open == u"caption" || open == u"template" || open == u"html")
                    break; // the paragraph's scope ends here
            }
        }
        if (story && m_article)
            storyElement(position);
        if (!isVoidElement(name) && !isRawTextElement(name))
            m_open.append({name, position, story});
    }

    void closeElement(const QString &name)
    {
        for (qsizetype i = m_open.size() - 1; i >= 0; --i) {
            if (m_open.at(i).name == name) {
                m_open.resize(i);
                return;
            }
        }
    }

    void storyElement(qsizetype position)
    {
        if (m_story >= 0) {
            refuse(position, tr("a second element with id=\"story\" (the first is on line %1); "
                                "the page has one, where the article goes.")
                                 .arg(lineAt(m_story)));
        } else if (!m_sections.isEmpty()) {
            refuse(position, tr("the element with id=\"story\" stands inside the section %1; "
                                "it must be on every page, whatever is shown.")
                                 .arg(m_sections.constLast().name));
        }
        m_story = position;
    }

    void bodyInStory(qsizetype position, const QString &marker, bool unescaped)
    {
        if (m_body >= 0) {
            refuse(position, tr("{{%1}} stands twice (first on line %2); the page shows the "
                                "article's body once.")
                                 .arg(marker, QString::number(lineAt(m_body))));
            return;
        }
        m_body = position;
        if (!unescaped) {
            refuse(position, tr("write {{%1}} as {{BODY:none}}: the body is HTML that Newsroom "
                                "has made safe, and escaped again the page would show its tags "
                                "as text.")
                                 .arg(marker));
            return;
        }
        if (!m_sections.isEmpty()) {
            refuse(position, tr("{{%1}} stands inside the section %2; the article's body must "
                                "be on every page, whatever is shown.")
                                 .arg(marker, m_sections.constLast().name));
            return;
        }
        qsizetype story = m_open.size() - 1;
        while (story >= 0 && !m_open.at(story).story)
            --story;
        if (story < 0) {
            refuse(position,
                   m_story < 0
                       ? tr("{{%1}} stands outside the story: put it inside an element with "
                            "id=\"story\", the part of the page the preview updates as you "
                            "type.")
                             .arg(marker)
                       : tr("{{%1}} stands outside the story: the element with id=\"story\" "
                            "(line %2) has ended before it. Put the body inside that element.")
                             .arg(marker, QString::number(lineAt(m_story))));
            return;
        }
        for (qsizetype i = story; i < m_open.size(); ++i) {
            const OpenElement &element = m_open.at(i);
            if (holdsTheBody(element.name))
                continue;
            refuse(position,
                   tr("{{%1}} stands inside <%2> (line %3), which the body's own "
                      "paragraphs, headings, links or tables would end or leave, and "
                      "so the story. Put the body in a <div>, <main>, <article> or "
                      "<section> inside the element with id=\"story\".")
                       .arg(marker, element.name, QString::number(lineAt(element.position))));
            return;
        }
    }

    void textBeforeHead(qsizetype position)
    {
        refuse(position, tr("text comes before <head>; only <!DOCTYPE html>, <html> and "
                            "comments may, so that the page's security policy comes first."));
    }

    // One character of template text, through the tokenizer; `reconsume` is the spec's
    // "reconsume in another state".
    void feed(QChar c, qsizetype position)
    {
        if (!m_pragma) {
            refuseWithoutPragma(position);
            return;
        }
        m_started = true;
        for (bool reconsume = true; reconsume && !m_error;) {
            reconsume = false;
            State &s = m_state;
            switch (s.html) {
            case Html::Data:
                if (c == u'<')
                    s.html = Html::TagOpen;
                else if (m_head < 0 && !isSpace(c))
                    textBeforeHead(position);
                break;
            case Html::TagOpen:
                if (isAsciiLetter(c)) {
                    startTag(false, c);
                } else if (c == u'/') {
                    s.html = Html::EndTagOpen;
                } else if (c == u'!') {
                    s.html = Html::MarkupOpen;
                } else if (c == u'?') {
                    s.html = Html::BogusComment;
                } else {
                    s.html = Html::Data; // the '<' was text
                    if (m_head < 0)
                        textBeforeHead(position);
                    reconsume = true;
                }
                break;
            case Html::EndTagOpen:
                if (isAsciiLetter(c)) {
                    startTag(true, c);
                } else if (c == u'>') {
                    s.html = Html::Data;
                } else {
                    s.html = Html::BogusComment;
                    reconsume = true;
                }
                break;
            case Html::MarkupOpen:
                s.html = c == u'-' ? Html::MarkupDash : Html::BogusComment;
                reconsume = c != u'-';
                break;
            case Html::MarkupDash:
                s.html = c == u'-' ? Html::CommentStart : Html::BogusComment;
                reconsume = c != u'-';
                break;
            case Html::BogusComment:
                if (c == u'>')
                    s.html = Html::Data;
                break;
            case Html::CommentStart:
                if (c == u'-')
                    s.html = Html::CommentStartDash;
                else if (c == u'>')
                    s.html = Html::Data; // "<!-->"
                else {
                    s.html = Html::Comment;
                    reconsume = true;
                }
                break;
            case Html::CommentStartDash:
                if (c == u'-')
                    s.html = Html::CommentEnd;
                else if (c == u'>')
                    s.html = Html::Data; // "<!--->"
                else {
                    s.html = Html::Comment;
                    reconsume = true;
                }
                break;
            case Html::Comment:
                if (c == u'-')
                    s.html = Html::CommentEndDash;
                break;
            case Html::CommentEndDash:
                s.html = c == u'-' ? Html::CommentEnd : Html::Comment;
                reconsume = c != u'-';
                break;
            case Html::CommentEnd:
                if (c == u'>')
                    s.html = Html::Data;
                else if (c == u'!')
                    s.html = Html::CommentEndBang;
                else if (c != u'-') {
                    s.html = Html::Comment;
                    reconsume = true;
                }
                break;
            case Html::CommentEndBang:
                if (c == u'-')
                    s.html = Html::CommentEndDash;
                else if (c == u'>')
                    s.html = Html::Data; // "--!>"
                else {
                    s.html = Html::Comment;
                    reconsume = true;
                }
                break;
            case Html::TagName:
                if (isSpace(c))
                    s.html = Html::BeforeAttrName;
                else if (c == u'/')
                    s.html = Html::SelfClosing;
                else if (c == u'>')
                    emitTag(position);
                else
                    s.tagName += c.toLower();
                break;
            case Html::BeforeAttrName:
                if (isSpace(c))
                    break;
                if (c == u'/' || c == u'>') {
                    s.html = Html::AfterAttrName;
                    reconsume = true;
                } else {
                    finishAttribute();
                    s.html = Html::AttrName;
                    s.attrName = c.toLower(); // '=' here starts a name, as in the spec
                }
                break;
            case Html::AttrName:
                if (isSpace(c) || c == u'/' || c == u'>') {
                    s.html = Html::AfterAttrName;
                    reconsume = true;
                } else if (c == u'=') {
                    s.html = Html::BeforeAttrValue;
                } else {
                    s.attrName += c.toLower();
                }
                break;
            case Html::AfterAttrName:
                if (isSpace(c))
                    break;
                if (c == u'/')
                    s.html = Html::SelfClosing;
                else if (c == u'=')
                    s.html = Html::BeforeAttrValue;
                else if (c == u'>')
                    emitTag(position);
                else {
                    finishAttribute();
                    s.html = Html::AttrName;
                    reconsume = true;
                }
                break;
            case Html::BeforeAttrValue:
                if (isSpace(c))
                    break;
                if (c == u'"')
                    s.html = Html::AttrValueDouble;
                else if (c == u'\'')
                    s.html = Html::AttrValueSingle;
                else if (c == u'>')
                    emitTag(position);
                else {
                    s.html = Html::AttrValueUnquoted;
                    reconsume = true;
                }
                break;
            case Html::AttrValueDouble:
            case Html::AttrValueSingle:
                if (c == (s.html == Html::AttrValueDouble ? u'"' : u'\'')) {
                    finishAttribute();
                    s.html = Html::AfterAttrValueQuoted;
                } else {
                    s.attrValue += c;
                }
                break;
            case Html::AttrValueUnquoted:
                if (isSpace(c)) {
                    finishAttribute();
                    s.html = Html::BeforeAttrName;
                } else if (c == u'>') {
                    emitTag(position);
                } else {
                    s.attrValue += c;
                }
                break;
            case Html::AfterAttrValueQuoted:
                if (isSpace(c))
                    s.html = Html::BeforeAttrName;
                else if (c == u'/')
                    s.html = Html::SelfClosing;
                else if (c == u'>')
                    emitTag(position);
                else {
                    s.html = Html::BeforeAttrName;
                    reconsume = true;
                }
                break;
            case Html::SelfClosing:
                if (c == u'>')
                    emitTag(position);
                else {
                    s.html = Html::BeforeAttrName;
                    reconsume = true;
                }
                break;
            case Html::RawText:
                if (c == u'<')
                    s.html = Html::RawLessThan;
                break;
            case Html::RawLessThan:
                if (c == u'/') {
                    s.html = Html::RawEndTag;
                    s.endMatch.clear();
                } else {
                    refuseLessThanInRawText(position, s.rawElement);
                }
                break;
            case Html::RawEndTag: {
                const QString name = s.endMatch + c.toLower();
                if (isAsciiLetter(c) && s.rawElement.startsWith(name)) {
                    s.endMatch = name;
                } else if ((isSpace(c) || c == u'/' || c == u'>') && s.endMatch == s.rawElement) {
                    const QString element = s.rawElement;
                    s = State{};
                    s.html = Html::TagName;
                    s.endTag = true;
                    s.tagName = element;
                    reconsume = true;
                } else {
                    refuseLessThanInRawText(position, s.rawElement);
                }
                break;
            }
            }
        }
    }

    void refuseLessThanInRawText(qsizetype position, const QString &element)
    {
        refuse(position, tr("'<' inside a <%1> element: only its closing tag </%1> may use '<' "
                            "there, or the browser and this check could disagree about where "
                            "it ends.")
                             .arg(element));
    }

    void finish()
    {
        const qsizetype end = m_text.size();
        if (!m_pragma) {
            refuseWithoutPragma(end);
            return;
        }
        if (!m_sections.isEmpty()) {
            refuse(m_sections.constLast().position,
                   tr("the section %1 is never closed.").arg(m_sections.constLast().name));
            return;
        }
        if (m_state.html != Html::Data) {
            refuse(end, tr("the template ends inside a tag, a comment or an element's text."));
            return;
        }
        if (m_head < 0) {
            refuse(end, tr("there is no <head>; Newsroom puts the page's security policy "
                           "there."));
            return;
        }
        if (m_article && m_story < 0) {
            refuse(end, tr("there is no element with id=\"story\": the part of the page that "
                           "holds the article, which the preview updates as you type. Give the "
                           "element around the headline and {{BODY:none}} that id."));
        } else if (m_article && m_body < 0) {
            refuse(end, tr("there is no {{BODY:none}}, the article's body; put it inside the "
                           "element with id=\"story\"."));
        }
    }

    const QString m_file;
    const QString &m_text;
    State m_state;
    QList<OpenSection> m_sections;
    QList<OpenElement> m_open;
    const bool m_article; // the story anchor's rules apply
    qsizetype m_story = -1;
    qsizetype m_body = -1;
    qsizetype m_head = -1;
    bool m_pragma = false;
    bool m_started = false; // anything but comments seen
    std::optional<StoreError> m_error;
};

} // namespace

StoreResult<qsizetype> checkTemplate(const QString &file, const QString &text, TemplateKind kind)
{
    return TemplateScanner(file, text, kind).run();
}

StoreStatus checkStylesheet(const QString &file, const QString &css)
{
    const qsizetype at = css.indexOf(u'<');
    if (at < 0)
        return {};
    return storeFailure(
        StoreError::Code::Invalid,
        TemplateScanner::tr("The theme file %1 is refused, line %2: '<' could end the page's "
                            "<style> element; in CSS, write it as \\3c.")
            .arg(file, QString::number(QStringView(css).left(at).count(u'\n') + 1)));
}

StoreResult<HeadPositions> checkTheme(const Theme &theme, const QString &folder)
{
    const auto name = [&](const QString &file) {
        return folder.isEmpty() ? TemplateScanner::tr("%1 (theme \"%2\")").arg(file, theme.name)
                                : QDir(folder).filePath(file);
    };
    const auto article = checkTemplate(name(QStringLiteral("article.html")), theme.articleTemplate,
                                       TemplateKind::Article);
    if (!article)
        return std::unexpected(article.error());
    const auto list =
        checkTemplate(name(QStringLiteral("list.html")), theme.listTemplate, TemplateKind::List);
    if (!list)
        return std::unexpected(list.error());
    if (auto css = checkStylesheet(name(QStringLiteral("style.css")), theme.css); !css)
        return std::unexpected(css.error());
    return HeadPositions{*article, *list};
}

} // namespace newsroom::themerules
