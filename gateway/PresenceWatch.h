#pragma once

#include "LatestAnswer.h"
#include "store/PresenceBook.h"

#include <QHash>
#include <QObject>
#include <QStringList>
#include <QTimer>

namespace newsroom {

class ArchiveGateway;

// Who else has which article open, as this window knows it: read through the gateway when
// the server says a window came or went (or its listener is back), on every live refresh or
// outside change (refresh(), the window's call), and every `interval` besides, so that a window
// that vanished drops out once its presence expires. A burst of reasons makes one read.
class PresenceWatch : public QObject
{
    Q_OBJECT
public:
    static constexpr int kGather = 50; // ms

    // `interval` in ms (PresenceBook::kHeartbeat by default).
    explicit PresenceWatch(ArchiveGateway &gateway, int interval = -1, QObject *parent = nullptr);

    // Reads again soon.
    void refresh();
    // The names of those in `articleId` (one each, sorted); empty when nobody else is.
    QStringList names(qint64 articleId) const { return m_names.value(articleId); }
    const QHash<qint64, QStringList> &all() const { return m_names; }

Q_SIGNALS:
    // Somebody came or went (names() answers differently).
    void changed();

private:
    void read();
    void apply(const StoreResult<QList<ArticlePresence>> &answer);

    ArchiveGateway &m_gateway;
    QTimer m_gather;
    QTimer m_poll;
    LatestAnswer<StoreResult<QList<ArticlePresence>>> m_reading;
    QHash<qint64, QStringList> m_names;
};

} // namespace newsroom
