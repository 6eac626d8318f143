#include "TerminalText.h"

#include <algorithm>

namespace newsroom::terminaltext {

QString printable(const QString &text, Lines lines)
{
    const auto isControl = [](char16_t c) { return c < 0x20 || (c >= 0x7f && c <= 0x9f); };
    if (std::none_of(text.cbegin(), text.cend(), [&](QChar c) { return isControl(c.unicode()); }))
        return text;
    QString shown;
    shown.reserve(text.size() + 16);
    for (QChar c : text) {
        const char16_t u = c.unicode();
        if (!isControl(u) || (lines == Lines::Many && (u == u'\n' || u == u'\t')))
            shown.append(c);
        else if (u < 0x80)
            shown.append(QStringLiteral("\\x%1").arg(uint(u), 2, 16, QLatin1Char('0')));
        else
            shown.append(QStringLiteral("\\u%1").arg(uint(u), 4, 16, QLatin1Char('0')));
    }
    return shown;
}

} // namespace newsroom::terminaltext
