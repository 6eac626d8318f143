#pragma once

#include "store/StoreError.h"

struct sqlite3;

namespace newsroom {

// The FTS5 auxiliary function newsroom_bm25(article_search, max_rowid, weight...): FTS5's
// BM25 (k1 = 1.2, b = 0.75, a weight a column) with the cost of its document counts bounded.
// bm25() counts the rows matching each phrase by walking every match in the archive, once a
// query: for a phrase in a tenth of a million articles that walk checks word positions in
// 100,000 rows and grew 14x from 100k to 1M articles. This one stops at kCountedMatches and
// estimates the rest from how far into the archive's ids those matches reached (the walk
// goes oldest first; ids are given in order), so a phrase or word that common costs the same
// at any size. Below that count it is bm25() exactly. Only the weight between the terms of
// one query changes, and only for terms in thousands of articles, whose weight is small.
class BoundedBm25
{
public:
    static constexpr const char *kName = "newsroom_bm25";
    static constexpr long long kCountedMatches = 2000;

    static StoreStatus registerWith(sqlite3 *db);
};

} // namespace newsroom
