#include "AppLaunch.h"

#include "ProcessMemory.h"
#include "Stats.h"

#include <QDir>
#include <QElapsedTimer>
#include <QProcess>
#include <QStandardPaths>
#include <QThread>
#include <csignal>
#include <unistd.h>

namespace newsroom::bench {

namespace {
QString visibleWindow(qint64 pid)
{
    QProcess search;
    search.start(QStringLiteral("xdotool"),
                 {QStringLiteral("search"), QStringLiteral("--onlyvisible"),
                  QStringLiteral("--pid"), QString::number(pid)});
    search.waitForFinished(2000);
    return QString::fromLatin1(search.readAllStandardOutput().trimmed().split('\n').first());
}

// Into the window's focused field (the body, for an article opened with --open).
void typeInto(const QString &window, int keystrokes)
{
    QString text;
    while (text.size() < keystrokes)
        text += QStringLiteral("storm tide ");
    QProcess::execute(QStringLiteral("xdotool"),
                      {QStringLiteral("windowactivate"), QStringLiteral("--sync"), window});
    QProcess::execute(QStringLiteral("xdotool"), {QStringLiteral("type"), QStringLiteral("--delay"),
                                                  QStringLiteral("20"), text.left(keystrokes)});
}
} // namespace

AppLaunch::AppLaunch(QString program, QStringList arguments, QString home)
    : m_program(std::move(program)), m_arguments(std::move(arguments)), m_home(std::move(home))
{}

bool AppLaunch::canWatchWindows()
{
    return !qEnvironmentVariableIsEmpty("DISPLAY") &&
           !QStandardPaths::findExecutable(QStringLiteral("xdotool")).isEmpty();
}

AppLaunch::Figures AppLaunch::measure(int launches) const
{
    QDir().mkpath(m_home);
    QList<double> startups;
    QList<double> rss;
    QList<double> pss;
    QList<double> appRss;
    int processes = 0;
    for (int i = 0; i <= launches; ++i) { // launch 0 is the warm-up
        QProcess app;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home + QStringLiteral("/config"));
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_home + QStringLiteral("/data"));
        env.insert(QStringLiteral("XDG_CACHE_HOME"), m_home + QStringLiteral("/cache"));
        if (geteuid() == 0) // Chromium refuses its sandbox as root; as a user it keeps it
            env.insert(QStringLiteral("QTWEBENGINE_DISABLE_SANDBOX"), QStringLiteral("1"));
        env.remove(QStringLiteral("QT_QPA_PLATFORM"));
        app.setProcessEnvironment(env);
        app.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        app.setStandardOutputFile(QProcess::nullDevice());
        QElapsedTimer timer;
        timer.start();
        app.start(m_program, m_arguments);
        if (!app.waitForStarted(10000))
            return {};
        QString window;
        while ((window = visibleWindow(app.processId())).isEmpty() && timer.elapsed() < 30000)
            QThread::msleep(5);
        const double startup = timer.nsecsElapsed() / 1e6;
        QThread::msleep(kSettleMs);
        if (!window.isEmpty()) {
            typeInto(window, kKeystrokes);
            QThread::msleep(kSettleMs);
        }
        const ProcessMemory memory = ProcessMemory::ofTree(app.processId());
        const ProcessMemory own = ProcessMemory::ofProcess(app.processId());
        ::kill(pid_t(app.processId()), SIGTERM);
        if (!app.waitForFinished(15000))
            app.kill();
        if (i == 0)
            continue;
        startups.append(startup);
        rss.append(memory.rssMb);
        pss.append(memory.pssMb);
        appRss.append(own.rssMb);
        processes = memory.processes;
    }
    return Figures{percentile(startups, 50), percentile(rss, 50), percentile(pss, 50),
                   percentile(appRss, 50), processes};
}

} // namespace newsroom::bench
