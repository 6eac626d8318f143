#pragma once

#include "StoreError.h"

namespace newsroom {

class SqliteDatabase;

// The archive's schema history. Each step moves PRAGMA user_version up by one inside its
// own transaction, so an interrupted upgrade leaves the archive at the last whole step.
namespace migrations {

// 'NWSR': marks a file as a Newsroom archive, so another program's database is refused.
constexpr qint32 kApplicationId = 0x4E575352;

int latestVersion();
// Brings the archive up to `target` (latestVersion() by default). Never goes down.
StoreStatus migrate(SqliteDatabase &db, int target = -1);

} // namespace migrations
} // namespace newsroom
