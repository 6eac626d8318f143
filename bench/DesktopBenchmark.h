#pragma once

#include <QJsonObject>
#include <QString>

namespace newsroom::bench {

// The desktop app as an editor feels it, beside Ghostwriter (Debian's Qt Markdown editor):
//   preview_p95_ms: a keystroke in a 5,000-word article until the preview's DOM shows it
//                   (in process, on the real widgets and Qt WebEngine);
//   startup_ms:     launch to the first window on screen, with the archive given
//                   (the real binary; needs an X server and xdotool, e.g. under xvfb-run);
//   rss_mb, pss_mb: memory of the app and its WebEngine processes once the article shows and
//                   200 characters were typed into it (AppLaunch::kKeystrokes);
//   app_rss_mb:     the same of the app's own process alone;
//   gui_stall_max_ms, gui_stall_p99_ms: the longest (and 99th percentile) time the GUI
//                   event loop did not run while typing 200 keystrokes into a 5,000-word
//                   article with search as you type, suggestions, the checklist and the
//                   autosave live, with every archive call 50 ms away (DelayedArticleStore);
//                   gui_stall_max_ms_nodelay, gui_stall_p99_ms_nodelay: the same at 0 ms.
//   gui_stall_causes: the slowest events the GUI thread delivered meanwhile (receiver class,
//                   event type), to say where a stall came from.
class DesktopBenchmark
{
public:
    static constexpr int kBodyWords = 5000;

    DesktopBenchmark(QString folder, QString archivePath, int repeats);
    QJsonObject run(bool withPeer);

    static QString longBody(int words); // Markdown with a "##" heading every 500 words

private:
    void measurePreview(QJsonObject &out);
    void measureStall(QJsonObject &out, int delayMs, const QString &suffix);
    void measureLaunch(QJsonObject &out, bool withPeer);
    qint64 addLongArticle(QJsonObject &out);

    QString m_folder;
    QString m_archivePath;
    int m_repeats;
};

} // namespace newsroom::bench
