#pragma once

#include <QList>
#include <QString>

namespace newsroom::languages {

// A language the desk offers by name, with the name its own readers use.
struct Known
{
    QString tag;        // BCP 47: "ko"
    QString nativeName; // "한국어"
};

// The languages the editor lists and the page words exist for, English first.
const QList<Known> &known();

// A tag as BCP 47 writes it: "EN_us" -> "en-US", "zh_hant_tw" -> "zh-Hant-TW"; surrounding
// space removed. Returns an empty string for what is no tag at all (anything but ASCII
// letters and digits in subtags of 1 to 8, a first subtag of 2 to 8 letters, at most 35
// characters, the archive's limit).
QString normalized(const QString &tag);

// The language subtag alone, lower case: "de-CH" -> "de".
QString primary(const QString &tag);

// The language's name in English ("Korean"), for the editor's own words; the tag itself
// when Qt does not know it.
QString englishName(const QString &tag);

} // namespace newsroom::languages
