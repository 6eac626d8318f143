#include "SqliteDatabase.h"

#include "SqliteErrors.h"

#include <QCoreApplication>
#include <QThread>
#include <sqlite3.h>

namespace newsroom {

namespace {
// How often BEGIN IMMEDIATE is tried again after the busy timeout ran out.
constexpr int kBeginAttempts = 4;

// SQLite's own memory, all connections together: past the soft limit it gives back cache,
// past the hard limit a statement fails with "out of memory" instead of the process dying.
constexpr sqlite3_int64 kSoftHeapLimit = 256LL * 1024 * 1024;
constexpr sqlite3_int64 kHardHeapLimit = 1024LL * 1024 * 1024;

// What any one value, statement or table may be in an archive: far above what Newsroom
// writes (a 16 MB article body is already absurd), far below what exhausts the machine.
constexpr struct
{
    int id;
    int value;
} kLimits[] = {
    {SQLITE_LIMIT_LENGTH, 256 * 1024 * 1024}, // one text or blob
    {SQLITE_LIMIT_SQL_LENGTH, 1024 * 1024},   // one statement, the schema's included
    {SQLITE_LIMIT_COLUMN, 100},
    {SQLITE_LIMIT_EXPR_DEPTH, 200},
    {SQLITE_LIMIT_COMPOUND_SELECT, 20},
    {SQLITE_LIMIT_TRIGGER_DEPTH, 1},
    {SQLITE_LIMIT_FUNCTION_ARG, 32},
};

// Every archive is a file from outside, so every connection treats its schema as data:
// nothing in it may run (no triggers, no functions with side effects called from views,
// no extensions), nor rewrite the schema or FTS5's internals behind SQLite's back.
void harden(sqlite3 *db)
{
    static const bool heapLimited = [] {
        sqlite3_soft_heap_limit64(kSoftHeapLimit);
        sqlite3_hard_heap_limit64(kHardHeapLimit);
        return true;
    }();
    Q_UNUSED(heapLimited);
    sqlite3_db_config(db, SQLITE_DBCONFIG_DEFENSIVE, 1, nullptr);
    sqlite3_db_config(db, SQLITE_DBCONFIG_TRUSTED_SCHEMA, 0, nullptr);
    sqlite3_db_config(db, SQLITE_DBCONFIG_ENABLE_LOAD_EXTENSION, 0, nullptr);
    sqlite3_db_config(db, SQLITE_DBCONFIG_ENABLE_TRIGGER, 0, nullptr); // our schema has none
    for (const auto &limit : kLimits)
        sqlite3_limit(db, limit.id, limit.value);
}
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
        error.message = tr("Cannot open %1: %2").arg(path, error.message);
        return std::unexpected(error);
    }
    harden(db);
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
