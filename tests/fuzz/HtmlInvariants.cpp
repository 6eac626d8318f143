#include "HtmlInvariants.h"

#include "render/MarkdownRenderer.h"

#include <QList>
#include <QSet>

namespace newsroom::test {

namespace {

bool isLetter(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

bool isNameChar(char c)
{
    return isLetter(c) || (c >= '0' && c <= '9') || c == '-';
}

const QSet<QByteArray> &allowedTags()
{
    static const QSet<QByteArray> tags{"p",     "h2",    "h3",  "h4", "h5",  "h6",   "blockquote",
                                       "ul",    "ol",    "li",  "hr", "pre", "code", "table",
                                       "thead", "tbody", "tr",  "th", "td",  "em",   "strong",
                                       "del",   "a",     "img", "br"};
    return tags;
}

const QSet<QByteArray> &voidTags()
{
    static const QSet<QByteArray> tags{"hr", "br", "img"};
    return tags;
}

bool attributeAllowed(const QByteArray &tag, const QByteArray &name)
{
    if (name == "href" || name == "title")
        return tag == "a" || (tag == "img" && name == "title");
    if (name == "src" || name == "alt" || name == "loading")
        return tag == "img";
    if (name == "start")
        return tag == "ol";
    if (name == "style")
        return tag == "th" || tag == "td";
    if (name == "class")
        return tag == "code" || tag == "p";
    return false;
}

// An address as a browser reads it. The renderer resolves the entities of a link target and
// escapes every '&', '<', '>' and '"' in it, so those four are the only entities an address
// may hold; anything else would be decoded by the browser into a scheme nobody checked.
bool decodeValue(const QByteArray &value, QString &decoded)
{
    static const QList<std::pair<QByteArray, char>> entities{
        {"&amp;", '&'}, {"&lt;", '<'}, {"&gt;", '>'}, {"&quot;", '"'}};
    QByteArray text;
    for (qsizetype i = 0; i < value.size();) {
        if (value.at(i) != '&') {
            text += value.at(i++);
            continue;
        }
        bool known = false;
        for (const auto &[entity, character] : entities) {
            if (value.mid(i, entity.size()) == entity) {
                text += character;
                i += entity.size();
                known = true;
                break;
            }
        }
        if (!known)
            return false;
    }
    decoded = QString::fromUtf8(text);
    return true;
}

// Browsers drop ASCII whitespace and control characters from a URL before reading its
// scheme; what comes before the first ':' (when it precedes '/', '?' and '#') is the scheme.
bool urlAllowed(const QString &url)
{
    QString compact;
    for (QChar c : url) {
        if (c.unicode() > 0x20 && c.unicode() != 0x7f)
            compact += c;
    }
    for (qsizetype i = 0; i < compact.size(); ++i) {
        const QChar c = compact.at(i);
        if (c == QLatin1Char('/') || c == QLatin1Char('?') || c == QLatin1Char('#'))
            return true;
        if (c == QLatin1Char(':')) {
            const QString scheme = compact.left(i).toLower();
            return scheme == u"http" || scheme == u"https" || scheme == u"mailto";
        }
    }
    return true;
}

bool styleAllowed(const QByteArray &value)
{
    return value == "text-align: left" || value == "text-align: center" ||
           value == "text-align: right";
}

class Checker
{
public:
    explicit Checker(const QByteArray &html) : m_html(html) {}

    QString run()
    {
        // No control character but white space (form feed included), raw or in UTF-8 (C1 is
        // C2 80 to C2 9F).
        for (qsizetype i = 0; i < m_html.size(); ++i) {
            const auto byte = static_cast<unsigned char>(m_html.at(i));
            const bool c0 =
                (byte < 0x20 && byte != '\t' && byte != '\n' && byte != '\r' && byte != '\f') ||
                byte == 0x7F;
            const bool c1 = byte == 0xC2 && i + 1 < m_html.size() &&
                            static_cast<unsigned char>(m_html.at(i + 1)) >= 0x80 &&
                            static_cast<unsigned char>(m_html.at(i + 1)) <= 0x9F;
            if (c0 || c1) {
                m_at = i;
                fail(QStringLiteral("a control character"));
                return m_error;
            }
        }
        while (m_error.isEmpty() && m_at < m_html.size()) {
            const char c = m_html.at(m_at);
            if (c == '<')
                tag();
            else if (c == '>')
                fail(QStringLiteral("a raw '>' in text"));
            else if (c == '&')
                entity();
            else
                ++m_at;
        }
        if (m_error.isEmpty() && !m_open.isEmpty())
            fail(QStringLiteral("<%1> is never closed").arg(QString::fromLatin1(m_open.last())));
        return m_error;
    }

private:
    void fail(const QString &why)
    {
        if (m_error.isEmpty())
            m_error = why + QStringLiteral(" (at byte %1)").arg(m_at);
    }

    QByteArray name()
    {
        const qsizetype start = m_at;
        while (m_at < m_html.size() && isNameChar(m_html.at(m_at)))
            ++m_at;
        return m_html.mid(start, m_at - start);
    }

    void entity()
    {
        qsizetype end = m_at + 1;
        if (end < m_html.size() && m_html.at(end) == '#')
            ++end;
        const qsizetype first = end;
        // Any well-formed reference: an unknown name is shown as it is written.
        while (end < m_html.size() && isNameChar(m_html.at(end)))
            ++end;
        if (end == first || end >= m_html.size() || m_html.at(end) != ';')
            return fail(QStringLiteral("a stray '&'"));
        m_at = end + 1;
    }

    void tag()
    {
        ++m_at;
        const bool closing = m_at < m_html.size() && m_html.at(m_at) == '/';
        if (closing)
            ++m_at;
        if (m_at >= m_html.size() || !isLetter(m_html.at(m_at)))
            return fail(QStringLiteral("a raw '<' in text"));
        const QByteArray tagName = name().toLower();
        if (!allowedTags().contains(tagName))
            return fail(QStringLiteral("a <%1> element").arg(QString::fromLatin1(tagName)));
        if (closing)
            return closeTag(tagName);
        attributes(tagName);
        if (m_error.isEmpty() && !voidTags().contains(tagName))
            m_open.append(tagName);
    }

    void closeTag(const QByteArray &tagName)
    {
        if (m_at >= m_html.size() || m_html.at(m_at) != '>')
            return fail(QStringLiteral("a malformed closing tag"));
        ++m_at;
        if (voidTags().contains(tagName) || m_open.isEmpty() || m_open.last() != tagName)
            return fail(
                QStringLiteral("</%1> closes nothing open").arg(QString::fromLatin1(tagName)));
        m_open.removeLast();
    }

    void attributes(const QByteArray &tagName)
    {
        QSet<QByteArray> seen;
        while (m_error.isEmpty()) {
            if (m_at >= m_html.size())
                return fail(QStringLiteral("an unfinished tag"));
            if (m_html.at(m_at) == '>') {
                ++m_at;
                return;
            }
            if (m_html.at(m_at) != ' ')
                return fail(QStringLiteral("a malformed tag"));
            ++m_at;
            const QByteArray attribute = name().toLower();
            if (!attributeAllowed(tagName, attribute) || attribute.startsWith("on"))
                return fail(QStringLiteral("a %1 attribute on <%2>")
                                .arg(QString::fromLatin1(attribute), QString::fromLatin1(tagName)));
            if (seen.contains(attribute))
                return fail(
                    QStringLiteral("a repeated %1 attribute").arg(QString::fromLatin1(attribute)));
            seen.insert(attribute);
            value(attribute);
        }
    }

    void value(const QByteArray &attribute)
    {
        if (m_html.mid(m_at, 2) != "=\"")
            return fail(QStringLiteral("an attribute without a quoted value"));
        m_at += 2;
        const qsizetype end = m_html.indexOf('"', m_at);
        if (end < 0)
            return fail(QStringLiteral("an unterminated attribute value"));
        const QByteArray text = m_html.mid(m_at, end - m_at);
        if (text.contains('<') || text.contains('>'))
            return fail(QStringLiteral("a raw '<' or '>' in an attribute"));
        const bool address = attribute == "href" || attribute == "src";
        QString decoded;
        if (address && !decodeValue(text, decoded))
            return fail(QStringLiteral("an entity in an address the renderer never writes"));
        if (address && !urlAllowed(decoded))
            return fail(QStringLiteral("%1=\"%2\" is not an allowed address")
                            .arg(QString::fromLatin1(attribute), QString::fromUtf8(text)));
        if (attribute == "style" && !styleAllowed(text))
            return fail(QStringLiteral("a style of its own"));
        m_at = end + 1;
    }

    const QByteArray &m_html;
    qsizetype m_at = 0;
    QList<QByteArray> m_open;
    QString m_error;
};

} // namespace

QString htmlViolation(const QByteArray &html)
{
    return Checker(html).run();
}

qsizetype htmlSizeBound(qsizetype sourceBytes)
{
    // The renderer stops past its limit; what it appended last (one escaped piece of the
    // source, up to 6 bytes a byte), an image's escaped title (the same) and the closing
    // tags of what was open (at most a level per source byte, 16 bytes each) and the note
    // can come on top.
    return MarkdownRenderer::outputLimit(sourceBytes) + 28 * sourceBytes + 1024;
}

} // namespace newsroom::test
