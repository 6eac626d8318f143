#pragma once

#include <QCoreApplication>
#include <QString>
#include <optional>

namespace newsroom {

// A newsroom's server as File → Open Newsroom Server asks for it, and the postgresql:// URI
// made of it (what ArchiveAddress opens, the recent list keeps and --db takes). Over a
// network TLS is required: verify-full (the certificate checked against the newsroom's CA
// and the host's name) unless the editor picks require (encrypted, not checked). A host
// that is a folder ("/run/postgresql": a Unix socket on this computer) asks for no TLS.
// Never a password: that is handed to the connection apart (PgConnection::open).
class ServerAddress
{
    Q_DECLARE_TR_FUNCTIONS(ServerAddress)
public:
    enum class Tls
    {
        VerifyFull, // sslmode=verify-full
        Require,    // sslmode=require
    };
    static constexpr int kDefaultPort = 5432;
    // PostgreSQL cuts names longer than this (NAMEDATALEN - 1), in UTF-8 bytes.
    static constexpr int kMaxNameBytes = 63;
    static constexpr int kMaxHostLength = 253; // a DNS name
    static constexpr int kMaxPathLength = 4096;

    QString host; // a name, an IP address, or a socket folder starting with '/'
    int port = kDefaultPort;
    QString database;
    QString user;
    Tls tls = Tls::VerifyFull;
    QString certificateAuthority; // sslrootcert; empty: libpq's ~/.postgresql/root.crt

    bool isLocalSocket() const { return host.startsWith(QLatin1Char('/')); }
    // What keeps it from being opened, for a person; empty when nothing does.
    QString problem() const;
    // Every part percent-encoded, so that no character of a name (a space, '@', '/', '?')
    // can change what the URI says.
    QString toUri() const;
    // The parts of a postgresql:// URI, read by libpq's own parser (a missing port is 5432,
    // a missing user libpq's default one); nullopt when libpq cannot read it.
    static std::optional<ServerAddress> fromUri(const QString &uri);
    // True when libpq would find a password in `address` (a URI or connection string),
    // however it is spelt (user:password@, password=, pass%77ord=...).
    static bool holdsPassword(const QString &address);
    // "user@host:port/database", each part percent-encoded (so that it reads one way only):
    // the name its password is kept under in the desktop's secret store.
    QString secretKey() const;
    // "DATABASE on HOST", for the title bar.
    QString shortName() const;
};

} // namespace newsroom
