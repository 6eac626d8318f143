#pragma once

#include "model/Article.h"

#include <QString>
#include <QStringView>

namespace newsroom::languageguess {

// Only the start of a text is read: a guess costs the same for a 16 MB body as for a page.
inline constexpr qsizetype kMaxSample = 64 * 1024; // characters

// The language a text is most likely written in, as a BCP 47 tag, or an empty string when
// it has no letters. The script most of its letters are written in decides first (Hangul
// "ko", Arabic "ar", Han with a tenth of Kana "ja", Han "zh", Cyrillic "ru", Greek, Hebrew, Thai,
// Devanagari); text in Latin letters is then put to a vote of common words among English,
// German, French, Spanish, Italian, Portuguese and Dutch ("en" when no word votes).
QString fromText(QStringView text);

// The guess for an article's headline, dek and body, read as one text (still bounded).
QString fromArticle(const Article &article);

} // namespace newsroom::languageguess
