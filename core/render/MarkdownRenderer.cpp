#include "MarkdownRenderer.h"

#include "UrlPolicy.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <algorithm>
#include <md4c.h>

namespace newsroom {

namespace {

constexpr unsigned kParserFlags =
    MD_FLAG_TABLES | MD_FLAG_STRIKETHROUGH | MD_FLAG_PERMISSIVEAUTOLINKS | MD_FLAG_NOHTML;

void appendEscaped(QByteArray &out, const char *text, size_t size)
{
    for (size_t i = 0; i < size; ++i) {
        switch (text[i]) {
        case '&':
            out += "&amp;";
            break;
        case '<':
            out += "&lt;";
            break;
        case '>':
            out += "&gt;";
            break;
        case '"':
            out += "&quot;";
            break;
        default:
            out += text[i];
            break;
        }
    }
}

// An attribute's text with its entities (md4c hands them over undecoded) resolved for the
// common cases; anything else stays as written and is escaped on output.
QString attributeText(const MD_ATTRIBUTE &attribute)
{
    QByteArray text;
    for (int i = 0; attribute.substr_offsets[i] < attribute.size; ++i) {
        const MD_OFFSET start = attribute.substr_offsets[i];
        const MD_OFFSET end = attribute.substr_offsets[i + 1];
        const QByteArray piece(attribute.text + start, int(end - start));
        if (attribute.substr_types[i] == MD_TEXT_ENTITY) {
            static const QList<std::pair<QByteArray, QByteArray>> named{
                {"&amp;", "&"}, {"&lt;", "<"}, {"&gt;", ">"}, {"&quot;", "\""}, {"&apos;", "'"}};
            bool known = false;
            for (const auto &[entity, character] : named) {
                if (piece == entity) {
                    text += character;
                    known = true;
                }
            }
            if (!known && piece.startsWith("&#")) {
                const bool hex = piece.size() > 2 && (piece[2] == 'x' || piece[2] == 'X');
                bool ok = false;
                const uint cp =
                    piece.mid(hex ? 3 : 2, piece.size() - (hex ? 4 : 3)).toUInt(&ok, hex ? 16 : 10);
                const char32_t codePoint = ok && cp > 0 && cp <= 0x10FFFF ? cp : 0xFFFD;
                text += QString::fromUcs4(&codePoint, 1).toUtf8();
                known = true;
            }
            if (!known)
                text += piece;
        } else if (attribute.substr_types[i] == MD_TEXT_NULLCHAR) {
            text += "\xEF\xBF\xBD";
        } else {
            text += piece;
        }
    }
    return QString::fromUtf8(text);
}

// Writes HTML as md4c walks the document. Every element it opens goes on a stack with its
// closing tag, so the output stays well formed whatever order the callbacks come in: md4c
// 0.4.8 can leave a link it never entered (md4c issue #352), and a leave with no matching
// enter is ignored; spans still open when a block starts or ends are closed first; and
// whatever is open at the end is closed. A refused link or image gets an empty closing tag.
class HtmlWriter
{
public:
    explicit HtmlWriter(qsizetype limit) : m_limit(limit) {}

    QByteArray html;
    bool truncated() const { return m_truncated; }

    int enterBlock(MD_BLOCKTYPE type, void *detail)
    {
        closeSpans();
        switch (type) {
        case MD_BLOCK_DOC:
        case MD_BLOCK_HTML: // not produced: raw HTML is off
            push(Kind::Block, type, {});
            break;
        case MD_BLOCK_QUOTE:
            open(type, "<blockquote>\n", "</blockquote>\n");
            break;
        case MD_BLOCK_UL:
            open(type, "<ul>\n", "</ul>\n");
            break;
        case MD_BLOCK_OL: {
            const unsigned start = static_cast<MD_BLOCK_OL_DETAIL *>(detail)->start;
            open(type,
                 start == 1 ? QByteArray("<ol>\n")
                            : "<ol start=\"" + QByteArray::number(start) + "\">\n",
                 "</ol>\n");
            break;
        }
        case MD_BLOCK_LI:
            open(type, "<li>", "</li>\n");
            break;
        case MD_BLOCK_HR:
            open(type, "<hr>\n", {});
            break;
        case MD_BLOCK_H: {
            const QByteArray level = QByteArray::number(headingLevel(detail));
            open(type, "<h" + level + ">", "</h" + level + ">\n");
            break;
        }
        case MD_BLOCK_CODE:
            open(type, codeOpening(static_cast<MD_BLOCK_CODE_DETAIL *>(detail)), "</code></pre>\n");
            break;
        case MD_BLOCK_P:
            open(type, "<p>", "</p>\n");
            break;
        case MD_BLOCK_TABLE:
            open(type, "<table>\n", "</table>\n");
            break;
        case MD_BLOCK_THEAD:
            open(type, "<thead>\n", "</thead>\n");
            break;
        case MD_BLOCK_TBODY:
            open(type, "<tbody>\n", "</tbody>\n");
            break;
        case MD_BLOCK_TR:
            open(type, "<tr>", "</tr>\n");
            break;
        case MD_BLOCK_TH:
            open(type, cellOpening("th", detail), "</th>");
            break;
        case MD_BLOCK_TD:
            open(type, cellOpening("td", detail), "</td>");
            break;
        }
        return checkLimit();
    }

