#include "ArchiveBackup.h"

#include "ArchiveCheck.h"
#include "ArchiveFile.h"
#include "Migrations.h"
#include "SqliteDatabase.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QThread>
#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <sqlite3.h>
#include <sys/stat.h>
#include <unistd.h>

Q_DECLARE_LOGGING_CATEGORY(lcArchive) // newsroom.store, defined in ArchiveFile.cpp

namespace newsroom {

namespace {

// 1 MB of the default 4 KB pages per step: each step is one short read of the archive.
constexpr int kPagesPerStep = 256;
// Another process's commit makes the next step start the copy again. After this many
// restarts the rest is copied in one step: one read transaction, which in WAL mode still
// lets writers commit (only the log's reset waits for it).
constexpr int kRestartsBeforeOneStep = 3;
// The archive busy (a checkpoint, a recovery): wait up to 100 x 50 ms in all.
constexpr int kBusyRetries = 100;
constexpr int kBusyWaitMs = 50;

QByteArray native(const QString &path)
{
    return QFile::encodeName(path);
}

std::unexpected<StoreError> ioFailure(const QString &what)
{
    return storeFailure(StoreError::Code::Io, what + QStringLiteral(": ") +
                                                  QString::fromLocal8Bit(std::strerror(errno)) +
                                                  QLatin1Char('.'));
}

StoreStatus checkTarget(const QString &target, const QString &archive,
                        ArchiveBackup::Existing existing)
{
    if (target.isEmpty())
        return storeFailure(StoreError::Code::Invalid,
                            ArchiveBackup::tr("The backup needs a file name."));
    if (ArchiveFile::isPartOf(target, archive)) {
        return storeFailure(
            StoreError::Code::Invalid,
            ArchiveBackup::tr("%1 is the archive itself; back it up to another file.").arg(target));
    }
    const QString folder = QFileInfo(target).absolutePath();
    if (!QFileInfo(folder).isDir()) {
        return storeFailure(
            StoreError::Code::Io,
            ArchiveBackup::tr("The folder %1 does not exist; create it first.").arg(folder));
    }
    struct stat info
    {
    };
    if (::lstat(native(target).constData(), &info) != 0)
        return {}; // nothing there
    if (S_ISDIR(info.st_mode)) {
        return storeFailure(
            StoreError::Code::Invalid,
            ArchiveBackup::tr("%1 is a folder; give the backup a file name.").arg(target));
    }
    if (existing == ArchiveBackup::Existing::Refuse) {
        return storeFailure(
            StoreError::Code::Invalid,
            ArchiveBackup::tr("%1 already exists and was left as it is; back up to a new file "
                              "name.")
                .arg(target));
    }
    return {};
}

// A new, empty file beside the target: O_CREAT | O_EXCL, which never follows a link.
StoreResult<QString> createTemporary(const QString &target)
{
    const QFileInfo info(target);
    QByteArray name = native(info.absolutePath() + QStringLiteral("/.") + info.fileName() +
                             QStringLiteral(".XXXXXX"));
    const int fd = ::mkostemp(name.data(), O_CLOEXEC);
    if (fd < 0)
        return ioFailure(ArchiveBackup::tr("Cannot create a file in %1").arg(info.absolutePath()));
    ::close(fd); // before SQLite opens it: closing a descriptor later would drop its locks
    return QFile::decodeName(name);
}

// The copy and whatever SQLite kept beside it; only when no connection has it open.
void removeTemporary(const QString &path)
{
    for (const char *suffix : {"", "-journal", "-wal", "-shm"})
        ::unlink(native(path + QLatin1StringView(suffix)).constData());
}

StoreStatus copyPages(SqliteDatabase &source, SqliteDatabase &copy)
{
    sqlite3_backup *backup = sqlite3_backup_init(copy.handle(), "main", source.handle(), "main");
    if (!backup)
        return std::unexpected(copy.lastError());
    int rc = SQLITE_OK;
    int restarts = 0;
    int busy = 0;
    int lastRemaining = -1;
    for (;;) {
        rc = sqlite3_backup_step(backup, restarts < kRestartsBeforeOneStep ? kPagesPerStep : -1);
        if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED) {
            if (++busy > kBusyRetries)
                break;
            QThread::msleep(kBusyWaitMs);
            continue;
        }
        if (rc != SQLITE_OK)
            break;
        const int remaining = sqlite3_backup_remaining(backup);
        if (lastRemaining >= 0 && remaining > lastRemaining)
            ++restarts; // the archive changed since the last step
        lastRemaining = remaining;
    }
    qCDebug(lcArchive) << "Backup copied" << sqlite3_backup_pagecount(backup) << "pages;"
                       << restarts << "restarts," << busy << "busy waits";
    // finish() leaves the step's error, if any, on the copy's connection.
    if (sqlite3_backup_finish(backup) == SQLITE_OK && rc == SQLITE_DONE)
        return {};
    return std::unexpected(copy.lastError());
}

// fsync, and the size that reached the disk.
StoreResult<qint64> flushFile(const QString &path)
{
    const int fd = ::open(native(path).constData(), O_RDONLY | O_NOFOLLOW | O_CLOEXEC);
    if (fd < 0)
        return ioFailure(ArchiveBackup::tr("Cannot reopen the copy %1").arg(path));
    struct stat info
    {
    };
    const bool ok = ::fsync(fd) == 0 && ::fstat(fd, &info) == 0;
    const int error = errno;
    ::close(fd);
    errno = error;
    if (!ok)
        return ioFailure(ArchiveBackup::tr("Cannot write the copy %1 to disk").arg(path));
    return qint64(info.st_size);
}

void flushFolder(const QString &folder)
{
    const int fd = ::open(native(folder).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd >= 0) {
        ::fsync(fd); // some file systems cannot sync a folder; the rename stands either way
        ::close(fd);
    }
}

// Opens the finished copy as a reader would and counts its articles.
StoreResult<qint64> verifyCopy(const QString &path, ArchiveBackup::Verification verification)
{
    auto copy = SqliteDatabase::open(path, false, SQLITE_OPEN_NOFOLLOW);
    if (!copy)
        return std::unexpected(copy.error());
    auto appId = (*copy)->queryInt("PRAGMA application_id");
    if (!appId)
        return std::unexpected(appId.error());
    if (*appId != migrations::kApplicationId) {
        return storeFailure(StoreError::Code::Corrupt,
                            ArchiveBackup::tr("The copy is not marked as a Newsroom archive."));
    }
    if (verification == ArchiveBackup::Verification::AsIs) // counting may meet the damage
        return (*copy)->queryInt("SELECT count(*) FROM articles").value_or(0);
    auto damage = ArchiveCheck::pageDamage(**copy, ArchiveCheck::Depth::Quick, 1);
    if (!damage || !damage->isEmpty()) {
        return storeFailure(
            StoreError::Code::Corrupt,
            ArchiveBackup::tr("The copy failed SQLite's check (%1), so the archive itself is "
                              "probably damaged: run \"newsroom-cli check-archive\".")
                .arg(damage ? damage->join(QStringLiteral("; ")) : damage.error().message));
    }
    return (*copy)->queryInt("SELECT count(*) FROM articles");
}

StoreStatus moveIntoPlace(const QString &from, const QString &to, ArchiveBackup::Existing existing)
{
    const QByteArray source = native(from);
    const QByteArray target = native(to);
    if (existing == ArchiveBackup::Existing::Replace) {
        if (::rename(source.constData(), target.constData()) != 0)
            return ioFailure(ArchiveBackup::tr("Cannot move the copy to %1").arg(to));
        return {};
    }
    // Never over a file that appeared while the copy was made.
    int rc =
        ::renameat2(AT_FDCWD, source.constData(), AT_FDCWD, target.constData(), RENAME_NOREPLACE);
    if (rc != 0 && (errno == EINVAL || errno == ENOSYS)) { // a file system without it
        rc = ::link(source.constData(), target.constData());
        if (rc == 0)
            ::unlink(source.constData());
    }
    if (rc == 0)
        return {};
    if (errno == EEXIST) {
        return storeFailure(
            StoreError::Code::Invalid,
            ArchiveBackup::tr("%1 already exists and was left as it is; back up to a new file "
                              "name.")
                .arg(to));
    }
    return ioFailure(ArchiveBackup::tr("Cannot move the copy to %1").arg(to));
}

struct DatedName
{
    QString stamp;  // yyyyMMdd-HHmmss
    int number = 1; // the second and later copies within one second: -2, -3...
};

// The dated backups of the archive at `archivePath` in `folder`, by file path.
QList<std::pair<QString, DatedName>> datedFiles(const QString &folder, const QString &archivePath)
{
    const QString stem = QFileInfo(archivePath).completeBaseName();
    const QRegularExpression pattern(QStringLiteral("^") + QRegularExpression::escape(stem) +
                                     QStringLiteral("-(\\d{8}-\\d{6})(?:-(\\d+))?\\.newsroom$"));
    QList<std::pair<QString, DatedName>> found;
    const QDir dir(folder);
    for (const QString &name : dir.entryList(QDir::Files | QDir::Hidden)) {
        const QRegularExpressionMatch match = pattern.match(name);
        if (match.hasMatch()) {
            found.append(
                {dir.filePath(name),
                 {match.captured(1), match.captured(2).isEmpty() ? 1 : match.captured(2).toInt()}});
        }
    }
    return found;
}

} // namespace

