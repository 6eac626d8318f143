#pragma once

#include "ArticleStore.h"
#include "PgResult.h"

namespace newsroom {

class PgConnection;

// Reading and writing one article with everything that hangs off it on the server, with
// the file archive's rules (ArticleRows): optimistic versions, slugs, the history's notes,
// related titles that follow their target, the search terms. Writes run inside the
// caller's transaction.
namespace pgrows {

// The columns every summary query selects, in this order, from the table alias `a`.
inline constexpr const char *kSummaryColumns =
    "a.id, a.slug, a.headline, a.status, a.section, extract(epoch FROM a.updated_at)::bigint,"
    " coalesce(extract(epoch FROM a.published_at)::bigint, 0)";
ArticleSummary readSummary(const PgResult &result, int row, int first = 0);

StoreResult<Article> read(PgConnection &db, qint64 id);
// Saves `article` (new, or a new version of the one it names) and updates it to what was
// saved: id, version, slug, times.
StoreStatus write(PgConnection &db, Article &article, SaveMode mode = SaveMode::KeepHistory);
StoreStatus setTrashed(PgConnection &db, qint64 id, bool trashed);
// Writes a whole record under its own id (see ArticleStore::putRecord), noting `key` in
// import_sources; Conflict when the id or the slug is taken.
StoreStatus put(PgConnection &db, const ArticleRecord &record, const QByteArray &key);

} // namespace pgrows
} // namespace newsroom
