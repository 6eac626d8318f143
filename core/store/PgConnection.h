#pragma once

#include "PgParams.h"
#include "PgResult.h"
#include "StoreError.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <functional>
#include <memory>

struct pg_conn;

namespace newsroom {

// One connection to a PostgreSQL server through libpq, for one thread. Every statement
// sends its values out of line ($1, $2...), and is prepared once per distinct SQL text;
// a connection the server dropped is opened again before the next statement that is not
// inside a transaction. The address is a libpq connection string or URI, with libpq's
// conventions (PGHOST, PGUSER, ~/.pgpass, service files, PGSSLMODE...).
class PgConnection
{
    Q_DECLARE_TR_FUNCTIONS(PgConnection)
public:
    // How often a transaction is run again after a serialization failure, a deadlock or a
    // key taken at the same moment, before the failure is reported.
    static constexpr int kTransactionAttempts = 5;

    // libpq keywords and values that hold unless the address says otherwise.
    using Defaults = QList<std::pair<const char *, const char *>>;
    // `password`, when not empty, is handed to libpq apart from the address (a keyword of
    // its own), so that it is in no string anyone shows, logs or keeps; a password in the
    // address itself still wins. A server that wants a password and got none, or refused
    // the one given, answers StoreError::Code::SignIn.
    static StoreResult<std::unique_ptr<PgConnection>> open(const QString &address,
                                                           const QByteArray &password = {},
                                                           const Defaults &defaults = {});
    // The password this connection was opened with (empty: none), for another connection
    // to the same archive (the live-refresh listener); never shown, logged or kept.
    const QByteArray &password() const { return m_password; }
    ~PgConnection();
    PgConnection(const PgConnection &) = delete;
    PgConnection &operator=(const PgConnection &) = delete;

    // One statement, prepared on first use and reused after.
    StoreResult<PgResult> query(const QByteArray &sql, const PgParams &params = {});
    // One statement planned for these very values each time (a search, whose best plan
    // depends on how common its words are).
    StoreResult<PgResult> queryOnce(const QByteArray &sql, const PgParams &params = {});
    // A statement, or several separated by semicolons, without values (schema changes).
    StoreStatus script(const char *sql);
    // Runs `work` in one transaction, committed when it succeeds, rolled back when it
    // fails; run again from the start when the server asks for that (see
    // kTransactionAttempts), so `work` must start from the same state each time.
    StoreStatus transaction(const std::function<StoreStatus()> &work);
    bool inTransaction() const;

    // Opens the connection again (the server restarted, the network came back).
    StoreStatus reconnect();
    // "DATABASE on HOST:PORT as ROLE": never the password.
    QString describe() const;
    // The role this connection acts as (what the history records as the author).
    QString role() const;
    // The address it was opened with, for another connection to the same archive (the
    // change listener's); it may hold a password, so it is never shown or logged.
    QString address() const { return m_address; }
    pg_conn *handle() const { return m_conn; }

private:
    PgConnection(pg_conn *conn, QString address, QByteArray password);
    StoreResult<PgResult> execute(const QByteArray &sql, const PgParams &params, bool prepare);
    StoreResult<PgResult> executeOnce(const QByteArray &sql, const PgParams &params, bool prepare);
    StoreResult<QByteArray> preparedName(const QByteArray &sql, int parameterCount);
    StoreResult<PgResult> checked(pg_result *result);
    void rollback();

    pg_conn *m_conn = nullptr;
    QString m_address; // kept only to connect again; never shown (it may hold a password)
    QByteArray m_password;
    QHash<QByteArray, QByteArray> m_prepared; // SQL text -> statement name on the server
    int m_nextStatement = 0;
    QByteArray m_lastSqlState; // of the last failed statement
};

} // namespace newsroom
