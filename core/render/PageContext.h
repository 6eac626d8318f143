#pragma once

#include "PictureShelf.h"

#include <QString>
#include <QStringList>
#include <QUrl>

namespace newsroom {

// `path` under the site's address, percent-encoded as sitemaps and feeds require
// ("https://news.example.org" + "서울.html" -> "https://news.example.org/%EC%84%9C%EC%9A%B8.html").
// Without an address the path stays relative.
inline QString absoluteUrl(const QString &baseUrl, const QString &path)
{
    if (baseUrl.isEmpty())
        return path;
    QString base = baseUrl;
    while (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    return QString::fromLatin1(QUrl(base + QLatin1Char('/') + path).toEncoded());
}

// What a page needs beyond the article: where it will live and where its related items
// lead. `relatedHrefs` runs parallel to the article's related list; an empty entry means
// the item has nowhere to link (its article is missing, or its URL is refused).
struct PageContext
{
    QString siteName; // masthead and og:site_name; empty for a standalone page
    QString baseUrl;  // "https://news.example.org"; empty: no canonical URL
    QString pagePath; // this page's path under baseUrl, e.g. "city-budget.html"
    QString homeHref = QStringLiteral("index.html");
    // Where the theme's CSS lives, relative to this page; empty puts it inside the page
    // (a standalone export, the preview).
    QString stylesheetHref;
    QStringList relatedHrefs;
    PictureShelf pictures; // those the page may show, and how it names their files
    // The article's language when already worked out (a site export needs it for its
    // lists too, and guessing costs as much as rendering the body); empty: worked out here.
    QString language;

    QString canonicalUrl() const
    {
        return baseUrl.isEmpty() || pagePath.isEmpty() ? QString() : absoluteUrl(baseUrl, pagePath);
    }
};

} // namespace newsroom
