#include "TermCountsFunction.h"

#include "Fts5Api.h"

#include <cstring>
#include <sqlite3.h>
#include <vector>

namespace newsroom {

namespace {

// Result: [length, then kColumns counts for each phrase from `first`].
void termCounts(const Fts5ExtensionApi *api, Fts5Context *fts, sqlite3_context *context, int argc,
                sqlite3_value **argv)
{
    const int first = argc > 0 ? sqlite3_value_int(argv[0]) : 0;
    const int phrases = api->xPhraseCount(fts);
    if (api->xColumnCount(fts) != TermCountsFunction::kColumns || first < 0 || first > phrases) {
        sqlite3_result_error(context, "newsroom_term_counts: unexpected table or phrase", -1);
        return;
    }
    std::vector<qint32> out(1 + std::size_t(phrases - first) * TermCountsFunction::kColumns);
    int length = 0;
    int rc = api->xColumnSize(fts, -1, &length);
    out[0] = length;
    for (int phrase = first; rc == SQLITE_OK && phrase < phrases; ++phrase) {
        Fts5PhraseIter iterator;
        int column = 0;
        int offset = 0;
        rc = api->xPhraseFirst(fts, phrase, &iterator, &column, &offset);
        for (; rc == SQLITE_OK && column >= 0; api->xPhraseNext(fts, &iterator, &column, &offset))
            ++out[1 + std::size_t(phrase - first) * TermCountsFunction::kColumns + column];
    }
    if (rc != SQLITE_OK) {
        sqlite3_result_error_code(context, rc);
        return;
    }
    sqlite3_result_blob(context, out.data(), int(out.size() * sizeof(qint32)), SQLITE_TRANSIENT);
}

} // namespace

StoreStatus TermCountsFunction::registerWith(sqlite3 *db)
{
    return fts5::createFunction(db, kName, termCounts);
}

TermCountsFunction::Row TermCountsFunction::decode(const QByteArray &blob)
{
    Row row;
    const qsizetype values = blob.size() / qsizetype(sizeof(qint32));
    if (values < 1)
        return row;
    std::vector<qint32> in(values);
    std::memcpy(in.data(), blob.constData(), values * sizeof(qint32));
    row.length = in[0];
    for (qsizetype at = 1; at + kColumns <= values; at += kColumns)
        row.phraseCounts.append({in[at], in[at + 1], in[at + 2], in[at + 3]});
    return row;
}

} // namespace newsroom
