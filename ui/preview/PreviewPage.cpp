#include "PreviewPage.h"

#include "PreviewScheme.h"
#include "render/UrlPolicy.h"

#include <QLoggingCategory>
#include <QWebEngineFileSystemAccessRequest>
#include <QWebEngineFullScreenRequest>
#include <QWebEngineRegisterProtocolHandlerRequest>
#include <QWebEngineSettings>

Q_DECLARE_LOGGING_CATEGORY(lcPreview)

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
    s->setAttribute(QWebEngineSettings::WebGLEnabled, false);
    s->setAttribute(QWebEngineSettings::Accelerated2dCanvasEnabled, false);
    s->setAttribute(QWebEngineSettings::NavigateOnDropEnabled, false);
    s->setAttribute(QWebEngineSettings::JavascriptCanOpenWindows, false);
    s->setAttribute(QWebEngineSettings::JavascriptCanAccessClipboard, false);
    s->setAttribute(QWebEngineSettings::JavascriptCanPaste, false);
    s->setAttribute(QWebEngineSettings::ScreenCaptureEnabled, false);
    s->setAttribute(QWebEngineSettings::FullScreenSupportEnabled, false);
    s->setAttribute(QWebEngineSettings::HyperlinkAuditingEnabled, false);
    s->setAttribute(QWebEngineSettings::DnsPrefetchEnabled, false);
    s->setAttribute(QWebEngineSettings::PdfViewerEnabled, false);

    // An article page asks for nothing; whatever is asked is refused, not left pending.
    connect(this, &QWebEnginePage::featurePermissionRequested, this,
            [this](const QUrl &origin, Feature feature) {
                ++m_refusedRequests;
                setFeaturePermission(origin, feature, PermissionDeniedByUser);
            });
    connect(this, &QWebEnginePage::fileSystemAccessRequested, this,
            [this](QWebEngineFileSystemAccessRequest request) {
                ++m_refusedRequests;
                request.reject();
            });
    connect(this, &QWebEnginePage::registerProtocolHandlerRequested, this,
            [this](QWebEngineRegisterProtocolHandlerRequest request) {
                ++m_refusedRequests;
                request.reject();
            });
    connect(this, &QWebEnginePage::fullScreenRequested, this,
            [this](QWebEngineFullScreenRequest request) {
                ++m_refusedRequests;
                request.reject();
            });
}

bool PreviewPage::acceptNavigationRequest(const QUrl &url, NavigationType type, bool isMainFrame)
{
    // Only the app's own load of the page goes through.
    if (type == NavigationTypeTyped || type == NavigationTypeOther) {
        if (isMainFrame && url.scheme().toLatin1() == previewscheme::kName)
            return true;
    }
    const QString scheme = url.scheme();
    if (type != NavigationTypeLinkClicked)
        return false;
    if (scheme == QLatin1StringView("http") || scheme == QLatin1StringView("https")) {
        Q_EMIT externalLinkRequested(url);
    } else if (scheme == QLatin1StringView("mailto")) {
        // The page's links are stripped already; the mail client gets only a subject and
        // body whatever reached the page.
        const QString target = urlpolicy::forPage(url.toString(QUrl::FullyEncoded));
        if (!target.isEmpty())
            Q_EMIT externalLinkRequested(QUrl(target, QUrl::StrictMode));
    }
    return false;
}

void PreviewPage::javaScriptConsoleMessage(JavaScriptConsoleMessageLevel, const QString &message,
                                           int line, const QString &source)
{
    qCDebug(lcPreview).noquote() << source << line << message;
}

} // namespace newsroom
