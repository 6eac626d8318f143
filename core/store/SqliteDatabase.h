#pragma once

#include "SqliteStatement.h"
#include "StoreError.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <memory>

struct sqlite3;
struct sqlite3_stmt;

namespace newsroom {

// One SQLite connection with a cache of prepared statements. Not thread-safe: use one
// connection per thread, as SQLite intends.
class SqliteDatabase
{
    Q_DECLARE_TR_FUNCTIONS(SqliteDatabase)
public:
    ~SqliteDatabase();
    SqliteDatabase(const SqliteDatabase &) = delete;
    SqliteDatabase &operator=(const SqliteDatabase &) = delete;

    // Opens (and with `create`, creates) the file; sets nothing else up. `extraFlags` are
    // more SQLITE_OPEN_* flags (SQLITE_OPEN_NOFOLLOW, say).
    static StoreResult<std::unique_ptr<SqliteDatabase>> open(const QString &path, bool create,
                                                             int extraFlags = 0);

    sqlite3 *handle() const { return m_db; }
    // Prepared once per distinct SQL text, then reused from the cache.
    SqliteStatement prepare(const QByteArray &sql);
    SqliteStatement prepare(const char *sql) { return prepare(QByteArray(sql)); }
    // Runs SQL text that may hold several statements and returns no rows.
    StoreStatus exec(const char *sql);
    StoreResult<qint64> queryInt(const char *sql);
    StoreError lastError() const;
    qint64 lastInsertId() const;
    int changes() const;

private:
    explicit SqliteDatabase(sqlite3 *db) : m_db(db) {}

    sqlite3 *m_db = nullptr;
    QHash<QByteArray, sqlite3_stmt *> m_statements;
};

// BEGIN IMMEDIATE ... COMMIT, rolled back unless commit() succeeded. IMMEDIATE takes the
// write lock up front, so two writers queue on the busy timeout instead of deadlocking.
class SqliteTransaction
{
public:
    explicit SqliteTransaction(SqliteDatabase &db) : m_db(db) {}
    ~SqliteTransaction();
    SqliteTransaction(const SqliteTransaction &) = delete;
    SqliteTransaction &operator=(const SqliteTransaction &) = delete;

    StoreStatus begin();
    StoreStatus commit();

private:
    SqliteDatabase &m_db;
    bool m_open = false;
};

} // namespace newsroom
