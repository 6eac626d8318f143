#include "PgArchiveSearch.h"

#include "PgTextSearch.h"
#include "SnippetBuilder.h"
#include "store/PgArticleRows.h"
#include "store/PgConnection.h"
#include "store/PgFilterSql.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcPgSearch, "newsroom.search.pg", QtWarningMsg)

namespace newsroom {

namespace {
// ts_rank's weights for D (body), C (tags), B (dek), A (headline): the file archive's BM25
// column weights (10, 4, 3, 1) scaled into the server's 0..1.
constexpr const char *kWeights = "'{0.1, 0.3, 0.4, 1.0}'";

// Two ways to find the newest matches: read rows newest first, testing each row's terms
// (about 4 µs a row, and a match every articles/matches rows), or collect every match from
// the GIN index and sort their ids (about 0.3 µs a match, no row's terms read); measured at
// 100,000 articles on the 2-core bench machine. The planner prices a row's test as if it
// cost nothing and reads newest first for a word in a tenth of the archive (20 ms where
// collecting takes 5); for a word in most articles reading newest first is right (3 ms
// where collecting takes 40). Collecting is weighed at 0.75 µs a match because the
// estimate for several words assumes they are independent, and a story's words are not:
// "council met" was estimated at a quarter of the archive and held half.
bool collectingIsCheaper(double matches, double articles, int window)
{
    return 0.75 * matches * matches < 4.0 * window * articles;
}

// The planner's estimates: how many live articles `candidates` matches, and how many there
// are. Zero articles when the table was never analysed (then the planner chooses).
StoreResult<std::pair<double, double>> estimates(PgConnection &db, const QString &candidates)
{
    auto plan = db.queryOnce("EXPLAIN (FORMAT JSON) SELECT 1 FROM article_search s"
                             " WHERE s.terms @@ $1::tsquery",
                             PgParams().add(candidates));
    if (!plan)
        return std::unexpected(plan.error());
    auto size = db.query("SELECT greatest(reltuples, 0) FROM pg_class"
                         " WHERE oid = 'article_search'::regclass");
    if (!size)
        return std::unexpected(size.error());
    const QJsonDocument json = QJsonDocument::fromJson(plan->text(0, 0).toUtf8());
    const double matches =
        json.array().at(0)[QLatin1String("Plan")][QLatin1String("Plan Rows")].toDouble();
    return std::pair{matches, size->rows() > 0 ? size->real(0, 0) : 0.0};
}
} // namespace

StoreResult<QList<SearchHit>> PgArchiveSearch::run(const SearchQuery &query)
{
    const QString match = pgtextsearch::queryFor(query.text);
    if (match.isEmpty() || query.limit <= 0)
        return QList<SearchHit>{};
    const QString candidates = pgtextsearch::candidatesFor(query.text);
    const int window = std::max(kRankWindow, query.limit);
    auto sizes = estimates(m_db, candidates);
    if (!sizes)
        return std::unexpected(sizes.error());
    const bool collect =
        sizes->second > 0 && collectingIsCheaper(sizes->first, sizes->second, window);
    qCDebug(lcPgSearch) << "tsquery" << match << "candidates" << candidates << "estimates"
                        << sizes->first << sizes->second << "collect" << collect;

    PgParams params;
    params.add(match).add(qint64(query.limit));
    const bool positions = candidates != match; // phrases: positions checked on candidates
    if (positions)
        params.add(candidates);
    const PgFilterSql filter(query.filter, params);
    // Without filters the candidates come from the search terms alone; with them each is
    // checked against its article row. Newest first: by the id as it is, or, when
    // collecting is cheaper, by an expression no index orders. A phrase's candidates hold
    // its words anywhere; their positions are checked in that order until the window is
    // full, so only about a window's worth of terms are read.
    const QByteArray newest =
        QByteArray("SELECT s.article_id, s.terms FROM article_search s") +
        (filter.isEmpty()
             ? QByteArray()
             : " JOIN articles a ON a.id = s.article_id WHERE " + filter.condition() + " AND") +
        (filter.isEmpty() ? " WHERE" : "") + " s.terms @@ " + (positions ? "$3" : "$1") +
        "::tsquery ORDER BY " + (collect ? "s.article_id + 0" : "s.article_id") + " DESC";
    const QByteArray limit = " LIMIT " + QByteArray::number(window);
    const QByteArray windowSql =
        positions ? QByteArray("SELECT c.article_id, c.terms FROM (" + newest +
                               " OFFSET 0) c WHERE c.terms @@ $1::tsquery" + limit)
                  : QByteArray(newest + limit);
    // ts_rank's normalization 1 divides by the log of the document's length, as BM25
    // weighs long articles down. Only the hits shown are joined with their articles.
    const QByteArray sql = "WITH w AS MATERIALIZED (" + windowSql +
                           "), r AS (SELECT w.article_id, ts_rank(" + kWeights +
                           ", w.terms, $1::tsquery, 1) AS rank FROM w"
                           " ORDER BY rank DESC, w.article_id DESC LIMIT $2) SELECT " +
                           pgrows::kSummaryColumns +
                           ", r.rank FROM r JOIN articles a ON a.id = r.article_id"
                           " ORDER BY r.rank DESC, a.id DESC";
    auto rows = m_db.queryOnce(sql, params);
    if (!rows)
        return std::unexpected(rows.error());
    QList<SearchHit> hits;
    for (int row = 0; row < rows->rows(); ++row) {
        SearchHit hit;
        hit.article = pgrows::readSummary(*rows, row);
        hit.score = rows->real(row, 7);
        hits.append(hit);
    }
    if (auto done = addSnippets(query.text, hits); !done)
        return std::unexpected(done.error());
    return hits;
}

// Snippets only for the hits shown, from the opening of the body (as far as the snippet
// builder reads), else the dek, else the headline; one round trip for all of them.
StoreStatus PgArchiveSearch::addSnippets(const QString &userText, QList<SearchHit> &hits)
{
    if (hits.isEmpty())
        return {};
    QList<qint64> ids;
    for (const SearchHit &hit : std::as_const(hits))
        ids.append(hit.article.id);
    static const QByteArray sql = "SELECT id, left(body, " +
                                  QByteArray::number(SnippetBuilder::kScanChars) +
                                  "), dek, headline FROM articles WHERE id = ANY($1::bigint[])";
    auto rows = m_db.query(sql, PgParams().addArray(ids));
    if (!rows)
        return std::unexpected(rows.error());
    QHash<qint64, int> rowOf;
    for (int row = 0; row < rows->rows(); ++row)
        rowOf.insert(rows->int64(row, 0), row);
    const SnippetBuilder builder(userText);
    for (SearchHit &hit : hits) {
        const int row = rowOf.value(hit.article.id, -1);
        if (row < 0)
            continue;
        const QString body = rows->text(row, 1);
        hit.snippet = builder.build(body)
                          .or_else([&] { return builder.build(rows->text(row, 2)); })
                          .or_else([&] { return builder.build(rows->text(row, 3)); })
                          .value_or(SnippetBuilder::opening(body));
    }
    return {};
}

} // namespace newsroom
