#pragma once

// Runs the real newsroom-cli binary, as a script would, with its own data folder.

#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QProcess>
#include <QProcessEnvironment>
#include <QString>

namespace newsroom::test {

struct CliResult
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    QJsonDocument json() const { return QJsonDocument::fromJson(out); }
    // JSON Lines (import --json): one object a line; a line that is not one is an empty object.
    QList<QJsonObject> jsonLines() const
    {
        QList<QJsonObject> objects;
        for (const QByteArray &line : out.split('\n')) {
            if (!line.trimmed().isEmpty())
                objects.append(QJsonDocument::fromJson(line).object());
        }
        return objects;
    }
};

inline QProcess *startCli(const QStringList &arguments, const QString &dataHome)
{
    auto *process = new QProcess;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_DATA_HOME"), dataHome);
    process->setProcessEnvironment(env);
    process->start(QStringLiteral(NEWSROOM_CLI), arguments);
    return process;
}

inline CliResult finish(QProcess *process)
{
    CliResult result;
    if (process->waitForFinished(120000) && process->exitStatus() == QProcess::NormalExit)
        result.exitCode = process->exitCode();
    result.out = process->readAllStandardOutput();
    result.err = process->readAllStandardError();
    delete process;
    return result;
}

inline CliResult runCli(const QStringList &arguments, const QString &dataHome)
{
    return finish(startCli(arguments, dataHome));
}

} // namespace newsroom::test
