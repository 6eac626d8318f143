#include "EditJournal.h"

#include "io/FileDescriptor.h"
#include "model/ArticleJson.h"
#include "store/ArchiveAddress.h"
#include "store/ServerAddress.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QStandardPaths>
#include <QUuid>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

Q_LOGGING_CATEGORY(lcJournal, "newsroom.journal", QtWarningMsg)

namespace newsroom {

namespace {

constexpr int kFormat = 1;
constexpr qint64 kMaxJournalBytes = 64 * 1024 * 1024; // far above any article; a bound all the same
const QLatin1StringView kSuffix(".journal");
const QLatin1StringView kKeptSuffix(".kept");

// Which archive a journal belongs to: a file by its absolute path; a server by its user, host,
// port and database, however its address was spelt (%2F or ?host=, a default port written
// out or not) and wherever the app was started (a URI is no path to make absolute).
QString archiveIdentity(const QString &archivePath)
{
    if (!ArchiveAddress::isServer(archivePath))
        return QFileInfo(archivePath).absoluteFilePath();
    const std::optional<ServerAddress> server = ServerAddress::fromUri(archivePath);
    return server ? QStringLiteral("postgresql://") + server->secretKey() : archivePath;
}

// Journals of one archive share a prefix: a short hash of its identity.
QString archiveKey(const QString &archivePath)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(archiveIdentity(archivePath).toUtf8(), QCryptographicHash::Sha256)
            .toHex()
            .left(16));
}

QString reason(int error)
{
    switch (error) {
    case ENOSPC:
    case EDQUOT:
    case EFBIG:
        return EditJournal::tr("the disk is full");
    case EROFS:
        return EditJournal::tr("the disk is read-only");
    case EACCES:
    case EPERM:
        return EditJournal::tr("the folder is not writable");
    default:
        return QString::fromLocal8Bit(std::strerror(error));
    }
}

std::unexpected<StoreError> failure(const QString &path, int error)
{
    return storeFailure(
        StoreError::Code::Io,
        EditJournal::tr("Could not keep a copy of your text in %1: %2. Free some space or "
                        "fix the folder; the text stays in the editor meanwhile.")
            .arg(QDir::toNativeSeparators(path), reason(error)));
}

