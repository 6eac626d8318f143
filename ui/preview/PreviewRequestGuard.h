#pragma once

#include <QWebEngineUrlRequestInterceptor>

namespace newsroom {

// Blocks every request the preview page makes except to its own scheme: article text can
// name remote images or trackers, but the preview never loads them.
class PreviewRequestGuard : public QWebEngineUrlRequestInterceptor
{
    Q_OBJECT
public:
    using QWebEngineUrlRequestInterceptor::QWebEngineUrlRequestInterceptor;
    void interceptRequest(QWebEngineUrlRequestInfo &info) override;
};

} // namespace newsroom
