#include "PictureImporter.h"

#include "ArchiveGateway.h"
#include "OnAnswer.h"
#include "media/PictureDecoder.h"

#include <QLoggingCategory>
#include <QPointer>
#include <QtConcurrent>

Q_LOGGING_CATEGORY(lcPictureImport, "newsroom.pictures.import", QtWarningMsg)

namespace newsroom {

namespace {
using Decoded = std::expected<DecodedPicture, QString>;

Decoded decode(const PictureSource &source)
{
    if (!source.path.isEmpty())
        return PictureDecoder::decodeFile(source.path);
    if (!source.bytes.isEmpty())
        return PictureDecoder::decode(source.bytes, source.name);
    return PictureDecoder::fromImage(source.image, source.name);
}
} // namespace

PictureImporter::PictureImporter(ArchiveGateway &gateway, QObject *parent)
    : QObject(parent), m_gateway(gateway)
{
    m_decoding.setMaxThreadCount(1);
}

PictureImporter::~PictureImporter()
{
    m_decoding.waitForDone();
}

void PictureImporter::import(const QList<PictureSource> &sources, QObject *context, Done done)
{
    for (const PictureSource &source : sources)
        m_queue.enqueue(Request{source, context, done});
    Q_EMIT pendingChanged(pending());
    if (!m_busy)
        startNext();
}

void PictureImporter::startNext()
{
    if (m_queue.isEmpty())
        return;
    m_busy = true;
    const Request request = m_queue.dequeue();
    QFuture<Decoded> decoding = QtConcurrent::run(&m_decoding, decode, request.source);
    onAnswer(decoding, this, [this, request](const Decoded &decoded) {
        if (!decoded) {
            qCInfo(lcPictureImport) << "Refused:" << decoded.error();
            finish(request, std::unexpected(decoded.error()));
            return;
        }
        const QString name = decoded->picture.fileName;
        auto stored = m_gateway.run<Picture>(
            ArchiveGateway::Lane::Writes, [decoded = *decoded](ArticleStore &store) {
                return store.addPicture(decoded.picture, decoded.original, decoded.renditions);
            });
        onAnswer(stored, this, [this, request, name](const StoreResult<Picture> &picture) {
            if (picture) {
                Q_EMIT imported(*picture);
                finish(request, *picture);
            } else {
                finish(request, std::unexpected(tr("%1 was not added to the archive: %2")
                                                    .arg(name, picture.error().message)));
            }
        });
    });
}

void PictureImporter::finish(const Request &request, const Result &result)
{
    m_busy = false;
    if (request.context)
        request.done(result);
    Q_EMIT pendingChanged(pending());
    startNext();
}

} // namespace newsroom
