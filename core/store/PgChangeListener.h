#pragma once

#include "ArchiveChange.h"
#include "StoreError.h"

#include <QObject>
#include <QTimer>
#include <memory>

class QSocketNotifier;

namespace newsroom {

class PgConnection;

// Hears of the changes other clients commit to a server archive (ArchiveChange), on a
// connection of its own that only LISTENs. Its calls block while they connect, so it lives
// on a thread of its own (ArchiveGateway gives it one); the socket is watched from that
// thread's event loop. A dropped connection is opened again after a short, growing pause
// (kFirstRetry doubling up to kLongestRetry); once it listens again, caughtUp() says that
// what happened meanwhile was not heard, and whoever shows the archive reads it again.
class PgChangeListener : public QObject
{
    Q_OBJECT
public:
    static constexpr int kFirstRetry = 100;    // ms
    static constexpr int kLongestRetry = 1000; // ms: back within a second of the server

    // `address` as PgConnection takes it; notices whose origin is `ownOrigin` (the stores
    // of the same gateway) are not passed on, when it is not empty.
    // `password` as PgConnection::open takes it (the archive's own connection's).
    PgChangeListener(QString address, QByteArray password, QByteArray ownOrigin,
                     QObject *parent = nullptr);
    ~PgChangeListener() override;

    // Connects and listens (or starts trying to); call it on the listener's thread.
    void start();
    bool isListening() const { return m_notifier != nullptr; }

Q_SIGNALS:
    void changed(const newsroom::ArchiveChange &change);
    // Another window opened or closed an article (PresenceBook::kChannel): who is where
    // should be read again. Junk on that channel costs a read at most.
    void presenceChanged();
    // Listening (again): changes before this moment may not have been heard. Sent on the
    // first connection too, since the window read the archive before it.
    void caughtUp();
    // The connection dropped or could not be made (once an outage); it is tried again.
    void lost(const QString &message);

private:
    StoreStatus listen();
    void readNotices();
    void passOn(const char *channel, QByteArrayView payload);
    void drop(const QString &message);

    QString m_address; // may hold a password: never logged
    QByteArray m_password;
    QByteArray m_ownOrigin;
    std::unique_ptr<PgConnection> m_db;
    QSocketNotifier *m_notifier = nullptr; // while listening
    QTimer m_retry;
    int m_retryDelay = kFirstRetry;
    bool m_outage = false; // lost() was said, caughtUp() not yet
    qint64 m_junk = 0;     // payloads ignored, for a log that does not flood
};

} // namespace newsroom
