#pragma once

#include "store/StoreError.h"

#include <QFuture>
#include <QObject>
#include <QTimer>

namespace newsroom {

// The open archive's daily automatic backup (Preferences: on or off, the folder, how many
// are kept): looked at a minute after start and then every hour, made on a worker
// (QtConcurrent, like every other background task) with its own connection, so the window never
// waits for it.
class BackupScheduler : public QObject
{
    Q_OBJECT
public:
    static constexpr int kFirstLookMs = 60 * 1000;
    static constexpr int kLookEveryMs = 60 * 60 * 1000;
    static constexpr qint64 kDueAfterSeconds = 24 * 60 * 60;

    explicit BackupScheduler(const QString &archivePath, QObject *parent = nullptr);
    ~BackupScheduler() override; // waits for a backup still running

    bool isDue() const; // on, and the newest dated copy is a day old or missing
    // Starts a backup now, due or not (unless one is running).
    void backUpNow();

Q_SIGNALS:
    void finished(const QString &summary);
    void failed(const QString &message);

private:
    void backUpIfDue();

    QString m_archivePath;
    QTimer m_timer;
    QFuture<StoreResult<QString>> m_running; // what the backup in flight will say
};

} // namespace newsroom
