#pragma once

#include "CheckFinding.h"
#include "CheckLimits.h"
#include "model/Article.h"
#include "store/StoreError.h"

namespace newsroom {
class ArticleStore;
}

namespace newsroom::relatedchecks {

// What rots in a related list: an empty or overlong list, items telling the same story
// (SameStoryMeasure: the linked articles compared when linked, else titles and blurbs) or
// linking to the same place, a link to the article itself, to an article that is
// unpublished, trashed or gone, an item with no link, and a malformed or unsafe outside URL.
// Each finding names the item by its title and says what to do.
StoreResult<QList<CheckFinding>> run(const Article &article, ArticleStore &store,
                                     const CheckLimits &limits);

} // namespace newsroom::relatedchecks
