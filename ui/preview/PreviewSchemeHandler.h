#pragma once

#include <QByteArray>
#include <QWebEngineUrlSchemeHandler>

namespace newsroom {

// Answers every request on the preview scheme with the current page; nothing else exists.
class PreviewSchemeHandler : public QWebEngineUrlSchemeHandler
{
    Q_OBJECT
public:
    using QWebEngineUrlSchemeHandler::QWebEngineUrlSchemeHandler;

    void setPage(const QByteArray &html) { m_html = html; }
    void requestStarted(QWebEngineUrlRequestJob *job) override;

private:
    QByteArray m_html;
};

} // namespace newsroom
