#include "BackupScheduler.h"

#include "settings/AppSettings.h"
#include "store/ArchiveBackup.h"

#include <QDir>
#include <QFileInfo>
#include <QThread>

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
    if (m_thread)
        m_thread->wait();
}

bool BackupScheduler::isDue() const
{
    if (!appsettings::backupsEnabled())
        return false;
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
    if (m_thread)
        return;
    const QString folder = appsettings::backupFolder();
    const int keep = appsettings::backupsKept();
    m_thread = QThread::create([this, folder, keep] {
        auto report = ArchiveBackup::backupArchive(m_archivePath, folder, keep);
        const QString text =
            report ? tr("Backed up the archive to %1.").arg(QDir::toNativeSeparators(report->file))
                   : tr("The automatic backup failed: %1").arg(report.error().message);
        QMetaObject::invokeMethod(
            this,
            [this, ok = report.has_value(), text] {
                m_thread->wait();
                m_thread->deleteLater();
                m_thread = nullptr;
                ok ? Q_EMIT finished(text) : Q_EMIT failed(text);
            },
            Qt::QueuedConnection);
    });
    m_thread->start();
}

} // namespace newsroom
