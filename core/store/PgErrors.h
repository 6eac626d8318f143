#pragma once

#include "StoreError.h"

#include <QByteArray>

struct pg_conn;
struct pg_result;

namespace newsroom {

// What a failed libpq call means for a person, from its SQLSTATE: a serialization
// failure or deadlock is Busy (retried before it is reported), a unique violation a
// Conflict, a cancelled statement Busy, a lost connection an Io error saying the server
// is unreachable. `result` may be null (the connection failed before any answer).
StoreError pgError(pg_conn *connection, const pg_result *result);

// The SQLSTATE of a failed result ("40001"), or empty.
QByteArray pgSqlState(const pg_result *result);

// True for the states a whole transaction is simply run again for: serialization
// failures, deadlocks, and a unique key another client took at the same moment.
bool isRetryable(const QByteArray &sqlState);

// "The archive server is unreachable: DETAIL. Check that it runs and that you can reach it."
StoreError unreachable(const QString &detail);

} // namespace newsroom
