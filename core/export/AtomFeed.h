#pragma once

#include "model/Article.h"

#include <QByteArray>

namespace newsroom {

// An Atom 1.0 feed of the newest articles. Links are absolute under `baseUrl` when it is
// set, else relative to the feed (readers resolve them against the feed's own address).
QByteArray atomFeed(const QList<Article> &newestFirst, const QString &siteName,
                    const QString &baseUrl);

} // namespace newsroom
