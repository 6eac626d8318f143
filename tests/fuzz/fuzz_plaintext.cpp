// libFuzzer harness for PlainTextArticleParser, the importer of news pages saved as plain
// text (built with ASan and UBSan by scripts/fuzz.sh). Any bytes, read as the importer reads
// a .txt file, must give an article that keeps every invariant below:
// - the shared ones (ArticleInvariants.h): a headline, no U+0000 in any field, no runaway
//   size, and the Markdown round trip (plain text -> article -> .md -> the same article);
// - "lines:FIELD": headline, dek, byline, disclosure and related titles and blurbs are one
//   line each, and the body is one-line blocks separated by blank lines;
// - "source:FIELD": nothing is made up: the headline is the first line, the dek the second,
//   and the body's blocks (unescaped) and then the related blurbs are lines of the text, in
//   order;
// - "typed:CAUSE": the body reads as typed (what escapeMarkdownText promises): rendered by
//   MarkdownRenderer, each block shows exactly its line of text, no more, no less;
// - "html": and the rendering keeps HtmlInvariants;
// - "samestory": the article and its first related items, as the same-story measure reads them
//   (StoryProfile: dates, acronyms, Korean endings, Arabic prefixes), score from 0 to 1
//   against the article, and a text with terms is wholly its own story.

#include "ArticleInvariants.h"
#include "FuzzCheck.h"
#include "HtmlInvariants.h"
#include "ImportedText.h"

#include "checks/SameStoryMeasure.h"
#include "importer/ImportLimits.h"
#include "importer/PlainTextArticleParser.h"
#include "render/MarkdownRenderer.h"

#include <QRegularExpression>
#include <QStringList>
#include <cmath>

using namespace newsroom;
using namespace newsroom::test;

