#pragma once

#include "ArticleNote.h"
#include "ArticleRecord.h"
#include "ArticleStore.h"
#include "StoreError.h"
#include "model/Article.h"

namespace newsroom {

class SqliteDatabase;

// Reads and writes one article across its tables (the article row, tags, sources,
// related items, the search index and the revision history). Callers hold the
// transaction; these functions never begin or commit one.
namespace articlerows {

StoreResult<Article> read(SqliteDatabase &db, qint64 id);
// Inserts (id 0) or updates (version must match); an update moves the version it
// replaces into the revision history unless `mode` drops it (never when either version
// changed the status, published or restored). Each version notes why it was kept (see
// RevisionKind; `article.restoredFrom` marks a restore) and the saving account's name.
// `article` comes back with its id, version, slug and times as stored.
StoreStatus write(SqliteDatabase &db, Article &article, SaveMode mode = SaveMode::KeepHistory);
StoreStatus setTrashed(SqliteDatabase &db, qint64 id, bool trashed);
// Writes a whole record under its own id (see ArticleStore::putRecord), noting `key` in
// import_sources; Conflict when the id or the slug is taken.
StoreStatus put(SqliteDatabase &db, const ArticleRecord &record, const QByteArray &key);
// A desk note on article `articleId`, with the author and time it holds.
StoreStatus insertNote(SqliteDatabase &db, qint64 articleId, const ArticleNote &note);

} // namespace articlerows
} // namespace newsroom
