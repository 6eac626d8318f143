#pragma once

#include <QString>

namespace newsroom::bench {

// A PostgreSQL cluster of the benchmark's own, started with scripts/pg-test-cluster.sh in
// a folder and removed with it; tuned for honest figures (fsync and synchronous commit on,
// as a newsroom's server runs) and for 50 editors' connections.
class ThrowAwayCluster
{
public:
    // Whether the server's binaries (initdb, pg_ctl) are installed.
    static bool available();

    explicit ThrowAwayCluster(QString folder);
    ~ThrowAwayCluster();
    ThrowAwayCluster(const ThrowAwayCluster &) = delete;
    ThrowAwayCluster &operator=(const ThrowAwayCluster &) = delete;

    // Starts it; false with error() when it cannot. With `reuse`, a cluster an earlier run
    // kept in the folder (see keep()) is taken as it is, if it still runs.
    bool start(bool reuse = false);
    // Leaves it running, with its databases, when this object goes (--keep-server).
    void keep() { m_kept = true; }
    bool reused() const { return m_reused; }
    QString error() const { return m_error; }
    // The maintenance database's URI (the superuser, over the socket).
    QString address() const { return m_address; }
    // A new database on it, for `name`; its URI, or empty with error().
    QString createDatabase(const QString &name);
    static QString settings(); // the postgresql.conf lines the benchmark adds

private:
    QString m_folder;
    QString m_address;
    QString m_error;
    bool m_started = false;
    bool m_kept = false;
    bool m_reused = false;
};

} // namespace newsroom::bench
