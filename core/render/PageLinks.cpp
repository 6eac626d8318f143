#include "PageLinks.h"

#include "store/ArticleStore.h"

namespace newsroom::pagelinks {

QString pagePath(const QString &slug)
{
    return slug + QStringLiteral(".html");
}

PageContext contextFor(ArticleStore &store, const Article &article, PageContext context,
                       const std::function<bool(qint64)> &hasPage)
{
    context.pagePath = pagePath(article.slug);
    context.relatedHrefs.clear();
    for (const RelatedItem &item : article.related) {
        QString href;
        if (!item.pointsToArchive()) {
            href = item.url;
        } else if (hasPage && !hasPage(item.targetId)) {
            // no page to link to
        } else if (auto target = store.summary(item.targetId)) {
            href = pagePath(target->slug);
        }
        context.relatedHrefs.append(href);
    }
    return context;
}

} // namespace newsroom::pagelinks
