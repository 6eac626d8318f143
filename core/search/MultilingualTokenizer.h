#pragma once

#include "store/StoreError.h"

#include <QByteArray>
#include <QByteArrayView>
#include <functional>

struct sqlite3;

namespace newsroom {

// Splits text into search terms for every script the desk writes in:
// - letters and digits form words, case-folded, with accents and Arabic diacritics
//   (harakat, tatweel) dropped and Arabic letter variants unified (أ إ آ -> ا, ى -> ي, ة -> ه);
// - Han, Kana and Hangul, written without spaces, become overlapping two-character terms
//   (센터가 -> 센터, 터가), as Lucene's CJK bigram analysis does, so 센터 finds 센터가.
//   A lone CJK character stays a one-character term.
class MultilingualTokenizer
{
public:
    struct Token
    {
        QByteArrayView term; // UTF-8, valid only during the sink call
        int start = 0;       // byte offsets of the source text it came from
        int end = 0;
    };
    using Sink = std::function<bool(const Token &)>; // return false to stop

    static void tokenize(QByteArrayView utf8, const Sink &sink);
    // Han, Kana or Hangul: the scripts written without spaces between words.
    static bool isCjk(char32_t codePoint);

    // Makes the tokenizer available to FTS5 on this connection as "newsroom".
    static StoreStatus registerWith(sqlite3 *db);
};

} // namespace newsroom
