#include "ExportFolder.h"

#include "ExportManifest.h"
#include "io/FileDescriptor.h"
#include "model/SafeFileName.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QSet>
#include <algorithm>
#include <cerrno>
#include <climits>
#include <cstring>
#include <dirent.h>
#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

namespace newsroom {

namespace {

QString systemError(int error)
{
    return QString::fromLocal8Bit(std::strerror(error));
}

const QString kTemporaryPrefix = QStringLiteral(".newsroom-");
const QString kTemporarySuffix = QStringLiteral(".part");
constexpr int kTemporaryDigits = 13; // 2^64 in base 36

constexpr int kOpenFolder = O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC;
// O_NONBLOCK: a FIFO planted under a file's name must not hang the export.
constexpr int kOpenToRead = O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC;

// The hidden names we write are our record and its marker; every other name follows
// safefilename.
QString nameProblem(const QString &name)
{
    if (name == ExportManifest::kFileName || name == ExportManifest::kUnfinishedFileName)
        return {};
    return safefilename::problem(name);
}

// Gives the unnamed file `unnamed` the name `name` in `folder`, never replacing anything:
// 0, or errno (EEXIST: the name is taken; ENOENT: no /proc to link from).
int linkUnnamed(int unnamed, int folder, const char *name)
{
    const QByteArray self = "/proc/self/fd/" + QByteArray::number(unnamed);
    return ::linkat(AT_FDCWD, self.constData(), folder, name, AT_SYMLINK_FOLLOW) == 0 ? 0 : errno;
}

} // namespace

ExportFolder::~ExportFolder()
{
    for (int fd : std::as_const(m_folders))
        ::close(fd);
    if (m_fd >= 0)
        ::close(m_fd);
}

StoreStatus ExportFolder::open(const QString &path)
{
    if (path.isEmpty())
        return storeFailure(StoreError::Code::Invalid, tr("No export folder was given."));
    if (!QDir().mkpath(path))
        return storeFailure(StoreError::Code::Io, tr("Cannot create the folder %1.").arg(path));
    // The chosen folder may be reached through links: that is the person's choice.
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0) {
        const int error = errno;
        return storeFailure(StoreError::Code::Io,
                            tr("Cannot open the folder %1: %2.").arg(path, systemError(error)));
    }
    if (m_fd >= 0)
        ::close(m_fd);
    m_fd = fd;
    m_path = path;
    return {};
}

QString ExportFolder::filePath(const QString &relativePath) const
{
    return relativePath.isEmpty() ? m_path : QDir(m_path).filePath(relativePath);
}

QString ExportFolder::shown(const QString &relativePath) const
{
    return QDir::toNativeSeparators(m_path) + QDir::separator() +
           safefilename::forDisplay(relativePath);
}

void ExportFolder::setProtected(std::function<bool(const QString &)> isProtected)
{
    m_isProtected = std::move(isProtected);
}

bool ExportFolder::isProtected(const QString &relativePath) const
{
    return m_isProtected && m_isProtected(filePath(relativePath));
}

