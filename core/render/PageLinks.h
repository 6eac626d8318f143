#pragma once

#include "PageContext.h"
#include "model/Article.h"

#include <functional>

namespace newsroom {

class ArticleStore;

// Where pages live in an exported site and how they point at each other: every article
// is "<slug>.html" at the site's root, so links between articles are relative and work
// from disk and from any web server.
namespace pagelinks {

QString pagePath(const QString &slug);
// The context for an article's page: its path, and an href for each related item (the
// linked article's page, the outside URL, or empty when the linked article is gone).
// `hasPage`, when given, says which articles have a page beside this one (in a site, only
// the exported ones); links to any other are left out rather than left broken.
PageContext contextFor(ArticleStore &store, const Article &article, PageContext base,
                       const std::function<bool(qint64)> &hasPage = {});

} // namespace pagelinks
} // namespace newsroom
