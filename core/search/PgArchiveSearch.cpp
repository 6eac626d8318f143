#include "PgArchiveSearch.h"

#include "PgTextSearch.h"
#include "SnippetBuilder.h"
#include "store/PgArticleRows.h"
#include "store/PgConnection.h"
#include "store/PgFilterSql.h"

#include <QHash>
#include <QLoggingCategory>
#include <limits>

Q_LOGGING_CATEGORY(lcPgSearch, "newsroom.search.pg", QtWarningMsg)

namespace newsroom {

namespace {
// ts_rank's weights for D (body), C (tags), B (dek), A (headline): the file archive's BM25
// column weights (10, 4, 3, 1) scaled into the server's 0..1.
constexpr const char *kWeights = "'{0.1, 0.3, 0.4, 1.0}'";

// ts_rank over a window of matches (`window` selects article_id and terms; $1 is the
// tsquery, $2 the limit). Normalization 1 divides by the log of the document's length, as
// BM25 weighs long articles down.
QByteArray rankedSql(const QByteArray &window)
{
    return QByteArray("WITH w AS MATERIALIZED (") + window + ") SELECT " +
           pgrows::kSummaryColumns + ", ts_rank(" + kWeights +
           ", w.terms, $1::tsquery, 1) AS rank FROM w JOIN articles a"
           " ON a.id = w.article_id ORDER BY rank DESC, a.id DESC LIMIT $2";
}

} // namespace

StoreResult<QList<SearchHit>> PgArchiveSearch::run(const SearchQuery &query)
{
    const QString match = pgtextsearch::queryFor(query.text);
    if (match.isEmpty() || query.limit <= 0)
        return QList<SearchHit>{};
    const QString loose = pgtextsearch::queryFor(query.text, pgtextsearch::WordOrder::Ignored);
    qCDebug(lcPgSearch) << "tsquery" << match << "without word order" << loose;
    const int window = std::max(kRankWindow, query.limit);
    auto rows = loose == match ? rankTerms(match, query, window)
                               : rankPhrase(match, loose, query, window);
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

// Words alone: the index answers exactly, and the window is the newest matches. Without
// filters it comes from the search terms alone; with them each match is checked against
// its article row.
StoreResult<PgResult> PgArchiveSearch::rankTerms(const QString &match, const SearchQuery &query,
                                                 int window)
{
    PgParams params;
    params.add(match).add(qint64(query.limit));
    const PgFilterSql filter(query.filter, params);
    const QByteArray sql =
        QByteArray("SELECT s.article_id, s.terms FROM article_search s") +
        (filter.isEmpty()
             ? QByteArray(" WHERE")
             : " JOIN articles a ON a.id = s.article_id WHERE " + filter.condition() + " AND") +
        " s.terms @@ $1::tsquery ORDER BY s.article_id DESC LIMIT " + QByteArray::number(window);
    return m_db.queryOnce(rankedSql(sql), params);
}

// A phrase needs each candidate's word positions, read from its whole list of terms; the
// index knows only which articles hold all the words (a tenth of the archive, for a common
// phrase). So the newest articles holding the words are checked a batch at a time, each
// batch four times the last, until a window of matches is found or the candidates run out.
StoreResult<PgResult> PgArchiveSearch::rankPhrase(const QString &match, const QString &loose,
                                                  const SearchQuery &query, int window)
{
    QList<qint64> ids;
    qint64 before = std::numeric_limits<qint64>::max();
    for (qint64 batch = 2 * window; ids.size() < window; batch *= 4) {
        PgParams params;
        params.add(loose).add(before).add(batch).add(match).add(qint64(window - ids.size()));
        const PgFilterSql filter(query.filter, params);
        const QByteArray sql =
            QByteArray("WITH c AS MATERIALIZED (SELECT article_id FROM article_search"
                       " WHERE terms @@ $1::tsquery AND article_id < $2"
                       " ORDER BY article_id DESC LIMIT $3),"
                       " m AS (SELECT s.article_id FROM c JOIN article_search s USING (article_id)") +
            (filter.isEmpty() ? QByteArray(" WHERE")
                              : " JOIN articles a ON a.id = s.article_id WHERE " +
                                    filter.condition() + " AND") +
            " s.terms @@ $4::tsquery ORDER BY s.article_id DESC LIMIT $5)"
            " SELECT (SELECT count(*) FROM c), (SELECT coalesce(min(article_id), 0) FROM c),"
            " m.article_id FROM (SELECT 1) AS one LEFT JOIN m ON true";
        auto rows = m_db.queryOnce(sql, params);
        if (!rows)
            return std::unexpected(rows.error());
        for (int row = 0; row < rows->rows(); ++row) {
            if (!rows->isNull(row, 2))
                ids.append(rows->int64(row, 2));
        }
        if (rows->rows() == 0 || rows->int64(0, 0) < batch)
            break; // no older candidates
        before = rows->int64(0, 1);
    }
    PgParams params;
    params.add(match).add(qint64(query.limit)).addArray(ids);
    return m_db.queryOnce(rankedSql("SELECT article_id, terms FROM article_search"
                                    " WHERE article_id = ANY($3::bigint[])"),
                          params);
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