StoreResult<int> ExportFolder::folder(const QString &relativeFolder, bool create)
{
    if (m_fd < 0)
        return storeFailure(StoreError::Code::Invalid, tr("The export folder is not open."));
    if (relativeFolder.isEmpty())
        return m_fd;
    const QMutexLocker lock(&m_mutex);
    if (const auto known = m_folders.constFind(relativeFolder); known != m_folders.constEnd())
        return *known;
    // Every name is checked before any folder is made: "sections/../x" makes nothing.
    const QStringList parts = relativeFolder.split(QLatin1Char('/'));
    for (const QString &part : parts) {
        if (const QString problem = safefilename::problem(part); !problem.isEmpty())
            return std::unexpected(refusedName(relativeFolder, part, problem).error());
    }
    int parent = m_fd;
    QString walked;
    for (const QString &part : parts) {
        walked = walked.isEmpty() ? part : walked + QLatin1Char('/') + part;
        if (const auto known = m_folders.constFind(walked); known != m_folders.constEnd()) {
            parent = *known;
            continue;
        }
        const QByteArray name = QFile::encodeName(part);
        int fd = ::openat(parent, name.constData(), kOpenFolder);
        if (fd < 0 && errno == ENOENT && create) {
            if (::mkdirat(parent, name.constData(), 0755) != 0 && errno != EEXIST) {
                const int error = errno;
                return storeFailure(
                    StoreError::Code::Io,
                    tr("Cannot create the folder %1: %2.").arg(shown(walked), systemError(error)));
            }
            fd = ::openat(parent, name.constData(), kOpenFolder);
        }
        if (fd < 0) {
            const int error = errno;
            struct stat info;
            if (error == ENOENT)
                return storeFailure(StoreError::Code::NotFound,
                                    tr("There is no folder %1.").arg(shown(walked)));
            if (::fstatat(parent, name.constData(), &info, AT_SYMLINK_NOFOLLOW) == 0 &&
                S_ISLNK(info.st_mode)) {
                return storeFailure(
                    StoreError::Code::Invalid,
                    tr("Refused to use %1: it is a symbolic link, and export never follows "
                       "links inside its folder. Remove the link, or export into another "
                       "folder.")
                        .arg(shown(walked)));
            }
            if (error == ENOTDIR) {
                return storeFailure(
                    StoreError::Code::Invalid,
                    tr("Refused to use %1 as a folder: it is not one. Remove or rename it, or "
                       "export into another folder.")
                        .arg(shown(walked)));
            }
            return storeFailure(
                StoreError::Code::Io,
                tr("Cannot open the folder %1: %2.").arg(shown(walked), systemError(error)));
        }
        m_folders.insert(walked, fd);
        parent = fd;
    }
    return parent;
}

StoreStatus ExportFolder::refusedName(const QString &relativePath, const QString &name,
                                      const QString &problem) const
{
    return storeFailure(StoreError::Code::Invalid,
                        tr("Refused to use %1: \"%2\" cannot be a name inside the export folder: "
                           "%3.")
                            .arg(shown(relativePath), safefilename::forDisplay(name), problem));
}

StoreResult<ExportFolder::Location> ExportFolder::locate(const QString &relativePath,
                                                         bool createFolders)
{
    const qsizetype slash = relativePath.lastIndexOf(QLatin1Char('/'));
    const QString name = relativePath.mid(slash + 1);
    if (const QString problem = nameProblem(name); !problem.isEmpty())
        return std::unexpected(refusedName(relativePath, name, problem).error());
    const auto parent = folder(slash < 0 ? QString() : relativePath.left(slash), createFolders);
    if (!parent)
        return std::unexpected(parent.error());
    return Location{*parent, QFile::encodeName(name)};
}

StoreStatus ExportFolder::makeSubfolder(const QString &relativePath)
{
    if (relativePath.isEmpty())
        return refusedName(relativePath, relativePath, safefilename::problem(relativePath));
    const auto made = folder(relativePath, true);
    if (!made)
        return std::unexpected(made.error());
    return {};
}

StoreStatus ExportFolder::writeFileAtomically(const QString &relativePath, const QByteArray &bytes)
{
    const auto where = locate(relativePath, true);
    if (!where)
        return std::unexpected(where.error());
    // The bytes go into a file without a name first, which is then linked under its name:
    // a link never replaces what is there, so a new file costs no temporary name, and no
    // check of what is there (nothing is).
    FileDescriptor unnamed(::openat(where->folder, ".", O_TMPFILE | O_WRONLY | O_CLOEXEC, 0644));
    if (unnamed.isValid()) {
        if (auto filled = fill(unnamed.get(), relativePath, bytes); !filled)
            return filled;
        const int linked = linkUnnamed(unnamed.get(), where->folder, where->name.constData());
        if (linked == 0)
            return closed(unnamed.release(), relativePath);
        if (linked != EEXIST) // no /proc to link from, say: the named way below
            ::close(unnamed.release());
    }
    // The name is taken (or the file system makes no unnamed files): what is there is
    // replaced by renaming a temporary file of ours over it, once it is known to be a
    // plain file that may be replaced.
    if (auto replaceable = checkReplaceable(*where, relativePath); !replaceable)
        return replaceable;
    const auto temporary = unnamed.isValid()
                               ? nameTemporary(where->folder, unnamed.get(), relativePath)
                               : writeTemporary(where->folder, relativePath, bytes);
    if (!temporary)
        return std::unexpected(temporary.error());
    if (unnamed.isValid()) {
        if (auto done = closed(unnamed.release(), relativePath); !done) {
            ::unlinkat(where->folder, temporary->constData(), 0);
            return done;
        }
    }
    if (::renameat(where->folder, temporary->constData(), where->folder, where->name.constData()) !=
        0) {
        const int error = errno;
        ::unlinkat(where->folder, temporary->constData(), 0);
        if (error == EISDIR)
            return refusedFolder(relativePath);
        return ioFailure(relativePath, error);
    }
    return {};
}

