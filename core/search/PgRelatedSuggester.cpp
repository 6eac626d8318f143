#include "PgRelatedSuggester.h"

#include "PgTextSearch.h"
#include "RelatedSuggester.h"
#include "store/PgArticleRows.h"
#include "store/PgConnection.h"
#include "store/SqlTime.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <algorithm>

namespace newsroom {

namespace {

// The file archive's numbers, so that both archives suggest alike.
constexpr int kCommonTerm = RelatedSuggester::kCommonTerm;
constexpr int kRankWindow = RelatedSuggester::kRankWindow;
// Candidates whose closeness, lifted, could still reach the last place shown are dated.
constexpr int kMostDated = 200;

ArticleTerms termsOf(const Article &article)
{
    return ArticleTerms(article.headline, article.dek, article.body, article.tags);
}

QString anyOf(const QList<RelatedRanker::WeightedTerm> &terms)
{
    QStringList quoted;
    for (const auto &term : terms)
        quoted.append(pgtextsearch::quotedTerm(term.term));
    return QLatin1Char('(') + quoted.join(QStringLiteral(" | ")) + QLatin1Char(')');
}

QStringList stringList(QByteArrayView json)
{
    QStringList values;
    for (const QJsonValue &value : QJsonDocument::fromJson(json.toByteArray()).array())
        values.append(value.toString());
    return values;
}

} // namespace

// The terms not yet known, counted in one round trip, each up to kCommonTerm.
StoreStatus PgRelatedSuggester::countFrequencies(const QList<QByteArray> &terms)
{
    QList<QByteArray> unknown;
    QStringList quoted;
    for (const QByteArray &term : terms) {
        if (!m_frequencies.contains(term)) {
            unknown.append(term);
            quoted.append(pgtextsearch::quotedTerm(term));
        }
    }
    if (unknown.isEmpty())
        return {};
    auto rows = m_db.query("SELECT u.n, (SELECT count(*) FROM (SELECT 1 FROM article_search"
                           " WHERE terms @@ u.q::tsquery LIMIT " +
                               QByteArray::number(kCommonTerm) +
                               ") m) FROM unnest($1::text[]) WITH ORDINALITY AS u (q, n)",
                           PgParams().addArray(quoted));
    if (!rows)
        return std::unexpected(rows.error());
    if (m_frequencies.size() > 100'000)
        m_frequencies.clear(); // a long session must not grow without end
    for (int row = 0; row < rows->rows(); ++row) {
        const qint64 n = rows->int64(row, 0);
        if (n >= 1 && n <= unknown.size())
            m_frequencies.insert(unknown[n - 1], int(rows->int64(row, 1)));
    }
    return {};
}

StoreStatus PgRelatedSuggester::weigh(RelatedRanker &ranker, const Article &article)
{
    // The archive's size only scales the rarity scores; the highest id is a close, free
    // stand-in for a count of the live articles.
    auto highestId = m_db.query("SELECT coalesce(max(id), 0) FROM articles");
    if (!highestId)
        return std::unexpected(highestId.error());
    const QList<QByteArray> lookUp = ranker.termsToLookUp();
    if (auto counted = countFrequencies(lookUp); !counted)
        return counted;
    RelatedRanker::Statistics statistics;
    statistics.archiveSize = double(highestId->int64(0, 0));
    statistics.commonCap = kCommonTerm;
    statistics.articleIsArchived = !article.isNew();
    for (const QByteArray &term : lookUp)
        statistics.documentFrequency.insert(term, m_frequencies.value(term));
    ranker.weigh(statistics);
    return {};
}

StoreResult<QList<SearchHit>> PgRelatedSuggester::suggest(const Article &article, int limit)
{
    if (limit <= 0)
        return QList<SearchHit>{};
    const ArticleTerms terms = termsOf(article);
    RelatedRanker ranker(terms);
    if (auto ok = weigh(ranker, article); !ok)
        return std::unexpected(ok.error());
    if (ranker.scoreTerms().isEmpty())
        return QList<SearchHit>{};
    QSet<qint64> excluded{article.id};
    for (const RelatedItem &item : article.related)
        excluded.insert(item.targetId);
    auto found = candidates(ranker, excluded);
    if (!found)
        return std::unexpected(found.error());
    return hits(ranker.rank(*found), limit);
}

// As RelatedSuggester: the candidates hold the rarest of the score terms, as many of them as
// together fill the window (an old article sharing the story's rarest words is found, not
// pushed out by newer ones sharing only a common word).
StoreResult<QList<RelatedRanker::Candidate>>
PgRelatedSuggester::candidates(const RelatedRanker &ranker, const QSet<qint64> &excluded)
{
    QList<RelatedRanker::WeightedTerm> rarest = ranker.scoreTerms();
    std::stable_sort(rarest.begin(), rarest.end(), [](const auto &a, const auto &b) {
        return a.documentFrequency < b.documentFrequency;
    });
    qsizetype finding = 0;
    for (qint64 matches = 0; finding < rarest.size(); ++finding) {
        matches += rarest[finding].documentFrequency;
        if (finding > 0 && matches > kRankWindow)
            break;
    }
    rarest.resize(finding);
    const QString query = anyOf(rarest);
    auto rows = m_db.queryOnce(
        "WITH w AS MATERIALIZED (SELECT article_id FROM article_search WHERE terms @@ $1::tsquery"
        " ORDER BY article_id DESC LIMIT " +
            QByteArray::number(kRankWindow) + ") SELECT a.id, a.headline, a.dek, left(a.body, " +
            QByteArray::number(ArticleTerms::kFieldChars) +
            "), (SELECT coalesce(json_agg(t.tag ORDER BY t.position), '[]') FROM article_tags t"
            " WHERE t.article_id = a.id) FROM w JOIN articles a ON a.id = w.article_id",
        PgParams().add(query));
    if (!rows)
        return std::unexpected(rows.error());
    QList<RelatedRanker::Candidate> found;
    for (int row = 0; row < rows->rows(); ++row) {
        const qint64 id = rows->int64(row, 0);
        if (excluded.contains(id))
            continue;
        const ArticleTerms text(rows->text(row, 1), rows->text(row, 2), rows->text(row, 3),
                                stringList(rows->bytes(row, 4)));
        found.append(ranker.countIn(id, text));
    }
    return found;
}

StoreResult<QList<SearchHit>> PgRelatedSuggester::hits(const QList<RelatedRanker::Ranked> &ranked,
                                                       int limit)
{
    const double reach =
        ranked.size() > limit ? RelatedRanker::cannotOvertake(ranked[limit - 1].similarity) : 0;
    QList<qint64> ids;
    QHash<qint64, double> similarity;
    for (const RelatedRanker::Ranked &candidate : ranked) {
        if (ids.size() >= std::max(limit, kMostDated) ||
            (ids.size() >= limit && candidate.similarity < reach))
            break;
        ids.append(candidate.id);
        similarity.insert(candidate.id, candidate.similarity);
    }
    if (ids.isEmpty())
        return QList<SearchHit>{};
    auto rows =
        m_db.query(QByteArray("SELECT ") + pgrows::kSummaryColumns +
                       ", extract(epoch FROM coalesce(a.published_at, a.created_at))::bigint"
                       " FROM articles a WHERE a.id = ANY($1::bigint[])",
                   PgParams().addArray(ids));
    if (!rows)
        return std::unexpected(rows.error());
    const qint64 now = sqltime::toSeconds(sqltime::now());
    QList<SearchHit> hits;
    for (int row = 0; row < rows->rows(); ++row) {
        SearchHit hit;
        hit.article = pgrows::readSummary(*rows, row);
        const double ageDays = double(now - rows->int64(row, 7)) / 86400.0;
        hit.score = RelatedRanker::recencyLifted(similarity.value(hit.article.id), ageDays);
        hits.append(hit);
    }
    // Ties keep the ranker's order.
    std::stable_sort(hits.begin(), hits.end(), [&](const SearchHit &a, const SearchHit &b) {
        return a.score != b.score ? a.score > b.score
                                  : ids.indexOf(a.article.id) < ids.indexOf(b.article.id);
    });
    hits.resize(std::min<qsizetype>(hits.size(), limit));
    return hits;
}

} // namespace newsroom