QString ArchiveBackup::archivePath(SqliteDatabase &source)
{
    return QString::fromUtf8(sqlite3_db_filename(source.handle(), "main"));
}

StoreResult<BackupReport> ArchiveBackup::write(SqliteDatabase &source, const QString &target,
                                               Existing existing, Verification verification)
{
    if (auto ok = checkTarget(target, archivePath(source), existing); !ok)
        return std::unexpected(ok.error());
    auto temporary = createTemporary(target);
    if (!temporary)
        return std::unexpected(temporary.error());
    auto cleanup = qScopeGuard([&] { removeTemporary(*temporary); });
    {
        auto copy = SqliteDatabase::open(*temporary, false, SQLITE_OPEN_NOFOLLOW);
        if (!copy)
            return std::unexpected(copy.error());
        if (auto copied = copyPages(source, **copy); !copied)
            return std::unexpected(copied.error());
    } // closed: from here on the copy is only a file
    auto bytes = flushFile(*temporary);
    if (!bytes)
        return std::unexpected(bytes.error());
    auto articles = verifyCopy(*temporary, verification);
    if (!articles)
        return std::unexpected(articles.error());
    if (auto moved = moveIntoPlace(*temporary, target, existing); !moved)
        return std::unexpected(moved.error());
    cleanup.dismiss();
    flushFolder(QFileInfo(target).absolutePath());
    return BackupReport{target, *articles, *bytes};
}

