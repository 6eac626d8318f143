#pragma once

#include "RelatedRanker.h"
#include "SearchHit.h"
#include "model/Article.h"
#include "store/StoreError.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QSet>

namespace newsroom {

class PgConnection;

// "More like this" on the server archive, with the file archive's ranking (RelatedRanker
// decides what counts; RelatedSuggester's numbers): how many articles hold each of the
// article's terms is counted on the server over the search terms (up to kCommonTerm, in one
// round trip, remembered between calls); the candidates are the newest kRankWindow live
// articles holding its rarest distinctive terms (a tsquery over the GIN index); each
// candidate's terms are counted in its text (RelatedRanker::countIn, the first kFieldChars
// of each field), since a tsvector keeps no exact counts per field. Among the best matches a
// recent story is lifted a little over an old one. One object per connection.
class PgRelatedSuggester
{
public:
    explicit PgRelatedSuggester(PgConnection &db) : m_db(db) {}
    StoreResult<QList<SearchHit>> suggest(const Article &article, int limit);

private:
    StoreStatus weigh(RelatedRanker &ranker, const Article &article);
    StoreStatus countFrequencies(const QList<QByteArray> &terms);
    StoreResult<QList<RelatedRanker::Candidate>> candidates(const RelatedRanker &ranker,
                                                            const QSet<qint64> &excluded);
    StoreResult<QList<SearchHit>> hits(const QList<RelatedRanker::Ranked> &ranked, int limit);

    PgConnection &m_db;
    QHash<QByteArray, int> m_frequencies; // term -> articles holding it (capped)
};

} // namespace newsroom
