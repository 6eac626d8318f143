#pragma once

#include <QWebEnginePage>

namespace newsroom {

// The preview's web page: navigation is refused (a clicked http, https or mailto link
// opens in the system browser instead), page content runs no script (and the page's
// Content-Security-Policy would stop it if it did), WebGL, windows, drops and the
// clipboard are off, and every permission the page asks for is refused.
class PreviewPage : public QWebEnginePage
{
    Q_OBJECT
public:
    explicit PreviewPage(QWebEngineProfile *profile, QObject *parent = nullptr);

    int refusedRequests() const { return m_refusedRequests; } // permissions and the like

Q_SIGNALS:
    void externalLinkRequested(const QUrl &url);

protected:
    bool acceptNavigationRequest(const QUrl &url, NavigationType type, bool isMainFrame) override;
    // The page's console (the policy's refusals, mostly) goes to newsroom.preview, not to
    // the app's warnings.
    void javaScriptConsoleMessage(JavaScriptConsoleMessageLevel level, const QString &message,
                                  int line, const QString &source) override;

private:
    int m_refusedRequests = 0;
};

} // namespace newsroom
