#include "PictureLibrary.h"

#include <QCoreApplication>

// TEMPORARY (issue 17, while the stores learn pictures on branch pictures-store): every
// call fails. Removed, and the interface made pure, when that branch lands.
namespace newsroom {

namespace {
std::unexpected<StoreError> notYet()
{
    return storeFailure(StoreError::Code::Invalid,
                        QStringLiteral("This archive cannot hold pictures yet."));
}
} // namespace

StoreResult<Picture> PictureLibrary::addPicture(const Picture &, const QByteArray &,
                                                const QList<QPair<int, QByteArray>> &)
{
    return notYet();
}
StoreResult<Picture> PictureLibrary::picture(const QByteArray &) { return notYet(); }
StoreResult<QByteArray> PictureLibrary::pictureBytes(const QByteArray &, int) { return notYet(); }
StoreResult<Picture> PictureLibrary::describePicture(const QByteArray &, const QString &,
                                                     const QString &, const QString &)
{
    return notYet();
}
StoreResult<QList<Picture>> PictureLibrary::pictures(const QString &, int, int) { return notYet(); }
StoreResult<QList<qint64>> PictureLibrary::pictureUsers(const QByteArray &) { return notYet(); }
StoreResult<QList<Picture>> PictureLibrary::unusedPictures() { return notYet(); }
StoreResult<int> PictureLibrary::purgePictures(const QList<QByteArray> &) { return notYet(); }

} // namespace newsroom
