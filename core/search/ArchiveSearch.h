#pragma once

#include "SearchHit.h"
#include "SearchQuery.h"
#include "store/StoreError.h"

#include <QList>

namespace newsroom {

class SqliteDatabase;

// Full-text search over the archive's FTS5 index.
//
// Ranking every match with BM25 costs time in proportion to the matches: a word in half
// of 100k articles takes ~100 ms. So BM25 ranks only the newest kRankWindow matches
// (FTS5 walks its index in rowid order and stops there); for rarer terms that window
// holds every match and the ranking is exact. For a news archive the newest matches of
// a common word are also the ones an editor wants. (A larger limit widens the window.)
// BM25's own document counts would still walk every match once a query; BoundedBm25 counts
// only the first few thousand and estimates the rest.
class ArchiveSearch
{
public:
    static constexpr int kRankWindow = 500;

    explicit ArchiveSearch(SqliteDatabase &db) : m_db(db) {}
    StoreResult<QList<SearchHit>> run(const SearchQuery &query);

private:
    StoreStatus addSnippets(const QString &userText, QList<SearchHit> &hits);

    SqliteDatabase &m_db;
};

} // namespace newsroom
