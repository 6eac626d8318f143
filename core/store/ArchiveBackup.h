#pragma once

#include "StoreError.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QStringList>

namespace newsroom {

class SqliteDatabase;

struct BackupReport
{
    QString file;      // where the copy now is
    qint64 articles{}; // articles in the copy, the trash included
    qint64 bytes{};    // size of the copy
};

// A consistent copy of an open archive, safe while other processes write to it: SQLite's
// online backup API copies the pages a few at a time, each step a short read (in WAL mode a
// reader never holds up a writer). The copy goes to a new temporary file beside the target
// (created exclusively, never through a link), is flushed to disk, opened and checked
// (quick_check, our application_id), and only then renamed into place. The archive file
// itself is only ever read by SQLite.
class ArchiveBackup
{
    Q_DECLARE_TR_FUNCTIONS(ArchiveBackup)
public:
    enum class Existing
    {
        Refuse,  // a file already at the target is an error, never silently replaced
        Replace, // the finished copy replaces it (never the archive itself)
    };
    enum class Verification
    {
        Sound, // a copy that fails quick_check is an error (the archive is damaged)
        AsIs,  // a damaged archive kept aside before a restore: its copy is kept as it is
    };

    // `source` is a connection to the archive; `target` must not be the archive or its
    // -wal/-shm (by name or through a link) and its folder must exist.
    static StoreResult<BackupReport> write(SqliteDatabase &source, const QString &target,
                                           Existing existing = Existing::Refuse,
                                           Verification verification = Verification::Sound);

    // A copy named <archive name>-YYYYMMDD-HHMMSS.newsroom (UTC) in `folder`, created if
    // needed; for automatic backups. Later copies within the same second get -2, -3...
    static StoreResult<BackupReport>
    writeDated(SqliteDatabase &source, const QString &folder,
               const QDateTime &when = QDateTime::currentDateTimeUtc());
    // The dated copies of the archive at `archivePath` in `folder`, newest first.
    static QStringList datedBackups(const QString &folder, const QString &archivePath);
    // Deletes all but the newest `keep` dated copies; returns the files it deleted.
    static StoreResult<QStringList> keepNewest(const QString &folder, const QString &archivePath,
                                               int keep);

    // The file the connection has open as its main database.
    static QString archivePath(SqliteDatabase &source);

    // The desktop app's automatic backup: a dated copy of the archive at `archive` in
    // `folder` on a connection of its own, then only the newest `keep` copies are kept.
    static StoreResult<BackupReport> backupArchive(const QString &archive, const QString &folder,
                                                   int keep);

    struct RestoreReport
    {
        QString keptAside; // the archive as it was before, a dated copy beside it
        qint64 articles{}; // in the restored archive, the trash included
    };
    // Brings a backup's content into the archive in place: its current content first goes
    // to <name>-before-restore-<time>.newsroom beside it (never overwritten), then the
    // backup's pages are copied in through SQLite's backup API in one transaction. No file
    // is replaced under the connections open on it (windows, workers, other processes):
    // each sees the restored archive at its next read. An older backup is upgraded. A
    // damaged archive is kept aside as it is; the backup itself must be sound.
    static StoreResult<RestoreReport> restore(const QString &archive, const QString &backup);
};

} // namespace newsroom
