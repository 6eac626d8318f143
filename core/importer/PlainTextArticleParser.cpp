#include "PlainTextArticleParser.h"

#include "ImportLimits.h"
#include "MarkdownEscaping.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace newsroom {

namespace {

constexpr int kMaxHeadingChars = 100;
constexpr int kMaxHeadingWords = 14;
constexpr int kMaxBylineChars = 80;
constexpr int kMaxTitleChars = 90;

QStringList nonEmptyLines(const QString &text)
{
    QStringList lines;
    for (const QString &line : text.split(QLatin1Char('\n'))) {
        const QString trimmed = line.trimmed();
        if (!trimmed.isEmpty())
            lines.append(trimmed);
    }
    return lines;
}

bool isByline(const QString &line)
{
    static const QRegularExpression by(QStringLiteral("^By\\s+\\p{Lu}"));
    return line.size() <= kMaxBylineChars && by.match(line).hasMatch() &&
           PlainTextArticleParser::looksLikeHeading(line);
}

QString bylineName(const QString &line)
{
    return line.mid(2).trimmed();
}

} // namespace

bool PlainTextArticleParser::looksLikeHeading(const QString &line)
{
    if (line.size() > kMaxHeadingChars || line.count(QLatin1Char(' ')) >= kMaxHeadingWords)
        return false;
    // Closing punctuation, possibly followed by closing quotes or brackets, ends a sentence.
    static const QString closers = QStringLiteral("'\"”’»)]");
    static const QString sentenceEnds = QStringLiteral(".!?…:;,。！？؟،۔");
    qsizetype end = line.size();
    while (end > 0 && closers.contains(line[end - 1]))
        --end;
    return end > 0 && !sentenceEnds.contains(line[end - 1]);
}

bool PlainTextArticleParser::isAiDisclosure(const QString &paragraph)
{
    static const QRegularExpression disclosure(
        QStringLiteral("^(this|the) (content|article|story|text|report|summary) (is|was|has been) "
                       "(\\w+ )?(ai|artificial intelligence)[- ]generated"),
        QRegularExpression::CaseInsensitiveOption);
    return disclosure.match(paragraph).hasMatch();
}

bool PlainTextArticleParser::isRelatedHeading(const QString &line)
{
    static const QRegularExpression related(
        QStringLiteral(
            "^(related( articles| stories| coverage)?|read more|more on this story)\\s*:?$"),
        QRegularExpression::CaseInsensitiveOption);
    return related.match(line).hasMatch();
}

QString PlainTextArticleParser::titleFromBlurb(const QString &blurb)
{
    // A sentence ends at . ! ? before a capital or the end ("9 p.m. as the fire" goes on),
    // or at a CJK full stop.
    static const QRegularExpression sentence(
        QStringLiteral("^(.+?(?:[.!?](?=\\s+[\\p{Lu}\\p{Lo}\"“‘']|$)|[。！？]))"));
    const auto match = sentence.match(blurb);
    QString title = match.hasMatch() ? match.captured(1) : blurb;
    if (title.size() > kMaxTitleChars) {
        const qsizetype cut = title.lastIndexOf(QLatin1Char(' '), kMaxTitleChars);
        title = title.left(cut > kMaxTitleChars / 2 ? cut : kMaxTitleChars) + QStringLiteral("…");
    }
    return title;
}

Article PlainTextArticleParser::parse(const QString &text, QStringList *notes)
{
    QString normalized = text;
    normalized.replace(QStringLiteral("\r\n"), QStringLiteral("\n"))
        .replace(QLatin1Char('\r'), QLatin1Char('\n'));
    if (normalized.startsWith(QChar(0xFEFF)))
        normalized.remove(0, 1);
    // Controls go before the lines are sorted into fields and escaped: a line of only
    // controls is no line, and "\x19    text" is a paragraph, not indented code.
    normalized = ImportLimits::withoutControls(normalized, ImportLimits::Lines::Multiple);
    const QStringList lines = nonEmptyLines(normalized);

    Article article;
    article.headline = lines.value(0, tr("Untitled"));
    qsizetype i = 1;
    if (i < lines.size() && !isRelatedHeading(lines[i]) && !isAiDisclosure(lines[i]))
        article.dek = lines[i++];
    if (i < lines.size() && isByline(lines[i]))
        article.byline = bylineName(lines[i++]);

    QStringList blocks;
    QStringList cut;
    for (; i < lines.size(); ++i) {
        const QString &line = lines[i];
        if (isRelatedHeading(line)) {
            // Blurbs past the limit are not even read: a file of a million of them would
            // cost a million regular-expression matches.
            const qsizetype blurbs = lines.size() - (i + 1);
            if (blurbs > ImportLimits::kRelated) {
                cut.append(tr("only the first %L1 of %L2 related items were kept")
                               .arg(ImportLimits::kRelated)
                               .arg(blurbs));
            }
            for (++i; i < lines.size() && article.related.size() < ImportLimits::kRelated; ++i)
                article.related.append({titleFromBlurb(lines[i]), lines[i], 0, QString()});
            break;
        }
        if (isAiDisclosure(line)) {
            article.aiGenerated = true;
            article.disclosure = line;
        } else if (looksLikeHeading(line)) {
            blocks.append(QStringLiteral("## ") + escapeMarkdownText(line));
        } else {
            blocks.append(escapeMarkdownText(line));
        }
    }
    article.body = blocks.join(QStringLiteral("\n\n"));
    cut.append(ImportLimits::enforce(article));
    if (notes)
        notes->append(cut);
    return article;
}

} // namespace newsroom