namespace {

// The text's lines as the parser sees them: trimmed, blank ones left out.
QStringList sourceLines(QString text)
{
    text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"))
        .replace(QLatin1Char('\r'), QLatin1Char('\n'));
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    QStringList lines;
    for (QString line : text.split(QLatin1Char('\n'))) {
        // As the importer cleans every field (ImportLimits): control characters go.
        line = ImportLimits::withoutControls(line, ImportLimits::Lines::Multiple);
        if (const QString trimmed = line.trimmed(); !trimmed.isEmpty())
            lines.append(trimmed);
    }
    return lines;
}

struct Block
{
    QString text; // as typed: escapes removed
    bool heading = false;
};

bool isAsciiPunctuation(QChar c)
{
    return c.unicode() < 0x80 &&
           QLatin1StringView("!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~").contains(c);
}

// escapeMarkdownText puts a backslash before ASCII punctuation only (a typed backslash
// included), so dropping every escaping backslash gives the typed text back.
QString unescape(const QString &markdown)
{
    QString out;
    for (qsizetype i = 0; i < markdown.size(); ++i) {
        if (markdown[i] == QLatin1Char('\\') && i + 1 < markdown.size() &&
            isAsciiPunctuation(markdown[i + 1]))
            ++i;
        out += markdown[i];
    }
    return out;
}

QList<Block> bodyBlocks(const QString &body)
{
    QList<Block> blocks;
    if (body.isEmpty())
        return blocks;
    for (const QString &block : body.split(QStringLiteral("\n\n"))) {
        if (block.isEmpty() || block.contains(QLatin1Char('\n')))
            fail(QStringLiteral("lines:body"),
                 QStringLiteral("a body block is empty or more than one line: %1")
                     .arg(excerpt(block)));
        const bool heading = block.startsWith(QStringLiteral("## "));
        blocks.append({unescape(heading ? block.mid(3) : block), heading});
    }
    return blocks;
}

void checkOneLine(const char *field, const QString &value)
{
    if (value.contains(QLatin1Char('\n')) || value.contains(QLatin1Char('\r')))
        fail(QStringLiteral("lines:") + QLatin1StringView(field),
             QStringLiteral("%1 is more than one line: %2")
                 .arg(QLatin1StringView(field), excerpt(value)));
}

void checkLines(const Article &article)
{
    checkOneLine("headline", article.headline);
    checkOneLine("dek", article.dek);
    checkOneLine("byline", article.byline);
    checkOneLine("disclosure", article.disclosure);
    for (const RelatedItem &item : article.related) {
        checkOneLine("related.title", item.title);
        checkOneLine("related.summary", item.summary);
    }
}

// `field` is `line`, or `line` cut to its limit by ImportLimits (ending in an ellipsis).
bool isLine(const QString &field, const QString &line)
{
    return field == line || (field.endsWith(QChar(0x2026)) && line.startsWith(field.chopped(1)));
}

void checkSource(const Article &article, const QList<Block> &blocks, const QStringList &lines)
{
    // The headline is one line: a tab in it became a space.
    if (!lines.isEmpty() &&
        !isLine(article.headline,
                ImportLimits::withoutControls(lines[0], ImportLimits::Lines::Single)))
        fail(QStringLiteral("source:headline"),
             QStringLiteral("headline %1 is not the first line %2")
                 .arg(excerpt(article.headline), excerpt(lines[0])));
    if (!article.dek.isEmpty() && (lines.size() < 2 || !isLine(article.dek, lines[1])))
        fail(QStringLiteral("source:dek"),
             QStringLiteral("dek %1 is not the second line").arg(excerpt(article.dek)));
    qsizetype next = 1;
    const auto find = [&](const char *field, const QString &text) {
        while (next < lines.size() && !isLine(text, lines[next]))
            ++next;
        if (next == lines.size())
            fail(QStringLiteral("source:") + QLatin1StringView(field),
                 QStringLiteral("%1 %2 is no line of the text (in order)")
                     .arg(QLatin1StringView(field), excerpt(text)));
        ++next;
    };
    for (const Block &block : blocks)
        find("body", block.text);
    for (const RelatedItem &item : article.related)
        find("related.summary", item.summary);
}

// The text a browser shows for each block of MarkdownRenderer's HTML, one string a block.
// The renderer escapes only & < > " itself; any other entity in its output was passed
// through from the Markdown, and is returned as it stands (so it never equals the typed text
// the browser would turn it into... unless typed as such, which the caller checks).
QStringList shownLines(const QString &html)
{
    QString text;
    bool inTag = false;
    for (const QChar c : html) {
        if (c == QLatin1Char('<'))
            inTag = true;
        else if (c == QLatin1Char('>') && inTag)
            inTag = false;
        else if (!inTag)
            text += c;
    }
    QStringList lines;
    for (QString line : text.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        line.replace(QStringLiteral("&lt;"), QStringLiteral("<"))
            .replace(QStringLiteral("&gt;"), QStringLiteral(">"))
            .replace(QStringLiteral("&quot;"), QStringLiteral("\""))
            .replace(QStringLiteral("&amp;"), QStringLiteral("&"));
        lines.append(line);
    }
    return lines;
}

// A name for why block `i` does not show as typed, so that NEWSROOM_FUZZ_KNOWN can pass over
// causes already recorded while a long run looks for others.
QString typedCause(const QList<Block> &blocks, qsizetype i, const QStringList &shown,
                   const QString &html)
{
    if (shown.size() != blocks.size()) {
        if (html.contains(QStringLiteral("<hr")))
            return QStringLiteral("thematic-break");
        if (html.contains(QStringLiteral("<pre")))
            return QStringLiteral("code-block");
        return QStringLiteral("blocks");
    }
    const Block &block = blocks[i];
    static const QRegularExpression entity(
        QStringLiteral("&(#[0-9]+|#[xX][0-9a-fA-F]+|[A-Za-z][A-Za-z0-9]*);"));
    if (entity.match(block.text).hasMatch())
        return QStringLiteral("entity");
    if (block.text.contains(QLatin1Char('~')) && html.contains(QStringLiteral("<del")))
        return QStringLiteral("strikethrough");
    if (block.text.startsWith(QLatin1Char('>')) && html.contains(QStringLiteral("<blockquote")))
        return QStringLiteral("blockquote");
    static const QRegularExpression closingHashes(QStringLiteral("(^|\\s)#+\\s*$"));
    if (block.heading && closingHashes.match(block.text).hasMatch())
        return QStringLiteral("closing-hashes");
    return QStringLiteral("other");
}

void checkReadsAsTyped(const QString &body, const QList<Block> &blocks)
{
    const QString html = MarkdownRenderer::toHtml(body);
    if (const QString why = htmlViolation(html.toUtf8()); !why.isEmpty())
        fail(QStringLiteral("html"), why + QStringLiteral("\n") + html);
    const QStringList shown = shownLines(html);
    QStringList typed;
    for (const Block &block : blocks)
        typed.append(block.text);
    if (shown == typed)
        return;
    qsizetype i = 0;
    while (i < shown.size() && i < typed.size() && shown[i] == typed[i])
        ++i;
    fail(QStringLiteral("typed:") + typedCause(blocks, i, shown, html),
         QStringLiteral("block %1 was typed as %2 but shows as %3 (%4 blocks typed, %5 shown)\n--- "
                        "body:\n%6\n--- html:\n%7")
             .arg(i)
             .arg(excerpt(typed.value(i)), excerpt(shown.value(i)))
             .arg(typed.size())
             .arg(shown.size())
             .arg(excerpt(body, 2000), excerpt(html, 2000)));
}

void checkSameStory(const Article &article)
{
    const TermRarity rarity; // as in a new archive
    const SameStoryMeasure measure(rarity);
    QList<StoryProfile> profiles{StoryProfile::fromArticle(article)};
    // A few items: profiling all of a hundred would slow the harness threefold.
    for (const RelatedItem &item : article.related.mid(0, 3))
        profiles.append(StoryProfile::fromItem(item));
    for (const StoryProfile &a : std::as_const(profiles)) {
        for (const StoryProfile::Term &term : a.terms()) {
            if (term.key.isEmpty())
                fail(QStringLiteral("samestory"), QStringLiteral("a term with no key"));
        }
        const double self = measure.compare(a, a).score;
        if (!a.isEmpty() && std::abs(self - 1.0) > 1e-9)
            fail(QStringLiteral("samestory"), QStringLiteral("a text is %1 its own").arg(self));
        // Against the article, both ways.
        for (const double score : {measure.compare(a, profiles.front()).score,
                                   measure.compare(profiles.front(), a).score}) {
            if (!(score >= 0 && score <= 1.0 + 1e-9))
                fail(QStringLiteral("samestory"), QStringLiteral("score %1").arg(score));
        }
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = importedText(data, size, QStringLiteral("input.txt"));
    const Article article = PlainTextArticleParser::parse(text);
    return runChecks([&] {
        checkHeadline(article);
        checkNoNul(article);
        checkSize(article, text.size());
        checkLines(article);
        const QList<Block> blocks = bodyBlocks(article.body);
        checkSource(article, blocks, sourceLines(text));
        checkReadsAsTyped(article.body, blocks);
        checkRoundTrip(article);
        checkSameStory(article);
    });
}