    int leaveBlock(MD_BLOCKTYPE type, void *)
    {
        closeSpans();
        closeThrough(Kind::Block, type);
        return checkLimit();
    }

    int enterSpan(MD_SPANTYPE type, void *detail)
    {
        if (m_imageDepth > 0) { // inside an image only its alt text counts
            push(Kind::Span, type, {});
            return 0;
        }
        switch (type) {
        case MD_SPAN_EM:
            open(type, "<em>", "</em>", Kind::Span);
            break;
        case MD_SPAN_STRONG:
            open(type, "<strong>", "</strong>", Kind::Span);
            break;
        case MD_SPAN_A:
            openLink(static_cast<MD_SPAN_A_DETAIL *>(detail));
            break;
        case MD_SPAN_IMG:
            openImage(static_cast<MD_SPAN_IMG_DETAIL *>(detail));
            break;
        case MD_SPAN_CODE:
            open(type, "<code>", "</code>", Kind::Span);
            break;
        case MD_SPAN_DEL:
            open(type, "<del>", "</del>", Kind::Span);
            break;
        default: // math, wiki links and underline are not enabled
            push(Kind::Span, type, {});
            break;
        }
        return checkLimit();
    }

    int leaveSpan(MD_SPANTYPE type, void *)
    {
        closeThrough(Kind::Span, type);
        return checkLimit();
    }

    int text(MD_TEXTTYPE type, const MD_CHAR *text, MD_SIZE size)
    {
        switch (type) {
        case MD_TEXT_NULLCHAR:
            html += "\xEF\xBF\xBD";
            break;
        case MD_TEXT_BR:
            html += m_imageDepth > 0 ? " " : "<br>\n";
            break;
        case MD_TEXT_SOFTBR:
            html += m_imageDepth > 0 ? " " : "\n";
            break;
        case MD_TEXT_ENTITY:
            html.append(text, size);
            break; // md4c only reports well-formed entities
        default:
            appendEscaped(html, text, size);
            break; // normal, code, and raw HTML as text
        }
        return checkLimit();
    }

    // Closes whatever is still open, and says so when the output was cut short.
    void finish()
    {
        while (!m_open.isEmpty())
            pop();
        if (m_truncated) {
            html += "<p class=\"render-note\">";
            const QString note =
                QCoreApplication::translate(
                    "MarkdownRenderer", "The rest of this article is not shown: its Markdown "
                                        "expands into more than %L1 KB of page, far more than an "
                                        "article needs. Look for a runaway table or a link "
                                        "repeated thousands of times.")
                    .arg(m_limit / 1024);
            appendEscaped(html, note.toUtf8().constData(), note.toUtf8().size());
            html += "</p>\n";
        }
    }

private:
    enum class Kind
    {
        Block,
        Span
    };
    struct OpenElement
    {
        Kind kind;
        int type;
        QByteArray closing;
    };

    static int headingLevel(void *detail)
    {
        return std::clamp(static_cast<MD_BLOCK_H_DETAIL *>(detail)->level, 2u, 6u);
    }

    void push(Kind kind, int type, const QByteArray &closing)
    {
        m_open.append({kind, type, closing});
        if (kind == Kind::Span && type == MD_SPAN_IMG)
            ++m_imageDepth;
    }

    void open(int type, const QByteArray &opening, const QByteArray &closing,
              Kind kind = Kind::Block)
    {
        html += opening;
        push(kind, type, closing);
    }

    void pop()
    {
        const OpenElement element = m_open.takeLast();
        html += element.closing;
        if (element.kind == Kind::Span && element.type == MD_SPAN_IMG)
            --m_imageDepth;
    }

    // Spans never cross a block's edge.
    void closeSpans()
    {
        while (!m_open.isEmpty() && m_open.constLast().kind == Kind::Span)
            pop();
    }

