#pragma once

struct sqlite3;
struct fts5_api;

namespace newsroom::fts5 {

// The connection's FTS5 interface, to register tokenizers and auxiliary functions with;
// null when SQLite was built without FTS5.
fts5_api *api(sqlite3 *db);

} // namespace newsroom::fts5
