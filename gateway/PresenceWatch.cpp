#include "PresenceWatch.h"

#include "ArchiveGateway.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcPresenceWatch, "newsroom.gateway.presence", QtWarningMsg)

namespace newsroom {

PresenceWatch::PresenceWatch(ArchiveGateway &gateway, int interval, QObject *parent)
    : QObject(parent), m_gateway(gateway)
{
    m_gather.setSingleShot(true);
    m_gather.setInterval(kGather);
    connect(&m_gather, &QTimer::timeout, this, &PresenceWatch::read);
    m_poll.setInterval(interval > 0 ? interval : PresenceBook::kHeartbeat * 1000);
    connect(&m_poll, &QTimer::timeout, this, &PresenceWatch::refresh);
    m_poll.start();
    connect(&gateway, &ArchiveGateway::presenceChanged, this, &PresenceWatch::refresh);
    // Notices missed while the listener was away: read again once it is back. (A save says
    // nothing of presence; the window's live refresh asks anyway, see refresh().)
    connect(&gateway, &ArchiveGateway::catchUpDue, this, &PresenceWatch::refresh);
    refresh();
}

void PresenceWatch::refresh()
{
    if (!m_gather.isActive())
        m_gather.start();
}

void PresenceWatch::read()
{
    m_reading.ask(m_gateway.presence(), this,
                  [this](const StoreResult<QList<ArticlePresence>> &answer) { apply(answer); });
}

void PresenceWatch::apply(const StoreResult<QList<ArticlePresence>> &answer)
{
    if (!answer) {
        // Kept as it was: the next look may work, and a stale name does less harm than a flicker.
        qCInfo(lcPresenceWatch) << "cannot read who is on which article:" << answer.error().message;
        return;
    }
    QHash<qint64, QStringList> names;
    for (const ArticlePresence &present : *answer) {
        QStringList &on = names[present.articleId];
        if (!on.contains(present.who))
            on.append(present.who); // sorted by the store
    }
    if (names == m_names)
        return;
    m_names = std::move(names);
    Q_EMIT changed();
}

} // namespace newsroom
