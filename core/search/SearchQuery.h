#pragma once

#include "store/ArticleFilter.h"

#include <QString>

namespace newsroom {

// What the user typed plus filters. The text understands words, "quoted phrases",
// prefix* and -excluded words; OR between two terms; anything else is taken literally.
struct SearchQuery
{
    QString text;
    ArticleFilter filter;
    int limit = 20;
};

} // namespace newsroom
