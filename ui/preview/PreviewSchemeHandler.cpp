#include "PreviewSchemeHandler.h"

#include <QBuffer>
#include <QWebEngineUrlRequestJob>

namespace newsroom {

void PreviewSchemeHandler::requestStarted(QWebEngineUrlRequestJob *job)
{
    if (job->requestUrl().path() != QLatin1StringView("/page.html")) {
        job->fail(QWebEngineUrlRequestJob::UrlNotFound);
        return;
    }
    auto *buffer = new QBuffer(job); // the job owns what it reads
    buffer->setData(m_html);
    job->reply("text/html;charset=utf-8", buffer);
}

} // namespace newsroom
