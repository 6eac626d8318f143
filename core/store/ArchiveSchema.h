#pragma once

#include "StoreError.h"

namespace newsroom {

class SqliteDatabase;

// An archive from outside is data, never code: its schema must be exactly the one this
// Newsroom writes at the archive's version. An extra or altered trigger, view, table or
// index (code that would run on import or export, a view that never ends, a table hiding
// copies of the articles) is refused by name before anything reads the articles, and the
// file is left as it was.
namespace archiveschema {

// `version` is the archive's user_version (0: a blank file, nothing to compare).
StoreStatus verify(SqliteDatabase &db, int version, const QString &path);

} // namespace archiveschema
} // namespace newsroom
