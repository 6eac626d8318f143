#include "BoundedBm25.h"

#include "Fts5Api.h"

#include <algorithm>
#include <cmath>
#include <sqlite3.h>
#include <vector>

namespace newsroom {

namespace {

constexpr double kK1 = 1.2;
constexpr double kB = 0.75;

// What every row of one query shares: worked out on its first row, kept by FTS5 with it.
struct QueryFigures
{
    double averageLength = 0;
    std::vector<double> idf; // one for each phrase of the query
};

struct Counted
{
    sqlite3_int64 matches = 0;
    sqlite3_int64 lastRowid = 0;
};

int countMatch(const Fts5ExtensionApi *api, Fts5Context *fts, void *data)
{
    auto *counted = static_cast<Counted *>(data);
    counted->lastRowid = api->xRowid(fts);
    return ++counted->matches >= BoundedBm25::kCountedMatches ? SQLITE_DONE : SQLITE_OK;
}

// Rows matching `phrase`: counted to kCountedMatches, then estimated from the share of the
// ids the counted ones span.
int phraseRows(const Fts5ExtensionApi *api, Fts5Context *fts, int phrase, sqlite3_int64 maxRowid,
               sqlite3_int64 rows, double *out)
{
    Counted counted;
    const int rc = api->xQueryPhrase(fts, phrase, &counted, countMatch);
    if (rc != SQLITE_OK)
        return rc;
    double matches = double(counted.matches);
    if (counted.matches >= BoundedBm25::kCountedMatches && counted.lastRowid > 0 &&
        maxRowid > counted.lastRowid)
        matches = std::min(double(rows), matches * double(maxRowid) / double(counted.lastRowid));
    *out = matches;
    return SQLITE_OK;
}

int queryFigures(const Fts5ExtensionApi *api, Fts5Context *fts, sqlite3_int64 maxRowid,
                 QueryFigures **out)
{
    if (auto *kept = static_cast<QueryFigures *>(api->xGetAuxdata(fts, 0))) {
        *out = kept;
        return SQLITE_OK;
    }
    sqlite3_int64 rows = 0;
    sqlite3_int64 tokens = 0;
    int rc = api->xRowCount(fts, &rows);
    if (rc == SQLITE_OK)
        rc = api->xColumnTotalSize(fts, -1, &tokens);
    auto *figures = new QueryFigures;
    figures->averageLength = rows > 0 ? double(tokens) / double(rows) : 0;
    for (int phrase = 0; rc == SQLITE_OK && phrase < api->xPhraseCount(fts); ++phrase) {
        double matches = 0;
        rc = phraseRows(api, fts, phrase, maxRowid, rows, &matches);
        // As bm25(): a term in more than half the rows still weighs a little.
        const double idf = std::log((double(rows) - matches + 0.5) / (matches + 0.5));
        figures->idf.push_back(idf > 0 ? idf : 1e-6);
    }
    if (rc == SQLITE_OK)
        rc = api->xSetAuxdata(fts, figures, [](void *p) { delete static_cast<QueryFigures *>(p); });
    else
        delete figures;
    if (rc == SQLITE_OK)
        *out = figures;
    return rc;
}

// newsroom_bm25(table, max_rowid, weight...): lower is better, as bm25().
void boundedBm25(const Fts5ExtensionApi *api, Fts5Context *fts, sqlite3_context *context, int argc,
                 sqlite3_value **argv)
{
    const sqlite3_int64 maxRowid = argc > 0 ? sqlite3_value_int64(argv[0]) : 0;
    QueryFigures *figures = nullptr;
    int rc = queryFigures(api, fts, maxRowid, &figures);
    int instances = 0;
    int length = 0;
    if (rc == SQLITE_OK)
        rc = api->xInstCount(fts, &instances);
    if (rc == SQLITE_OK)
        rc = api->xColumnSize(fts, -1, &length);
    std::vector<double> frequency(figures ? figures->idf.size() : 0, 0.0);
    for (int i = 0; rc == SQLITE_OK && i < instances; ++i) {
        int phrase = 0;
        int column = 0;
        int offset = 0;
        rc = api->xInst(fts, i, &phrase, &column, &offset);
        if (rc == SQLITE_OK && phrase >= 0 && std::size_t(phrase) < frequency.size())
            frequency[std::size_t(phrase)] +=
                column + 1 < argc ? sqlite3_value_double(argv[column + 1]) : 1.0;
    }
    if (rc != SQLITE_OK) {
        sqlite3_result_error_code(context, rc);
        return;
    }
    const double norm =
        kK1 * (1 - kB + kB * double(length) / std::max(figures->averageLength, 1e-9));
    double score = 0;
    for (std::size_t p = 0; p < frequency.size(); ++p)
        score += figures->idf[p] * frequency[p] * (kK1 + 1) / (frequency[p] + norm);
    sqlite3_result_double(context, -score);
}

} // namespace

StoreStatus BoundedBm25::registerWith(sqlite3 *db)
{
    return fts5::createFunction(db, kName, boundedBm25);
}

} // namespace newsroom
