#include "PgConnection.h"

#include "PgErrors.h"

#include <QLoggingCategory>
#include <QRandomGenerator>
#include <QThread>
#include <libpq-fe.h>

Q_LOGGING_CATEGORY(lcPg, "newsroom.store.pg", QtWarningMsg)

namespace newsroom {

namespace {
// More prepared statements than this (list filters make many texts) and the cache starts
// over, so that a long session does not grow the server's memory without end.
constexpr int kMaxPrepared = 400;

// The server's notices ("... skipping") go to the log category, not to stderr.
void onNotice(void *, const char *message)
{
    qCDebug(lcPg) << "server notice:" << QByteArrayView(message).trimmed();
}

pg_conn *connectTo(const QString &address, const QByteArray &password,
                   const PgConnection::Defaults &defaults)
{
    const QByteArray uri = address.toUtf8();
    // A connect that hangs (a firewall dropping packets) gives up after 10 s unless the
    // address or PGCONNECT_TIMEOUT says otherwise; the address comes after the defaults so
    // that what it says wins, and the encoding after it, since all text is UTF-8.
    QList<const char *> keywords{"fallback_application_name"};
    QList<const char *> values{"newsroom"};
    for (const auto &[keyword, value] : defaults) {
        keywords.append(keyword);
        values.append(value);
    }
    if (qEnvironmentVariableIsEmpty("PGCONNECT_TIMEOUT")) {
        keywords.append("connect_timeout");
        values.append("10");
    }
    // Before the address: a password in the address itself (an old habit) still wins.
    if (!password.isEmpty()) {
        keywords.append("password");
        values.append(password.constData());
    }
    keywords.append({"dbname", "client_encoding", nullptr});
    values.append({uri.constData(), "UTF8", nullptr});
    pg_conn *conn = PQconnectdbParams(keywords.constData(), values.constData(), 1);
    if (conn)
        PQsetNoticeProcessor(conn, onNotice, nullptr);
    return conn;
}

StoreError connectError(pg_conn *conn)
{
    const QString detail = conn ? QString::fromUtf8(PQerrorMessage(conn))
                                      .trimmed()
                                      .replace(QLatin1Char('\n'), QLatin1String("; "))
                                : PgConnection::tr("out of memory");
    if (conn && PQconnectionNeedsPassword(conn)) {
        return {StoreError::Code::SignIn,
                PgConnection::tr("The archive server asks for the password of %1 (%2).")
                    .arg(QString::fromUtf8(PQuser(conn)), detail)};
    }
    // libpq says no more than the server's words: a refused password is the only failure
    // after a password was sent that names one (SQLSTATE 28P01 never reaches a client
    // whose connection failed).
    if (conn && PQconnectionUsedPassword(conn) &&
        detail.contains(QLatin1StringView("password authentication failed"))) {
        return {StoreError::Code::SignIn,
                PgConnection::tr("The archive server refused the password of %1 (%2).")
                    .arg(QString::fromUtf8(PQuser(conn)), detail)};
    }
    return unreachable(detail);
}
} // namespace

PgConnection::PgConnection(pg_conn *conn, QString address, QByteArray password)
    : m_conn(conn), m_address(std::move(address)), m_password(std::move(password))
{}

PgConnection::~PgConnection()
{
    if (m_conn)
        PQfinish(m_conn);
}

StoreResult<std::unique_ptr<PgConnection>> PgConnection::open(const QString &address,
                                                              const QByteArray &password,
                                                              const Defaults &defaults)
{
    pg_conn *conn = connectTo(address, password, defaults);
    if (!conn || PQstatus(conn) != CONNECTION_OK) {
        StoreError error = connectError(conn);
        if (conn)
            PQfinish(conn);
        return std::unexpected(error);
    }
    return std::unique_ptr<PgConnection>(new PgConnection(conn, address, password));
}

StoreStatus PgConnection::reconnect()
{
    m_prepared.clear();
    PQreset(m_conn);
    if (PQstatus(m_conn) != CONNECTION_OK)
        return std::unexpected(connectError(m_conn));
    qCInfo(lcPg) << "connected again to" << describe();
    return {};
}

QString PgConnection::describe() const
{
    const QString host = QString::fromUtf8(PQhost(m_conn));
    return tr("%1 on %2:%3 as %4")
        .arg(QString::fromUtf8(PQdb(m_conn)), host, QString::fromUtf8(PQport(m_conn)),
             QString::fromUtf8(PQuser(m_conn)));
}

QString PgConnection::role() const
{
    return QString::fromUtf8(PQuser(m_conn));
}

bool PgConnection::inTransaction() const
{
    return PQtransactionStatus(m_conn) != PQTRANS_IDLE;
}

StoreResult<PgResult> PgConnection::checked(pg_result *result)
{
    const ExecStatusType status = result ? PQresultStatus(result) : PGRES_FATAL_ERROR;
    if (status == PGRES_COMMAND_OK || status == PGRES_TUPLES_OK)
        return PgResult(result);
    const StoreError error = pgError(m_conn, result);
    m_lastSqlState = pgSqlState(result);
    qCDebug(lcPg) << "statement failed:" << m_lastSqlState << error.message;
    if (result)
        PQclear(result);
    return std::unexpected(error);
}

StoreResult<QByteArray> PgConnection::preparedName(const QByteArray &sql, int parameterCount)
{
    if (auto known = m_prepared.constFind(sql); known != m_prepared.cend())
        return *known;
    if (m_prepared.size() >= kMaxPrepared && !inTransaction()) {
        if (auto done = checked(PQexec(m_conn, "DEALLOCATE ALL")); !done)
            return std::unexpected(done.error());
        m_prepared.clear();
    }
    const QByteArray name = "newsroom_" + QByteArray::number(++m_nextStatement);
    auto prepared =
        checked(PQprepare(m_conn, name.constData(), sql.constData(), parameterCount, nullptr));
    if (!prepared)
        return std::unexpected(prepared.error());
    m_prepared.insert(sql, name);
    return name;
}

StoreResult<PgResult> PgConnection::executeOnce(const QByteArray &sql, const PgParams &params,
                                                bool prepare)
{
    if (prepare) {
        auto name = preparedName(sql, params.size());
        if (!name)
            return std::unexpected(name.error());
        return checked(PQexecPrepared(m_conn, name->constData(), params.size(), params.values(),
                                      params.lengths(), params.formats(), 0));
    }
    return checked(PQexecParams(m_conn, sql.constData(), params.size(), nullptr, params.values(),
                                params.lengths(), params.formats(), 0));
}

// Outside a transaction a statement is safe to send again on a new connection: nothing of
// it can have been committed when the old one was lost before it was even sent.
StoreResult<PgResult> PgConnection::execute(const QByteArray &sql, const PgParams &params,
                                            bool prepare)
{
    if (params.holdsNul()) {
        return storeFailure(StoreError::Code::Invalid,
                            tr("The text holds a NUL character (U+0000), which a PostgreSQL "
                               "server cannot store; nothing was saved. Remove it (it is "
                               "invisible, often pasted from another program) and save again."));
    }
    const bool mayReconnect = !inTransaction();
    if (mayReconnect && PQstatus(m_conn) == CONNECTION_BAD) {
        if (auto again = reconnect(); !again)
            return std::unexpected(again.error());
    }
    auto result = executeOnce(sql, params, prepare);
    if (!result && mayReconnect && m_lastSqlState.isEmpty() && PQstatus(m_conn) == CONNECTION_BAD &&
        sql != "COMMIT") {
        if (auto again = reconnect(); !again)
            return std::unexpected(again.error());
        result = executeOnce(sql, params, prepare);
    }
    return result;
}

StoreResult<PgResult> PgConnection::query(const QByteArray &sql, const PgParams &params)
{
    return execute(sql, params, true);
}

StoreResult<PgResult> PgConnection::queryOnce(const QByteArray &sql, const PgParams &params)
{
    return execute(sql, params, false);
}

StoreStatus PgConnection::script(const char *sql)
{
    if (auto done = checked(PQexec(m_conn, sql)); !done)
        return std::unexpected(done.error());
    return {};
}

void PgConnection::rollback()
{
    if (PQstatus(m_conn) == CONNECTION_OK && inTransaction())
        PQclear(PQexec(m_conn, "ROLLBACK"));
}

StoreStatus PgConnection::transaction(const std::function<StoreStatus()> &work)
{
    for (int attempt = 1;; ++attempt) {
        StoreStatus done;
        if (auto begun = execute(QByteArrayLiteral("BEGIN"), {}, true); !begun)
            return std::unexpected(begun.error());
        m_lastSqlState.clear();
        done = work();
        if (done) {
            if (auto committed = execute(QByteArrayLiteral("COMMIT"), {}, true); !committed)
                done = std::unexpected(committed.error());
        }
        if (done)
            return {};
        const QByteArray state = m_lastSqlState;
        rollback();
        if (!isRetryable(state) || attempt >= kTransactionAttempts)
            return done;
        qCDebug(lcPg) << "running the transaction again after" << state;
        // Colliding clients must not collide again in lockstep.
        QThread::msleep(QRandomGenerator::global()->bounded(1, 5 * attempt + 2));
    }
}

} // namespace newsroom
