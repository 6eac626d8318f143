#include "SqliteShellPeer.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>

namespace newsroom::bench {

namespace {
QString shell()
{
    return QStandardPaths::findExecutable(QStringLiteral("sqlite3"));
}

std::optional<QByteArray> runShell(const QString &dbPath, const QByteArray &script)
{
    QProcess process;
    process.start(shell(), {dbPath});
    process.write(script);
    process.closeWriteChannel();
    if (!process.waitForFinished(600000) || process.exitCode() != 0)
        return std::nullopt;
    return process.readAllStandardOutput();
}
} // namespace

bool SqliteShellPeer::available()
{
    return !shell().isEmpty();
}

std::optional<double> SqliteShellPeer::load(const QString &dbPath, const QString &csvPath)
{
    const QByteArray script = "PRAGMA journal_mode=WAL;\n"
                              "CREATE VIRTUAL TABLE peer USING fts5(id, headline, dek, body);\n"
                              ".import --csv " +
                              csvPath.toUtf8() + " peer\n";
    QElapsedTimer timer;
    timer.start();
    if (!runShell(dbPath, script))
        return std::nullopt;
    return timer.nsecsElapsed() / 1e9;
}

QList<double> SqliteShellPeer::queryTimes(const QString &dbPath, const QStringList &ftsQueries,
                                          int repeat)
{
    QByteArray script = ".timer on\n.output /dev/null\n";
    for (int r = 0; r < repeat; ++r) {
        for (const QString &query : ftsQueries) {
            QString quoted = query;
            quoted.replace(QLatin1Char('\''), QStringLiteral("''"));
            script += "SELECT id, headline, snippet(peer, -1, '[', ']', '…', 24) FROM peer WHERE "
                      "peer MATCH '" +
                      quoted.toUtf8() + "' ORDER BY rank LIMIT 20;\n";
        }
    }
    QList<double> times;
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(shell(), {dbPath});
    process.write(script);
    process.closeWriteChannel();
    process.waitForFinished(600000);
    static const QRegularExpression runTime(QStringLiteral("Run Time: real ([0-9.]+)"));
    auto it = runTime.globalMatch(QString::fromUtf8(process.readAll()));
    while (it.hasNext())
        times.append(it.next().captured(1).toDouble() * 1000.0);
    return times;
}

} // namespace newsroom::bench
