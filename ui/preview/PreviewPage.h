#pragma once

#include <QWebEnginePage>

namespace newsroom {

// The preview's web page: navigation is refused (a clicked http, https or mailto link
// opens in the system browser instead) and page content runs no script.
class PreviewPage : public QWebEnginePage
{
    Q_OBJECT
public:
    explicit PreviewPage(QWebEngineProfile *profile, QObject *parent = nullptr);

Q_SIGNALS:
    void externalLinkRequested(const QUrl &url);

protected:
    bool acceptNavigationRequest(const QUrl &url, NavigationType type, bool isMainFrame) override;
};

} // namespace newsroom
