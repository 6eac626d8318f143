#pragma once

#include "CheckFinding.h"
#include "CheckLimits.h"
#include "model/Article.h"
#include "store/StoreError.h"

namespace newsroom {
class ArticleStore;
}

namespace newsroom::relatedchecks {

// Titles or blurbs this alike (TextSimilarity) tell the same story twice.
constexpr double kDuplicateOverlap = 0.6;

// What rots in a related list: an empty or overlong list, two items telling the same
// story (or linking to the same place), a link to the article itself, to an article that
// is unpublished, trashed or gone, and a malformed or unsafe outside URL.
StoreResult<QList<CheckFinding>> run(const Article &article, ArticleStore &store,
                                     const CheckLimits &limits);

} // namespace newsroom::relatedchecks
