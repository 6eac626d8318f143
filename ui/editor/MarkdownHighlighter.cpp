#include "MarkdownHighlighter.h"

#include "SpellChecker.h"
#include "settings/PaletteColors.h"

#include <QGuiApplication>
#include <QPalette>
#include <QRegularExpression>

namespace newsroom {

namespace {
QTextCharFormat styled(const QColor &colour, bool bold = false, bool italic = false)
{
    QTextCharFormat f;
    f.setForeground(colour);
    if (bold)
        f.setFontWeight(QFont::Bold);
    f.setFontItalic(italic);
    return f;
}

// The Markdown that sits on one line.
const QRegularExpression kHeading(QStringLiteral(R"(^#{1,6}\s.*$)"));
const QRegularExpression kQuote(QStringLiteral(R"(^\s{0,3}>.*$)"));
const QRegularExpression kListMarker(QStringLiteral(R"(^\s*([-*+]|\d+[.)])\s)"));
const QRegularExpression kStrong(QStringLiteral(R"((\*\*|__)(?=\S)(.+?)(?<=\S)\1)"));
const QRegularExpression
    kEmphasis(QStringLiteral(R"((?<![*_\w])([*_])(?=\S)(?!\1)(.+?)(?<=\S)\1(?![*_\w]))"));
const QRegularExpression kLink(QStringLiteral(R"(\[[^\]]*\]\([^)]*\))"));
const QRegularExpression kCode(QStringLiteral(R"(`[^`]*`)"));
const QRegularExpression kUrl(QStringLiteral(R"(\b(?:https?://|mailto:)\S+)"));
} // namespace

MarkdownHighlighter::MarkdownHighlighter(QTextDocument *document, const SpellChecker *spell)
    : QSyntaxHighlighter(document), m_spell(spell)
{}

QRegularExpression MarkdownHighlighter::wordPattern()
{
    return QRegularExpression(QStringLiteral(R"(\p{L}[\p{L}\p{M}']*)"),
                              QRegularExpression::UseUnicodePropertiesOption);
}

void MarkdownHighlighter::applyPattern(const QString &text, const QRegularExpression &pattern,
                                       const QTextCharFormat &fmt, int group)
{
    for (auto it = pattern.globalMatch(text); it.hasNext();) {
        const auto match = it.next();
        setFormat(int(match.capturedStart(group)), int(match.capturedLength(group)), fmt);
    }
}

void MarkdownHighlighter::highlightBlock(const QString &text)
{
    const QPalette palette = QGuiApplication::palette();
    const QColor accent = palette.color(QPalette::Link);
    const QColor muted = palette.color(QPalette::PlaceholderText);
    if (kHeading.match(text).hasMatch()) {
        QTextCharFormat heading = styled(accent, true);
        heading.setFontPointSize(document()->defaultFont().pointSizeF() * 1.15);
        setFormat(0, int(text.size()), heading);
    } else if (kQuote.match(text).hasMatch()) {
        setFormat(0, int(text.size()), styled(muted, false, true));
    }
    applyPattern(text, kListMarker, styled(accent, true), 1);
    applyPattern(text, kStrong, styled(palette.color(QPalette::Text), true));
    applyPattern(text, kEmphasis, styled(palette.color(QPalette::Text), false, true));
    applyPattern(text, kLink, styled(accent));
    applyPattern(text, kCode, styled(muted));
    highlightSpelling(text);
}

// Words in links, URLs and code are not prose and are left alone.
void MarkdownHighlighter::highlightSpelling(const QString &text)
{
    if (!m_spell || !m_spell->isActive())
        return;
    const QColor misspelt = palettecolors::negativeText(QGuiApplication::palette());
    QList<std::pair<qsizetype, qsizetype>> skipped;
    for (const QRegularExpression *pattern : {&kUrl, &kCode}) {
        for (auto it = pattern->globalMatch(text); it.hasNext();) {
            const auto m = it.next();
            skipped.append({m.capturedStart(), m.capturedEnd()});
        }
    }
    static const QRegularExpression words = wordPattern();
    for (auto it = words.globalMatch(text); it.hasNext();) {
        const auto match = it.next();
        const qsizetype start = match.capturedStart();
        const bool inSkipped = std::any_of(skipped.begin(), skipped.end(), [&](const auto &range) {
            return start >= range.first && start < range.second;
        });
        QString word = match.captured();
        while (word.endsWith(QLatin1Char('\'')))
            word.chop(1);
        if (inSkipped || word.size() < 2 || m_spell->isCorrect(word))
            continue;
        for (qsizetype i = start; i < start + word.size(); ++i) {
            QTextCharFormat f = this->format(int(i));
            f.setUnderlineStyle(QTextCharFormat::SpellCheckUnderline);
            f.setUnderlineColor(misspelt);
            setFormat(int(i), 1, f);
        }
    }
}

} // namespace newsroom
