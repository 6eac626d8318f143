#pragma once

#include "PageContext.h"
#include "model/Article.h"

#include <QByteArray>

namespace newsroom::jsonld {

// The IPTC Digital Source Type term for content made by a trained model.
inline constexpr const char *kAiSourceType =
    "http://cv.iptc.org/newscodes/digitalsourcetype/trainedAlgorithmicMedia";

// schema.org NewsArticle for the page's <script type="application/ld+json">. Characters
// that could end the script element or start markup (<, >, &, U+2028/9) are written as
// \u escapes, so no field's text can break out of it.
QByteArray newsArticle(const Article &article, const PageContext &context, const QString &language);

} // namespace newsroom::jsonld
