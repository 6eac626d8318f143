#pragma once

#include "PageContext.h"
#include "model/Article.h"

namespace newsroom {

class ArticleStore;

// Where pages live in an exported site and how they point at each other: every article
// is "<slug>.html" at the site's root, so links between articles are relative and work
// from disk and from any web server.
namespace pagelinks {

QString pagePath(const QString &slug);
// The context for an article's page: its path, and an href for each related item (the
// linked article's page, the outside URL, or empty when the linked article is gone).
PageContext contextFor(ArticleStore &store, const Article &article, PageContext base);

} // namespace pagelinks
} // namespace newsroom
