#include "PgErrors.h"

#include <QCoreApplication>
#include <libpq-fe.h>

namespace newsroom {

namespace {
// The context of this file's messages, at run time and in the catalogue.
struct PgErrors
{
    Q_DECLARE_TR_FUNCTIONS(PgErrors)
};

QString serverMessage(pg_conn *connection, const pg_result *result)
{
    const char *primary = result ? PQresultErrorField(result, PG_DIAG_MESSAGE_PRIMARY) : nullptr;
    QString message = QString::fromUtf8(primary ? primary : PQerrorMessage(connection)).trimmed();
    if (const char *detail = result ? PQresultErrorField(result, PG_DIAG_MESSAGE_DETAIL) : nullptr)
        message += QStringLiteral(" (") + QString::fromUtf8(detail).trimmed() + QLatin1Char(')');
    return message;
}
} // namespace

QByteArray pgSqlState(const pg_result *result)
{
    const char *state = result ? PQresultErrorField(result, PG_DIAG_SQLSTATE) : nullptr;
    return state ? QByteArray(state) : QByteArray();
}

bool isRetryable(const QByteArray &sqlState)
{
    return sqlState == "40001" || sqlState == "40P01" || sqlState == "23505";
}

// libpq's own words come on several lines, with tabs: one line here, as a person reads it.
// What becomes of the text typed meanwhile is the caller's to say (the app keeps it in its
// journal; a script has none).
StoreError unreachable(const QString &detail)
{
    return StoreError{StoreError::Code::Io,
                      PgErrors::tr("The archive server is unreachable (%1). Check that it runs "
                                   "and that you can reach it (its address, the network, your "
                                   "sign-in).")
                          .arg(detail.simplified())};
}

StoreError pgError(pg_conn *connection, const pg_result *result)
{
    const QByteArray state = pgSqlState(result);
    const QString message = serverMessage(connection, result);
    using Code = StoreError::Code;
    if ((state.isEmpty() && (!connection || PQstatus(connection) == CONNECTION_BAD)) ||
        state.startsWith("08") || state == "57P01" || state == "57P02" || state == "57P03")
        return unreachable(message);
    if (state == "40001" || state == "40P01") {
        return {Code::Busy, PgErrors::tr("Colleagues changed the same articles at the same "
                                         "moment, again and again; nothing was saved. Try "
                                         "again. (%1)")
                                .arg(message)};
    }
    if (state == "55P03") {
        return {Code::Busy, PgErrors::tr("Another session on the archive server has held this "
                                         "article for more than a few seconds (a colleague's "
                                         "long change, or a program that stopped halfway); "
                                         "nothing was changed. It is tried again shortly. (%1)")
                                .arg(message)};
    }
    if (state == "23505") {
        return {Code::Conflict, PgErrors::tr("Someone else saved the same thing at the same "
                                             "moment; nothing was saved. Reload and try "
                                             "again. (%1)")
                                    .arg(message)};
    }
    if (state == "57014") {
        return {Code::Busy, PgErrors::tr("The archive server cancelled the request (it took too "
                                         "long, or it was cancelled); nothing was changed. Try "
                                         "again. (%1)")
                                .arg(message)};
    }
    if (state == "23514") {
        return {Code::Invalid, PgErrors::tr("The archive server refused a value out of range: "
                                            "%1. Correct it and save again.")
                                   .arg(message)};
    }
    if (state == "22021" || state == "22P05" || state == "54000") {
        return {Code::Invalid,
                PgErrors::tr("The archive server cannot store this text: %1. Remove the "
                             "character or shorten the field, then save again.")
                    .arg(message)};
    }
    if (state.startsWith("53")) {
        return {Code::Io, PgErrors::tr("The archive server is out of resources (disk, memory or "
                                       "connections): %1. Tell whoever runs it; nothing was "
                                       "changed.")
                              .arg(message)};
    }
    if (state == "42501") {
        return {Code::Io, PgErrors::tr("The archive server refused this: %1. Your role may not "
                                       "do it; ask whoever runs the server.")
                              .arg(message)};
    }
    return {Code::Io, PgErrors::tr("The archive server reported an error: %1").arg(message)};
}

} // namespace newsroom
