#include "ThrowAwayCluster.h"

#include "store/PgConnection.h"

#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>

namespace newsroom::bench {

namespace {
int runScript(const QStringList &arguments, QByteArray *out, QByteArray *err)
{
    QProcess script;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("NEWSROOM_PG_SETTINGS"), ThrowAwayCluster::settings());
    script.setProcessEnvironment(env);
    script.start(QStringLiteral(NEWSROOM_PG_CLUSTER_SCRIPT), arguments);
    if (!script.waitForFinished(120000))
        return -1;
    if (out)
        *out = script.readAllStandardOutput();
    if (err)
        *err = script.readAllStandardError();
    return script.exitStatus() == QProcess::NormalExit ? script.exitCode() : -1;
}
} // namespace

bool ThrowAwayCluster::available()
{
    if (!qEnvironmentVariableIsEmpty("NEWSROOM_PG_BINDIR"))
        return QFileInfo::exists(qEnvironmentVariable("NEWSROOM_PG_BINDIR") +
                                 QStringLiteral("/initdb"));
    const QStringList versions = QDir(QStringLiteral("/usr/lib/postgresql")).entryList(QDir::Dirs);
    for (const QString &version : versions) {
        if (QFileInfo::exists(QStringLiteral("/usr/lib/postgresql/%1/bin/initdb").arg(version)))
            return true;
    }
    return !QStandardPaths::findExecutable(QStringLiteral("initdb")).isEmpty();
}

// fsync, full page writes and synchronous commit back on: every save waits for the disk,
// as on a newsroom's server. More shared buffers than the tests' cluster, so that 100k
// articles' hot pages stay in memory; 50 editors plus searchers plus the loader.
QString ThrowAwayCluster::settings()
{
    return QStringLiteral("fsync = on\nsynchronous_commit = on\nfull_page_writes = on\n"
                          "shared_buffers = 512MB\nmax_connections = 120\n"
                          "work_mem = 16MB\nmaintenance_work_mem = 256MB\n"
                          "max_wal_size = 4GB\ncheckpoint_timeout = 15min\n");
}

ThrowAwayCluster::ThrowAwayCluster(QString folder) : m_folder(std::move(folder)) {}

ThrowAwayCluster::~ThrowAwayCluster()
{
    if (m_started && !m_kept)
        runScript({QStringLiteral("stop"), m_folder}, nullptr, nullptr);
}

bool ThrowAwayCluster::start(bool reuse)
{
    QByteArray out;
    QByteArray err;
    if (reuse && QFileInfo::exists(m_folder + QStringLiteral("/data/postmaster.pid")) &&
        runScript({QStringLiteral("uri"), m_folder}, &out, &err) == 0) {
        m_address = QString::fromUtf8(out).trimmed();
        if (PgConnection::open(m_address)) {
            m_started = m_reused = true;
            return true;
        }
    }
    const int code = runScript({QStringLiteral("start"), m_folder}, &out, &err);
    if (code != 0) {
        m_error = QStringLiteral("the benchmark's PostgreSQL cluster did not start: ") +
                  QString::fromUtf8(err).trimmed();
        return false;
    }
    m_started = true;
    m_address = QString::fromUtf8(out).trimmed();
    return true;
}

QString ThrowAwayCluster::createDatabase(const QString &name)
{
    auto admin = PgConnection::open(m_address);
    if (!admin) {
        m_error = admin.error().message;
        return {};
    }
    const QString address = m_address + QStringLiteral("?dbname=") + name;
    if (m_reused && PgConnection::open(address))
        return address; // as the earlier run left it
    // Names of the benchmark's own making (letters, digits, _).
    (void)(*admin)->script(
        QStringLiteral("DROP DATABASE IF EXISTS %1").arg(name).toUtf8().constData());
    if (auto made =
            (*admin)->script(QStringLiteral("CREATE DATABASE %1").arg(name).toUtf8().constData());
        !made) {
        m_error = made.error().message;
        return {};
    }
    return address;
}

} // namespace newsroom::bench
