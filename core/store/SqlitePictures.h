#pragma once

#include "StoreError.h"
#include "media/Picture.h"
#include "model/Article.h"

#include <QList>
#include <QPair>

namespace newsroom {

class SqliteDatabase;

// The file archive's pictures (schema 9; see PictureLibrary for the contract). Writes run
// inside the caller's transaction, as ArticleRows' do.
namespace sqlitepictures {

// Notes the pictures `version` of article `articleId` uses (picturerefs::usedBy), only those
// the archive has, as the article's current ones; earlier uses stay, no longer current.
StoreStatus recordUses(SqliteDatabase &db, qint64 articleId, const Article &version);

StoreResult<Picture> add(SqliteDatabase &db, const Picture &picture, const QByteArray &original,
                         const QList<QPair<int, QByteArray>> &renditions);
StoreResult<Picture> read(SqliteDatabase &db, const QByteArray &hash);
// The widths of the copies pages may be offered of the picture stored under `hash` (as the
// row spells it) that is `width` pixels wide: those PictureDecoder makes, holding bytes.
StoreResult<QList<int>> renditionWidths(SqliteDatabase &db, const QString &hash, qint64 width);
StoreResult<QByteArray> bytes(SqliteDatabase &db, const QByteArray &hash, int width);
StoreResult<Picture> describe(SqliteDatabase &db, const QByteArray &hash, const QString &caption,
                              const QString &credit, const QString &altText);
StoreResult<QList<Picture>> find(SqliteDatabase &db, const QString &words, int limit, int offset);
StoreResult<QList<qint64>> users(SqliteDatabase &db, const QByteArray &hash);
StoreResult<QList<Picture>> unused(SqliteDatabase &db);
StoreResult<int> purge(SqliteDatabase &db, const QList<QByteArray> &hashes);

} // namespace sqlitepictures
} // namespace newsroom
