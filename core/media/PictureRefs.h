#pragma once

#include "model/Article.h"

#include <QByteArray>
#include <QList>
#include <QStringView>

namespace newsroom::picturerefs {

// How the body names a picture of the archive: ![alt](media:HASH "caption").
inline constexpr QLatin1StringView kScheme("media:");

// The hash a link target names ("media:" and 64 hex digits, case folded), or empty.
QByteArray hashOf(QStringView target);
// Every picture the article uses: its lead image, then the body's in order, each once.
QList<QByteArray> usedBy(const Article &article);

} // namespace newsroom::picturerefs
