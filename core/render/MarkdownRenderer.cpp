#include "MarkdownRenderer.h"

#include "UrlPolicy.h"

#include <QByteArray>
#include <QList>
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

// Writes HTML as md4c walks the document. Links and images whose target is refused are
// remembered on a stack so their closing tag is left out as well.
class HtmlWriter
{
public:
    QByteArray html;

    int enterBlock(MD_BLOCKTYPE type, void *detail)
    {
        switch (type) {
        case MD_BLOCK_DOC:
            break;
        case MD_BLOCK_QUOTE:
            html += "<blockquote>\n";
            break;
        case MD_BLOCK_UL:
            html += "<ul>\n";
            break;
        case MD_BLOCK_OL: {
            const unsigned start = static_cast<MD_BLOCK_OL_DETAIL *>(detail)->start;
            html += start == 1 ? QByteArray("<ol>\n")
                               : "<ol start=\"" + QByteArray::number(start) + "\">\n";
            break;
        }
        case MD_BLOCK_LI:
            html += "<li>";
            break;
        case MD_BLOCK_HR:
            html += "<hr>\n";
            break;
        case MD_BLOCK_H:
            html += "<h" + QByteArray::number(headingLevel(detail)) + ">";
            break;
        case MD_BLOCK_CODE:
            openCode(static_cast<MD_BLOCK_CODE_DETAIL *>(detail));
            break;
        case MD_BLOCK_HTML:
            break; // not produced: raw HTML is off
        case MD_BLOCK_P:
            html += "<p>";
            break;
        case MD_BLOCK_TABLE:
            html += "<table>\n";
            break;
        case MD_BLOCK_THEAD:
            html += "<thead>\n";
            break;
        case MD_BLOCK_TBODY:
            html += "<tbody>\n";
            break;
        case MD_BLOCK_TR:
            html += "<tr>";
            break;
        case MD_BLOCK_TH:
            openCell("th", detail);
            break;
        case MD_BLOCK_TD:
            openCell("td", detail);
            break;
        }
        return 0;
    }

    int leaveBlock(MD_BLOCKTYPE type, void *detail)
    {
        switch (type) {
        case MD_BLOCK_DOC:
            break;
        case MD_BLOCK_QUOTE:
            html += "</blockquote>\n";
            break;
        case MD_BLOCK_UL:
            html += "</ul>\n";
            break;
        case MD_BLOCK_OL:
            html += "</ol>\n";
            break;
        case MD_BLOCK_LI:
            html += "</li>\n";
            break;
        case MD_BLOCK_HR:
            break;
        case MD_BLOCK_H:
            html += "</h" + QByteArray::number(headingLevel(detail)) + ">\n";
            break;
        case MD_BLOCK_CODE:
            html += "</code></pre>\n";
            break;
        case MD_BLOCK_HTML:
            break;
        case MD_BLOCK_P:
            html += "</p>\n";
            break;
        case MD_BLOCK_TABLE:
            html += "</table>\n";
            break;
        case MD_BLOCK_THEAD:
            html += "</thead>\n";
            break;
        case MD_BLOCK_TBODY:
            html += "</tbody>\n";
            break;
        case MD_BLOCK_TR:
            html += "</tr>\n";
            break;
        case MD_BLOCK_TH:
            html += "</th>";
            break;
        case MD_BLOCK_TD:
            html += "</td>";
            break;
        }
        return 0;
    }

    int enterSpan(MD_SPANTYPE type, void *detail)
    {
        if (m_imageDepth > 0) { // inside an image only its alt text counts
            if (type == MD_SPAN_IMG)
                ++m_imageDepth;
            return 0;
        }
        switch (type) {
        case MD_SPAN_EM:
            html += "<em>";
            break;
        case MD_SPAN_STRONG:
            html += "<strong>";
            break;
        case MD_SPAN_A:
            openLink(static_cast<MD_SPAN_A_DETAIL *>(detail));
            break;
        case MD_SPAN_IMG:
            openImage(static_cast<MD_SPAN_IMG_DETAIL *>(detail));
            break;
        case MD_SPAN_CODE:
            html += "<code>";
            break;
        case MD_SPAN_DEL:
            html += "<del>";
            break;
        default:
            break; // math, wiki links and underline are not enabled
        }
        return 0;
    }

