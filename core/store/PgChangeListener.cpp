#include "PgChangeListener.h"

#include "PgConnection.h"
#include "PresenceBook.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QSocketNotifier>
#include <libpq-fe.h>

Q_LOGGING_CATEGORY(lcListen, "newsroom.store.pg.listen", QtWarningMsg)

namespace newsroom {

namespace {
// Junk is logged the first few times, then once in a thousand: anyone who can reach the
// database can send it, and the log must not become the attack.
bool worthLogging(qint64 count)
{
    return count <= 10 || count % 1000 == 0;
}

// The window a presence notice names ({"id": 42, "origin": "…"}), empty when it names none.
QByteArray presenceOrigin(QByteArrayView payload)
{
    if (payload.size() > ArchiveChange::kMaxPayload)
        return {};
    const QJsonValue origin =
        QJsonDocument::fromJson(payload.toByteArray()).object().value(QLatin1String("origin"));
    return origin.isString() ? origin.toString().toLatin1().left(ArchiveChange::kMaxOrigin)
                             : QByteArray();
}
} // namespace

PgChangeListener::PgChangeListener(QString address, QByteArray password, QByteArray ownOrigin,
                                   QObject *parent)
    : QObject(parent), m_address(std::move(address)), m_password(std::move(password)),
      m_ownOrigin(std::move(ownOrigin)),
      m_retry(this) // a child, so that it moves to the listener's thread with it
{
    qRegisterMetaType<ArchiveChange>();
    m_retry.setSingleShot(true);
    connect(&m_retry, &QTimer::timeout, this, &PgChangeListener::start);
}

PgChangeListener::~PgChangeListener()
{
    delete m_notifier; // before the connection whose socket it watches
}

void PgChangeListener::start()
{
    if (isListening())
        return;
    if (const StoreStatus listening = listen(); !listening) {
        if (!m_outage) { // once an outage, not once a try
            m_outage = true;
            Q_EMIT lost(listening.error().message);
        }
        m_retry.start(m_retryDelay);
        m_retryDelay = std::min(m_retryDelay * 2, kLongestRetry);
        return;
    }
    m_outage = false;
    m_retryDelay = kFirstRetry;
    Q_EMIT caughtUp();
    readNotices(); // any that came with the answer to LISTEN
}

StoreStatus PgChangeListener::listen()
{
    // A connection that only listens sends nothing: without keepalives a network that
    // drops silently (no reset from the server) would go unnoticed for hours. These notice
    // it within about 25 s over TCP (a socket needs none), unless the address sets its own.
    static const PgConnection::Defaults kKeepalives{
        {"keepalives_idle", "10"}, {"keepalives_interval", "5"}, {"keepalives_count", "3"}};
    auto db = PgConnection::open(m_address, m_password, kKeepalives);
    if (!db)
        return std::unexpected(db.error());
    const QByteArray sql =
        QByteArray("LISTEN ") + ArchiveChange::kChannel + "; LISTEN " + PresenceBook::kChannel;
    if (auto listening = (*db)->script(sql.constData()); !listening)
        return listening;
    m_db = std::move(*db);
    m_notifier = new QSocketNotifier(PQsocket(m_db->handle()), QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, &PgChangeListener::readNotices);
    qCInfo(lcListen) << "listening for colleagues' changes on" << m_db->describe();
    return {};
}

void PgChangeListener::readNotices()
{
    pg_conn *conn = m_db->handle();
    if (!PQconsumeInput(conn) || PQstatus(conn) == CONNECTION_BAD) {
        drop(QString::fromUtf8(PQerrorMessage(conn)).trimmed());
        return;
    }
    while (PGnotify *notice = PQnotifies(conn)) {
        passOn(notice->relname, QByteArrayView(notice->extra));
        PQfreemem(notice);
    }
}

void PgChangeListener::passOn(const char *channel, QByteArrayView payload)
{
    if (qstrcmp(channel, PresenceBook::kChannel) == 0) {
        if (m_ownOrigin.isEmpty() || presenceOrigin(payload) != m_ownOrigin)
            Q_EMIT presenceChanged();
        return;
    }
    if (qstrcmp(channel, ArchiveChange::kChannel) != 0)
        return; // not ours (nothing else is listened to, but the server decides)
    qCDebug(lcListen) << "heard" << payload.first(std::min<qsizetype>(payload.size(), 80));
    const std::optional<ArchiveChange> change = ArchiveChange::fromPayload(payload);
    if (!change) {
        if (worthLogging(++m_junk))
            qCWarning(lcListen).nospace()
                << "ignored a change notice that is not one (" << m_junk
                << " so far): " << payload.first(std::min<qsizetype>(payload.size(), 80));
        return;
    }
    if (!m_ownOrigin.isEmpty() && change->origin == m_ownOrigin)
        return; // our own gateway's save: its window knows already
    Q_EMIT changed(*change);
}

void PgChangeListener::drop(const QString &message)
{
    qCInfo(lcListen) << "lost the connection that listens for changes:" << message;
    // Not deleted here: this may run inside the notifier's own signal.
    m_notifier->setEnabled(false);
    m_notifier->deleteLater();
    m_notifier = nullptr;
    m_db.reset();
    m_outage = true;
    Q_EMIT lost(message);
    m_retryDelay = kFirstRetry;
    m_retry.start(0); // the first try at once: a dropped connection may just need a new one
}

} // namespace newsroom
