#include "ServerBenchmark.h"

#include "QueryClasses.h"
#include "Stats.h"
#include "SyntheticArticles.h"
#include "checks/SameStoryFinder.h"
#include "importer/ArticleImporter.h"
#include "store/PgArticleStore.h"
#include "store/PgConnection.h"

#include <QElapsedTimer>
#include <QJsonArray>

namespace newsroom::bench {

namespace {
double msSince(const QElapsedTimer &timer)
{
    return timer.nsecsElapsed() / 1e6;
}
} // namespace

ServerBenchmark::ServerBenchmark(QString address, int articles, int repeats, bool reuse)
    : m_address(std::move(address)), m_articles(articles), m_repeats(repeats), m_reuse(reuse)
{}

QJsonObject ServerBenchmark::run()
{
    QJsonObject out{{QStringLiteral("articles"), m_articles}};
    if (!build(out))
        return out;
    measureOpen(out);
    measureSearch(out);
    measureSuggest(out);
    measureSave(out);
    measureDuplicateCheck(out);
    return out;
}

// Through the same importer as `newsroom-cli import` (500 articles a transaction), from
// texts generated before the clock starts.
bool ServerBenchmark::build(QJsonObject &out)
{
    if (m_reuse) {
        if (auto store = PgArticleStore::open(m_address); store) {
            auto count = (*store)->connection().query("SELECT count(*) FROM articles");
            if (count &&
                count->int64(0, 0) >= m_articles) { // the load test adds its editors' articles
                out.insert(QStringLiteral("reused"), true);
                return true;
            }
        }
    }
    if (auto created = PgArticleStore::create(m_address); !created) {
        out.insert(QStringLiteral("error"), created.error().message);
        return false;
    }
    auto store = PgArticleStore::open(m_address);
    if (!store) {
        out.insert(QStringLiteral("error"), store.error().message);
        return false;
    }
    const auto texts = SyntheticArticles::files(m_articles);
    QElapsedTimer timer;
    timer.start();
    // A bulk load, as `import --no-duplicate-check` (and copy-to) make one: the same-story
    // check's own cost on the server is measured apart (measureDuplicateCheck).
    ArticleImporter importer(**store);
    importer.setDuplicateCheck(false);
    const auto outcomes = importer.importTexts(texts);
    const double seconds = timer.nsecsElapsed() / 1e9;
    out.insert(QStringLiteral("import_per_s"), qRound(m_articles / seconds));
    for (const auto &outcome : outcomes) {
        if (!outcome.article) {
            out.insert(QStringLiteral("error"), outcome.error);
            return false;
        }
    }
    // As a DBA would after a bulk load: statistics for the planner, the visibility map.
    (void)(*store)->connection().script("VACUUM ANALYZE");
    auto size = (*store)->connection().query("SELECT pg_database_size(current_database())");
    if (size)
        out.insert(QStringLiteral("database_mb"), double(size->int64(0, 0)) / 1e6);
    return true;
}

// A new connection, the schema check and the archive list's first page.
void ServerBenchmark::measureOpen(QJsonObject &out)
{
    QList<double> samples;
    for (int i = 0; i < std::max(5, m_repeats); ++i) {
        QElapsedTimer timer;
        timer.start();
        auto store = PgArticleStore::open(m_address);
        if (!store)
            return;
        auto page = (*store)->list(ArticleFilter{}, 100);
        if (!page || page->isEmpty())
            return;
        samples.append(msSince(timer));
    }
    out.insert(QStringLiteral("open_ms"), percentile(samples, 50));
}

// On a warm connection, as the app's search lane has one.
void ServerBenchmark::measureSearch(QJsonObject &out)
{
    auto store = PgArticleStore::open(m_address);
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
                if (!hits) {
                    out.insert(QStringLiteral("error"), hits.error().message);
                    return;
                }
                results += hits->size();
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

void ServerBenchmark::measureSuggest(QJsonObject &out)
{
    const QList<double> samples =
        timedOnArticles(10 * m_repeats, out, [](ArticleStore &store, const Article &article) {
            auto hits = store.suggestRelated(article, 10);
            return hits ? StoreStatus() : StoreStatus(std::unexpected(hits.error()));
        });
    if (!samples.isEmpty())
        out.insert(QStringLiteral("suggest_p95_ms"), percentile(samples, 95));
}

// The same-story check (SameStoryFinder::matchesFor) as the checklist and an import with the
// check on run it, each on a fresh finder.
void ServerBenchmark::measureDuplicateCheck(QJsonObject &out)
{
    const QList<double> samples =
        timedOnArticles(5 * m_repeats, out, [](ArticleStore &store, const Article &article) {
            auto matches = SameStoryFinder(store).matchesFor(article);
            return matches ? StoreStatus() : StoreStatus(std::unexpected(matches.error()));
        });
    if (samples.isEmpty())
        return;
    out.insert(QStringLiteral("duplicate_check_p50_ms"), percentile(samples, 50));
    out.insert(QStringLiteral("duplicate_check_p95_ms"), percentile(samples, 95));
}

// `work` timed on `probes` articles spread over the archive (each read first, untimed), on
// one warm connection; empty, with "error" in `out`, when a call fails.
QList<double> ServerBenchmark::timedOnArticles(
    int probes, QJsonObject &out,
    const std::function<StoreStatus(ArticleStore &, const Article &)> &work)
{
    auto store = PgArticleStore::open(m_address);
    if (!store) {
        out.insert(QStringLiteral("error"), store.error().message);
        return {};
    }
    QList<double> samples;
    probes = std::min(m_articles, probes);
    for (int i = 0; i < probes; ++i) {
        auto article = (*store)->article(1 + qint64(i) * m_articles / probes);
        if (!article)
            continue;
        QElapsedTimer timer;
        timer.start();
        const auto done = work(**store, *article);
        samples.append(msSince(timer));
        if (!done) {
            out.insert(QStringLiteral("error"), done.error().message);
            return {};
        }
    }
    return samples;
}

// An editor's save of an article spread over the archive: a new version with its search
// terms and the replaced one in the history, committed (fsync on).
void ServerBenchmark::measureSave(QJsonObject &out)
{
    auto store = PgArticleStore::open(m_address);
    if (!store)
        return;
    QList<double> samples;
    const int probes = std::min(m_articles, 10 * m_repeats);
    for (int i = 0; i < probes; ++i) {
        auto article = (*store)->article(1 + qint64(i) * 7919 % m_articles);
        if (!article)
            continue;
        article->body += QStringLiteral("\n\nUpdated at %1.").arg(i);
        QElapsedTimer timer;
        timer.start();
        auto saved = (*store)->save(*article);
        samples.append(msSince(timer));
        if (!saved) {
            out.insert(QStringLiteral("error"), saved.error().message);
            return;
        }
    }
    out.insert(QStringLiteral("save_p50_ms"), percentile(samples, 50));
    out.insert(QStringLiteral("save_p95_ms"), percentile(samples, 95));
}

} // namespace newsroom::bench
