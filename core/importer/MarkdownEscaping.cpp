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
        case '~': // strikethrough, single or double
            out.append(QLatin1Char('\\'));
            break;
        default:
            break;
        }
        out.append(c);
    }
    // A typed entity ("AT&amp;T") stays as typed instead of being decoded.
    static const QRegularExpression entity(QStringLiteral("&(?=#?[A-Za-z0-9]+;)"));
    out.replace(entity, QStringLiteral("\\&"));
    // md4c (0.4.8, and upstream still) reads "http://", "https://" or "ftp://" as the start
    // of an address and then passes over the character after the "//" unread: an escape
    // there ("https://\&lt;") shows its backslash and leaves the next character unescaped.
    // No address starts with a backslash, so escaping the colon, which stops md4c reading
    // an address at all, loses no link.
    static const QRegularExpression addressThenEscape(QStringLiteral(":(?=//\\\\)"));
    out.replace(addressThenEscape, QStringLiteral("\\:"));
    // A closing sequence (" #" at the end of a heading line) would be dropped. So would a
    // line of only '#' placed after a heading's "## ": its space makes the whole run the
    // closing sequence, and the heading empty (a paragraph of them is not hurt by the "\").
    static const QRegularExpression closingHashes(QStringLiteral("(?:^|(?<=\\s))#+\\s*$"));
    if (const auto match = closingHashes.match(out); match.hasMatch())
        out.insert(match.capturedStart(), QLatin1Char('\\'));
    // Block markers only matter at the start of a line (after up to three spaces): "# ",
    // ">" (a space or not), "- ", "+ ", "1. ", "1) ", and a line of dashes or equals signs
    // (a thematic break, or a heading underline for the line before).
    static const QRegularExpression blockStart(QStringLiteral(
        "^ {0,3}(?:(?<quote>>)|(?<marker>#{1,6}|[-+]|\\d{1,9}[.)])(?:\\s|$)|(?<rule>[-=])[-= "
        "\\t]*$)"));
    const auto match = blockStart.match(out);
    if (match.hasMatch()) {
        for (const QString &name : {QStringLiteral("quote"), QStringLiteral("rule")}) {
            if (match.capturedStart(name) >= 0)
                out.insert(match.capturedStart(name), QLatin1Char('\\'));
        }
        if (match.capturedStart(QStringLiteral("marker")) >= 0)
            out.insert(match.capturedEnd(QStringLiteral("marker")) - 1, QLatin1Char('\\'));
    }
    return out;
}

} // namespace newsroom
