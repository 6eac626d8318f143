#include "ArchiveBenchmark.h"
#include "DesktopBenchmark.h"
#include "SiteBenchmark.h"
#include "TimedApplication.h"
#include "preview/PreviewGraphics.h"
#include "preview/PreviewScheme.h"

#include <QCommandLineParser>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>
#include <unistd.h>

int main(int argc, char *argv[])
{
    // The desktop figures run the real preview; Chromium refuses its sandbox as root.
    if (geteuid() == 0)
        qputenv("QTWEBENGINE_DISABLE_SANDBOX", "1");
    // Without a display the preview still runs offscreen (startup and memory then skip).
    if (qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    newsroom::previewscheme::registerScheme();
    newsroom::previewgraphics::chooseRenderer(); // as the app does
    newsroom::bench::TimedApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("newsroom-bench"));
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Measures Newsroom on deterministic synthetic archives of 10k and 100k articles, "
        "beside the sqlite3 shell, Hugo and Ghostwriter. Run it under xvfb-run for the "
        "desktop app's startup and memory."));
    parser.addHelpOption();
    parser.addOptions({
        {QStringLiteral("json"), QStringLiteral("Also write the figures to FILE."),
         QStringLiteral("FILE")},
        {QStringLiteral("quick"), QStringLiteral("Fewer repetitions: a run of a few minutes.")},
        {QStringLiteral("sizes"),
         QStringLiteral("Comma-separated archive sizes (default 10000,100000)."),
         QStringLiteral("N,N")},
        {QStringLiteral("no-peer"),
         QStringLiteral("Skip the peers (sqlite3 shell, Hugo, Ghostwriter) beside our figures.")},
        {QStringLiteral("no-desktop"), QStringLiteral("Skip the desktop app's figures.")},
        {QStringLiteral("desktop-only"),
         QStringLiteral("Only the desktop app's figures, on an archive an earlier run left in "
                        "--dir (built first when there is none).")},
        {QStringLiteral("suggest-only"),
         QStringLiteral("Only the suggestion figures, on the archives an earlier run left in "
                        "--dir (built first when there are none).")},
        {QStringLiteral("dir"),
         QStringLiteral("Where to build the archives (default: a temporary folder)."),
         QStringLiteral("DIR")},
    });
    parser.process(app);

    QTemporaryDir temporary;
    const QString folder = parser.isSet(QStringLiteral("dir")) ? parser.value(QStringLiteral("dir"))
                                                               : temporary.path();
    const int repeats = parser.isSet(QStringLiteral("quick")) ? 5 : 20;
    QList<int> sizes;
    for (const QString &size :
         parser.value(QStringLiteral("sizes")).split(QLatin1Char(','), Qt::SkipEmptyParts))
        sizes.append(size.toInt());
    if (sizes.isEmpty())
        sizes = {10000, 100000};

    QTextStream out(stdout);
    const bool desktopOnly = parser.isSet(QStringLiteral("desktop-only"));
    const bool suggestOnly = parser.isSet(QStringLiteral("suggest-only"));
    QJsonObject render;
    if (!desktopOnly && !suggestOnly) {
        render = newsroom::bench::SiteBenchmark::measureRender(repeats);
        out << QJsonDocument(render).toJson() << Qt::flush;
    }
    QJsonArray runs;
    for (int size : std::as_const(sizes)) {
        if (suggestOnly) {
            const QJsonObject figures =
                newsroom::bench::ArchiveBenchmark(folder, size, repeats).runSuggest();
            out << QJsonDocument(figures).toJson() << Qt::flush;
            runs.append(figures);
            continue;
        }
        if (desktopOnly && size != sizes.last())
            continue;
        if (desktopOnly && QFile::exists(newsroom::bench::ArchiveBenchmark::pathFor(folder, size)))
            continue;
        const QJsonObject figures = newsroom::bench::ArchiveBenchmark(folder, size, repeats)
                                        .run(!parser.isSet(QStringLiteral("no-peer")));
        out << QJsonDocument(figures).toJson() << Qt::flush;
        runs.append(figures);
    }
    QJsonObject desktop;
    if (!parser.isSet(QStringLiteral("no-desktop")) && !suggestOnly) {
        // On the largest archive, as the app would open it.
        const QString archive = newsroom::bench::ArchiveBenchmark::pathFor(folder, sizes.last());
        desktop = newsroom::bench::DesktopBenchmark(folder, archive, repeats)
                      .run(!parser.isSet(QStringLiteral("no-peer")));
        desktop.insert(QStringLiteral("articles"), sizes.last());
        out << QJsonDocument(desktop).toJson() << Qt::flush;
    }
    const QJsonObject report{{QStringLiteral("machine"), QStringLiteral("%1, %2 cores")
                                                             .arg(QSysInfo::prettyProductName())
                                                             .arg(QThread::idealThreadCount())},
                             {QStringLiteral("render"), render},
                             {QStringLiteral("runs"), runs},
                             {QStringLiteral("desktop"), desktop}};
    if (parser.isSet(QStringLiteral("json"))) {
        QFile file(parser.value(QStringLiteral("json")));
        if (!file.open(QIODevice::WriteOnly)) {
            QTextStream(stderr) << "newsroom-bench: cannot write " << file.fileName() << Qt::endl;
            return 1;
        }
        file.write(QJsonDocument(report).toJson());
    }
    return 0;
}
