#pragma once

#include "store/StoreError.h"

#include <sqlite3.h>

namespace newsroom::fts5 {

// The connection's FTS5 interface, to register tokenizers and auxiliary functions with; an
// error when SQLite was built without FTS5.
StoreResult<fts5_api *> api(sqlite3 *db);

// Registers the auxiliary function `name` on the connection.
StoreStatus createFunction(sqlite3 *db, const char *name, fts5_extension_function function);

} // namespace newsroom::fts5
