#pragma once

#include "ArticleTerms.h"
#include "RelatedRanker.h"
#include "SearchHit.h"
#include "model/Article.h"
#include "store/StoreError.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QSet>

namespace newsroom {

class SqliteDatabase;

// "More like this" on the SQLite archive: the archived articles most related to one
// article. RelatedRanker decides what counts; this class asks the archive for what it
// needs: how many articles hold each of the article's terms (counted up to kCommonTerm,
// beyond which a term says little, and remembered between calls so refreshing suggestions
// while an editor types stays cheap), and, for the newest kRankWindow articles that hold
// its rarest distinctive terms, how often each distinctive term occurs in each field, read
// from the full-text index (TermCountsFunction) rather than the text. Among the best
// matches a recent story is lifted a little over an old one. One object per connection.
class RelatedSuggester
{
public:
    static constexpr int kCommonTerm = 2000;
    static constexpr int kRankWindow = 1000;
    static constexpr qsizetype kFieldChars = ArticleTerms::kFieldChars;

    explicit RelatedSuggester(SqliteDatabase &db) : m_db(db) {}
    StoreResult<QList<SearchHit>> suggest(const Article &article, int limit);
    // The terms suggest() scores with, most distinctive first (for tests and tuning).
    StoreResult<QList<QByteArray>> distinctiveTerms(const Article &article);

private:
    StoreResult<int> documentFrequency(const QByteArray &term);
    StoreStatus weigh(RelatedRanker &ranker, const Article &article);
    StoreResult<QList<RelatedRanker::Candidate>> candidates(const RelatedRanker &ranker,
                                                            const QSet<qint64> &excluded);
    StoreResult<QList<SearchHit>> hits(const QList<RelatedRanker::Ranked> &ranked, int limit);

    SqliteDatabase &m_db;
    bool m_functionRegistered = false;
    QHash<QByteArray, int> m_frequencies; // term -> articles holding it (capped)
};

} // namespace newsroom
