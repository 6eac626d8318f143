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

bool isWebAddress(const QString &text)
{
    const QUrl url(text.trimmed(), QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    return url.isValid() && (scheme == u"http" || scheme == u"https") && !url.host().isEmpty();
}

} // namespace newsroom::urlpolicy
