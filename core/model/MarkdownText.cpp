#include "MarkdownText.h"

#include <QRegularExpression>

namespace newsroom::markdowntext {

QString withoutMarks(QString text)
{
    static const QRegularExpression picture(
        QStringLiteral(R"(!\[(?:[^\]\\]|\\.)*\]\([^()\s]*(?:\s+"(?:[^"\\]|\\.)*")?\s*\))"));
    static const QRegularExpression lineMarks(
        QStringLiteral(R"((?m)^[ \t]{0,3}(?:#{1,6}[ \t]+|>[ \t]?|[-*+][ \t]+|\d{1,9}[.)][ \t]+))"));
    static const QRegularExpression closingHashes(QStringLiteral(R"((?m)[ \t]+#+[ \t]*$)"));
    static const QRegularExpression linkTarget(
        QStringLiteral(R"(\]\([^()\s]*(?:\s+"(?:[^"\\]|\\.)*")?\))"));
    static const QRegularExpression inlineMarks(QStringLiteral(R"(\*\*|__|~~|`+|!?\[|\])"));
    static const QRegularExpression emphasis(
        QStringLiteral(R"((?<![\w*])\*(?=\S)|(?<=\S)\*(?![\w*]))"));
    text.remove(picture)
        .remove(lineMarks)
        .remove(closingHashes)
        .remove(linkTarget)
        .remove(inlineMarks);
    return text.remove(emphasis);
}

} // namespace newsroom::markdowntext
