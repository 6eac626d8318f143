#pragma once

#include "StoreError.h"

#include <QCoreApplication>
#include <QStringList>

namespace newsroom {

class PgConnection;

// The server archive's schema, in numbered versions. The first client of a newer Newsroom
// upgrades it, under a transaction-level advisory lock: a second client upgrading at the
// same moment waits, then finds nothing left to do. A schema newer than this Newsroom
// knows is refused, as a newer archive file is. Everything lives in the connection's
// current schema (search_path), so a server may hold several archives, one a schema.
class PgMigrations
{
    Q_DECLARE_TR_FUNCTIONS(PgMigrations)
public:
    // What an upgrade (or a creation, from version 0) did.
    struct Report
    {
        int from = 0;
        int to = 0;
        QStringList applied; // "1: articles, tags, ..." for each version applied
    };

    static int latestVersion();

    // Brings an existing archive up to the latest version; refuses a database without
    // one (an empty one is made with create()) and one with a newer schema.
    static StoreResult<Report> upgrade(PgConnection &connection);
    // `newsroom-cli init`: the archive in an empty database, or an upgrade of one already
    // there. A database holding tables of some other program is refused and left alone.
    // `target`: for tests, an older version to stop at (-1: the latest).
    static StoreResult<Report> create(PgConnection &connection, int target = -1);
    // For tests: the schema's version as recorded (0: none).
    static StoreResult<int> currentVersion(PgConnection &connection);

private:
    static StoreResult<Report> migrate(PgConnection &connection, bool mayCreate, int target = -1);
};

} // namespace newsroom
