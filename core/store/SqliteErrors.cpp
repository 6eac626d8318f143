#include "SqliteErrors.h"

#include <QCoreApplication>
#include <sqlite3.h>

namespace newsroom {

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
    switch (code) {
    case StoreError::Code::Busy:
        advice = QCoreApplication::translate("Archive",
                                             "Another program kept the archive locked; try again.");
        break;
    case StoreError::Code::Corrupt:
        advice = QCoreApplication::translate(
            "Archive", "The archive file is damaged; restore it from a backup.");
        break;
    case StoreError::Code::Io:
        advice = QCoreApplication::translate(
            "Archive", "Check that the disk is not full and the file is writable.");
        break;
    default:
        break;
    }
    const QString message =
        QCoreApplication::translate("Archive", "Archive error: %1.").arg(detail);
    return {code, advice.isEmpty() ? message : message + QLatin1Char(' ') + advice};
}

} // namespace newsroom
