#include "ServerLoadTest.h"

#include "QueryClasses.h"
#include "Stats.h"
#include "store/PgArticleStore.h"

#include <QElapsedTimer>
#include <QSet>
#include <atomic>
#include <chrono>
#include <thread>

namespace newsroom::bench {

namespace {

using Clock = std::chrono::steady_clock;

struct EditorRun
{
    qint64 id = 0;
    QList<qint64> versions; // as each save returned them
    QList<double> saveMs;
    QStringList errors;
    QString lastBody;
};

double msSince(const QElapsedTimer &timer)
{
    return timer.nsecsElapsed() / 1e6;
}

// One editor: the article as saved, edited and saved again every second.
void edit(const QString &address, EditorRun &run, Clock::time_point start, int seconds)
{
    auto store = PgArticleStore::open(address);
    if (!store) {
        run.errors.append(store.error().message);
        return;
    }
    auto article = (*store)->article(run.id);
    if (!article) {
        run.errors.append(article.error().message);
        return;
    }
    for (int tick = 1; tick <= seconds; ++tick) {
        // Spread over the second by id, as 50 people's typing pauses would be.
        std::this_thread::sleep_until(
            start + std::chrono::milliseconds(tick * 1000 + (run.id * 37) % 1000));
        article->body += QStringLiteral(" Edit %1.").arg(tick);
        QElapsedTimer timer;
        timer.start();
        auto saved = (*store)->save(*article);
        run.saveMs.append(msSince(timer));
        if (!saved) {
            run.errors.append(saved.error().message);
            continue;
        }
        article = *saved;
        run.versions.append(saved->version);
        run.lastBody = saved->body;
    }
}

void search(const QString &address, int seconds, int which, QList<double> &searchMs,
            QStringList &errors)
{
    auto store = PgArticleStore::open(address);
    if (!store) {
        errors.append(store.error().message);
        return;
    }
    QStringList queries;
    for (const QueryClass &queryClass : queryClasses(SyntheticArticles()))
        queries.append(queryClass.queries);
    const auto end = Clock::now() + std::chrono::seconds(seconds);
    for (int i = which; Clock::now() < end; i += 7) {
        const auto next = Clock::now() + std::chrono::milliseconds(250);
        QElapsedTimer timer;
        timer.start();
        auto hits = (*store)->search(SearchQuery{queries[i % queries.size()], {}, 20});
        searchMs.append(msSince(timer));
        if (!hits)
            errors.append(hits.error().message);
        std::this_thread::sleep_until(next);
    }
}

// Every save's version is in the archive: the current row is the last save, the history
// holds every version before it, and no version was skipped or returned twice.
qint64 lostUpdates(ArticleStore &store, const EditorRun &run)
{
    qint64 lost = 0;
    for (int i = 0; i < run.versions.size(); ++i)
        lost += run.versions[i] != qint64(i) + 2;
    auto current = store.article(run.id);
    if (!current || (!run.versions.isEmpty() &&
                     (current->version != run.versions.last() || current->body != run.lastBody)))
        ++lost;
    auto history = store.revisions(run.id);
    if (!history)
        return lost + run.versions.size();
    QSet<qint64> kept;
    for (const Revision &revision : *history)
        kept.insert(revision.version);
    for (qint64 version : run.versions)
        lost += !kept.contains(version);
    return lost;
}

} // namespace

ServerLoadTest::ServerLoadTest(QString address, int editors, int searchers, int seconds)
    : m_address(std::move(address)), m_editors(editors), m_searchers(searchers), m_seconds(seconds)
{}

QJsonObject ServerLoadTest::run()
{
    QJsonObject out{{QStringLiteral("editors"), m_editors},
                    {QStringLiteral("searchers"), m_searchers},
                    {QStringLiteral("seconds"), m_seconds}};
    auto setup = PgArticleStore::open(m_address);
    if (!setup) {
        out.insert(QStringLiteral("error"), setup.error().message);
        return out;
    }
    QList<EditorRun> runs(m_editors);
    for (int i = 0; i < m_editors; ++i) {
        Article article;
        article.headline = QStringLiteral("Load test article %1").arg(i + 1);
        article.body = QStringLiteral("An editor's draft, saved once a second.");
        auto saved = (*setup)->save(article);
        if (!saved) {
            out.insert(QStringLiteral("error"), saved.error().message);
            return out;
        }
        runs[i].id = saved->id;
    }
    QList<QList<double>> searchMs(m_searchers);
    QList<QStringList> searchErrors(m_searchers);
    const auto start = Clock::now();
    {
        std::vector<std::jthread> threads;
        for (EditorRun &run : runs)
            threads.emplace_back(
                [&, seconds = m_seconds] { edit(m_address, run, start, seconds); });
        for (int s = 0; s < m_searchers; ++s)
            threads.emplace_back([&, s, seconds = m_seconds] {
                search(m_address, seconds, s, searchMs[s], searchErrors[s]);
            });
    }
    QList<double> saves;
    QList<double> searches;
    QStringList errors;
    qint64 saved = 0;
    qint64 lost = 0;
    for (const EditorRun &run : std::as_const(runs)) {
        saves.append(run.saveMs);
        errors.append(run.errors);
        saved += run.versions.size();
        lost += lostUpdates(**setup, run);
    }
    for (int s = 0; s < m_searchers; ++s) {
        searches.append(searchMs[s]);
        errors.append(searchErrors[s]);
    }
    out.insert(QStringLiteral("saves"), saved);
    out.insert(QStringLiteral("searches"), searches.size());
    out.insert(QStringLiteral("save_p50_ms"), percentile(saves, 50));
    out.insert(QStringLiteral("save_p95_ms"), percentile(saves, 95));
    out.insert(QStringLiteral("save_p99_ms"), percentile(saves, 99));
    out.insert(QStringLiteral("save_max_ms"), percentile(saves, 100));
    out.insert(QStringLiteral("search_p95_ms"), percentile(searches, 95));
    out.insert(QStringLiteral("lost_updates"), lost);
    out.insert(QStringLiteral("errors"), errors.size());
    if (!errors.isEmpty())
        out.insert(QStringLiteral("first_error"), errors.first());
    return out;
}

} // namespace newsroom::bench
