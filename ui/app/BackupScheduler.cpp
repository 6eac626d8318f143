#include "BackupScheduler.h"

#include "OnAnswer.h"
#include "settings/AppSettings.h"
#include "store/ArchiveAddress.h"
#include "store/ArchiveBackup.h"

#include <QDir>
#include <QFileInfo>
#include <QtConcurrent/QtConcurrentRun>

namespace newsroom {

BackupScheduler::BackupScheduler(const QString &archivePath, QObject *parent)
    : QObject(parent), m_archivePath(archivePath)
{
    connect(&m_timer, &QTimer::timeout, this, &BackupScheduler::backUpIfDue);
    QTimer::singleShot(kFirstLookMs, this, [this] {
        backUpIfDue();
        m_timer.start(kLookEveryMs);
    });
}

BackupScheduler::~BackupScheduler()
{
    m_running.waitForFinished();
}

bool BackupScheduler::isDue() const
{
    if (!appsettings::backupsEnabled() || ArchiveAddress::isServer(m_archivePath))
        return false; // a server's archive is backed up on the server
    const QStringList backups =
        ArchiveBackup::datedBackups(appsettings::backupFolder(), m_archivePath);
    return backups.isEmpty() ||
           QFileInfo(backups.first()).lastModified().secsTo(QDateTime::currentDateTime()) >=
               kDueAfterSeconds;
}

void BackupScheduler::backUpIfDue()
{
    if (isDue())
        backUpNow();
}

void BackupScheduler::backUpNow()
{
    if (m_running.isRunning())
        return;
    if (ArchiveAddress::isServer(m_archivePath)) {
        Q_EMIT failed(tr("The archive is on a PostgreSQL server; it is backed up there "
                         "(pg_dump), not by Newsroom."));
        return;
    }
    const QString folder = appsettings::backupFolder();
    const int keep = appsettings::backupsKept();
    m_running = QtConcurrent::run([path = m_archivePath, folder, keep]() -> StoreResult<QString> {
        auto report = ArchiveBackup::backupArchive(path, folder, keep);
        if (!report)
            return std::unexpected(report.error());
        return tr("Backed up the archive to %1.").arg(QDir::toNativeSeparators(report->file));
    });
    onAnswer(m_running, this, [this](const StoreResult<QString> &summary) {
        summary ? Q_EMIT finished(*summary)
                : Q_EMIT failed(tr("The automatic backup failed: %1").arg(summary.error().message));
    });
}

} // namespace newsroom
