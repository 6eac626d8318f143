#pragma once

#include <QFile>
#include <QProcess>
#include <QString>
#include <QTemporaryDir>

namespace newsroom::test {

// A throw-away PostgreSQL cluster of one test's own (scripts/pg-test-cluster.sh, given to
// the test as NEWSROOM_PG_CLUSTER_SCRIPT), for tests that stop and start the server, which
// the shared pg_cluster fixture must never see. Removed however the test ends.
class OwnTestCluster
{
public:
    OwnTestCluster()
    {
        // As root the script runs the server as postgres, who must reach the folder.
        QFile::setPermissions(m_folder.path(), QFile::permissions(m_folder.path()) |
                                                   QFile::ExeGroup | QFile::ExeOther);
        m_address = run(QStringLiteral("start"));
    }
    ~OwnTestCluster()
    {
        QProcess::execute(QStringLiteral(NEWSROOM_PG_CLUSTER_SCRIPT),
                          {QStringLiteral("stop"), dir()});
    }
    OwnTestCluster(const OwnTestCluster &) = delete;
    OwnTestCluster &operator=(const OwnTestCluster &) = delete;

    QString address() const { return m_address; }
    // Stopped and removed (a server gone for good); startAnew() makes a new, empty one at
    // the same address.
    void remove() { run(QStringLiteral("stop")); }
    void startAnew() { run(QStringLiteral("start")); }
    // Stopped cleanly, its archives kept; resume() starts it again as it was.
    void halt() { run(QStringLiteral("halt")); }
    void resume() { run(QStringLiteral("resume")); }

private:
    QString dir() const { return m_folder.filePath(QStringLiteral("pg")); }

    // scripts/pg-test-cluster.sh ACTION DIR; its output (the URI for start).
    QString run(const QString &action) const
    {
        QProcess script;
        script.start(QStringLiteral(NEWSROOM_PG_CLUSTER_SCRIPT), {action, dir()});
        if (!script.waitForFinished(120000) || script.exitCode() != 0)
            qFatal("pg-test-cluster.sh %s failed: %s", qPrintable(action),
                   script.readAllStandardError().constData());
        return QString::fromUtf8(script.readAllStandardOutput()).trimmed();
    }

    QTemporaryDir m_folder;
    QString m_address;
};

} // namespace newsroom::test
