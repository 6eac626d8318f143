#pragma once

#include "SqliteDatabase.h"
#include "StoreError.h"

#include <QCoreApplication>
#include <memory>

namespace newsroom {

// Opens an archive file safely: a path that does not exist becomes a new archive; a
// file that is not a Newsroom archive (another program's database, a damaged or
// truncated file, text, an archive from a newer Newsroom) is refused before anything
// is written to it, so it stays byte-for-byte as it was.
// Only SQLite ever opens the file: the process may already hold connections to it, and
// closing any other descriptor of the file would drop every POSIX lock the process holds
// on it, letting another process delete the write-ahead log under a live connection.
class ArchiveFile
{
    Q_DECLARE_TR_FUNCTIONS(ArchiveFile)
public:
    enum class Creation
    {
        Allowed,  // a path that does not exist becomes a new archive
        MustExist // a worker's connection: the file the window opened, or nothing
    };
    enum class DamageCheck
    {
        OnOpen, // a small archive with damaged pages is refused (see checkForDamage)
        None,   // for newsroom-cli check-archive, which reports the damage itself
    };
    enum class Access
    {
        AsAllowed, // read-write, or read-only where the file, folder or disk is read-only
        ReadOnly,  // never written (a damaged archive kept for reading and exporting)
    };

    // A damaged archive fails with StoreError::Code::Corrupt;
    // anything that is not an archive at all with Code::NotAnArchive.
    static StoreResult<std::unique_ptr<SqliteDatabase>>
    open(const QString &path, Creation creation = Creation::Allowed,
         DamageCheck check = DamageCheck::OnOpen, Access access = Access::AsAllowed);

    // The archive the desktop app and the command-line tool use when given no --db:
    // <GenericDataLocation>/newsroom/archive.newsroom (~/.local/share/newsroom/...).
    static QString defaultPath();

    // True when `candidate` names the archive at archivePath or its -wal, -shm or -journal
    // file: the same path, or (existing) the same file through a link. Only stat()s.
    static bool isPartOf(const QString &candidate, const QString &archivePath);

private:
    static StoreResult<std::unique_ptr<SqliteDatabase>>
    openOnce(const QString &path, Creation creation, DamageCheck check, Access access);
};

} // namespace newsroom
