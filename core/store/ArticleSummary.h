#pragma once

#include "model/ArticleStatus.h"

#include <QDateTime>
#include <QString>

namespace newsroom {

// What a list row shows of an article, without loading its body.
struct ArticleSummary
{
    qint64 id = 0;
    QString slug;
    QString headline;
    ArticleStatus status = ArticleStatus::Draft;
    QString section;
    QDateTime updatedAt;
    QDateTime publishedAt;
    bool trashed = false;
};

} // namespace newsroom
