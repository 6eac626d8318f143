#include "SqliteDatabase.h"

#include "SqliteErrors.h"

#include <QCoreApplication>
#include <QThread>
#include <sqlite3.h>

namespace newsroom {

namespace {
// How often BEGIN IMMEDIATE is tried again after the busy timeout ran out.
constexpr int kBeginAttempts = 4;
} // namespace

SqliteDatabase::~SqliteDatabase()
{
    for (sqlite3_stmt *statement : std::as_const(m_statements))
        sqlite3_finalize(statement);
    sqlite3_close_v2(m_db);
}

StoreResult<std::unique_ptr<SqliteDatabase>> SqliteDatabase::open(const QString &path, bool create,
                                                                  int extraFlags)
{
    sqlite3 *db = nullptr;
    // SQLITE_OPEN_READONLY among the extra flags replaces the default READWRITE.
    const int access = (extraFlags & SQLITE_OPEN_READONLY) ? 0 : SQLITE_OPEN_READWRITE;
    const int flags = access | (create ? SQLITE_OPEN_CREATE : 0) | SQLITE_OPEN_NOMUTEX |
                      SQLITE_OPEN_EXRESCODE | extraFlags;
    const int rc = sqlite3_open_v2(path.toUtf8().constData(), &db, flags, nullptr);
    if (rc != SQLITE_OK) {
        StoreError error = sqliteError(db);
        sqlite3_close_v2(db);
        error.message =
            QCoreApplication::translate("Archive", "Cannot open %1: %2").arg(path, error.message);
        return std::unexpected(error);
    }
    return std::unique_ptr<SqliteDatabase>(new SqliteDatabase(db));
}

SqliteStatement SqliteDatabase::prepare(const QByteArray &sql)
{
    sqlite3_stmt *statement = m_statements.value(sql);
    if (!statement) {
        if (sqlite3_prepare_v3(m_db, sql.constData(), int(sql.size()), SQLITE_PREPARE_PERSISTENT,
                               &statement, nullptr) != SQLITE_OK) {
            sqlite3_finalize(statement);
            return SqliteStatement(m_db, nullptr);
        }
        m_statements.insert(sql, statement);
    }
    return SqliteStatement(m_db, statement);
}

StoreStatus SqliteDatabase::exec(const char *sql)
{
    if (sqlite3_exec(m_db, sql, nullptr, nullptr, nullptr) != SQLITE_OK)
        return std::unexpected(lastError());
    return {};
}

StoreResult<qint64> SqliteDatabase::queryInt(const char *sql)
{
    SqliteStatement statement = prepare(sql);
    if (statement.next())
        return statement.int64(0);
    if (statement.failed())
        return std::unexpected(statement.error());
    return 0;
}

StoreError SqliteDatabase::lastError() const
{
    return sqliteError(m_db);
}

qint64 SqliteDatabase::lastInsertId() const
{
    return sqlite3_last_insert_rowid(m_db);
}

int SqliteDatabase::changes() const
{
    return sqlite3_changes(m_db);
}

SqliteTransaction::~SqliteTransaction()
{
    if (m_open)
        m_db.exec("ROLLBACK");
}

StoreStatus SqliteTransaction::begin()
{
    StoreStatus status;
    for (int attempt = 0; attempt < kBeginAttempts; ++attempt) {
        status = m_db.exec("BEGIN IMMEDIATE");
        if (status || status.error().code != StoreError::Code::Busy)
            break;
        QThread::msleep(50 * (attempt + 1)); // the busy timeout already waited; back off a bit more
    }
    m_open = bool(status);
    return status;
}

StoreStatus SqliteTransaction::commit()
{
    StoreStatus status = m_db.exec("COMMIT");
    if (status)
        m_open = false;
    return status;
}

} // namespace newsroom
