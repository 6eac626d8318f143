#pragma once

#include "ArticleStore.h"

#include <QCoreApplication>
#include <memory>

namespace newsroom {

// One way to name an archive, wherever one is asked for (--db, the app's archive): a file
// path names an SQLite file; a postgresql:// or postgres:// URI names a database on a
// PostgreSQL server (libpq's URI, with libpq's conventions: PGHOST, PGUSER, ~/.pgpass,
// service files, PGSSLMODE...).
class ArchiveAddress
{
    Q_DECLARE_TR_FUNCTIONS(ArchiveAddress)
public:
    struct Opened
    {
        std::unique_ptr<ArticleStore> store;
        StoreOpener opener; // another connection to the same archive, for a worker thread
    };

    static bool isServer(const QString &address);
    // The store at `address` (a new file archive where a path names nothing yet; a server
    // database must hold an archive, see newsroom-cli init) and its opener.
    // `password` goes to a server apart from the address (see PgConnection::open).
    static StoreResult<Opened> open(const QString &address, const QByteArray &password = {});
    // The address for titles, messages and logs: a server's without its password (which
    // belongs in ~/.pgpass or PGPASSWORD, never in settings or logs); a path as it is.
    static QString forDisplay(const QString &address);
    // The archive in a few words, for a title bar: a file's name, a server's "DATABASE on
    // HOST".
    static QString shortName(const QString &address);
};

} // namespace newsroom
