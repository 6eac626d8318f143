#include "PictureSource.h"

#include "media/PictureType.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QMimeData>
#include <QUrl>

namespace newsroom {

namespace {
// Encoded pictures another application may hand over as data; what the bytes really are is
// PictureDecoder's to find out.
constexpr const char *kPictureTypes[] = {"image/png", "image/jpeg", "image/webp", "image/gif"};
} // namespace

PictureSource PictureSource::file(const QString &path)
{
    PictureSource source;
    source.path = path;
    source.name = QFileInfo(path).fileName();
    return source;
}

QByteArray PictureSource::libraryHash(const QMimeData *data)
{
    const QString type = QString::fromLatin1(kLibraryMimeType);
    return data && data->hasFormat(type) ? data->data(type).trimmed() : QByteArray();
}

bool PictureSource::offered(const QMimeData *data)
{
    return !libraryHash(data).isEmpty() || !fromMimeData(data).isEmpty();
}

QList<PictureSource> PictureSource::fromMimeData(const QMimeData *data)
{
    QList<PictureSource> sources;
    if (!data)
        return sources;
    if (data->hasUrls()) {
        for (const QUrl &url : data->urls()) {
            // Files named as pictures (what they really are is the decoder's to find out);
            // any other file dropped stays what it was before: its path, as text.
            const PictureType::Kind claimed = PictureType::claimedBy(url.fileName());
            if (url.isLocalFile() &&
                (PictureType::isAccepted(claimed) || PictureType::isOtherPicture(claimed)))
                sources.append(file(url.toLocalFile()));
        }
        if (!sources.isEmpty() || !data->hasImage())
            return sources; // web links stay text: nothing is fetched from the network
    }
    for (const char *type : kPictureTypes) {
        const QString mime = QString::fromLatin1(type);
        if (data->hasFormat(mime)) {
            PictureSource source;
            source.bytes = data->data(mime);
            source.name = QCoreApplication::translate("PictureSource", "The pasted picture");
            return {source};
        }
    }
    if (data->hasImage()) {
        PictureSource source;
        source.image = qvariant_cast<QImage>(data->imageData());
        source.name = QCoreApplication::translate("PictureSource", "The pasted picture");
        if (!source.image.isNull())
            sources.append(source);
    }
    return sources;
}

} // namespace newsroom
