#pragma once

#include <QString>
#include <QStringList>

namespace newsroom::bench {

// Launches a desktop app again and again and times it to its first visible window (found
// with xdotool by process id), types kKeystrokes characters into it, then reads its memory
// once it has settled. Every app gets
// the same treatment: its own home for settings, the first launch as a warm-up.
class AppLaunch
{
public:
    struct Figures
    {
        double startupMs = 0; // median
        double rssMb = 0;     // median
        double pssMb = 0;
        double appRssMb = 0; // the app's own process, without its WebEngine helpers
        int processes = 0;
    };
    // Characters typed into the window (xdotool) before memory is read, as an editor would.
    static constexpr int kKeystrokes = 200;
    static constexpr int kSettleMs = 4000; // for the page to load before memory is read

    AppLaunch(QString program, QStringList arguments, QString home);
    static bool canWatchWindows();
    Figures measure(int launches) const;

private:
    QString m_program;
    QStringList m_arguments;
    QString m_home;
};

} // namespace newsroom::bench
