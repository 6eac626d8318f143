#pragma once

#include "StoreError.h"

#include <QByteArray>
#include <QString>

struct sqlite3;
struct sqlite3_stmt;

namespace newsroom {

// A prepared statement borrowed from SqliteDatabase's cache. It is reset and its
// bindings cleared when this handle goes away, so the next borrower starts clean.
class SqliteStatement
{
public:
    SqliteStatement(sqlite3 *db, sqlite3_stmt *statement)
        : m_db(db), m_statement(statement), m_failed(statement == nullptr)
    {}
    ~SqliteStatement();
    SqliteStatement(SqliteStatement &&other) noexcept;
    SqliteStatement(const SqliteStatement &) = delete;
    SqliteStatement &operator=(const SqliteStatement &) = delete;
    SqliteStatement &operator=(SqliteStatement &&) = delete;

    bool isValid() const { return m_statement != nullptr; }

    // Parameters are numbered from 1, as in SQLite.
    SqliteStatement &bind(int index, qint64 value);
    SqliteStatement &bind(int index, int value) { return bind(index, qint64(value)); }
    SqliteStatement &bind(int index, double value);
    SqliteStatement &bind(int index, const QString &value);
    SqliteStatement &bindBlob(int index, const QByteArray &value);
    SqliteStatement &bindNull(int index);
    SqliteStatement &bindOptional(int index, const QString &value); // empty -> NULL

    // Steps once: true while a row is available. After false, failed() tells whether
    // the statement finished or broke; error() describes the failure.
    bool next();
    // Steps once: whether the query has a row, or why it could not tell.
    StoreResult<bool> hasRow();
    // Rewinds to run again with new bindings.
    void reset();
    // Runs a statement that returns no rows.
    StoreStatus run();
    bool failed() const { return m_failed; }
    StoreError error() const;

    qint64 int64(int column) const;
    double real(int column) const;
    QString text(int column) const;
    QByteArray blob(int column) const;

private:
    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_statement = nullptr;
    bool m_failed = false;
};

} // namespace newsroom
