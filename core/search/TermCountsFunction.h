#pragma once

#include "store/StoreError.h"

#include <QByteArray>
#include <QList>
#include <array>

struct sqlite3;

namespace newsroom {

// The FTS5 auxiliary function newsroom_term_counts(article_search, first): for the row
// at hand, how many terms the index holds for it and how often each phrase of the MATCH
// expression from phrase `first` on occurs in each column. It reads the index only (no
// article text), so "more like this" can weigh a thousand candidates in a few
// milliseconds, whatever their length.
class TermCountsFunction
{
public:
    static constexpr const char *kName = "newsroom_term_counts";
    static constexpr int kColumns = 4; // headline, dek, body, tags

    struct Row
    {
        int length = 0;                                // terms in all columns
        QList<std::array<int, kColumns>> phraseCounts; // per phrase from `first`
    };

    static StoreStatus registerWith(sqlite3 *db);
    // Reads the function's result (a blob of native-endian 32-bit integers).
    static Row decode(const QByteArray &blob);
};

} // namespace newsroom
