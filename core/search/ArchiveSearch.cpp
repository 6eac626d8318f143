#include "ArchiveSearch.h"

#include "FtsQuery.h"
#include "SnippetBuilder.h"
#include "store/FilterSql.h"
#include "store/SqliteDatabase.h"
#include "store/SummaryRow.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcSearch, "newsroom.search", QtWarningMsg)

namespace newsroom {

namespace {
// BM25 with its document counts bounded (BoundedBm25, which needs the largest id):
// headline matches count most, then dek and tags, then the body.
constexpr const char *kBm25 = "newsroom_bm25(article_search, (SELECT max(id) FROM articles),"
                              " 10.0, 4.0, 1.0, 3.0)";
} // namespace

StoreResult<QList<SearchHit>> ArchiveSearch::run(const SearchQuery &query)
{
    const QString match = buildFtsQuery(query.text);
    if (match.isEmpty() || query.limit <= 0)
        return QList<SearchHit>{};
    qCDebug(lcSearch) << "FTS5 query" << match;

    // Without filters the window comes from the index alone; with them each match is
    // checked against its article row.
    const FilterSql filter(query.filter, 3);
    const bool filtered = !filter.isEmpty();
    const QByteArray window =
        QByteArray("SELECT s.rowid AS id, ") + kBm25 + " AS rank FROM article_search s" +
        (filtered ? " JOIN articles a ON a.id = s.rowid WHERE article_search MATCH ?1 AND " +
                        filter.condition()
                  : QByteArray(" WHERE article_search MATCH ?1")) +
        " ORDER BY s.rowid DESC LIMIT " + QByteArray::number(std::max(kRankWindow, query.limit));
    const QByteArray sql =
        "WITH window AS (" + window +
        ") SELECT a.id, a.slug, a.headline, a.status, a.section, a.updated_at,"
        " coalesce(a.published_at, 0), w.rank FROM window w JOIN articles a ON a.id = w.id"
        " ORDER BY w.rank, a.id DESC LIMIT ?2";
    SqliteStatement statement = m_db.prepare(sql);
    statement.bind(1, match).bind(2, qint64(query.limit));
    if (filtered)
        filter.bind(statement);

    QList<SearchHit> hits;
    while (statement.next()) {
        SearchHit hit;
        hit.article = readSummary(statement);
        hit.score = -statement.real(7); // BM25 is lower-is-better
        hits.append(hit);
    }
    if (statement.failed())
        return std::unexpected(statement.error());
    if (auto done = addSnippets(query.text, hits); !done)
        return std::unexpected(done.error());
    return hits;
}

// Snippets are made only for the hits shown, from the body, else the dek, else the headline.
StoreStatus ArchiveSearch::addSnippets(const QString &userText, QList<SearchHit> &hits)
{
    const SnippetBuilder builder(userText);
    // Only the part of the body the snippet builder scans crosses into Qt: a 16 MB body
    // would otherwise be converted whole for every hit (measured 255-530 ms a query).
    static const QByteArray sql = "SELECT substr(body, 1, " +
                                  QByteArray::number(SnippetBuilder::kScanChars) +
                                  "), dek, headline FROM articles WHERE id = ?";
    SqliteStatement statement = m_db.prepare(sql);
    for (SearchHit &hit : hits) {
        statement.reset();
        statement.bind(1, hit.article.id);
        if (!statement.next())
            return statement.failed() ? StoreStatus(std::unexpected(statement.error()))
                                      : StoreStatus();
        const QString body = statement.text(0);
        hit.snippet = builder.build(body)
                          .or_else([&] { return builder.build(statement.text(1)); })
                          .or_else([&] { return builder.build(statement.text(2)); })
                          .value_or(SnippetBuilder::opening(body));
    }
    return {};
}

} // namespace newsroom
