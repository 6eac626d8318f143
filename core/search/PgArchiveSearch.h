#pragma once

#include "SearchHit.h"
#include "SearchQuery.h"
#include "store/StoreError.h"

#include <QList>

namespace newsroom {

class PgConnection;

// Full-text search over the server archive's search terms (a tsvector of the app's own
// tokens, in a GIN index; see PgTextSearch.h), bounded as the file archive's search is:
// only the newest kRankWindow matches are ranked (ts_rank, headline first, then dek, tags,
// body), so a word in half the archive costs a fixed amount of ranking. Snippets come
// from the same SnippetBuilder as the file archive's.
class PgArchiveSearch
{
public:
    static constexpr int kRankWindow = 500;

    explicit PgArchiveSearch(PgConnection &db) : m_db(db) {}
    StoreResult<QList<SearchHit>> run(const SearchQuery &query);

private:
    StoreStatus addSnippets(const QString &userText, QList<SearchHit> &hits);

    PgConnection &m_db;
};

} // namespace newsroom
