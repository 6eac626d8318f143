#include "ArchiveBenchmark.h"
#include "DesktopBenchmark.h"
#include "LiveRefreshBenchmark.h"
#include "MarkdownPeers.h"
#include "PictureBenchmark.h"
#include "ServerBenchmark.h"
#include "ServerLoadTest.h"
#include "SiteBenchmark.h"
#include "ThrowAwayCluster.h"
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
#include <functional>
#include <unistd.h>

namespace {

// The team archive's figures: each size on its own database of a throw-away cluster
// (fsync on), the load test on the largest, and the targets checked.
QJsonObject measureServer(const QString &folder, const QList<int> &sizes, int repeats,
                          int loadSeconds, bool keep, QTextStream &out)
{
    using namespace newsroom::bench;
    ThrowAwayCluster cluster(folder + QStringLiteral("/pg"));
    if (!cluster.start(keep))
        return QJsonObject{{QStringLiteral("error"), cluster.error()}};
    if (keep) {
        cluster.keep();
        out << "newsroom-bench: the server is kept running (--keep-server): " << cluster.address()
            << "; scripts/pg-test-cluster.sh stop " << folder << "/pg removes it\n"
            << Qt::flush;
    }
    QJsonArray runs;
    QString largest;
    QJsonObject last;
    for (int size : sizes) {
        const QString address = cluster.createDatabase(QStringLiteral("bench_%1").arg(size));
        if (address.isEmpty())
            return QJsonObject{{QStringLiteral("error"), cluster.error()}};
        last = ServerBenchmark(address, size, repeats, cluster.reused()).run();
        out << QJsonDocument(last).toJson() << Qt::flush;
        runs.append(last);
        largest = address;
    }
    const QJsonObject load = ServerLoadTest(largest, 50, 5, loadSeconds).run();
    out << QJsonDocument(load).toJson() << Qt::flush;
    bool searchMet = !last.value(QStringLiteral("search_by_class")).toObject().isEmpty();
    const QJsonObject classes = last.value(QStringLiteral("search_by_class")).toObject();
    for (auto it = classes.begin(); it != classes.end(); ++it)
        searchMet &= it.value().toObject().value(QStringLiteral("p95_ms")).toDouble() <= 15;
    const QJsonObject targets{
        {QStringLiteral("articles"), last.value(QStringLiteral("articles"))},
        {QStringLiteral("search_p95_le_15ms_every_class"), searchMet},
        {QStringLiteral("save_p95_le_10ms"),
         last.contains(QStringLiteral("save_p95_ms")) &&
             last.value(QStringLiteral("save_p95_ms")).toDouble() <= 10},
        {QStringLiteral("load_save_p99_le_100ms"),
         load.contains(QStringLiteral("save_p99_ms")) &&
             load.value(QStringLiteral("save_p99_ms")).toDouble() <= 100},
        {QStringLiteral("load_no_lost_updates"),
         load.contains(QStringLiteral("lost_updates")) &&
             load.value(QStringLiteral("lost_updates")).toInt() == 0},
        {QStringLiteral("load_no_errors"), load.contains(QStringLiteral("errors")) &&
                                               load.value(QStringLiteral("errors")).toInt() == 0},
    };
    return QJsonObject{{QStringLiteral("settings"), ThrowAwayCluster::settings()},
                       {QStringLiteral("runs"), runs},
                       {QStringLiteral("load_test"), load},
                       {QStringLiteral("targets"), targets}};
}

QJsonObject withMachine(QJsonObject report)
{
    report.insert(QStringLiteral("machine"), QStringLiteral("%1, %2 cores")
                                                 .arg(QSysInfo::prettyProductName())
                                                 .arg(QThread::idealThreadCount()));
    return report;
}

// Writes the report to --json's FILE when it is set; false (said on stderr) when it cannot.
bool writeJson(const QCommandLineParser &parser, const QJsonObject &report)
{
    if (!parser.isSet(QStringLiteral("json")))
        return true;
    QFile file(parser.value(QStringLiteral("json")));
    if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(report).toJson()) < 0) {
        QTextStream(stderr) << "newsroom-bench: cannot write " << file.fileName() << Qt::endl;
        return false;
    }
    return true;
}

// `measure` for each size in turn, each figure printed as it comes.
QJsonArray eachSize(const QList<int> &sizes, QTextStream &out,
                    const std::function<QJsonObject(int)> &measure)
{
    QJsonArray runs;
    for (int size : sizes) {
        const QJsonObject figures = measure(size);
        out << QJsonDocument(figures).toJson() << Qt::flush;
        runs.append(figures);
    }
    return runs;
}

