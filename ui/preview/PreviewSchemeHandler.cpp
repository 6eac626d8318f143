#include "PreviewSchemeHandler.h"

#include "ArchiveGateway.h"
#include "OnAnswer.h"
#include "media/PictureType.h"
#include "render/PictureUrls.h"

#include <QBuffer>
#include <QWebEngineUrlRequestJob>

namespace newsroom {

namespace {

QByteArray cacheKey(const QByteArray &hash, int width)
{
    return hash + '-' + QByteArray::number(width);
}

// What the rendition's bytes are; the rule by the original's type only when they say
// nothing known (a WebP with transparency has PNG renditions).
QByteArray mimeTypeOf(const QByteArray &bytes, const QString &originalType)
{
    const PictureType::Kind kind = PictureType::sniff(bytes);
    return (PictureType::isAccepted(kind) ? PictureType::mimeType(kind)
                                          : pictureurls::renditionMimeType(originalType))
        .toLatin1();
}

} // namespace

PreviewSchemeHandler::PreviewSchemeHandler(QObject *parent)
    : QWebEngineUrlSchemeHandler(parent), m_cache(kCacheBytes)
{}

PreviewSchemeHandler::~PreviewSchemeHandler() = default;

void PreviewSchemeHandler::setArchive(ArchiveGateway *gateway)
{
    m_gateway = gateway;
}

void PreviewSchemeHandler::requestStarted(QWebEngineUrlRequestJob *job)
{
    const QString path = job->requestUrl().path();
    if (path == QLatin1StringView("/page.html")) {
        auto *buffer = new QBuffer(job); // the job owns what it reads
        buffer->setData(m_html);
        job->reply("text/html;charset=utf-8", buffer);
        return;
    }
    // Width 0 (the original) and anything but "/media/HASH-WIDTH" is not there to ask for.
    const auto request = pictureurls::parsePreviewPath(path);
    if (!request) {
        job->fail(QWebEngineUrlRequestJob::UrlNotFound);
        return;
    }
    ++m_pictureRequests;
    const QByteArray key = cacheKey(request->hash, request->width);
    if (const Rendition *cached = m_cache.object(key)) {
        reply(job, *cached);
        return;
    }
    if (!m_gateway) {
        job->fail(QWebEngineUrlRequestJob::UrlNotFound);
        return;
    }
    auto &waiting = m_waiting[key];
    waiting.append(job);
    if (waiting.size() == 1) // the same rendition twice on a page is read once
        readRendition(request->hash, request->width);
}

void PreviewSchemeHandler::readRendition(const QByteArray &hash, int width)
{
    ++m_archiveReads;
    auto answer = m_gateway->run<Rendition>(
        ArchiveGateway::Lane::Reads, [hash, width](ArticleStore &store) -> StoreResult<Rendition> {
            auto picture = store.picture(hash);
            if (!picture)
                return std::unexpected(picture.error());
            if (!pictureurls::pageWidths(*picture).contains(width))
                return storeFailure(
                    StoreError::Code::NotFound,
                    QStringLiteral("The picture has no rendition %1 pixels wide.").arg(width));
            auto bytes = store.pictureBytes(hash, width);
            if (!bytes)
                return std::unexpected(bytes.error());
            return Rendition{*bytes, mimeTypeOf(*bytes, picture->mimeType)};
        });
    onAnswer(answer, this,
             [this, key = cacheKey(hash, width)](const StoreResult<Rendition> &rendition) {
                 const QList<QPointer<QWebEngineUrlRequestJob>> jobs = m_waiting.take(key);
                 if (rendition)
                     m_cache.insert(key, new Rendition(*rendition), rendition->bytes.size());
                 for (const QPointer<QWebEngineUrlRequestJob> &job : jobs) {
                     if (!job) {
                         continue; // cancelled by Chromium while the archive answered
                     } else if (rendition) {
                         reply(job, *rendition);
                     } else {
                         job->fail(rendition.error().code == StoreError::Code::NotFound
                                       ? QWebEngineUrlRequestJob::UrlNotFound
                                       : QWebEngineUrlRequestJob::RequestFailed);
                     }
                 }
             });
}

void PreviewSchemeHandler::reply(QWebEngineUrlRequestJob *job, const Rendition &rendition)
{
    auto *buffer = new QBuffer(job);
    buffer->setData(rendition.bytes);
    job->reply(rendition.mimeType, buffer);
}

} // namespace newsroom
