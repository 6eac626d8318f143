#pragma once

// Runs the real newsroom-cli binary, as a script would, with its own data folder.

#include <QJsonDocument>
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
