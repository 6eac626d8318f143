#pragma once

#include <QByteArrayView>

namespace newsroom {

// Words every story uses, whatever it is about ("the", "said", "der", "selon", "했다"), in the
// desk's languages, spelled as MultilingualTokenizer folds them ("für" is "fur"; Korean as
// its two-character terms). A new archive cannot yet tell which of its terms are common, so
// the same-story measure leaves these out from the start. Words that mean something in
// another of the languages ("war", "son", "era") are not listed.
class CommonWords
{
public:
    static bool contains(QByteArrayView term);
    // Weekdays and months: they date a story but do not name it.
    static bool isCalendarWord(QByteArrayView term);
};

} // namespace newsroom
