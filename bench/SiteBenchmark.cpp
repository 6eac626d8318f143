#include "SiteBenchmark.h"

#include "Stats.h"
#include "SyntheticArticles.h"
#include "export/MarkdownExporter.h"
#include "export/SiteExporter.h"
#include "importer/PlainTextArticleParser.h"
#include "render/PageRenderer.h"
#include "store/SqliteArticleStore.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QScopeGuard>
#include <QStandardPaths>
#include <unistd.h>

namespace newsroom::bench {

namespace {

constexpr int kRounds = 3;

// bench/hugo-site: the minimal layout, copied next to the exported Markdown.
bool writeHugoSite(const QString &root)
{
    const QString source = QStringLiteral(NEWSROOM_HUGO_SITE);
    for (const QString &path :
         {QStringLiteral("hugo.toml"), QStringLiteral("layouts/_default/single.html"),
          QStringLiteral("layouts/_default/list.html")}) {
        const QString target = root + QLatin1Char('/') + path;
        QDir().mkpath(QFileInfo(target).absolutePath());
        if (!QFile::copy(source + QLatin1Char('/') + path, target))
            return false;
    }
    return true;
}

} // namespace

QJsonObject SiteBenchmark::measureRender(int repeats)
{
    SyntheticArticles generator;
    QString text = generator.next();
    while (text.count(QLatin1Char(' ')) < 5000)
        text += QLatin1Char('\n') + generator.next().section(QLatin1Char('\n'), 2);
    Article article = PlainTextArticleParser::parse(text);
    article.updatedAt = QDateTime::currentDateTimeUtc();
    auto renderer = PageRenderer::create(Theme::builtIn());
    if (!renderer)
        return {{QStringLiteral("error"), renderer.error().message}};
    QList<double> samples;
    for (int i = 0; i < std::max(100, repeats * 10); ++i) {
        QElapsedTimer timer;
        timer.start();
        auto page = (*renderer)->render(article, {});
        samples.append(timer.nsecsElapsed() / 1e6);
        if (!page)
            return {{QStringLiteral("error"), page.error().message}};
    }
    return {{QStringLiteral("render_words"), int(article.body.count(QLatin1Char(' ')) + 1)},
            {QStringLiteral("render_p50_ms"), percentile(samples, 50)},
            {QStringLiteral("render_p95_ms"), percentile(samples, 95)}};
}

QJsonObject SiteBenchmark::measureExport(const QString &archivePath, const QString &folder)
{
    auto store = SqliteArticleStore::open(archivePath);
    if (!store)
        return {{QStringLiteral("error"), store.error().message}};
    const qint64 articles = *(*store)->count({});
    // Fresh folders, removed only after timing: ext4 creates files slowly right after many
    // were deleted, which would tilt the comparison against whoever goes first. Each side
    // runs kRounds times, alternating, after a sync; medians are reported.
    const QString stamp = QString::number(QDateTime::currentMSecsSinceEpoch());
    const QString runFolder = folder + QStringLiteral("/site-bench-") + stamp;
    const auto cleanUp = qScopeGuard([&] { QDir(runFolder).removeRecursively(); });
    const QString hugoRoot = runFolder + QStringLiteral("/hugo");
    const QString hugo = QStandardPaths::findExecutable(QStringLiteral("hugo"));
    const bool withHugo =
        !hugo.isEmpty() && writeHugoSite(hugoRoot) &&
        MarkdownExporter(**store).exportTo(hugoRoot + QStringLiteral("/content/news"));

    SiteExporter::Options options;
    options.includeUnpublished = true;
    options.baseUrl = QStringLiteral("https://news.example.org");
    QList<double> ours;
    QList<double> theirs;
    QString lastSite;
    for (int round = 0; round < kRounds; ++round) {
        lastSite = runFolder + QStringLiteral("/site-%1").arg(round);
        ::sync();
        QElapsedTimer timer;
        timer.start();
        auto report = SiteExporter(**store, options).exportTo(lastSite);
        ours.append(timer.nsecsElapsed() / 1e9);
        if (!report)
            return {{QStringLiteral("error"), report.error().message}};
        if (!withHugo)
            continue;
        ::sync();
        QProcess process;
        process.setProcessChannelMode(QProcess::MergedChannels);
        timer.restart();
        process.start(hugo, {QStringLiteral("--quiet"), QStringLiteral("--buildDrafts"),
                             QStringLiteral("--source"), hugoRoot, QStringLiteral("--destination"),
                             runFolder + QStringLiteral("/public-%1").arg(round)});
        process.waitForFinished(600000);
        theirs.append(timer.nsecsElapsed() / 1e9);
        if (process.exitCode() != 0)
            return {{QStringLiteral("hugo"), QString::fromUtf8(process.readAll()).left(400)}};
    }
    QElapsedTimer timer;
    timer.start();
    auto again = SiteExporter(**store, options).exportTo(lastSite);
    const double reSeconds = timer.nsecsElapsed() / 1e9;

    const double seconds = percentile(ours, 50);
    QJsonObject out{{QStringLiteral("export_articles"), int(articles)},
                    {QStringLiteral("export_s"), seconds},
                    {QStringLiteral("export_per_s"), qRound(articles / seconds)},
                    {QStringLiteral("reexport_unchanged_s"), reSeconds}};
    if (!withHugo) {
        out.insert(QStringLiteral("hugo"), QStringLiteral("hugo not installed"));
        return out;
    }
    const double hugoSeconds = percentile(theirs, 50);
    out.insert(QStringLiteral("hugo_s"), hugoSeconds);
    out.insert(QStringLiteral("hugo_per_s"), qRound(articles / hugoSeconds));
    out.insert(QStringLiteral("export_vs_hugo"), seconds / hugoSeconds);
    return out;
}

} // namespace newsroom::bench
