#pragma once

#include "model/Article.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringView>

namespace newsroom::picturerefs {

// How the body names a picture of the archive: ![alt](media:HASH "caption").
inline constexpr QLatin1StringView kScheme("media:");

// The hash a link target names ("media:" and 64 hex digits, case folded), or empty.
QByteArray hashOf(QStringView target);
// The body's Markdown for a picture: ![alt](media:HASH "caption"), its words on one line and
// escaped so that no bracket or quote in them ends the image early.
QString markdownImage(const QByteArray &hash, const QString &altText, const QString &caption);
// Every picture the article uses: its lead image, then the body's in order, each once.
QList<QByteArray> usedBy(const Article &article);

} // namespace newsroom::picturerefs
