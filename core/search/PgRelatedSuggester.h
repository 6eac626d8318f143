#pragma once

#include "SearchHit.h"
#include "model/Article.h"
#include "store/StoreError.h"

#include <QByteArray>
#include <QHash>
#include <QList>

namespace newsroom {

class PgConnection;

// "More like this" on the server archive, the file archive's method (RelatedSuggester)
// over the server's search terms: the article's own terms weighted by where they stand,
// the most frequent kCandidateTerms looked up for how many articles hold them (counted up
// to kCommonTerm, remembered between calls), the kQueryTerms rarest of those OR-ed into
// one tsquery. The newest kRankWindow matches are ranked by the sum, over the terms, of
// each term's rarity times its saturated ts_rank (the IDF and term-frequency saturation of
// BM25, which ts_rank lacks), then recent stories are weighted up. One object per
// connection. (RelatedSuggester is being reworked; this follows its method as of schema 5.)
class PgRelatedSuggester
{
public:
    explicit PgRelatedSuggester(PgConnection &db) : m_db(db) {}
    StoreResult<QList<SearchHit>> suggest(const Article &article, int limit);

private:
    struct Term
    {
        QByteArray text;
        double rarity = 0;
    };
    StoreResult<QList<Term>> distinctiveTerms(const Article &article);
    StoreStatus countFrequencies(const QList<QByteArray> &terms);
    StoreResult<QList<SearchHit>> rank(const QList<Term> &terms, const Article &article, int limit);

    PgConnection &m_db;
    QHash<QByteArray, int> m_frequencies; // term -> articles holding it (capped)
};

} // namespace newsroom
