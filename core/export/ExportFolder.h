#pragma once

#include "store/StoreError.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QMutex>
#include <QString>
#include <QStringList>
#include <functional>

namespace newsroom {

// The folder an export writes into, and the one place that touches what is inside it.
// The folder is opened once: its own path may pass through links (the person chose it).
// Everything inside is reached from that descriptor one name at a time (openat with
// O_NOFOLLOW), so a link planted there, to a file or a folder, is never followed, whatever
// its name. Every name is checked by safefilename. A file is written whole before it shows
// under its name: a new one is written unnamed (O_TMPFILE), synced (unless syncs are
// deferred, below) and linked in; one already there is replaced by renaming a temporary
// file of ours (random name) over it;
// a link, a folder or anything but a plain file where a file goes is refused, never
// written through and never removed. Safe to call from several threads at once.
class ExportFolder
{
    Q_DECLARE_TR_FUNCTIONS(ExportFolder)
public:
    ExportFolder() = default;
    ~ExportFolder();
    ExportFolder(const ExportFolder &) = delete;
    ExportFolder &operator=(const ExportFolder &) = delete;

    // Creates the folder (and its parents) when missing, then opens it.
    StoreStatus open(const QString &path);
    QString path() const { return m_path; }
    // `relativePath` inside the folder, for messages and for the archive check.
    QString filePath(const QString &relativePath) const;
    // Files that are never replaced or removed, asked by path: the archive and its -wal/-shm.
    void setProtected(std::function<bool(const QString &path)> isProtected);

    StoreStatus makeSubfolder(const QString &relativePath);
    StoreStatus writeFileAtomically(const QString &relativePath, const QByteArray &bytes);
    // For an export of thousands of files: each is still written whole and renamed into
    // place, but not synced; syncAll() then makes them all durable at once. Whoever defers
    // must be able to tell, after a crash, that files may not hold what they were given
    // (SiteWriter's marker).
    void setSyncDeferred(bool deferred) { m_syncDeferred = deferred; }
    // Syncs the file systems of the folder and of every subfolder opened (syncfs).
    StoreStatus syncAll();
    // Holds the folder for this export alone until this object goes (flock on the folder):
    // a second export into it, from this program or another, is refused (Code::Busy)
    // rather than mixing its files and record with this one's. Where the file system has
    // no locks, nothing is held and the export goes on.
    StoreStatus lockForExport();
    // Whether a plain file that may be replaced is at `relativePath`: reached without links,
    // and not a protected file; `size`, when given, gets its size in bytes.
    bool isReplaceableFile(const QString &relativePath, qint64 *size = nullptr);
    // A plain file's content; refused when it is a link, not a plain file, or larger than
    // `maxBytes`. A missing file is Code::NotFound.
    StoreResult<QByteArray> readFile(const QString &relativePath, qint64 maxBytes);
    // Removes the plain file at `relativePath` only if it still holds what an export wrote
    // there: its SHA-1 (lowercase hex, as ExportManifest::hash gives) is `sha1Hex`. Nothing
    // else is ever removed: not a link, not a folder, not a protected file. True if removed.
    bool removeIfOurs(const QString &relativePath, const QByteArray &sha1Hex);
    // Removes the temporary files an interrupted export left in `relativeFolder` (not in
    // the folders below it): only our names, only plain files. Returns how many.
    int removeLeftovers(const QString &relativeFolder = QString());

    // Our temporary files: ".newsroom-", 13 base-36 digits, ".part".
    static bool isTemporaryName(const QString &name);
    // The line reporting an article left out because `fileName`, made from its slug, cannot
    // name a file, or is one of the exporter's own files (`reserved`, e.g. the front page);
    // empty when it can. Every exporter checks its articles with this.
    static QString whyArticleIsSkipped(qint64 id, const QString &fileName,
                                       const QStringList &reserved = {});

private:
    struct Location
    {
        int folder = -1; // a descriptor of the parent folder, owned by m_folders
        QByteArray name; // the last component, encoded for the file system
    };
    StoreResult<Location> locate(const QString &relativePath, bool createFolders);
    StoreResult<int> folder(const QString &relativeFolder, bool create);
    bool isProtected(const QString &relativePath) const;
    StoreStatus refusedName(const QString &relativePath, const QString &name,
                            const QString &problem) const;
    StoreStatus checkReplaceable(const Location &where, const QString &relativePath) const;
    StoreStatus fill(int fd, const QString &relativePath, const QByteArray &bytes) const;
    StoreStatus closed(int fd, const QString &relativePath) const;
    StoreResult<QByteArray>
    freeTemporaryName(const QString &relativePath,
                      const std::function<int(const QByteArray &)> &make) const;
    StoreResult<QByteArray> nameTemporary(int folder, int unnamed,
                                          const QString &relativePath) const;
    StoreResult<QByteArray> writeTemporary(int folder, const QString &relativePath,
                                           const QByteArray &bytes) const;
    StoreStatus refusedFolder(const QString &relativePath) const;
    StoreStatus ioFailure(const QString &relativePath, int error) const;
    QString shown(const QString &relativePath) const;

    QString m_path;
    int m_fd = -1;
    std::function<bool(const QString &)> m_isProtected;
    bool m_syncDeferred = false;
    QMutex m_mutex;                // guards m_folders
    QHash<QString, int> m_folders; // relative path -> descriptor, each opened without links
};

} // namespace newsroom
