#include "SqliteErrors.h"

#include <QCoreApplication>
#include <sqlite3.h>

namespace newsroom {

namespace {
// The context of this file's messages, at run time and in the catalogue.
struct SqliteErrors
{
    Q_DECLARE_TR_FUNCTIONS(SqliteErrors)
};
} // namespace

StoreError::Code codeForSqliteResult(int resultCode)
{
    switch (resultCode & 0xff) {
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return StoreError::Code::Busy;
    case SQLITE_CORRUPT:
        return StoreError::Code::Corrupt;
    case SQLITE_NOTADB:
        return StoreError::Code::NotAnArchive;
    case SQLITE_CONSTRAINT:
    case SQLITE_MISMATCH:
    case SQLITE_TOOBIG:
        return StoreError::Code::Invalid;
    default:
        return StoreError::Code::Io;
    }
}

StoreError sqliteError(sqlite3 *db)
{
    const int rc = db ? sqlite3_extended_errcode(db) : SQLITE_NOMEM;
    const QString detail =
        db ? QString::fromUtf8(sqlite3_errmsg(db)) : QStringLiteral("out of memory");
    const StoreError::Code code = codeForSqliteResult(rc);
    QString advice;
    switch (rc & 0xff) {
    case SQLITE_FULL:
        advice =
            SqliteErrors::tr("The disk holding the archive is full: free some space and saving "
                             "resumes by itself.");
        break;
    case SQLITE_READONLY:
        advice = SqliteErrors::tr(
            "The archive cannot be written: the file or its folder is read-only, or "
            "the disk is mounted read-only. Fix the permissions, or copy the archive "
            "somewhere writable.");
        break;
    case SQLITE_NOMEM:
        advice = SqliteErrors::tr(
            "SQLite reached the memory Newsroom allows it (1 GiB): the archive holds "
            "something far larger than an article, or the query asked too much. "
            "Nothing was changed.");
        break;
    case SQLITE_CANTOPEN:
        advice =
            SqliteErrors::tr("The archive's folder or its files beside it cannot be opened: check "
                             "that the folder still exists and is writable.");
        break;
    default:
        switch (code) {
        case StoreError::Code::Busy:
            advice =
                SqliteErrors::tr("Another program has kept the archive locked for more than five "
                                 "seconds; saving resumes once it lets go.");
            break;
        case StoreError::Code::Corrupt:
            advice = SqliteErrors::tr("The archive file is damaged; restore it from a backup.");
            break;
        case StoreError::Code::Io:
            advice = SqliteErrors::tr("Check that the disk is not full and the file is writable.");
            break;
        default:
            break;
        }
    }
    const QString message = SqliteErrors::tr("Archive error: %1.").arg(detail);
    return {code, advice.isEmpty() ? message : message + QLatin1Char(' ') + advice};
}

} // namespace newsroom
