#pragma once

#include <QDateTime>

namespace newsroom {

// One saved version of an article in its history.
struct Revision
{
    qint64 articleId = 0;
    qint64 version = 0;
    QDateTime savedAt;
    QString headline;
};

} // namespace newsroom
