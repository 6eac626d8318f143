#pragma once

#include "CheckFinding.h"
#include "CheckLimits.h"
#include "model/Article.h"

namespace newsroom::articlechecks {

// What an article needs before it goes out: a headline within the limit, a dek, a
// byline, a section, no placeholder left in ("TK", "XXX", "lorem ipsum"), and, when it
// is AI-generated, its disclosure and its sources.
QList<CheckFinding> run(const Article &article, const CheckLimits &limits);

// The placeholder words left in `text` ("TK", "TKTK", "XXX", "lorem ipsum", "[TK]"...).
QStringList placeholders(const QString &text);

} // namespace newsroom::articlechecks
