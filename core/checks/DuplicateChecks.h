#pragma once

#include "CheckFinding.h"
#include "model/Article.h"
#include "store/StoreError.h"

namespace newsroom {
class ArticleStore;
}

namespace newsroom::duplicatechecks {

// The most "possible duplicate" findings one article gets (the most alike first).
constexpr int kMaxFindings = 3;

// Whether the archive already has the story this article tells (SameStoryFinder, at
// SameStoryMeasure::kVeryLikely): the same wire story arriving twice, a rewrite filed beside
// its original. Each finding names the archived article and carries its id and slug, for
// the editor to open it.
StoreResult<QList<CheckFinding>> run(const Article &article, ArticleStore &store);

} // namespace newsroom::duplicatechecks
