#include "PictureSource.h"

#include "media/PictureType.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMimeData>
#include <QStandardPaths>
#include <QUrl>

namespace newsroom {

namespace {
// Encoded pictures another application may hand over as data; what the bytes really are is
// PictureDecoder's to find out.
constexpr const char *kPictureTypes[] = {"image/png", "image/jpeg", "image/webp", "image/gif"};

// Files named as pictures (what they really are is the decoder's to find out); any other
// file dropped stays what it was before: its path, as text.
bool namedAsPicture(const QUrl &url)
{
    const PictureType::Kind claimed = PictureType::claimedBy(url.fileName());
    return url.isLocalFile() &&
           (PictureType::isAccepted(claimed) || PictureType::isOtherPicture(claimed));
}

QString pastedName()
{
    return QCoreApplication::translate("PictureSource", "The pasted picture");
}
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
    if (!data)
        return false;
    if (data->hasFormat(QString::fromLatin1(kLibraryMimeType)))
        return true;
    if (data->hasUrls()) {
        const QList<QUrl> urls = data->urls();
        return std::any_of(urls.cbegin(), urls.cend(), namedAsPicture);
    }
    if (data->hasText())
        return false;
    for (const char *type : kPictureTypes) {
        if (data->hasFormat(QString::fromLatin1(type)))
            return true;
    }
    return data->hasImage();
}

QList<PictureSource> PictureSource::fromMimeData(const QMimeData *data)
{
    QList<PictureSource> sources;
    if (!offered(data))
        return sources;
    if (data->hasUrls()) {
        for (const QUrl &url : data->urls()) {
            if (namedAsPicture(url))
                sources.append(file(url.toLocalFile()));
        }
        return sources; // web links stay text: nothing is fetched from the network
    }
    for (const char *type : kPictureTypes) {
        const QString mime = QString::fromLatin1(type);
        if (data->hasFormat(mime)) {
            PictureSource source;
            source.bytes = data->data(mime);
            source.name = pastedName();
            return {source};
        }
    }
    PictureSource source;
    source.image = qvariant_cast<QImage>(data->imageData());
    source.name = pastedName();
    if (!source.image.isNull())
        sources.append(source);
    return sources;
}

QList<PictureSource> PictureSource::askForFiles(QWidget *parent, const QString &title, bool several)
{
    // A folder that does not exist would be offered as a file's name.
    QString folder = QStandardPaths::writableLocation(QStandardPaths::PicturesLocation);
    if (!QFileInfo(folder).isDir())
        folder = QDir::homePath();
    const QString filter = QCoreApplication::translate(
        "PictureSource", "Pictures (*.jpg *.jpeg *.png *.webp *.gif);;All files (*)");
    const QStringList paths =
        several ? QFileDialog::getOpenFileNames(parent, title, folder, filter)
                : QStringList{QFileDialog::getOpenFileName(parent, title, folder, filter)};
    QList<PictureSource> sources;
    for (const QString &path : paths) {
        if (!path.isEmpty())
            sources.append(file(path));
    }
    return sources;
}

} // namespace newsroom
