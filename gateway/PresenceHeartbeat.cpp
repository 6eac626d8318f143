#include "PresenceHeartbeat.h"

#include "ArchiveGateway.h"
#include "OnAnswer.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcPresence, "newsroom.gateway.presence", QtWarningMsg)

namespace newsroom {

namespace {
void logFailure(ArchiveGateway &gateway, QFuture<StoreStatus> call, const char *what)
{
    onAnswer(std::move(call), &gateway, [what](const StoreStatus &done) {
        if (!done)
            qCInfo(lcPresence) << what << "failed:" << done.error().message;
    });
}
} // namespace

PresenceHeartbeat::PresenceHeartbeat(ArchiveGateway &gateway, int interval, QObject *parent)
    : QObject(parent), m_gateway(gateway)
{
    m_timer.setInterval(interval > 0 ? interval : PresenceBook::kHeartbeat * 1000);
    connect(&m_timer, &QTimer::timeout, this, &PresenceHeartbeat::beat);
}

PresenceHeartbeat::~PresenceHeartbeat()
{
    // Queued on the gateway's lane, which finishes its calls before it goes; not watched,
    // since the gateway may be going too. Whoever owns both deletes this one first.
    if (m_article > 0)
        m_gateway.noteGone(m_article);
}

void PresenceHeartbeat::setArticle(qint64 id)
{
    if (id == m_article)
        return;
    if (m_article > 0)
        logFailure(m_gateway, m_gateway.noteGone(m_article), "noting an article closed");
    m_article = id;
    if (m_article > 0) {
        beat();
        m_timer.start();
    } else {
        m_timer.stop();
    }
}

void PresenceHeartbeat::beat()
{
    if (m_article > 0)
        logFailure(m_gateway, m_gateway.notePresent(m_article), "noting an article open");
}

} // namespace newsroom
