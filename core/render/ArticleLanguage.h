#pragma once

#include "model/Article.h"

namespace newsroom::language {

// The article's language tag: the one set on it, else one guessed from the script most of
// its letters are written in ("ko" for Hangul, "ar" for Arabic, ...; "en" for Latin).
QString of(const Article &article);
bool isRightToLeft(const QString &languageTag);

} // namespace newsroom::language
