#pragma once

#include "model/Article.h"

namespace newsroom::language {

// The article's language tag: the one set on it (as BCP 47 writes it), else the one
// guessed from its text (i18n/LanguageGuess.h), else "en".
QString of(const Article &article);
bool isRightToLeft(const QString &languageTag);

} // namespace newsroom::language
