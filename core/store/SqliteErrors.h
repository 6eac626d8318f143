#pragma once

#include "StoreError.h"

struct sqlite3;

namespace newsroom {

// Turns the connection's last SQLite error into a StoreError a person can act on.
StoreError sqliteError(sqlite3 *db);
StoreError::Code codeForSqliteResult(int resultCode);

} // namespace newsroom
