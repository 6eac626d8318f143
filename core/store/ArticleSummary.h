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

    // What lists show as the article's date: when it was published, else its last change.
    QDateTime displayDate() const { return publishedAt.isValid() ? publishedAt : updatedAt; }
};

} // namespace newsroom