StoreStatus ExportFolder::fill(int fd, const QString &relativePath, const QByteArray &bytes) const
{
    if (!writeAll(fd, bytes) || (!m_syncDeferred && ::fsync(fd) != 0))
        return ioFailure(relativePath, errno);
    return {};
}

StoreStatus ExportFolder::closed(int fd, const QString &relativePath) const
{
    if (::close(fd) != 0)
        return ioFailure(relativePath, errno);
    return {};
}

// What is there now is looked at, never followed: only a plain file may be replaced.
// (Were a link put there after this look, the rename would replace the link itself.)
StoreStatus ExportFolder::checkReplaceable(const Location &where, const QString &relativePath) const
{
    if (isProtected(relativePath)) {
        return storeFailure(
            StoreError::Code::Invalid,
            tr("Refused to write %1: it is the archive itself; export into another folder.")
                .arg(shown(relativePath)));
    }
    struct stat info;
    if (::fstatat(where.folder, where.name.constData(), &info, AT_SYMLINK_NOFOLLOW) != 0) {
        const int error = errno;
        return error == ENOENT ? StoreStatus() : ioFailure(relativePath, error);
    }
    if (S_ISLNK(info.st_mode)) {
        return storeFailure(StoreError::Code::Invalid,
                            tr("Refused to replace %1: it is a symbolic link, and export never "
                               "writes through links nor removes them. Remove the link, or "
                               "export into another folder.")
                                .arg(shown(relativePath)));
    }
    if (S_ISDIR(info.st_mode))
        return refusedFolder(relativePath);
    if (!S_ISREG(info.st_mode)) {
        return storeFailure(StoreError::Code::Invalid,
                            tr("Refused to replace %1: it is not a plain file. Remove it, or "
                               "export into another folder.")
                                .arg(shown(relativePath)));
    }
    return {};
}

// Tries random names until one is free: `make(name)` returns 0, or errno (EEXIST: taken).
StoreResult<QByteArray>
ExportFolder::freeTemporaryName(const QString &relativePath,
                                const std::function<int(const QByteArray &)> &make) const
{
    int error = EEXIST;
    for (int attempt = 0; attempt < 16 && error == EEXIST; ++attempt) {
        const quint64 random = QRandomGenerator::global()->generate64();
        const QByteArray name = QFile::encodeName(
            kTemporaryPrefix +
            QString::number(random, 36).rightJustified(kTemporaryDigits, QLatin1Char('0')) +
            kTemporarySuffix);
        error = make(name);
        if (error == 0)
            return name;
    }
    return std::unexpected(ioFailure(relativePath, error).error());
}

StoreResult<QByteArray> ExportFolder::nameTemporary(int folder, int unnamed,
                                                    const QString &relativePath) const
{
    return freeTemporaryName(relativePath, [&](const QByteArray &name) {
        return linkUnnamed(unnamed, folder, name.constData());
    });
}

StoreResult<QByteArray> ExportFolder::writeTemporary(int folder, const QString &relativePath,
                                                     const QByteArray &bytes) const
{
    int fd = -1;
    auto name = freeTemporaryName(relativePath, [&](const QByteArray &candidate) {
        fd = ::openat(folder, candidate.constData(),
                      O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0644);
        return fd < 0 ? errno : 0;
    });
    if (!name)
        return name;
    auto done = fill(fd, relativePath, bytes);
    if (done)
        done = closed(fd, relativePath);
    else
        ::close(fd);
    if (!done) {
        ::unlinkat(folder, name->constData(), 0);
        return std::unexpected(done.error());
    }
    return name;
}

