#include "MarkdownEscaping.h"

#include <QRegularExpression>

namespace newsroom {

QString escapeMarkdownText(const QString &line)
{
    QString out;
    out.reserve(line.size() + 8);
    for (QChar c : line) {
        switch (c.unicode()) {
        case '\\':
        case '*':
        case '_':
        case '`':
        case '<':
        case '[':
        case ']':
            out.append(QLatin1Char('\\'));
            break;
        default:
            break;
        }
        out.append(c);
    }
    // Block markers only matter at the start of a line: "# ", "> ", "- ", "+ ", "1. ", "1) ".
    static const QRegularExpression blockStart(
        QStringLiteral("^(#{1,6}|>|[-+]|\\d{1,9}[.)])(\\s|$)"));
    const auto match = blockStart.match(out);
    if (match.hasMatch()) {
        const qsizetype markerEnd = match.capturedEnd(1);
        out.insert(markerEnd - 1, QLatin1Char('\\'));
    }
    return out;
}

} // namespace newsroom
