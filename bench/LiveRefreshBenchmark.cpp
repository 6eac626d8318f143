#include "LiveRefreshBenchmark.h"

#include "ArchiveGateway.h"
#include "LiveRefresh.h"
#include "OnAnswer.h"
#include "Stats.h"
#include "ThrowAwayCluster.h"
#include "browser/ArchiveListModel.h"
#include "store/PgArticleStore.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTimer>
#include <libpq-fe.h>

namespace newsroom::bench {

namespace {
constexpr int kRestarts = 3;

std::unique_ptr<ArchiveGateway> serverGateway(const QString &address)
{
    auto opened = PgArticleStore::open(address);
    if (!opened)
        return nullptr;
    return std::make_unique<ArchiveGateway>(std::move(*opened), PgArticleStore::opener(address));
}

// Runs the event loop until `done` is true (looked at every millisecond, a precise timer)
// or `timeoutMs` passed; whether it came true.
template <typename Done> bool waitFor(Done done, int timeoutMs)
{
    if (done())
        return true;
    QEventLoop loop;
    QTimer tick;
    tick.setTimerType(Qt::PreciseTimer);
    QObject::connect(&tick, &QTimer::timeout, &loop, [&] {
        if (done())
            loop.quit();
    });
    tick.start(1);
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    loop.exec();
    return done();
}

QString headlineOf(const ArchiveListModel &list, qint64 id)
{
    const int row = list.rowOf(id);
    return row < 0 ? QString() : list.index(row, ArchiveListModel::Headline).data().toString();
}

int runScript(const QString &action, const QString &folder)
{
    QProcess script;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("NEWSROOM_PG_SETTINGS"), ThrowAwayCluster::settings());
    script.setProcessEnvironment(env);
    script.start(QStringLiteral(NEWSROOM_PG_CLUSTER_SCRIPT), {action, folder});
    script.waitForFinished(120000);
    return script.exitStatus() == QProcess::NormalExit ? script.exitCode() : -1;
}
} // namespace

LiveRefreshBenchmark::LiveRefreshBenchmark(QString folder, int saves)
    : m_folder(std::move(folder)), m_saves(saves)
{}

QJsonObject LiveRefreshBenchmark::run()
{
    // As root the script runs the server as postgres, who must reach the folder.
    const QString parent = QFileInfo(m_folder).path();
    QFile::setPermissions(parent, QFile::permissions(parent) | QFile::ExeGroup | QFile::ExeOther);
    ThrowAwayCluster cluster(m_folder);
    if (!cluster.start())
        return QJsonObject{{QStringLiteral("error"), cluster.error()}};
    // The maintenance database: it is there again when the cluster is made anew.
    const QString address = cluster.address();
    if (auto created = PgArticleStore::create(address); !created)
        return QJsonObject{{QStringLiteral("error"), created.error().message}};
    QJsonObject out{{QStringLiteral("benchmark"), QStringLiteral("live_refresh")},
                    {QStringLiteral("saves"), m_saves}};
    measureRefresh(address, out);
    measureReconnect(address, out);
    return out;
}

