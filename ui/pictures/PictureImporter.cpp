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
    m_decoding.clear();
    m_decoding.waitForDone();
}

void PictureImporter::import(const QList<PictureSource> &sources, QObject *context, Done done)
{
    for (const PictureSource &source : sources)
        importOne(source, context, done);
}

void PictureImporter::importOne(const PictureSource &source, QObject *context, Done done)
{
    ++m_pending;
    Q_EMIT pendingChanged(m_pending);
    QFuture<Decoded> decoding = QtConcurrent::run(&m_decoding, decode, source);
    onAnswer(
        decoding, this, [this, context = QPointer<QObject>(context), done](const Decoded &decoded) {
            if (!decoded) {
                qCInfo(lcPictureImport) << "Refused:" << decoded.error();
                Q_EMIT failed(decoded.error());
                if (context)
                    done(Picture());
                finishOne();
                return;
            }
            const QString name = decoded->picture.fileName;
            auto stored = m_gateway.run<Picture>(
                ArchiveGateway::Lane::Writes, [decoded = *decoded](ArticleStore &store) {
                    return store.addPicture(decoded.picture, decoded.original, decoded.renditions);
                });
            onAnswer(stored, this,
                     [this, context, done, name](const StoreResult<Picture> &picture) {
                         if (picture)
                             Q_EMIT imported(*picture);
                         else
                             Q_EMIT failed(tr("%1 was not added to the archive: %2")
                                               .arg(name, picture.error().message));
                         if (context)
                             done(picture ? *picture : Picture());
                         finishOne();
                     });
        });
}

void PictureImporter::finishOne()
{
    --m_pending;
    Q_EMIT pendingChanged(m_pending);
}

} // namespace newsroom
