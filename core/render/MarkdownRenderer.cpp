#include "MarkdownRenderer.h"

#include "PictureFigure.h"
#include "SmartPunctuation.h"
#include "UrlPolicy.h"
#include "media/PictureRefs.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <algorithm>
#include <md4c.h>
#include <optional>

namespace newsroom {

namespace {

constexpr unsigned kParserFlags =
    MD_FLAG_TABLES | MD_FLAG_STRIKETHROUGH | MD_FLAG_PERMISSIVEAUTOLINKS | MD_FLAG_NOHTML;
// The bare-address autolinks whose end md4c 0.4.8 looks for in quadratic time; e-mail
// addresses are found in linear time and stay.
constexpr unsigned kBareWebAddresses =
    MD_FLAG_PERMISSIVEURLAUTOLINKS | MD_FLAG_PERMISSIVEWWWAUTOLINKS;

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

// A table of thousands of columns makes md4c call back for every empty cell of every row:
// output quadratic in the text. md4c 0.5.1 leaves tables of more than 128 columns as text;
// 0.4.8 does not, so their delimiter row ("|---|---|") is broken here by escaping its
// pipes, which reads the same once rendered. Only a line of nothing but delimiter-row
// characters (and the marks of a quote or list around it) is touched.
QByteArray withNarrowTables(const QByteArray &source, bool &narrowed)
{
    static constexpr QByteArrayView kRowCharacters = " \t|-:>*+.)0123456789";
    QByteArray out;
    qsizetype copied = 0;
    for (qsizetype start = 0; start < source.size();) {
        qsizetype end = source.indexOf('\n', start);
        if (end < 0)
            end = source.size();
        const QByteArrayView line(source.constData() + start, end - start);
        // With a pipe at each end a row of n pipes has n - 1 columns, the fewest it can have.
        if (line.count('|') - 1 > MarkdownRenderer::kMaxTableColumns && line.contains('-') &&
            std::all_of(line.begin(), line.end(),
                        [](char c) { return kRowCharacters.contains(c); })) {
            out.append(source.constData() + copied, start - copied);
            for (const char c : line) {
                if (c == '|')
                    out += '\\';
                out += c;
            }
            copied = end;
        }
        start = end + 1;
    }
    narrowed = copied > 0;
    if (!narrowed)
        return source;
    out.append(source.constData() + copied, source.size() - copied);
    return out;
}

// An upper bound of the steps md4c 0.4.8 takes to find where bare web addresses end. Each
// "www." or "://" starts a search that walks every later mark of its paragraph (emphasis,
// brackets, entities, other addresses: "*_~[]!&|<`\\$@"), then the address's characters
// up to the next space. Paragraphs are split at blank lines, which no paragraph crosses.
qint64 bareAddressWork(const QByteArray &source)
{
    static constexpr QByteArrayView kMarkCharacters = "*_~[]!&|<`\\$@";
    qint64 work = 0;
    qint64 addresses = 0;
    qint64 marks = 0;
    qint64 run = 0;
    qint64 longestRun = 0;
    bool blankLine = true;
    const auto endParagraph = [&] {
        work += addresses * (marks + 2 * addresses + longestRun);
        addresses = marks = longestRun = 0;
    };
    const char *text = source.constData();
    for (qsizetype i = 0; i < source.size(); ++i) {
        const char c = text[i];
        if (c == '\n') {
            if (blankLine)
                endParagraph();
            blankLine = true;
        } else if (!isSpace(c)) {
            blankLine = false;
        }
        run = isSpace(c) ? 0 : run + 1;
        longestRun = std::max(longestRun, run);
        if (kMarkCharacters.contains(c))
            marks += c == '@' ? 2 : 1; // an e-mail address is two marks
        else if (c == '.' && i >= 3 && QByteArrayView(text + i - 3, 3) == "www")
            ++addresses;
        else if (c == ':' && i + 2 < source.size() && text[i + 1] == '/' && text[i + 2] == '/')
            ++addresses;
    }
    endParagraph();
    return work;
}

// C0 controls other than white space, DEL and C1 controls (U+0080-U+009F, in UTF-8 C2 80 to
// C2 9F) are no text in HTML: an ESC from an old import or a paste would reach the page, the
// feed and the terminal `render` writes to. Each becomes U+FFFD, as in the rest of the page
// (PageRenderer), so the fragment is clean wherever it is shown.
constexpr char kReplacement[] = "\xEF\xBF\xBD";

bool isControl(unsigned char c)
{
    return (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') || c == 0x7F;
}

bool isControlCodePoint(char32_t c)
{
    return (c < 0x80 && isControl(static_cast<unsigned char>(c))) || (c >= 0x80 && c <= 0x9F);
}

// Escapes text for HTML, control characters replaced.
void appendEscaped(QByteArray &out, const char *text, size_t size)
{
    for (size_t i = 0; i < size; ++i) {
        const auto byte = static_cast<unsigned char>(text[i]);
        if (isControl(byte)) {
            out += kReplacement;
            continue;
        }
        if (byte == 0xC2 && i + 1 < size && static_cast<unsigned char>(text[i + 1]) <= 0x9F &&
            static_cast<unsigned char>(text[i + 1]) >= 0x80) {
            out += kReplacement;
            ++i;
            continue;
        }
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

// "&#27;" or "&#x9B;": a character reference to a control character (or to nothing).
bool namesControl(QByteArrayView entity)
{
    if (!entity.startsWith("&#"))
        return false;
    const bool hex = entity.size() > 2 && (entity[2] == 'x' || entity[2] == 'X');
    bool ok = false;
    const uint cp = entity.sliced(hex ? 3 : 2, entity.size() - (hex ? 4 : 3))
                        .toByteArray()
                        .toUInt(&ok, hex ? 16 : 10);
    return !ok || cp == 0 || isControlCodePoint(cp);
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
    // md4c 0.4.8 documents that any non-zero return stops it, but passes on only negative
    // ones: a positive one ends the current table row or paragraph and md4c goes on with
    // the next, through the whole document.
    static constexpr int kStop = -1;

    HtmlWriter(qsizetype limit, const QByteArray &source, const QString &language,
               const PictureShelf &pictures)
        : m_limit(limit), m_source(source), m_pictures(pictures)
    {
        if (!language.isEmpty())
            m_punctuation.emplace(language);
    }

    // Left as text before md4c saw them (see withNarrowTables and bareAddressWork):
    // finish() says so.
    bool wideTablesAsText = false;
    bool bareAddressesAsText = false;

    QByteArray html;
    bool truncated() const { return m_truncated; }

    int enterBlock(MD_BLOCKTYPE type, void *detail)
    {
        if (m_truncated)
            return kStop;
        closeSpans();
        if (m_punctuation)
            m_punctuation->startBlock();
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
            m_figure = {};
            m_figure.paragraphStart = html.size();
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
        if (m_truncated)
            return kStop;
        closeSpans();
        if (m_punctuation)
            m_punctuation->startBlock();
        if (type == MD_BLOCK_P)
            makeFigure();
        closeThrough(Kind::Block, type);
        return checkLimit();
    }

    int enterSpan(MD_SPANTYPE type, void *detail)
    {
        if (m_truncated)
            return kStop;
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
        // A target longer than any real address is not read at all (its link or image
        // keeps only its text): one 100 KB target named by thousands of reference links
        // would be decoded thousands of times.
        case MD_SPAN_A: {
            const auto *link = static_cast<MD_SPAN_A_DETAIL *>(detail);
            m_targetBytes += 2 * qsizetype(link->href.size + link->title.size);
            if (link->href.size > MarkdownRenderer::kMaxUrlBytes)
                push(Kind::Span, MD_SPAN_A, {});
            else
                openLink(link);
            break;
        }
        case MD_SPAN_IMG: {
            const auto *image = static_cast<MD_SPAN_IMG_DETAIL *>(detail);
            m_targetBytes += 2 * qsizetype(image->src.size + image->title.size);
            if (image->src.size > MarkdownRenderer::kMaxUrlBytes)
                push(Kind::Span, MD_SPAN_IMG, {});
            else
                openImage(image);
            break;
        }
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
        if (m_truncated)
            return kStop;
        closeThrough(Kind::Span, type);
        return checkLimit();
    }

    int text(MD_TEXTTYPE type, const MD_CHAR *text, MD_SIZE size)
    {
        if (m_truncated)
            return kStop;
        if (m_hiddenDepth > 0)
            return 0;
        switch (type) {
        case MD_TEXT_NULLCHAR:
            html += "\xEF\xBF\xBD";
            break;
        case MD_TEXT_BR:
            html += m_imageDepth > 0 ? " " : "<br>\n";
            if (m_punctuation)
                m_punctuation->space();
            break;
        case MD_TEXT_SOFTBR:
            html += m_imageDepth > 0 ? " " : "\n";
            if (m_punctuation)
                m_punctuation->space();
            break;
        case MD_TEXT_ENTITY:
            // md4c only reports well-formed entities.
            if (namesControl(QByteArrayView(text, size)))
                html += kReplacement;
            else
                html.append(text, size);
            if (m_punctuation)
                m_punctuation->pass(text, size);
            break;
        case MD_TEXT_NORMAL:
            if (m_punctuation) {
                // A mark escaped with a backslash ("\"") stays as typed: md4c hands over
                // the text after the backslash, a pointer into the source.
                const bool escaped = text > m_source.constData() &&
                                     text < m_source.constData() + m_source.size() &&
                                     text[-1] == '\\';
                m_typeset.clear();
                m_punctuation->convert(m_typeset, text, size, escaped);
                appendEscaped(html, m_typeset.constData(), size_t(m_typeset.size()));
                break;
            }
            appendEscaped(html, text, size);
            break;
        default:
            appendEscaped(html, text, size);
            if (m_punctuation)
                m_punctuation->pass(text, size);
            break; // code, and raw HTML as text
        }
        return checkLimit();
    }

    // Closes whatever is still open, and says so when the output was cut short.
    void finish()
    {
        while (!m_open.isEmpty())
            pop();
        if (m_truncated) {
            appendNote(MarkdownRenderer::tr(
                           "The rest of this article is not shown: its Markdown expands into "
                           "more than %L1 KB of page, far more than an article needs. Look for "
                           "a runaway table or a link repeated thousands of times.")
                           .arg(m_limit / 1024));
        }
        if (wideTablesAsText) {
            appendNote(MarkdownRenderer::tr("A table in this article has more than %Ln column(s) "
                                            "and is shown as text. Split it into narrower "
                                            "tables.",
                                            nullptr, int(MarkdownRenderer::kMaxTableColumns)));
        }
        if (bareAddressesAsText) {
            appendNote(MarkdownRenderer::tr(
                "Web addresses written without <…> or [text](…) are not links in this article: "
                "it has too many of them to find where each one ends. Write a link as "
                "<https://example.org> or [text](https://example.org)."));
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
        bool hidden = false;   // its text is left out (a picture an export was not given)
        qsizetype textAt = -1; // where its text starts: with none written, `fallback` is
        QString fallback;
    };
    // A picture of the archive that may stand alone in its paragraph, which then becomes a
    // <figure> (the paragraph is rewritten when it ends, when all of it is known).
    struct FigureCandidate
    {
        qsizetype paragraphStart = -1; // where "<p>" is
        qsizetype imgStart = -1;
        qsizetype imgEnd = -1;
        QString caption;
        QString credit;
        bool leftOut = false; // held a picture an export leaves out
    };

    static int headingLevel(void *detail)
    {
        return std::clamp(static_cast<MD_BLOCK_H_DETAIL *>(detail)->level, 2u, 6u);
    }

    void push(Kind kind, int type, const QByteArray &closing, bool hidden = false)
    {
        m_open.append({kind, type, closing, hidden, -1, {}});
        if (kind == Kind::Span && type == MD_SPAN_IMG)
            ++m_imageDepth;
        if (hidden)
            ++m_hiddenDepth;
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
        if (element.textAt >= 0 && element.textAt == html.size())
            PictureFigure::appendEscaped(html, element.fallback);
        html += element.closing;
        if (element.kind == Kind::Span && element.type == MD_SPAN_IMG)
            --m_imageDepth;
        if (element.hidden)
            --m_hiddenDepth;
        if (element.textAt >= 0 && m_figure.imgStart >= 0 && m_figure.imgEnd < 0)
            m_figure.imgEnd = html.size();
    }

    void appendNote(const QString &note)
    {
        const QByteArray text = note.toUtf8();
        html += "<p class=\"render-note\">";
        appendEscaped(html, text.constData(), text.size());
        html += "</p>\n";
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

    // kStop stops md4c: the page is cut short rather than grown without bound. A link's
    // target counts as if it were output: md4c reads it through on entering and on leaving
    // the link, so one long target named thousands of times costs time before any output.
    int checkLimit()
    {
        m_truncated = m_truncated || html.size() + m_targetBytes > m_limit;
        return m_truncated ? kStop : 0;
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
        if (const QByteArray hash = picturerefs::hashOf(attributeText(detail->src));
            !hash.isEmpty()) {
            openPicture(hash, attributeText(detail->title));
            return;
        }
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

    // ![alt](media:HASH "caption"): the shelf's picture with its renditions; one the page
    // was not given is a placeholder in the preview and nothing at all in an export.
    void openPicture(const QByteArray &hash, const QString &title)
    {
        const Picture *picture = m_pictures.find(hash);
        if (!picture) {
            if (m_pictures.target == PictureShelf::Target::Preview)
                open(MD_SPAN_IMG, PictureFigure::missingOpening(), "</span>", Kind::Span);
            else
                push(Kind::Span, MD_SPAN_IMG, {}, true);
            m_figure.leftOut = true;
            return;
        }
        const bool first = m_figure.paragraphStart >= 0 && m_figure.imgStart < 0 &&
                           html.size() == m_figure.paragraphStart + 3; // just past "<p>"
        if (first) {
            m_figure.imgStart = html.size();
            m_figure.caption = title.isEmpty() ? picture->caption : title;
            m_figure.credit = picture->credit;
        } else {
            m_figure.paragraphStart = -1; // the paragraph has more than the picture
        }
        open(MD_SPAN_IMG, "<img" + PictureFigure::imgAttributes(*picture, m_pictures) + " alt=\"",
             "\">", Kind::Span);
        m_open.last().textAt = html.size();
        m_open.last().fallback = picture->altText;
    }

    // The paragraph about to close holds nothing but one picture: it becomes a figure.
    void makeFigure()
    {
        const FigureCandidate figure = std::exchange(m_figure, {});
        if (figure.leftOut && figure.paragraphStart >= 0 &&
            html.size() == figure.paragraphStart + 3 &&
            !m_open.isEmpty() && m_open.constLast().type == MD_BLOCK_P) {
            html.truncate(figure.paragraphStart); // held only pictures an export leaves out
            m_open.last().closing.clear();
            return;
        }
        if (figure.paragraphStart < 0 || figure.imgStart < 0 || figure.imgEnd != html.size() ||
            m_open.isEmpty() || m_open.constLast().type != MD_BLOCK_P)
            return;
        const QByteArray img = html.mid(figure.imgStart, figure.imgEnd - figure.imgStart);
        html.truncate(figure.paragraphStart);
        html += "<figure>" + img + PictureFigure::figcaption(figure.caption, figure.credit) +
                "</figure>\n";
        m_open.last().closing.clear();
    }

    QList<OpenElement> m_open;
    FigureCandidate m_figure;
    int m_hiddenDepth = 0;
    int m_imageDepth = 0;
    const qsizetype m_limit;
    const QByteArray &m_source;
    const PictureShelf &m_pictures;
    std::optional<SmartPunctuation> m_punctuation; // only with a language
    QByteArray m_typeset;                          // a piece of text, typeset
    qsizetype m_targetBytes = 0;                   // of link and image targets md4c has read
    bool m_truncated = false;
};

} // namespace

QString MarkdownRenderer::toHtml(const QString &markdown, const QString &language)
{
    static const PictureShelf none;
    return toHtml(markdown, language, none);
}

QString MarkdownRenderer::toHtml(const QString &markdown, const QString &language,
                                 const PictureShelf &pictures)
{
    bool narrowed = false;
    const QByteArray source = withNarrowTables(markdown.toUtf8(), narrowed);
    HtmlWriter writer(MarkdownRenderer::outputLimit(source.size()), source, language, pictures);
    writer.wideTablesAsText = narrowed;
    writer.html.reserve(source.size() + source.size() / 4);
    MD_PARSER parser{};
    parser.flags = kParserFlags;
    if (bareAddressWork(source) > kAutolinkWork) {
        parser.flags &= ~kBareWebAddresses;
        writer.bareAddressesAsText = true;
    }
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
