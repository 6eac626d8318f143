#include "SitePictures.h"

#include "media/PictureRefs.h"
#include "render/PictureUrls.h"
#include "store/PictureLibrary.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>

namespace newsroom::sitepictures {

StoreResult<PictureShelf> loadShelf(PictureLibrary &library)
{
    PictureShelf shelf;
    for (int offset = 0;; offset += kPage) {
        auto page = library.pictures(QString(), kPage, offset);
        if (!page)
            return std::unexpected(page.error());
        for (const Picture &picture : std::as_const(*page))
            shelf.add(picture);
        // The store may hand over fewer than asked for a page (it caps a page's size): only
        // an empty page ends the library.
        if (page->isEmpty())
            return shelf;
        offset += int(page->size()) - kPage;
    }
}

QList<MediaFile> filesFor(const QList<Article> &articles, const PictureShelf &shelf)
{
    QList<MediaFile> files;
    QSet<QByteArray> seen;
    for (const Article &article : articles) {
        for (const QByteArray &hash : picturerefs::usedBy(article)) {
            const Picture *picture = shelf.find(hash);
            if (!picture || seen.contains(hash))
                continue;
            seen.insert(hash);
            for (int width : pictureurls::pageWidths(*picture))
                files.append({pictureurls::sitePath(*picture, width), hash, width});
        }
    }
    return files;
}

StoreResult<QByteArray> bytesOf(PictureLibrary &library, const Picture &picture, int width)
{
    if (!picture.renditionWidths.contains(width)) // never the original
        return storeFailure(StoreError::Code::Invalid,
                            QCoreApplication::translate("SitePictures",
                                                        "The picture \"%1\" has no copy %2 "
                                                        "pixels wide for the site.")
                                .arg(picture.fileName)
                                .arg(width));
    return library.pictureBytes(picture.hash, width);
}

bool isMediaPath(const QString &path)
{
    static const QRegularExpression name(
        QStringLiteral("^media/[0-9a-f]{64}-[1-9][0-9]{0,5}\\.(jpg|png|img)$"));
    return name.match(path).hasMatch();
}

} // namespace newsroom::sitepictures