StoreStatus ExportFolder::refusedFolder(const QString &relativePath) const
{
    return storeFailure(StoreError::Code::Invalid,
                        tr("Refused to replace %1: it is a folder. Remove or rename it, or "
                           "export into another folder.")
                            .arg(shown(relativePath)));
}

StoreStatus ExportFolder::ioFailure(const QString &relativePath, int error) const
{
    return storeFailure(StoreError::Code::Io,
                        tr("Cannot write %1: %2.").arg(shown(relativePath), systemError(error)));
}

StoreStatus ExportFolder::syncAll()
{
    QList<int> folders{m_fd};
    {
        const QMutexLocker lock(&m_mutex);
        folders += m_folders.values();
    }
    QSet<dev_t> synced;
    for (int fd : std::as_const(folders)) {
        struct stat info;
        if (fd < 0 || ::fstat(fd, &info) != 0 || synced.contains(info.st_dev))
            continue;
        synced.insert(info.st_dev);
        if (::syncfs(fd) != 0) {
            const int error = errno;
            return storeFailure(StoreError::Code::Io,
                                tr("Cannot make the files in %1 safe on disk: %2.")
                                    .arg(QDir::toNativeSeparators(m_path), systemError(error)));
        }
    }
    return {};
}

StoreStatus ExportFolder::lockForExport()
{
    if (m_fd < 0)
        return storeFailure(StoreError::Code::Invalid, tr("The export folder is not open."));
    if (::flock(m_fd, LOCK_EX | LOCK_NB) == 0)
        return {};
    if (errno != EWOULDBLOCK) // a file system without locks (some network shares): go on
        return {};
    return storeFailure(StoreError::Code::Busy,
                        tr("Another export into %1 is under way, from this or another program. "
                           "Try again when it has finished.")
                            .arg(QDir::toNativeSeparators(m_path)));
}

bool ExportFolder::isReplaceableFile(const QString &relativePath, qint64 *size)
{
    const auto where = locate(relativePath, false);
    struct stat info;
    const bool replaceable =
        where && !isProtected(relativePath) &&
        ::fstatat(where->folder, where->name.constData(), &info, AT_SYMLINK_NOFOLLOW) == 0 &&
        S_ISREG(info.st_mode);
    if (size)
        *size = replaceable ? qint64(info.st_size) : -1;
    return replaceable;
}

StoreResult<QByteArray> ExportFolder::readFile(const QString &relativePath, qint64 maxBytes)
{
    const auto where = locate(relativePath, false);
    if (!where)
        return std::unexpected(where.error());
    const FileDescriptor file(::openat(where->folder, where->name.constData(), kOpenToRead));
    if (file.get() < 0) {
        const int error = errno;
        if (error == ENOENT)
            return storeFailure(StoreError::Code::NotFound,
                                tr("There is no file %1.").arg(shown(relativePath)));
        if (error == ELOOP)
            return storeFailure(
                StoreError::Code::Invalid,
                tr("Refused to read %1: it is a symbolic link.").arg(shown(relativePath)));
        return storeFailure(StoreError::Code::Io,
                            tr("Cannot read %1: %2.").arg(shown(relativePath), systemError(error)));
    }
    struct stat info;
    if (::fstat(file.get(), &info) != 0 || !S_ISREG(info.st_mode))
        return storeFailure(
            StoreError::Code::Invalid,
            tr("Refused to read %1: it is not a plain file.").arg(shown(relativePath)));
    if (info.st_size > maxBytes)
        return storeFailure(StoreError::Code::Invalid,
                            tr("Refused to read %1: it is larger than %n byte(s).", nullptr,
                               int(std::min(maxBytes, qint64(INT_MAX))))
                                .arg(shown(relativePath)));
    QByteArray bytes;
    char buffer[65536];
    for (;;) {
        const ssize_t n = ::read(file.get(), buffer, sizeof buffer);
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0) {
            const int error = errno;
            return storeFailure(
                StoreError::Code::Io,
                tr("Cannot read %1: %2.").arg(shown(relativePath), systemError(error)));
        }
        if (n == 0)
            break;
        if (bytes.size() + n > maxBytes) // it grew while being read
            return storeFailure(StoreError::Code::Invalid,
                                tr("Refused to read %1: it is larger than %n byte(s).", nullptr,
                                   int(std::min(maxBytes, qint64(INT_MAX))))
                                    .arg(shown(relativePath)));
        bytes.append(buffer, n);
    }
    return bytes;
}

