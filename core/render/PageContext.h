#pragma once

#include <QString>
#include <QStringList>

namespace newsroom {

// What a page needs beyond the article: where it will live and where its related items
// lead. `relatedHrefs` runs parallel to the article's related list; an empty entry means
// the item has nowhere to link (its article is missing, or its URL is refused).
struct PageContext
{
    QString siteName;     // masthead and og:site_name; empty for a standalone page
    QString baseUrl;      // "https://news.example.org"; empty: no canonical URL
    QString pagePath;     // this page's path under baseUrl, e.g. "city-budget.html"
    QString homeHref = QStringLiteral("index.html");
    QStringList relatedHrefs;

    QString canonicalUrl() const
    {
        if (baseUrl.isEmpty() || pagePath.isEmpty())
            return {};
        QString base = baseUrl;
        while (base.endsWith(QLatin1Char('/')))
            base.chop(1);
        return base + QLatin1Char('/') + pagePath;
    }
};

} // namespace newsroom