void LiveRefreshBenchmark::measureRefresh(const QString &address, QJsonObject &out)
{
    auto saver = serverGateway(address);
    auto watcher = serverGateway(address);
    if (!saver || !watcher) {
        out.insert(QStringLiteral("error"), QStringLiteral("cannot open the archive"));
        return;
    }
    int listening = 0;
    QObject::connect(watcher.get(), &ArchiveGateway::catchUpDue, watcher.get(),
                     [&listening] { ++listening; });
    waitFor([&] { return listening > 0; }, 10000);
    ArchiveListModel list(*watcher);
    LiveRefresh live(*watcher, list, {});
    QObject::connect(&live, &LiveRefresh::refreshDue, &list, [&list] { list.refreshRows(0); });
    list.reload();
    waitFor([&] { return !list.isLoading(); }, 5000);

    Article article;
    article.headline = QStringLiteral("Live refresh bench");
    auto first = saver->save(article, SaveMode::KeepHistory);
    first.waitForFinished();
    article = *first.result();
    waitFor([&] { return list.rowOf(article.id) >= 0; }, 5000);

    QList<double> fromSave;
    QList<double> fromNotice;
    int missed = 0;
    QElapsedTimer clock;
    clock.start();
    qint64 heardAt = -1;
    QObject::connect(watcher.get(), &ArchiveGateway::archiveChanged, &list,
                     [&](const ArchiveChange &) { heardAt = clock.nsecsElapsed(); });
    for (int i = 0; i < m_saves; ++i) {
        article.headline = QStringLiteral("Live refresh bench %1").arg(i);
        heardAt = -1;
        const qint64 asked = clock.nsecsElapsed();
        QFuture<StoreResult<Article>> saved = saver->save(article, SaveMode::KeepHistory);
        const QString expected = article.headline;
        const bool shown = waitFor([&] { return headlineOf(list, article.id) == expected; }, 5000);
        const qint64 shownAt = clock.nsecsElapsed();
        saved.waitForFinished();
        if (!saved.result()) {
            out.insert(QStringLiteral("error"), saved.result().error().message);
            return;
        }
        article = *saved.result();
        if (!shown || heardAt < 0) {
            ++missed;
            continue;
        }
        fromSave.append(double(shownAt - asked) / 1e6);
        fromNotice.append(double(shownAt - heardAt) / 1e6);
    }
    out.insert(QStringLiteral("save_to_list_p50_ms"), percentile(fromSave, 50));
    out.insert(QStringLiteral("save_to_list_p95_ms"), percentile(fromSave, 95));
    out.insert(QStringLiteral("notice_to_list_p50_ms"), percentile(fromNotice, 50));
    out.insert(QStringLiteral("notice_to_list_p95_ms"), percentile(fromNotice, 95));
    out.insert(QStringLiteral("notices_missed"), missed);
}

// The cluster is stopped and made again (pg-test-cluster.sh start); the moment it accepts
// connections is found by pinging every millisecond, the listener's return by its catchUpDue.
void LiveRefreshBenchmark::measureReconnect(const QString &address, QJsonObject &out)
{
    auto watcher = serverGateway(address);
    if (!watcher)
        return;
    int caughtUp = 0;
    QObject::connect(watcher.get(), &ArchiveGateway::catchUpDue, watcher.get(),
                     [&caughtUp] { ++caughtUp; });
    waitFor([&] { return caughtUp > 0; }, 10000);
    QList<double> reconnects;
    const QByteArray conninfo = address.toUtf8();
    for (int restart = 0; restart < kRestarts; ++restart) {
        const int before = caughtUp;
        runScript(QStringLiteral("stop"), m_folder);
        QProcess starting;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("NEWSROOM_PG_SETTINGS"), ThrowAwayCluster::settings());
        starting.setProcessEnvironment(env);
        starting.start(QStringLiteral(NEWSROOM_PG_CLUSTER_SCRIPT),
                       {QStringLiteral("start"), m_folder});
        QElapsedTimer clock;
        clock.start();
        qint64 backAt = -1;
        qint64 listeningAt = -1;
        waitFor(
            [&] {
                if (backAt < 0 && PQping(conninfo.constData()) == PQPING_OK)
                    backAt = clock.nsecsElapsed();
                if (listeningAt < 0 && caughtUp > before)
                    listeningAt = clock.nsecsElapsed();
                return backAt >= 0 && listeningAt >= 0;
            },
            60000);
        starting.waitForFinished(120000);
        if (backAt >= 0 && listeningAt >= 0)
            reconnects.append(std::max(0.0, double(listeningAt - backAt) / 1e6));
        PgArticleStore::create(address); // the fresh cluster's archive, for the next round
    }
    out.insert(QStringLiteral("restarts"), kRestarts);
    out.insert(QStringLiteral("reconnected"), int(reconnects.size()));
    out.insert(QStringLiteral("reconnect_max_ms"),
               reconnects.isEmpty() ? -1 : *std::max_element(reconnects.begin(), reconnects.end()));
    out.insert(QStringLiteral("reconnect_p50_ms"), percentile(reconnects, 50));
}

} // namespace newsroom::bench
