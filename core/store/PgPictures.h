#pragma once

#include "StoreError.h"
#include "media/Picture.h"
#include "model/Article.h"

#include <QList>
#include <QPair>

namespace newsroom {

class PgConnection;

// The server archive's pictures (schema 4; see PictureLibrary), with the file's rules
// (SqlitePictures). Writes run inside the caller's transaction.
//
// A purge never races a save into a use of a deleted picture: a save locks the pictures
// it records a use of (FOR KEY SHARE), a purge locks those it removes (FOR UPDATE) and
// only then, in a later statement that sees every committed use, deletes the unused ones.
// Whichever locks second waits for the other's commit: the save then finds the picture
// gone and records no use, or the purge finds the use and keeps the picture. The foreign
// key (RESTRICT) stands behind both.
namespace pgpictures {

StoreStatus recordUses(PgConnection &db, qint64 articleId, const Article &version);

StoreResult<Picture> add(PgConnection &db, const Picture &picture, const QByteArray &original,
                         const QList<QPair<int, QByteArray>> &renditions);
StoreResult<Picture> read(PgConnection &db, const QByteArray &hash);
StoreResult<QByteArray> bytes(PgConnection &db, const QByteArray &hash, int width);
StoreResult<Picture> describe(PgConnection &db, const QByteArray &hash, const QString &caption,
                              const QString &credit, const QString &altText);
StoreResult<QList<Picture>> find(PgConnection &db, const QString &words, int limit, int offset);
StoreResult<QList<qint64>> users(PgConnection &db, const QByteArray &hash);
StoreResult<QList<Picture>> unused(PgConnection &db);
StoreResult<int> purge(PgConnection &db, const QList<QByteArray> &hashes);

} // namespace pgpictures
} // namespace newsroom
