#include "PreviewPage.h"

#include "PreviewScheme.h"

#include <QWebEngineSettings>

namespace newsroom {

PreviewPage::PreviewPage(QWebEngineProfile *profile, QObject *parent)
    : QWebEnginePage(profile, parent)
{
    QWebEngineSettings *s = settings();
    s->setAttribute(QWebEngineSettings::JavascriptEnabled,
                    false); // the app's own code runs in an isolated world
    s->setAttribute(QWebEngineSettings::LocalContentCanAccessFileUrls, false);
    s->setAttribute(QWebEngineSettings::LocalContentCanAccessRemoteUrls, false);
    s->setAttribute(QWebEngineSettings::LocalStorageEnabled, false);
    s->setAttribute(QWebEngineSettings::PluginsEnabled, false);
    s->setAttribute(QWebEngineSettings::AutoLoadIconsForPage, false);
}

bool PreviewPage::acceptNavigationRequest(const QUrl &url, NavigationType type, bool isMainFrame)
{
    // Only the app's own load of the page goes through.
    if (type == NavigationTypeTyped || type == NavigationTypeOther) {
        if (isMainFrame && url.scheme().toLatin1() == previewscheme::kName)
            return true;
    }
    const QString scheme = url.scheme();
    if (type == NavigationTypeLinkClicked &&
        (scheme == QLatin1StringView("http") || scheme == QLatin1StringView("https") ||
         scheme == QLatin1StringView("mailto")))
        Q_EMIT externalLinkRequested(url);
    return false;
}

} // namespace newsroom
