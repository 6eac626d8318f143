#include "UrlPolicy.h"

#include <QUrl>

namespace newsroom::urlpolicy {

bool isAllowed(const QString &url)
{
    QString compact;
    compact.reserve(url.size());
    for (QChar c : url) {
        if (c.unicode() > 0x20 && c.unicode() != 0x7f)
            compact.append(c);
    }
    if (compact.isEmpty())
        return false;
    // A scheme is whatever precedes the first ':' that comes before any '/', '?' or '#'.
    for (QChar c : std::as_const(compact)) {
        if (c == QLatin1Char('/') || c == QLatin1Char('?') || c == QLatin1Char('#'))
            return true; // relative (or protocol-relative, which means http or https)
        if (c == QLatin1Char(':')) {
            const QString scheme = compact.left(compact.indexOf(QLatin1Char(':'))).toLower();
            return scheme == QLatin1StringView("http") || scheme == QLatin1StringView("https") ||
                   scheme == QLatin1StringView("mailto");
        }
    }
    return true; // "page.html", "other-article"
}

QString forPage(const QString &url)
{
    if (!isAllowed(url))
        return {};
    // As a browser reads it: tabs and newlines dropped anywhere, spaces and controls at
    // either end, so "att\nach=" is seen as the "attach=" it becomes.
    QString cleaned;
    cleaned.reserve(url.size());
    for (QChar c : url) {
        if (c != u'\t' && c != u'\n' && c != u'\r')
            cleaned.append(c);
    }
    while (!cleaned.isEmpty() && cleaned.front().unicode() <= 0x20)
        cleaned.remove(0, 1);
    while (!cleaned.isEmpty() && cleaned.back().unicode() <= 0x20)
        cleaned.chop(1);
    constexpr QLatin1StringView scheme("mailto:");
    if (!cleaned.startsWith(scheme, Qt::CaseInsensitive))
        return url;
    QStringView rest = QStringView(cleaned).mid(scheme.size());
    if (const qsizetype hash = rest.indexOf(u'#'); hash >= 0)
        rest = rest.left(hash); // a fragment means nothing to a mail client
    const qsizetype query = rest.indexOf(u'?');
    QString result = scheme + rest.left(query).toString();
    if (query < 0)
        return result;
    QStringList kept;
    for (QStringView field : rest.mid(query + 1).split(u'&')) {
        const QString name = QUrl::fromPercentEncoding(field.left(field.indexOf(u'=')).toUtf8());
        if (name.compare(u"subject", Qt::CaseInsensitive) == 0 ||
            name.compare(u"body", Qt::CaseInsensitive) == 0) {
            // Some mail clients also split fields at ';'.
            kept.append(field.toString().replace(u';', QStringLiteral("%3B")));
        }
    }
    if (!kept.isEmpty())
        result += u'?' + kept.join(u'&');
    return result;
}

bool isWebAddress(const QString &text)
{
    const QUrl url(text.trimmed(), QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    return url.isValid() && (scheme == u"http" || scheme == u"https") && !url.host().isEmpty();
}

} // namespace newsroom::urlpolicy
