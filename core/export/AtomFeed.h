#pragma once

#include "model/Article.h"
#include "render/PictureShelf.h"

#include <QByteArray>
#include <QHash>

namespace newsroom {

// An Atom 1.0 feed of the newest articles. Links are absolute under `baseUrl` when it is
// set, else relative to the feed (readers resolve them against the feed's own address).
//
// An entry's lead image (one `pictures` holds) goes in twice, because readers differ:
// <link rel="enclosure" type length href> is Atom's own (RFC 4287; NetNewsWire, Thunderbird,
// podcast-minded readers), and <media:content medium="image"> of Media RSS with its
// <media:description> (the caption) and <media:credit> is what Feedly, Inoreader and
// Miniflux show as the entry's picture. Both name the widest rendition (a site's file, as
// the page's og:image does); `fileBytes`, by the file's site path, gives the enclosure's
// length, left out when unknown (RFC 4287 makes it optional).
QByteArray atomFeed(const QList<Article> &newestFirst, const QString &siteName,
                    const QString &baseUrl, const PictureShelf &pictures = {},
                    const QHash<QString, qint64> &fileBytes = {});

} // namespace newsroom
