#pragma once

#include <QDateTime>

namespace newsroom::sqltime {

// The archive keeps times as Unix seconds (UTC); 0 stands for "not set" in NULL-able columns.
inline qint64 toSeconds(const QDateTime &time)
{
    return time.isValid() ? time.toSecsSinceEpoch() : 0;
}

inline QDateTime fromSeconds(qint64 seconds)
{
    return seconds > 0 ? QDateTime::fromSecsSinceEpoch(seconds, Qt::UTC) : QDateTime();
}

inline QDateTime now()
{
    return fromSeconds(QDateTime::currentSecsSinceEpoch());
}

} // namespace newsroom::sqltime