// Every step checked: a commit that only says "true" is not trusted (a full disk can
// accept a write into the page cache and fail at fsync or close).
StoreStatus writeDurably(const QString &path, const QByteArray &bytes)
{
    const QByteArray target = QFile::encodeName(path);
    const QByteArray temporary = target + ".tmp";
    ::unlink(temporary.constData()); // a write that died half-way
    const int fd =
        ::open(temporary.constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, 0600);
    if (fd < 0)
        return failure(path, errno);
    struct stat written
    {
    };
    const bool ok = writeAll(fd, bytes) && ::fsync(fd) == 0 && ::fstat(fd, &written) == 0 &&
                    written.st_size == bytes.size();
    const int error = ok ? 0 : (errno ? errno : EIO);
    if (::close(fd) != 0 || !ok) {
        const int closeError = error ? error : errno;
        ::unlink(temporary.constData());
        return failure(path, closeError);
    }
    if (::rename(temporary.constData(), target.constData()) != 0) {
        const int renameError = errno;
        ::unlink(temporary.constData());
        return failure(path, renameError);
    }
    // The rename itself must survive a power cut too.
    const int folder = ::open(QFile::encodeName(QFileInfo(path).absolutePath()).constData(),
                              O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (folder >= 0) {
        ::fsync(folder);
        ::close(folder);
    }
    return {};
}

std::optional<EditJournal::Entry> readEntry(const QString &path, const QString &archivePath)
{
    QFile file(path);
    if (file.size() > kMaxJournalBytes || !file.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QJsonObject object = QJsonDocument::fromJson(file.readAll()).object();
    if (object.value(QStringLiteral("format")).toInt() != kFormat ||
        !object.value(QStringLiteral("article")).isObject())
        return std::nullopt;
    EditJournal::Entry entry;
    entry.file = path;
    entry.archivePath = object.value(QStringLiteral("archive")).toString();
    if (archiveIdentity(entry.archivePath) != archiveIdentity(archivePath))
        return std::nullopt; // another archive's, whose identity hashed alike
    entry.baseVersion = object.value(QStringLiteral("base_version")).toInteger();
    entry.written = json::timeFromText(object.value(QStringLiteral("written")).toString());
    entry.article = json::toArticle(object.value(QStringLiteral("article")).toObject());
    return entry;
}

QByteArray entryJson(const QString &archivePath, const Article &article, qint64 baseVersion)
{
    const QJsonObject object{
        {QStringLiteral("format"), kFormat},
        {QStringLiteral("archive"), archiveIdentity(archivePath)},
        {QStringLiteral("base_version"), baseVersion},
        {QStringLiteral("written"), json::timeToText(QDateTime::currentDateTimeUtc())},
        {QStringLiteral("article"), json::fromArticle(article)}};
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QByteArray lockPath(const QString &journal)
{
    return QFile::encodeName(journal) + ".lock";
}

// True while some session (this process's or another's) holds the journal's lock. BSD
// locks belong to the open file, so opening and closing the lock file here disturbs none.
bool isLive(const QString &journal)
{
    const int fd = ::open(lockPath(journal).constData(), O_RDONLY | O_CLOEXEC | O_NOFOLLOW);
    if (fd < 0)
        return false;
    const bool held = ::flock(fd, LOCK_SH | LOCK_NB) != 0 && errno == EWOULDBLOCK;
    ::close(fd);
    return held;
}

} // namespace

EditJournal::~EditJournal()
{
    if (m_lock >= 0) {
        if (!QFile::exists(m_file))
            ::unlink(lockPath(m_file).constData());
        ::close(m_lock);
    }
}

EditJournal::EditJournal(const QString &folder, const QString &archivePath)
    : m_folder(folder), m_archivePath(archiveIdentity(archivePath)),
      m_file(QDir(folder).filePath(archiveKey(archivePath) + QLatin1Char('-') +
                                   QUuid::createUuid().toString(QUuid::WithoutBraces) + kSuffix))
{}

QString EditJournal::defaultFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/journal");
}

StoreStatus EditJournal::write(const Article &article, qint64 baseVersion)
{
    if (!QDir().mkpath(m_folder))
        return failure(m_folder, errno ? errno : EACCES);
    if (m_lock < 0) {
        m_lock =
            ::open(lockPath(m_file).constData(), O_RDWR | O_CREAT | O_CLOEXEC | O_NOFOLLOW, 0600);
        if (m_lock < 0)
            return failure(m_file, errno);
        ::flock(m_lock, LOCK_EX | LOCK_NB);
    }
    auto written = writeDurably(m_file, entryJson(m_archivePath, article, baseVersion));
    if (!written)
        qCWarning(lcJournal) << written.error().message;
    return written;
}

void EditJournal::clear()
{
    QFile::remove(m_file);
}

QList<EditJournal::Entry> EditJournal::leftBehind(const QString &folder, const QString &archivePath)
{
    QList<Entry> entries;
    const QDir dir(folder);
    const QStringList names = dir.entryList(
        {archiveKey(archivePath) + QStringLiteral("-*") + kSuffix}, QDir::Files, QDir::Time);
    for (const QString &name : names) {
        if (isLive(dir.filePath(name)))
            continue;
        if (auto entry = readEntry(dir.filePath(name), archivePath))
            entries.append(*entry);
        else
            qCWarning(lcJournal) << "Skipped an unreadable journal" << dir.filePath(name);
    }
    return entries;
}

bool EditJournal::discard(const Entry &entry)
{
    ::unlink(lockPath(entry.file).constData());
    return QFile::remove(entry.file);
}

StoreResult<EditJournal::Entry> EditJournal::keepCopy(const QString &folder,
                                                      const QString &archivePath,
                                                      const Article &article, qint64 baseVersion)
{
    if (!QDir().mkpath(folder))
        return failure(folder, errno ? errno : EACCES);
    const QString file = QDir(folder).filePath(
        QStringLiteral("%1-article-%2-%3%4")
            .arg(archiveKey(archivePath))
            .arg(article.id)
            .arg(QUuid::createUuid().toString(QUuid::WithoutBraces), kKeptSuffix));
    if (auto written = writeDurably(file, entryJson(archivePath, article, baseVersion)); !written)
        return std::unexpected(written.error());
    return Entry{file, QFileInfo(archivePath).absoluteFilePath(), baseVersion,
                 QDateTime::currentDateTimeUtc(), article};
}

QList<EditJournal::Entry> EditJournal::keptCopies(const QString &folder, const QString &archivePath,
                                                  qint64 id)
{
    QList<Entry> entries;
    const QDir dir(folder);
    const QString pattern =
        QStringLiteral("%1-article-%2-*%3").arg(archiveKey(archivePath)).arg(id).arg(kKeptSuffix);
    for (const QString &name : dir.entryList({pattern}, QDir::Files, QDir::Time)) {
        auto entry = readEntry(dir.filePath(name), archivePath);
        if (entry && entry->article.id == id)
            entries.append(*entry);
        else
            qCWarning(lcJournal) << "Skipped an unreadable kept copy" << dir.filePath(name);
    }
    return entries;
}

} // namespace newsroom
