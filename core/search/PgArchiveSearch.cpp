#include "PgArchiveSearch.h"

#include "PgTextSearch.h"
#include "SnippetBuilder.h"
#include "store/PgArticleRows.h"
#include "store/PgConnection.h"
#include "store/PgFilterSql.h"

#include <QHash>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcPgSearch, "newsroom.search.pg", QtWarningMsg)

namespace newsroom {

namespace {
// ts_rank's weights for D (body), C (tags), B (dek), A (headline): the file archive's BM25
// column weights (10, 4, 3, 1) scaled into the server's 0..1.
constexpr const char *kWeights = "'{0.1, 0.3, 0.4, 1.0}'";
} // namespace

StoreResult<QList<SearchHit>> PgArchiveSearch::run(const SearchQuery &query)
{
    const QString match = pgtextsearch::queryFor(query.text);
    if (match.isEmpty() || query.limit <= 0)
        return QList<SearchHit>{};
    qCDebug(lcPgSearch) << "tsquery" << match;

    PgParams params;
    params.add(match).add(qint64(query.limit));
    const PgFilterSql filter(query.filter, params);
    // Without filters the window comes from the search terms alone; with them each match
    // is checked against its article row. ts_rank's normalization 1 divides by the log of
    // the document's length, as BM25 weighs long articles down.
    const QByteArray window =
        QByteArray("SELECT s.article_id, s.terms FROM article_search s") +
        (filter.isEmpty()
             ? QByteArray()
             : " JOIN articles a ON a.id = s.article_id WHERE " + filter.condition() + " AND") +
        (filter.isEmpty() ? " WHERE" : "") + " s.terms @@ $1::tsquery ORDER BY s.article_id DESC" +
        " LIMIT " + QByteArray::number(std::max(kRankWindow, query.limit));
    const QByteArray sql = QByteArray("WITH w AS MATERIALIZED (") + window + ") SELECT " +
                           pgrows::kSummaryColumns + ", ts_rank(" + kWeights +
                           ", w.terms, $1::tsquery, 1) AS rank FROM w JOIN articles a"
                           " ON a.id = w.article_id ORDER BY rank DESC, a.id DESC LIMIT $2";
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