// Every peer on one archive of `size` articles, each side several times in turn: the figures
// bench/compare.sh turns into bench/RESULTS.md.
int compare(const QCommandLineParser &parser, const QString &folder, int size, int repeats,
            QTextStream &out)
{
    using namespace newsroom::bench;
    constexpr int kRounds = 5;
    constexpr int kBodies = 1000;
    const QJsonObject markdown = MarkdownPeers::measure(folder, kBodies, kRounds);
    out << QJsonDocument(markdown).toJson() << Qt::flush;
    const QJsonObject archive = ArchiveBenchmark(folder, size, repeats).runCompare(kRounds);
    out << QJsonDocument(archive).toJson() << Qt::flush;
    const QJsonObject render = SiteBenchmark::measureRender(repeats);
    out << QJsonDocument(render).toJson() << Qt::flush;
    QJsonObject desktop =
        DesktopBenchmark(folder, ArchiveBenchmark::pathFor(folder, size), repeats).run(true);
    desktop.insert(QStringLiteral("articles"), size);
    out << QJsonDocument(desktop).toJson() << Qt::flush;
    const QJsonObject report{{QStringLiteral("markdown"), markdown},
                             {QStringLiteral("archive"), archive},
                             {QStringLiteral("render"), render},
                             {QStringLiteral("desktop"), desktop}};
    const bool failed = markdown.contains(QStringLiteral("error")) ||
                        archive.contains(QStringLiteral("error")) ||
                        desktop.contains(QStringLiteral("error"));
    return writeJson(parser, withMachine(report)) && !failed ? 0 : 1;
}

} // namespace

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
        {QStringLiteral("search-only"),
         QStringLiteral("Only opening and searching, on the archives an earlier run left in "
                        "--dir (built first when there are none): to compare two builds' "
                        "search on one archive.")},
        {QStringLiteral("site-only"),
         QStringLiteral("Only the site export (each article with a lead image) beside Hugo, on "
                        "the archives an earlier run left in --dir (built first when there are "
                        "none).")},
        {QStringLiteral("server"),
         QStringLiteral("Also measure the team archive on a PostgreSQL server (the default when "
                        "its binaries are installed): a throw-away cluster, fsync on.")},
        {QStringLiteral("no-server"), QStringLiteral("Skip the PostgreSQL server's figures.")},
        {QStringLiteral("server-only"),
         QStringLiteral("Only the PostgreSQL server's figures and its load test.")},
        {QStringLiteral("pictures-only"),
         QStringLiteral("Only the pictures' figure: importing a 12-megapixel JPEG.")},
        {QStringLiteral("live-only"),
         QStringLiteral("Only the team archive's live refresh: notice to list, and the "
                        "listener's return after server restarts.")},
        {QStringLiteral("load-seconds"),
         QStringLiteral("How long the server's load test runs (default 60)."), QStringLiteral("S")},
        {QStringLiteral("keep-server"),
         QStringLiteral("Leave the server's cluster running in --dir with its archives, and "
                        "measure those an earlier --keep-server run left there instead of "
                        "importing again (to compare server settings quickly).")},
        {QStringLiteral("compare"),
         QStringLiteral("Every peer beside us on one archive (the first of --sizes, default "
                        "10000), each side five times in turn: import and search vs the sqlite3 "
                        "shell, export vs Hugo, Markdown vs cmark-gfm and pandoc, start-up and "
                        "memory vs Ghostwriter (bench/compare.sh makes the report).")},
        {QStringLiteral("dir"),
         QStringLiteral("Where to build the archives (default: a temporary folder)."),
         QStringLiteral("DIR")},
    });
    parser.process(app);

    if (parser.isSet(QStringLiteral("keep-server")) && !parser.isSet(QStringLiteral("dir"))) {
        QTextStream(stderr) << "newsroom-bench: --keep-server needs --dir (a temporary folder "
                               "goes when the bench ends)\n";
        return 2;
    }
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
    if (parser.isSet(QStringLiteral("compare")))
        return compare(parser, folder,
                       parser.isSet(QStringLiteral("sizes")) ? sizes.first() : 10000, repeats, out);
    if (parser.isSet(QStringLiteral("search-only"))) {
        const QJsonArray runs = eachSize(sizes, out, [&](int size) {
            return newsroom::bench::ArchiveBenchmark(folder, size, repeats).runSearch();
        });
        return writeJson(parser, withMachine({{QStringLiteral("runs"), runs}})) ? 0 : 1;
    }
    if (parser.isSet(QStringLiteral("site-only"))) {
        const bool withPeer = !parser.isSet(QStringLiteral("no-peer"));
        const QJsonArray siteRuns = eachSize(sizes, out, [&](int size) {
            return newsroom::bench::ArchiveBenchmark(folder, size, repeats).runSite(withPeer);
        });
        const QJsonObject render = newsroom::bench::SiteBenchmark::measureRender(repeats);
        out << QJsonDocument(render).toJson() << Qt::flush;
        return writeJson(parser, withMachine({{QStringLiteral("render"), render},
                                              {QStringLiteral("runs"), siteRuns}}))
                   ? 0
                   : 1;
    }
    if (parser.isSet(QStringLiteral("live-only"))) {
        const QJsonObject live =
            newsroom::bench::LiveRefreshBenchmark(folder + QStringLiteral("/pg-live"), 100).run();
        out << QJsonDocument(live).toJson() << Qt::flush;
        return live.contains(QStringLiteral("error")) ? 1 : 0;
    }
    const bool picturesOnly = parser.isSet(QStringLiteral("pictures-only"));
    QJsonObject pictures;
    if (picturesOnly || (!parser.isSet(QStringLiteral("server-only")) &&
                         !parser.isSet(QStringLiteral("desktop-only")) &&
                         !parser.isSet(QStringLiteral("suggest-only")))) {
        pictures = newsroom::bench::PictureBenchmark::measure(folder, repeats);
        out << QJsonDocument(QJsonObject{{QStringLiteral("pictures"), pictures}}).toJson()
            << Qt::flush;
    }
    const bool desktopOnly = parser.isSet(QStringLiteral("desktop-only"));
    const bool suggestOnly = parser.isSet(QStringLiteral("suggest-only"));
    const bool serverOnly = parser.isSet(QStringLiteral("server-only"));
    const bool withServer = serverOnly || parser.isSet(QStringLiteral("server")) ||
                            (!parser.isSet(QStringLiteral("no-server")) && !desktopOnly &&
                             !suggestOnly && newsroom::bench::ThrowAwayCluster::available());
    if (withServer && !newsroom::bench::ThrowAwayCluster::available()) {
        QTextStream(stderr) << "newsroom-bench: --server needs PostgreSQL's server binaries "
                               "(initdb, pg_ctl): install postgresql-15 "
                               "(scripts/install-deps.sh)."
                            << Qt::endl;
        return 1;
    }
    QJsonObject render;
    if (!desktopOnly && !suggestOnly && !serverOnly && !picturesOnly) {
        render = newsroom::bench::SiteBenchmark::measureRender(repeats);
        out << QJsonDocument(render).toJson() << Qt::flush;
    }
    QJsonArray runs;
    for (int size : std::as_const(sizes)) {
        if (serverOnly || picturesOnly)
            break;
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
    if (!parser.isSet(QStringLiteral("no-desktop")) && !suggestOnly && !serverOnly &&
        !picturesOnly) {
        // On the largest archive, as the app would open it.
        const QString archive = newsroom::bench::ArchiveBenchmark::pathFor(folder, sizes.last());
        desktop = newsroom::bench::DesktopBenchmark(folder, archive, repeats)
                      .run(!parser.isSet(QStringLiteral("no-peer")));
        desktop.insert(QStringLiteral("articles"), sizes.last());
        out << QJsonDocument(desktop).toJson() << Qt::flush;
    }
    QJsonObject server;
    if (withServer && !picturesOnly) {
        const int loadSeconds = parser.isSet(QStringLiteral("load-seconds"))
                                    ? parser.value(QStringLiteral("load-seconds")).toInt()
                                    : 60;
        server = measureServer(folder, sizes, repeats, std::max(1, loadSeconds),
                               parser.isSet(QStringLiteral("keep-server")), out);
        const QJsonObject live =
            newsroom::bench::LiveRefreshBenchmark(folder + QStringLiteral("/pg-live"), 100).run();
        out << QJsonDocument(live).toJson() << Qt::flush;
        server.insert(QStringLiteral("live_refresh"), live);
        out << QJsonDocument(server.value(QStringLiteral("targets")).toObject()).toJson()
            << Qt::flush;
    }
    const QJsonObject report{{QStringLiteral("render"), render},
                             {QStringLiteral("pictures"), pictures},
                             {QStringLiteral("runs"), runs},
                             {QStringLiteral("desktop"), desktop},
                             {QStringLiteral("server"), server}};
    return writeJson(parser, withMachine(report)) ? 0 : 1;
}