StoreResult<BackupReport> ArchiveBackup::writeDated(SqliteDatabase &source, const QString &folder,
                                                    const QDateTime &when)
{
    if (!QDir().mkpath(folder))
        return storeFailure(StoreError::Code::Io, tr("Cannot create the folder %1.").arg(folder));
    const QString archive = archivePath(source);
    const QString stamp = when.toUTC().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    // After the newest copy of this second, even if older ones were deleted meanwhile: a
    // reused number would sort before them and be the first to go.
    int number = 1;
    for (const auto &[path, dated] : datedFiles(folder, archive)) {
        if (dated.stamp == stamp)
            number = qMax(number, dated.number + 1);
    }
    QString name = QFileInfo(archive).completeBaseName() + QLatin1Char('-') + stamp;
    if (number > 1)
        name += QLatin1Char('-') + QString::number(number);
    return write(source, QDir(folder).filePath(name + QStringLiteral(".newsroom")),
                 Existing::Refuse);
}

StoreResult<BackupReport> ArchiveBackup::backupArchive(const QString &archive,
                                                       const QString &folder, int keep)
{
    auto source = ArchiveFile::open(archive, ArchiveFile::Creation::MustExist,
                                    ArchiveFile::DamageCheck::None);
    if (!source)
        return std::unexpected(source.error());
    auto report = writeDated(**source, folder);
    if (!report)
        return report;
    if (auto kept = keepNewest(folder, archive, keep); !kept)
        return std::unexpected(kept.error());
    return report;
}

StoreResult<ArchiveBackup::RestoreReport> ArchiveBackup::restore(const QString &archive,
                                                                 const QString &backup)
{
    if (ArchiveFile::isPartOf(backup, archive)) {
        return storeFailure(StoreError::Code::Invalid,
                            tr("%1 is the archive itself, not a backup of it.").arg(backup));
    }
    auto source = ArchiveFile::open(backup, ArchiveFile::Creation::MustExist);
    if (!source)
        return std::unexpected(source.error());
    auto live = ArchiveFile::open(archive, ArchiveFile::Creation::MustExist,
                                  ArchiveFile::DamageCheck::None);
    if (!live)
        return std::unexpected(live.error());
    const QFileInfo info(archive);
    const QString aside = info.dir().filePath(
        info.completeBaseName() + QStringLiteral("-before-restore-") +
        QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss")) +
        QStringLiteral(".newsroom"));
    // A damaged archive (the usual reason to restore) is kept aside as it is: it may still
    // hold what the backup lacks.
    auto damage = ArchiveCheck::pageDamage(**live, ArchiveCheck::Depth::Quick, 1);
    const bool damaged = !damage || !damage->isEmpty();
    auto kept =
        write(**live, aside, Existing::Refuse, damaged ? Verification::AsIs : Verification::Sound);
    if (!kept)
        return std::unexpected(kept.error());
    if (auto copied = copyPages(**source, **live); !copied)
        return std::unexpected(copied.error());
    auto articles = (*live)->queryInt("SELECT count(*) FROM articles");
    if (!articles)
        return std::unexpected(articles.error());
    qCInfo(lcArchive) << "Restored" << archive << "from" << backup << "; kept" << aside;
    return RestoreReport{aside, *articles};
}

QStringList ArchiveBackup::datedBackups(const QString &folder, const QString &archivePath)
{
    auto found = datedFiles(folder, archivePath);
    std::sort(found.begin(), found.end(), [](const auto &a, const auto &b) {
        return a.second.stamp != b.second.stamp ? a.second.stamp > b.second.stamp
                                                : a.second.number > b.second.number;
    });
    QStringList paths;
    for (const auto &[path, dated] : std::as_const(found))
        paths.append(path);
    return paths;
}

StoreResult<QStringList> ArchiveBackup::keepNewest(const QString &folder,
                                                   const QString &archivePath, int keep)
{
    if (keep < 1) {
        return storeFailure(StoreError::Code::Invalid, tr("Keep at least one backup."));
    }
    QStringList removed;
    const QStringList backups = datedBackups(folder, archivePath);
    for (const QString &path : backups.mid(keep)) {
        if (ArchiveFile::isPartOf(path, archivePath))
            continue; // an archive named like a backup stays
        if (::unlink(native(path).constData()) != 0)
            return ioFailure(tr("Cannot delete the old backup %1").arg(path));
        removed.append(path);
    }
    return removed;
}

} // namespace newsroom
