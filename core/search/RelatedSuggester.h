#pragma once

#include "SearchHit.h"
#include "model/Article.h"
#include "store/StoreError.h"

#include <QByteArray>
#include <QHash>
#include <QList>

namespace newsroom {

class SqliteDatabase;

// "More like this": the archived articles most related to one article.
//
// The article's own terms are weighted by where they stand (headline and tags count
// most) and by how rare they are in the archive; the kQueryTerms most distinctive ones
// become one FTS5 OR-query ranked by BM25, recent articles weighted up. How many
// articles hold a term is counted up to kCommonTerm (beyond that a term says little)
// and remembered between calls, so refreshing suggestions while an editor types stays
// cheap. Terms come from the first kFieldChars of each field: a story says what it is
// about in its opening, and a 16 MB body must not cost a scan of 16 MB each time the
// editor asks. One object per connection.
class RelatedSuggester
{
public:
    static constexpr int kQueryTerms = 10;
    static constexpr int kCandidateTerms = 60;
    static constexpr int kCommonTerm = 2000;
    static constexpr int kRankWindow = 1000;
    static constexpr qsizetype kFieldChars = 64 * 1024;

    explicit RelatedSuggester(SqliteDatabase &db) : m_db(db) {}
    StoreResult<QList<SearchHit>> suggest(const Article &article, int limit);
    // The terms suggest() would query with, most distinctive first (for tests and tuning).
    StoreResult<QList<QByteArray>> distinctiveTerms(const Article &article);

private:
    StoreResult<int> documentFrequency(const QByteArray &term);
    StoreResult<QList<SearchHit>> rank(const QList<QByteArray> &terms, const Article &article,
                                       int limit);

    SqliteDatabase &m_db;
    QHash<QByteArray, int> m_frequencies; // term -> articles holding it (capped)
};

} // namespace newsroom
