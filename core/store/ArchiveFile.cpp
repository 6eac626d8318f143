#include "ArchiveFile.h"

#include "ArchiveCheck.h"
#include "ArchiveSchema.h"
#include "Migrations.h"
#include "search/BoundedBm25.h"
#include "search/MultilingualTokenizer.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QStandardPaths>
#include <QThread>
#include <QUrl>
#include <sqlite3.h>
#include <sys/stat.h>
#include <unistd.h>

Q_LOGGING_CATEGORY(lcArchive, "newsroom.store", QtWarningMsg)

namespace newsroom {

namespace {

constexpr int kBusyTimeoutMs = 5000;
constexpr int kOpenAttempts = 5;
// Archives up to this size (about 2,000 articles) get PRAGMA quick_check on every open; see
// checkForDamage.
constexpr qint64 kCheckOnOpenBytes = 16 * 1024 * 1024;

std::unexpected<StoreError> notAnArchive(const QString &path, const QString &why)
{
    return storeFailure(
        StoreError::Code::NotAnArchive,
        ArchiveFile::tr("%1 is not a Newsroom archive: %2. It was left untouched.").arg(path, why));
}

StoreStatus readIdentity(SqliteDatabase &db, const QString &path)
{
    // SQLite reads the header itself: it refuses a file without its magic (text, random
    // bytes) and one shorter than its header says (truncated), before anything is written.
    auto tables = db.queryInt("SELECT count(*) FROM sqlite_schema");
    if (!tables) {
        switch (tables.error().code) {
        case StoreError::Code::Busy:
            return std::unexpected(tables.error()); // another process is creating or upgrading it
        case StoreError::Code::NotAnArchive:
            return notAnArchive(path, ArchiveFile::tr("it is not an SQLite database"));
        case StoreError::Code::Corrupt:
            return notAnArchive(path, ArchiveFile::tr("the file is damaged or truncated"));
        default:
            return notAnArchive(
                path, ArchiveFile::tr("SQLite cannot read it (%1)").arg(tables.error().message));
        }
    }
    auto appId = db.queryInt("PRAGMA application_id");
    auto version = db.queryInt("PRAGMA user_version");
    if (!appId || !version)
        return notAnArchive(path, ArchiveFile::tr("SQLite cannot read its header"));
    // Ours, or a blank database: anything that marks it as someone else's is refused.
    if (*appId != migrations::kApplicationId && (*tables > 0 || *appId != 0 || *version != 0))
        return notAnArchive(path, ArchiveFile::tr("it is another program's SQLite database"));
    if (*version > migrations::latestVersion()) {
        return notAnArchive(
            path, ArchiveFile::tr("it was written by a newer Newsroom (archive version %1; "
                                  "this one reads up to %2)")
                      .arg(*version)
                      .arg(migrations::latestVersion()));
    }
    return archiveschema::verify(db, int(*version), path);
}

// The version and the schema are read in one read transaction: another process may
// upgrade the archive meanwhile, and a version read before its upgrade beside a schema
// read after it looks like an altered archive (two writers opening a new archive at once).
StoreStatus checkIdentity(SqliteDatabase &db, const QString &path)
{
    if (auto begun = db.exec("BEGIN"); !begun)
        return begun;
    const StoreStatus identity = readIdentity(db, path);
    (void)db.exec("COMMIT"); // only read: nothing to keep or lose
    return identity;
}

std::unexpected<StoreError> damaged(const QString &path, const QString &finding)
{
    return storeFailure(
        StoreError::Code::Corrupt,
        ArchiveFile::tr("%1 is damaged (%2). It was left untouched: \"newsroom-cli --db %1 "
                        "check-archive\" says what is wrong; restore the latest backup.")
            .arg(path, finding));
}

// A damaged archive is refused before anything is written to it: writing spreads damage.
// What SQLite reads on every open already refuses a file shorter than its header says, a
// damaged header and a damaged schema. Damaged pages anywhere else are found only by
// reading every page, and quick_check's cost grows with the file: measured on this
// project's 2-core machine (busy), 47 ms for 15 MiB (2,000 articles), 311 ms for 146 MiB
// (20,000), so about 2 s at 100,000 articles. It runs on open only up to 16 MiB, before the
// connection's own cache size is set (with 16 MB of cache it costs twice as much);
// "newsroom-cli check-archive" checks an archive of any size.
StoreStatus checkForDamage(SqliteDatabase &db, const QString &path)
{
    auto pages = db.queryInt("PRAGMA page_count");
    if (!pages)
        return std::unexpected(pages.error());
    auto pageSize = db.queryInt("PRAGMA page_size");
    if (!pageSize)
        return std::unexpected(pageSize.error());
    if (*pages * *pageSize > kCheckOnOpenBytes)
        return {};
    auto damage = ArchiveCheck::pageDamage(db, ArchiveCheck::Depth::Quick, 1);
    if (!damage && damage.error().code == StoreError::Code::Corrupt)
        return damaged(path, ArchiveFile::tr("SQLite met a damaged page"));
    if (!damage)
        return std::unexpected(damage.error());
    if (!damage->isEmpty())
        return damaged(path, damage->first());
    return {};
}

// Connection settings only: nothing reaches the file.
StoreStatus setBusyTimeout(SqliteDatabase &db)
{
    const QByteArray timeout = "PRAGMA busy_timeout = " + QByteArray::number(kBusyTimeoutMs);
    return db.exec(timeout.constData());
}

// Writable means the file and its folder (where SQLite keeps the -wal and -shm files).
// access() also says no for a read-only disk, even to root.
bool isWritable(const QFileInfo &file)
{
    return ::access(QFile::encodeName(file.absoluteFilePath()).constData(), W_OK) == 0 &&
           ::access(QFile::encodeName(file.absolutePath()).constData(), W_OK) == 0;
}

// An archive nobody may write here (a read-only file, folder or disk) is opened for
// reading and exporting. Without a -shm file beside it none can be made, so no writer can
// be at work on it in WAL mode: SQLite may then read it as immutable.
StoreResult<std::unique_ptr<SqliteDatabase>> openReadOnly(const QString &path)
{
    if (QFileInfo::exists(path + QStringLiteral("-shm")))
        return SqliteDatabase::open(path, false, SQLITE_OPEN_READONLY);
    const QString uri = QStringLiteral("file:") +
                        QString::fromLatin1(QUrl::toPercentEncoding(
                            QFileInfo(path).absoluteFilePath(), QByteArrayLiteral("/"))) +
                        QStringLiteral("?immutable=1");
    return SqliteDatabase::open(uri, false, SQLITE_OPEN_READONLY | SQLITE_OPEN_URI);
}

StoreStatus migrate(SqliteDatabase &db, const QString &path)
{
    const bool readOnly = sqlite3_db_readonly(db.handle(), "main") == 1;
    auto version = db.queryInt("PRAGMA user_version");
    if (readOnly && version && *version < migrations::latestVersion()) {
        return storeFailure(
            StoreError::Code::Io,
            ArchiveFile::tr("%1 was written by an older Newsroom and is read-only here, so "
                            "it cannot be brought up to date: copy it to a folder you can "
                            "write to and open the copy.")
                .arg(path));
    }
    return migrations::migrate(db);
}

StoreStatus configure(SqliteDatabase &db)
{
    if (sqlite3_db_readonly(db.handle(), "main") == 1) // nothing to switch, nothing to write
        return db.exec("PRAGMA foreign_keys = ON; PRAGMA temp_store = MEMORY;"
                       "PRAGMA cache_size = -16384;");
    // WAL lets readers work while another process writes; NORMAL sync keeps every
    // committed save across a crash of the app (only a power cut can lose the last one).
    return db.exec("PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL;"
                   "PRAGMA foreign_keys = ON; PRAGMA temp_store = MEMORY;"
                   // 16 MB of page cache: the desktop app keeps it for hours beside Chromium,
                   // and 64 MB bought nothing measurable (100k: search p95 3.9 vs 3.5 ms);
                   // checkpoints every 32 MB of log keep bulk imports from stalling on fsync.
                   "PRAGMA cache_size = -16384; PRAGMA wal_autocheckpoint = 8192;");
}

} // namespace

StoreResult<std::unique_ptr<SqliteDatabase>>
ArchiveFile::open(const QString &path, Creation creation, DamageCheck check, Access access)
{
    // Two processes creating or upgrading one archive at the same moment can find it
    // locked in ways SQLite does not wait for (switching to WAL, say): try again.
    for (int attempt = 1;; ++attempt) {
        auto db = openOnce(path, creation, check, access);
        if (db || db.error().code != StoreError::Code::Busy || attempt == kOpenAttempts)
            return db;
        QThread::msleep(100 * attempt);
    }
}

StoreResult<std::unique_ptr<SqliteDatabase>>
ArchiveFile::openOnce(const QString &path, Creation creation, DamageCheck check, Access access)
{
    const QFileInfo info(path);
    const bool exists = info.exists();
    if (!exists && creation == Creation::MustExist) {
        return storeFailure(
            StoreError::Code::Io,
            tr("The archive file %1 is no longer there (deleted or moved away).").arg(path));
    }
    if (exists && !info.isFile())
        return storeFailure(StoreError::Code::Io, tr("%1 is not a file.").arg(path));
    if (!exists && !QDir().mkpath(info.absolutePath())) {
        return storeFailure(StoreError::Code::Io,
                            tr("Cannot create the folder %1.").arg(info.absolutePath()));
    }

    const bool readOnly = exists && (access == Access::ReadOnly || !isWritable(info));
    auto db = readOnly ? openReadOnly(path) : SqliteDatabase::open(path, !exists);
    if (!db)
        return std::unexpected(db.error());
    if (auto ok = MultilingualTokenizer::registerWith((*db)->handle()); !ok)
        return std::unexpected(ok.error());
    if (auto ok = BoundedBm25::registerWith((*db)->handle()); !ok)
        return std::unexpected(ok.error());
    if (auto ok = setBusyTimeout(**db); !ok)
        return std::unexpected(ok.error());
    // Until the file is known to be ours, closing must not checkpoint another program's
    // write-ahead log into its database.
    sqlite3_db_config((*db)->handle(), SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, 1, nullptr);
    if (auto ok = checkIdentity(**db, path); !ok)
        return std::unexpected(ok.error());
    if (check == DamageCheck::OnOpen) {
        if (auto ok = checkForDamage(**db, path); !ok)
            return std::unexpected(ok.error());
    }
    sqlite3_db_config((*db)->handle(), SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, 0, nullptr);
    // Only now, with the file known to be ours or empty, may anything be written.
    if (auto ok = configure(**db); !ok)
        return std::unexpected(ok.error());
    if (auto ok = migrate(**db, path); !ok)
        return std::unexpected(ok.error());
    qCDebug(lcArchive) << "Opened archive" << path;
    return db;
}

bool ArchiveFile::isPartOf(const QString &candidate, const QString &archivePath)
{
    if (candidate.isEmpty() || archivePath.isEmpty())
        return false;
    const auto normal = [](const QString &path) -> QString {
        const QFileInfo info(path);
        const QString folder = QFileInfo(info.absolutePath()).canonicalFilePath();
        return (folder.isEmpty() ? info.absolutePath() : folder) + QLatin1Char('/') +
               info.fileName();
    };
    // Names compared first: only a part's own name can be that part through its folder's
    // links (an export asks this of every file it writes; resolving links is the cost).
    const QString name = QFileInfo(candidate).fileName();
    const QString archiveName = QFileInfo(archivePath).fileName();
    struct stat file
    {
    };
    const bool exists = ::stat(QFile::encodeName(candidate).constData(), &file) == 0;
    for (const char *suffix : {"", "-wal", "-shm", "-journal"}) {
        const QString part = archivePath + QLatin1StringView(suffix);
        if (name == archiveName + QLatin1StringView(suffix) && normal(part) == normal(candidate))
            return true;
        struct stat other
        {
        };
        if (exists && ::stat(QFile::encodeName(part).constData(), &other) == 0 &&
            other.st_dev == file.st_dev && other.st_ino == file.st_ino)
            return true;
    }
    return false;
}

QString ArchiveFile::defaultPath()
{
    const QString base = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
    return base + QStringLiteral("/newsroom/archive.newsroom");
}

} // namespace newsroom