    int leaveSpan(MD_SPANTYPE type, void *)
    {
        if (m_imageDepth > 0) {
            if (type == MD_SPAN_IMG && --m_imageDepth == 0)
                closeImage();
            return 0;
        }
        switch (type) {
        case MD_SPAN_EM:
            html += "</em>";
            break;
        case MD_SPAN_STRONG:
            html += "</strong>";
            break;
        case MD_SPAN_A:
            if (m_linkKept.takeLast())
                html += "</a>";
            break;
        case MD_SPAN_CODE:
            html += "</code>";
            break;
        case MD_SPAN_DEL:
            html += "</del>";
            break;
        default:
            break;
        }
        return 0;
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
        return 0;
    }

private:
    static int headingLevel(void *detail)
    {
        return std::max(2u, static_cast<MD_BLOCK_H_DETAIL *>(detail)->level);
    }

    void openCode(const MD_BLOCK_CODE_DETAIL *detail)
    {
        html += "<pre><code";
        if (detail->lang.text && detail->lang.size > 0) {
            html += " class=\"language-";
            appendEscaped(html, attributeText(detail->lang).toUtf8().constData(),
                          attributeText(detail->lang).toUtf8().size());
            html += "\"";
        }
        html += ">";
    }

    void openCell(const char *tag, void *detail)
    {
        static const char *const aligns[] = {"", " style=\"text-align: left\"",
                                             " style=\"text-align: center\"",
                                             " style=\"text-align: right\""};
        html +=
            "<" + QByteArray(tag) + aligns[static_cast<MD_BLOCK_TD_DETAIL *>(detail)->align] + ">";
    }

    void appendAttribute(const char *name, const QString &value)
    {
        const QByteArray utf8 = value.toUtf8();
        html += ' ';
        html += name;
        html += "=\"";
        appendEscaped(html, utf8.constData(), utf8.size());
        html += '"';
    }

    static QString withScheme(const QString &url)
    {
        // md4c leaves "www." autolinks without a scheme.
        return url.startsWith(QLatin1StringView("www.")) ? QStringLiteral("http://") + url : url;
    }

    void openLink(const MD_SPAN_A_DETAIL *detail)
    {
        const QString href = withScheme(attributeText(detail->href));
        const bool kept = urlpolicy::isAllowed(href);
        m_linkKept.append(kept);
        if (!kept)
            return;
        html += "<a";
        appendAttribute("href", href);
        if (detail->title.size > 0)
            appendAttribute("title", attributeText(detail->title));
        html += ">";
    }

    void openImage(const MD_SPAN_IMG_DETAIL *detail)
    {
        ++m_imageDepth;
        const QString src = attributeText(detail->src);
        m_imageKept = urlpolicy::isAllowed(src);
        m_imageTitle = attributeText(detail->title);
        if (m_imageKept) {
            html += "<img";
            appendAttribute("src", src);
            html += " alt=\"";
        }
    }

    void closeImage()
    {
        if (!m_imageKept)
            return; // its alt text stays, as plain text
        html += '"';
        if (!m_imageTitle.isEmpty())
            appendAttribute("title", m_imageTitle);
        html += " loading=\"lazy\">";
    }

    QList<bool> m_linkKept;
    int m_imageDepth = 0;
    bool m_imageKept = false;
    QString m_imageTitle;
};

} // namespace

QString MarkdownRenderer::toHtml(const QString &markdown)
{
    const QByteArray source = markdown.toUtf8();
    HtmlWriter writer;
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
    return QString::fromUtf8(writer.html);
}

} // namespace newsroom
