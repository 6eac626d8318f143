// The gateway's lanes on a real archive file: each call runs on its lane's own thread, in
// the order asked, and a cancelled call that has not started never runs.

#include "ArchiveGateway.h"
#include "TestArchive.h"
#include "TestGateway.h"

#include <QSemaphore>
#include <QTest>
#include <QThread>
#include <atomic>

using namespace newsroom;

namespace {

// A lane call that holds its lane until `gate` is released (or `holdMs` ran out), after
// saying it started: what queues behind it is certainly still queued.
StoreResult<QThread *> holdLane(QSemaphore &started, QSemaphore &gate, int holdMs)
{
    started.release();
    gate.tryAcquire(1, holdMs);
    return QThread::currentThread();
}

} // namespace

class TestArchiveGateway : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    // A GUI thread that waits for an answer (saving on close) must not run the queued call
    // itself: the lane's connection belongs to the lane's thread.
    void aWaitingCallerNeverRunsTheCallItself()
    {
        test::TestArchive archive;
        auto gateway = test::openGateway(archive.path());
        QSemaphore started, gate;
        auto holding = gateway->run<QThread *>(ArchiveGateway::Lane::Writes, [&](ArticleStore &) {
            return holdLane(started, gate, 300);
        });
        started.acquire();
        auto queued = gateway->run<QThread *>(ArchiveGateway::Lane::Writes, [](ArticleStore &) {
            return StoreResult<QThread *>(QThread::currentThread());
        });
        QThread *ranOn = *queued.result(); // waits, as MainWindow::saveNow does
        QVERIFY(ranOn != QThread::currentThread());
        QCOMPARE(ranOn, *holding.result());
    }

    void callsOnALaneRunInTheOrderAsked()
    {
        test::TestArchive archive;
        auto gateway = test::openGateway(archive.path());
        QList<int> order;
        QList<QFuture<StoreResult<int>>> futures;
        for (int i = 0; i < 50; ++i)
            futures << gateway->run<int>(ArchiveGateway::Lane::Writes, [&order, i](ArticleStore &) {
                order << i; // one thread: no lock needed
                return StoreResult<int>(i);
            });
        QVERIFY(test::settled(*gateway));
        QCOMPARE(order.size(), 50);
        for (int i = 0; i < 50; ++i)
            QCOMPARE(order.at(i), i);
    }

    void aCancelledCallThatHasNotStartedNeverRuns()
    {
        test::TestArchive archive;
        auto gateway = test::openGateway(archive.path());
        QSemaphore started, gate;
        auto holding = gateway->run<QThread *>(ArchiveGateway::Lane::Reads, [&](ArticleStore &) {
            return holdLane(started, gate, 20000);
        });
        started.acquire();
        std::atomic<bool> ran = false;
        auto stale = gateway->run<int>(ArchiveGateway::Lane::Reads, [&ran](ArticleStore &) {
            ran = true;
            return StoreResult<int>(1);
        });
        stale.cancel();
        gate.release();
        auto after = gateway->run<int>(ArchiveGateway::Lane::Reads,
                                       [](ArticleStore &store) { return store.count({}); });
        QCOMPARE(*test::answer(after), 0);
        QVERIFY(test::settled(*gateway));
        QVERIFY(stale.isCanceled());
        QVERIFY(!ran);
    }

    // A lane opens its connection on first use, and again after reopen() or after a
    // failure that may be the connection's; never after the request's own fault.
    void aLaneOpensAgainOnlyWhenItMust()
    {
        test::TestArchive archive;
        auto opens = std::make_shared<std::atomic<int>>(0);
        const QString path = archive.path();
        auto gateway = test::openGateway(path, [opens, path]() {
            ++*opens;
            return SqliteArticleStore::opener(path)();
        });
        auto fail = [](StoreError::Code code) {
            return [code](ArticleStore &) {
                return StoreResult<int>(std::unexpected(StoreError{code, QStringLiteral("x")}));
            };
        };
        QVERIFY(!test::answer(
            gateway->run<int>(ArchiveGateway::Lane::Writes, fail(StoreError::Code::NotFound))));
        QVERIFY(!test::answer(
            gateway->run<int>(ArchiveGateway::Lane::Writes, fail(StoreError::Code::Conflict))));
        QCOMPARE(opens->load(), 1);
        QVERIFY(!test::answer(
            gateway->run<int>(ArchiveGateway::Lane::Writes, fail(StoreError::Code::Io))));
        QCOMPARE(opens->load(), 1);
        QVERIFY(test::answer(gateway->run<int>(
            ArchiveGateway::Lane::Writes, [](ArticleStore &store) { return store.count({}); })));
        QVERIFY(test::answer(gateway->article(-1)).error().code == StoreError::Code::NotFound);
        QCOMPARE(opens->load(), 3); // the writes lane again, and the reads lane's first
        QVERIFY(gateway->reopen());
        QVERIFY(test::answer(gateway->summary(-1)).error().code == StoreError::Code::NotFound);
        QCOMPARE(opens->load(), 4);
    }
};

QTEST_GUILESS_MAIN(TestArchiveGateway)
#include "tst_archivegateway.moc"