    // Closes the innermost open element of this kind and type, and everything opened
    // inside it; a leave with no matching enter closes nothing.
    void closeThrough(Kind kind, int type)
    {
        for (qsizetype i = m_open.size() - 1; i >= 0; --i) {
            if (m_open.at(i).kind == kind && m_open.at(i).type == type) {
                while (m_open.size() > i)
                    pop();
                return;
            }
        }
    }

    // Non-zero stops md4c: the page is cut short rather than grown without bound.
    int checkLimit()
    {
        m_truncated = m_truncated || html.size() > m_limit;
        return m_truncated ? 1 : 0;
    }

    static QByteArray codeOpening(const MD_BLOCK_CODE_DETAIL *detail)
    {
        QByteArray opening = "<pre><code";
        if (detail->lang.text && detail->lang.size > 0) {
            const QByteArray lang = attributeText(detail->lang).toUtf8();
            opening += " class=\"language-";
            appendEscaped(opening, lang.constData(), lang.size());
            opening += "\"";
        }
        return opening + ">";
    }

    static QByteArray cellOpening(const char *tag, void *detail)
    {
        static const char *const aligns[] = {"", " style=\"text-align: left\"",
                                             " style=\"text-align: center\"",
                                             " style=\"text-align: right\""};
        const unsigned align = static_cast<MD_BLOCK_TD_DETAIL *>(detail)->align;
        return "<" + QByteArray(tag) + (align < 4 ? aligns[align] : "") + ">";
    }

    static void appendAttribute(QByteArray &out, const char *name, const QString &value)
    {
        const QByteArray utf8 = value.toUtf8();
        out += ' ';
        out += name;
        out += "=\"";
        appendEscaped(out, utf8.constData(), utf8.size());
        out += '"';
    }

    static QString withScheme(const QString &url)
    {
        // md4c leaves "www." autolinks without a scheme.
        return url.startsWith(QLatin1StringView("www.")) ? QStringLiteral("http://") + url : url;
    }

    void openLink(const MD_SPAN_A_DETAIL *detail)
    {
        const QString href = urlpolicy::forPage(withScheme(attributeText(detail->href)));
        if (href.isEmpty()) {
            push(Kind::Span, MD_SPAN_A, {}); // the link's text stays, as plain text
            return;
        }
        QByteArray opening = "<a";
        appendAttribute(opening, "href", href);
        if (detail->title.size > 0)
            appendAttribute(opening, "title", attributeText(detail->title));
        open(MD_SPAN_A, opening + ">", "</a>", Kind::Span);
    }

    // The image's alt text is written between the opening and the closing, as the text
    // of its spans arrives.
    void openImage(const MD_SPAN_IMG_DETAIL *detail)
    {
        const QString src = urlpolicy::forPage(attributeText(detail->src));
        if (src.isEmpty()) {
            push(Kind::Span, MD_SPAN_IMG, {}); // its alt text stays, as plain text
            return;
        }
        QByteArray opening = "<img";
        appendAttribute(opening, "src", src);
        QByteArray closing = "\"";
        if (const QString title = attributeText(detail->title); !title.isEmpty())
            appendAttribute(closing, "title", title);
        open(MD_SPAN_IMG, opening + " alt=\"", closing + " loading=\"lazy\">", Kind::Span);
    }

    QList<OpenElement> m_open;
    int m_imageDepth = 0;
    const qsizetype m_limit;
    bool m_truncated = false;
};

} // namespace

QString MarkdownRenderer::toHtml(const QString &markdown)
{
    const QByteArray source = markdown.toUtf8();
    HtmlWriter writer(MarkdownRenderer::outputLimit(source.size()));
    writer.html.reserve(source.size() + source.size() / 4);
    MD_PARSER parser{};
    parser.flags = kParserFlags;
    parser.enter_block = [](MD_BLOCKTYPE t, void *d, void *w) {
        return static_cast<HtmlWriter *>(w)->enterBlock(t, d);
    };
    parser.leave_block = [](MD_BLOCKTYPE t, void *d, void *w) {
        return static_cast<HtmlWriter *>(w)->leaveBlock(t, d);
    };
    parser.enter_span = [](MD_SPANTYPE t, void *d, void *w) {
        return static_cast<HtmlWriter *>(w)->enterSpan(t, d);
    };
    parser.leave_span = [](MD_SPANTYPE t, void *d, void *w) {
        return static_cast<HtmlWriter *>(w)->leaveSpan(t, d);
    };
    parser.text = [](MD_TEXTTYPE t, const MD_CHAR *s, MD_SIZE n, void *w) {
        return static_cast<HtmlWriter *>(w)->text(t, s, n);
    };
    md_parse(source.constData(), MD_SIZE(source.size()), &parser, &writer);
    writer.finish();
    return QString::fromUtf8(writer.html);
}

} // namespace newsroom
