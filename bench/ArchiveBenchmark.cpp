#include "ArchiveBenchmark.h"

#include "QueryClasses.h"
#include "SiteBenchmark.h"
#include "SqliteShellPeer.h"
#include "Stats.h"
#include "SyntheticArticles.h"
#include "checks/SameStoryFinder.h"
#include "importer/ArticleImporter.h"
#include "store/SqliteArticleStore.h"
#include "store/SqliteDatabase.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QTextStream>
#include <ctime>

namespace newsroom::bench {

namespace {

// Site export (and Hugo beside it) is measured on archives up to this size.
constexpr int kLargestSiteExport = 10000;

double msSince(const QElapsedTimer &timer)
{
    return timer.nsecsElapsed() / 1e6;
}

// Processor time of this thread: on a machine shared with other work (a build), the part
// of a wall-clock figure that is ours.
double threadCpuMs()
{
    timespec now{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return double(now.tv_sec) * 1e3 + double(now.tv_nsec) / 1e6;
}

} // namespace

ArchiveBenchmark::ArchiveBenchmark(QString folder, int articles, int repeats)
    : m_folder(std::move(folder)), m_articles(articles), m_repeats(repeats)
{}

QString ArchiveBenchmark::pathFor(const QString &folder, int articles)
{
    return folder + QStringLiteral("/archive-%1.newsroom").arg(articles);
}

QString ArchiveBenchmark::archivePath() const
{
    return pathFor(m_folder, m_articles);
}

QJsonObject ArchiveBenchmark::run(bool withPeer)
{
    QJsonObject out{{QStringLiteral("articles"), m_articles}};
    if (!build(out))
        return out;
    measureOpen(out);
    measureSearch(out);
    measureSuggest(out);
    if (withPeer)
        measurePeer(out);
    if (m_articles <= kLargestSiteExport) {
        measureSite(out, withPeer);
    }
    measureDuplicates(out); // last: it adds articles to the archive
    return out;
}

// The site export (each article with a lead image) beside Hugo, its figures added to `out`.
void ArchiveBenchmark::measureSite(QJsonObject &out, bool withPeer)
{
    const QJsonObject site = SiteBenchmark::measureExport(archivePath(), m_folder, withPeer);
    for (auto it = site.begin(); it != site.end(); ++it)
        out.insert(it.key(), it.value());
}

QJsonObject ArchiveBenchmark::runSite(bool withPeer)
{
    QJsonObject out{{QStringLiteral("articles"), m_articles}};
    if (!QFile::exists(archivePath()) && !build(out))
        return out;
    measureSite(out, withPeer);
    return out;
}

QJsonObject ArchiveBenchmark::runSuggest()
{
    QJsonObject out{{QStringLiteral("articles"), m_articles}};
    if (!QFile::exists(archivePath()) && !build(out))
        return out;
    measureSuggest(out);
    return out;
}

QJsonObject ArchiveBenchmark::runSearch()
{
    QJsonObject out{{QStringLiteral("articles"), m_articles}};
    if (!QFile::exists(archivePath()) && !build(out))
        return out;
    measureOpen(out);
    measureSearch(out);
    return out;
}

// "More like this" for articles spread over the archive, each from a fresh connection's
// point of view for the first (no term counts remembered) and then as the editor's
// refresh sees it. Both kinds count in the p95.
void ArchiveBenchmark::measureSuggest(QJsonObject &out)
{
    auto store = SqliteArticleStore::open(archivePath());
    if (!store)
        return;
    QList<double> samples;
    QList<double> cold;
    QList<double> processor;
    const int probes = std::min(m_articles, 10 * m_repeats);
    for (int i = 0; i < probes; ++i) {
        const qint64 id = 1 + qint64(i) * m_articles / probes;
        auto article = (*store)->article(id);
        if (!article)
            continue;
        for (int pass = 0; pass < 2; ++pass) {
            QElapsedTimer timer;
            timer.start();
            const double cpuStart = threadCpuMs();
            auto hits = (*store)->suggestRelated(*article, 10);
            samples.append(msSince(timer));
            processor.append(threadCpuMs() - cpuStart);
            if (pass == 0)
                cold.append(samples.last());
            if (!hits) {
                out.insert(QStringLiteral("error"), hits.error().message);
                return;
            }
        }
    }
    out.insert(QStringLiteral("suggest_p95_ms"), percentile(samples, 95));
    out.insert(QStringLiteral("suggest_first_p95_ms"), percentile(cold, 95));
    out.insert(QStringLiteral("suggest_max_ms"), percentile(samples, 100));
    out.insert(QStringLiteral("suggest_cpu_p95_ms"), percentile(processor, 95));
}

// The duplicate-story check (SameStoryFinder::matchesFor), as the checklist runs it: first
// for articles spread over the archive on a fresh connection (no term counts remembered),
// then again (the checklist refreshing while the editor types). Then as an import runs it:
// copies of some of those articles filed again (another headline, the last paragraph cut)
// go through the importer with the check on, and each must be found. Last, the whole
// archive's scan (`newsroom-cli duplicates`), which must find those copies.
void ArchiveBenchmark::measureDuplicates(QJsonObject &out)
{
    auto store = SqliteArticleStore::open(archivePath());
    if (!store)
        return;
    SameStoryFinder finder(**store);
    QList<double> first;
    QList<double> again;
    QList<std::pair<QString, QString>> copies;
    const int probes = std::min(m_articles, 10 * m_repeats);
    for (int i = 0; i < probes; ++i) {
        auto article = (*store)->article(1 + qint64(i) * m_articles / probes);
        if (!article)
            continue;
        for (QList<double> *samples : {&first, &again}) {
            QElapsedTimer timer;
            timer.start();
            const auto matches = finder.matchesFor(*article);
            samples->append(msSince(timer));
            if (!matches) {
                out.insert(QStringLiteral("error"), matches.error().message);
                return;
            }
        }
        QStringList paragraphs = article->body.split(QStringLiteral("\n\n"));
        paragraphs.removeLast();
        copies.append({QStringLiteral("copy-%1.txt").arg(article->id),
                       QStringLiteral("Update: ") + article->headline + QLatin1Char('\n') +
                           article->dek + QLatin1Char('\n') + paragraphs.join(QLatin1Char('\n'))});
    }
    out.insert(QStringLiteral("duplicate_check_p50_ms"), percentile(first, 50));
    out.insert(QStringLiteral("duplicate_check_p95_ms"), percentile(first, 95));
    out.insert(QStringLiteral("duplicate_check_again_p95_ms"), percentile(again, 95));

    QElapsedTimer timer;
    timer.start();
    const auto outcomes = ArticleImporter(**store).importTexts(copies);
    out.insert(QStringLiteral("import_with_duplicate_check_ms_per_article"),
               msSince(timer) / std::max<qsizetype>(1, copies.size()));
    int found = 0;
    for (const auto &outcome : outcomes)
        found += !outcome.possibleDuplicates.isEmpty();
    out.insert(QStringLiteral("duplicate_copies_found"),
               QStringLiteral("%1 of %2").arg(found).arg(copies.size()));

    timer.restart();
    const auto clusters = finder.clusters();
    out.insert(QStringLiteral("duplicates_scan_s"), msSince(timer) / 1000);
    if (clusters)
        out.insert(QStringLiteral("duplicates_scan_clusters"), int(clusters->size()));
}

// Import goes through the same importer as `newsroom-cli import`: parse, save, revision,
// index. Texts are generated first so that generation is not timed.
bool ArchiveBenchmark::build(QJsonObject &out)
{
    QFile::remove(archivePath());
    auto store = SqliteArticleStore::open(archivePath());
    if (!store) {
        out.insert(QStringLiteral("error"), store.error().message);
        return false;
    }
    const auto texts = SyntheticArticles::files(m_articles);

    QElapsedTimer timer;
    timer.start();
    // The archive's own rate: a migration of a whole archive may leave the duplicate check
    // off, and measureDuplicates times it apart.
    ArticleImporter importer(**store);
    importer.setDuplicateCheck(false);
    const auto outcomes = importer.importTexts(texts);
    const double seconds = timer.nsecsElapsed() / 1e9;
    out.insert(QStringLiteral("import_per_s"), qRound(m_articles / seconds));
    // The write-ahead log counts: a small archive is still all in it.
    out.insert(QStringLiteral("archive_mb"),
               double(QFileInfo(archivePath()).size() +
                      QFileInfo(archivePath() + QStringLiteral("-wal")).size()) /
                   1e6);
    for (const auto &outcome : outcomes) {
        if (!outcome.article) {
            out.insert(QStringLiteral("error"), outcome.error);
            return false;
        }
    }
    return true;
}

// Opening includes the schema check and the first page of the archive list.
void ArchiveBenchmark::measureOpen(QJsonObject &out)
{
    QList<double> samples;
    for (int i = 0; i < std::max(5, m_repeats); ++i) {
        QElapsedTimer timer;
        timer.start();
        auto store = SqliteArticleStore::open(archivePath());
        if (!store)
            return;
        auto page = (*store)->list(ArticleFilter{}, 100);
        if (!page || page->isEmpty())
            return;
        samples.append(msSince(timer));
    }
    out.insert(QStringLiteral("open_ms"), percentile(samples, 50));
}

void ArchiveBenchmark::measureSearch(QJsonObject &out)
{
    auto store = SqliteArticleStore::open(archivePath());
    if (!store)
        return;
    QList<double> all;
    QJsonObject perClass;
    for (const QueryClass &queryClass : queryClasses(SyntheticArticles())) {
        QList<double> samples;
        qint64 results = 0;
        for (int r = 0; r < m_repeats; ++r) {
            for (const QString &text : queryClass.queries) {
                QElapsedTimer timer;
                timer.start();
                auto hits = (*store)->search(SearchQuery{text, {}, 20});
                samples.append(msSince(timer));
                results += hits ? hits->size() : 0;
            }
        }
        perClass.insert(queryClass.name,
                        QJsonObject{{QStringLiteral("p50_ms"), percentile(samples, 50)},
                                    {QStringLiteral("p95_ms"), percentile(samples, 95)},
                                    {QStringLiteral("mean_results"),
                                     double(results) / std::max<qsizetype>(1, samples.size())}});
        all.append(samples);
    }
    out.insert(QStringLiteral("search_p50_ms"), percentile(all, 50));
    out.insert(QStringLiteral("search_p95_ms"), percentile(all, 95));
    out.insert(QStringLiteral("search_by_class"), perClass);
}

// The same articles through the sqlite3 shell: .import into stock FTS5, ORDER BY rank.
void ArchiveBenchmark::measurePeer(QJsonObject &out)
{
    if (!SqliteShellPeer::available()) {
        out.insert(QStringLiteral("peer_sqlite3"), QStringLiteral("sqlite3 shell not installed"));
        return;
    }
    const auto seconds = loadPeer();
    if (!seconds)
        return;
    QJsonObject peer = peerSearch();
    peer.insert(QStringLiteral("import_per_s"), qRound(m_articles / *seconds));
    out.insert(QStringLiteral("peer_sqlite3"), peer);
}

QString ArchiveBenchmark::peerPath() const
{
    return m_folder + QStringLiteral("/peer-%1.db").arg(m_articles);
}

// The same articles loaded into a new database by the sqlite3 shell; its seconds.
std::optional<double> ArchiveBenchmark::loadPeer()
{
    const QString csvPath = m_folder + QStringLiteral("/peer-%1.csv").arg(m_articles);
    QFile::remove(peerPath());
    {
        QFile csv(csvPath);
        if (!csv.open(QIODevice::WriteOnly))
            return std::nullopt;
        QTextStream stream(&csv);
        SyntheticArticles generator;
        const auto quote = [](QString text) -> QString {
            return QLatin1Char('"') + text.replace(QLatin1Char('"'), QStringLiteral("\"\"")) +
                   QLatin1Char('"');
        };
        for (int i = 0; i < m_articles; ++i) {
            const QStringList lines = generator.next().split(QLatin1Char('\n'));
            stream << i + 1 << ',' << quote(lines[0]) << ',' << quote(lines[1]) << ','
                   << quote(lines.mid(2).join(QStringLiteral("\n\n"))) << '\n';
        }
    }
    const auto seconds = SqliteShellPeer::load(peerPath(), csvPath);
    QFile::remove(csvPath);
    return seconds;
}

// The shell's p95 per query class on the database loadPeer made.
QJsonObject ArchiveBenchmark::peerSearch() const
{
    QJsonObject peer;
    for (const QueryClass &queryClass : queryClasses(SyntheticArticles())) {
        const QList<double> times =
            SqliteShellPeer::queryTimes(peerPath(), queryClass.queries, std::min(m_repeats, 5));
        peer.insert(queryClass.name + QStringLiteral("_p95_ms"), percentile(times, 95));
    }
    return peer;
}

// Each side's import `rounds` times in turn (medians), then search and the site export
// beside their peers: the figures bench/compare.sh turns into a table of ratios.
QJsonObject ArchiveBenchmark::runCompare(int rounds)
{
    QJsonObject out{{QStringLiteral("articles"), m_articles}, {QStringLiteral("rounds"), rounds}};
    if (!SqliteShellPeer::available()) {
        out.insert(QStringLiteral("error"), QStringLiteral("the sqlite3 shell is not installed"));
        return out;
    }
    QList<double> ours;
    QList<double> shell;
    for (int round = 0; round < rounds; ++round) {
        QJsonObject one;
        if (!build(one)) {
            out.insert(QStringLiteral("error"), one.value(QStringLiteral("error")));
            return out;
        }
        ours.append(one.value(QStringLiteral("import_per_s")).toDouble());
        out.insert(QStringLiteral("archive_mb"), one.value(QStringLiteral("archive_mb")));
        const auto seconds = loadPeer();
        if (!seconds) {
            out.insert(QStringLiteral("error"),
                       QStringLiteral("the sqlite3 shell's import failed"));
            return out;
        }
        shell.append(m_articles / *seconds);
    }
    out.insert(QStringLiteral("import_per_s"), percentile(ours, 50));
    measureOpen(out);
    measureSearch(out);
    QJsonObject peer = peerSearch();
    peer.insert(QStringLiteral("import_per_s"), percentile(shell, 50));
    out.insert(QStringLiteral("peer_sqlite3"), peer);
    measureSite(out, true);
    return out;
}

} // namespace newsroom::bench
