#pragma once

#include "StoreError.h"
#include "media/Picture.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace newsroom {

// The archive's pictures (issue 17), part of every ArticleStore: the file archive keeps them
// in its own tables, the server archive in the database; nothing lies loose on disk.
//
// A picture is in use while any version of any article (live, trashed or in the history)
// names it, as its lead image or as media:HASH in its body: only a picture in none may be
// purged, so restoring an old version never finds its picture gone.
class PictureLibrary
{
public:
    virtual ~PictureLibrary() = default;

    // Stores `picture` (its hash, size and type read from `original` by PictureDecoder)
    // with its renditions (width -> encoded bytes, made by PictureDecoder too), in one
    // transaction. The same hash again stores nothing and returns the archive's picture
    // (whose words are kept). Invalid when `picture` and `original` disagree.
    virtual StoreResult<Picture> addPicture(const Picture &picture, const QByteArray &original,
                                            const QList<QPair<int, QByteArray>> &renditions) = 0;
    // NotFound when the archive has no picture of that hash.
    virtual StoreResult<Picture> picture(const QByteArray &hash) = 0;
    // The original (`width` 0) or one of its renditions (a width of renditionWidths).
    virtual StoreResult<QByteArray> pictureBytes(const QByteArray &hash, int width = 0) = 0;
    // The library's caption, credit and alt text (each cut to Picture's limits).
    virtual StoreResult<Picture> describePicture(const QByteArray &hash, const QString &caption,
                                                 const QString &credit, const QString &altText) = 0;
    // The library, newest first: every word of `words` in the caption, credit, alt text or
    // file name (case and accents folded); empty words: all of them.
    virtual StoreResult<QList<Picture>> pictures(const QString &words, int limit,
                                                 int offset = 0) = 0;
    // The live and trashed articles whose newest version uses the picture, by id.
    virtual StoreResult<QList<qint64>> pictureUsers(const QByteArray &hash) = 0;
    // Pictures no version of any article uses, oldest first.
    virtual StoreResult<QList<Picture>> unusedPictures() = 0;
    // Removes those of `hashes` that are still unused (checked in the same transaction) and
    // returns how many went.
    virtual StoreResult<int> purgePictures(const QList<QByteArray> &hashes) = 0;
};

} // namespace newsroom
