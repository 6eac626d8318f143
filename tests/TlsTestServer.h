#pragma once

#include <QFile>
#include <QString>

namespace newsroom::test {

// The pg_tls_cluster fixture's server (scripts/pg-test-cluster.sh start DIR --tls): its
// folder, its TCP port and its superuser over the trusted socket. `problem` says why it
// cannot be reached; empty when it can.
struct TlsTestServer
{
    QString dir;
    QString port;
    QString admin;
    QString problem;

    static TlsTestServer find()
    {
        TlsTestServer server;
        server.dir = qEnvironmentVariable("NEWSROOM_TEST_PG_TLS_DIR");
        if (server.dir.isEmpty()) {
            server.problem = QStringLiteral(
                "NEWSROOM_TEST_PG_TLS_DIR is not set: run this test through ctest (its "
                "pg_tls_cluster fixture starts scripts/pg-test-cluster.sh start DIR --tls)");
            return server;
        }
        QFile portFile(server.dir + QStringLiteral("/port"));
        if (!portFile.open(QIODevice::ReadOnly)) {
            server.problem = QStringLiteral(
                "the TLS test server did not start (no port file): see pg_tls_cluster_start");
            return server;
        }
        server.port = QString::fromLatin1(portFile.readAll()).trimmed();
        server.admin =
            QStringLiteral("postgresql://%1:%2/postgres")
                .arg(QString(server.dir).replace(QLatin1Char('/'), QStringLiteral("%2F")),
                     server.port);
        return server;
    }
};

} // namespace newsroom::test
