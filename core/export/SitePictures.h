#pragma once

#include "model/Article.h"
#include "render/PictureShelf.h"
#include "store/StoreError.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace newsroom {

class PictureLibrary;

// The pictures of an exported site (issue 17): what the pages may show and the media files
// they name (render/PictureUrls.h). Renditions only: a picture's original, with whatever its
// camera wrote into it, never goes into a site.
namespace sitepictures {

// Every picture's description, read once per export a page at a time (10,000 articles'
// pages then ask the shelf, never the archive).
inline constexpr int kPage = 2000;
StoreResult<PictureShelf> loadShelf(PictureLibrary &library);

struct MediaFile
{
    QString path; // "media/HASH-WIDTH.EXT"
    QByteArray hash;
    int width = 0;
};
// The files `articles` need: each picture they use (lead or body) that the shelf holds, at
// each width a page names, each file once.
QList<MediaFile> filesFor(const QList<Article> &articles, const PictureShelf &shelf);

// A file's bytes: the archive's rendition (never the original).
StoreResult<QByteArray> bytesOf(PictureLibrary &library, const Picture &picture, int width);

// "media/" + a name of the form HASH-WIDTH.EXT: a file only this exporter writes.
bool isMediaPath(const QString &path);

} // namespace sitepictures
} // namespace newsroom