bool ExportFolder::removeIfOurs(const QString &relativePath, const QByteArray &sha1Hex)
{
    if (sha1Hex.size() != 40) // an old record, or a forged one: it proves nothing
        return false;
    const auto where = locate(relativePath, false);
    if (!where || isProtected(relativePath))
        return false;
    const FileDescriptor file(::openat(where->folder, where->name.constData(), kOpenToRead));
    struct stat info;
    if (file.get() < 0 || ::fstat(file.get(), &info) != 0 || !S_ISREG(info.st_mode))
        return false;
    QCryptographicHash hash(QCryptographicHash::Sha1);
    char buffer[65536];
    for (;;) {
        const ssize_t n = ::read(file.get(), buffer, sizeof buffer);
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0)
            return false;
        if (n == 0)
            break;
        hash.addData(QByteArrayView(buffer, n));
    }
    if (hash.result().toHex() != sha1Hex)
        return false;
    // Still the very file that was read, not one put in its place since.
    struct stat now;
    if (::fstatat(where->folder, where->name.constData(), &now, AT_SYMLINK_NOFOLLOW) != 0 ||
        now.st_dev != info.st_dev || now.st_ino != info.st_ino)
        return false;
    return ::unlinkat(where->folder, where->name.constData(), 0) == 0;
}

int ExportFolder::removeLeftovers(const QString &relativeFolder)
{
    const auto parent = folder(relativeFolder, false);
    if (!parent)
        return 0;
    // A descriptor of its own: the listing must not move the shared one's position.
    const int listing = ::openat(*parent, ".", O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (listing < 0)
        return 0;
    DIR *dir = ::fdopendir(listing);
    if (!dir) {
        ::close(listing);
        return 0;
    }
    QList<QByteArray> ours;
    while (const dirent *entry = ::readdir(dir)) {
        if (isTemporaryName(QFile::decodeName(entry->d_name)))
            ours.append(QByteArray(entry->d_name));
    }
    ::closedir(dir);
    int removed = 0;
    for (const QByteArray &name : std::as_const(ours)) {
        const QString relative = relativeFolder.isEmpty()
                                     ? QFile::decodeName(name)
                                     : relativeFolder + QLatin1Char('/') + QFile::decodeName(name);
        struct stat info;
        if (::fstatat(*parent, name.constData(), &info, AT_SYMLINK_NOFOLLOW) == 0 &&
            S_ISREG(info.st_mode) && !isProtected(relative) &&
            ::unlinkat(*parent, name.constData(), 0) == 0)
            ++removed;
    }
    return removed;
}

bool ExportFolder::isTemporaryName(const QString &name)
{
    if (name.size() != kTemporaryPrefix.size() + kTemporaryDigits + kTemporarySuffix.size() ||
        !name.startsWith(kTemporaryPrefix) || !name.endsWith(kTemporarySuffix))
        return false;
    for (QChar c : QStringView(name).mid(kTemporaryPrefix.size(), kTemporaryDigits)) {
        if (!((c >= QLatin1Char('0') && c <= QLatin1Char('9')) ||
              (c >= QLatin1Char('a') && c <= QLatin1Char('z'))))
            return false;
    }
    return true;
}

QString ExportFolder::whyArticleIsSkipped(qint64 id, const QString &fileName,
                                          const QStringList &reserved)
{
    const QString problem = reserved.contains(fileName, Qt::CaseInsensitive)
                                ? tr("the export writes a page of its own there")
                                : safefilename::problem(fileName);
    if (problem.isEmpty())
        return {};
    return tr("Skipped article #%1: the file name made from its slug, \"%2\", cannot be used: "
              "%3.")
        .arg(id)
        .arg(safefilename::forDisplay(fileName), problem);
}

} // namespace newsroom
