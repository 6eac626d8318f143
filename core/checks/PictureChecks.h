#pragma once

#include "CheckFinding.h"
#include "model/Article.h"
#include "store/StoreError.h"

namespace newsroom {
class PictureLibrary;
}

namespace newsroom::picturechecks {

// What a reader misses in an article's pictures (issue 17): alt text on the lead image and
// on every picture in the body (errors: a screen reader has nothing to say), a credit
// (a warning: the lead's own, a body picture's from the library), a lead image too narrow
// for a social card, and a picture the archive does not have (an error: the page would show
// a hole). The facts come from the archive's picture library.
StoreResult<QList<CheckFinding>> run(const Article &article, PictureLibrary &pictures);

} // namespace newsroom::picturechecks
