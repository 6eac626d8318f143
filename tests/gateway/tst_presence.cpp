// Presence, not locks (issue 16): each window notes the article it has open (a heartbeat),
// the others see "Ana Ruiz is editing" within seconds and see it go when that window moves
// on or closes, or when its heartbeat stops for PresenceBook::kExpiry (tested by ageing the
// row in SQL, not by waiting); a window never sees itself, and presence never stands in the
// way of a save. On the test server (pg_cluster fixture) and on a file shared by two
// gateways (two connections, as two windows or processes have).

#include "ArchiveGateway.h"
#include "ArchiveUnderTest.h"
#include "PresenceHeartbeat.h"
#include "PresenceWatch.h"
#include "TestGateway.h"
#include "store/PgArticleStore.h"
#include "store/PgConnection.h"
#include "store/PgParams.h"
#include "store/SqliteArticleStore.h"
#include "store/SqliteDatabase.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTemporaryDir>

using namespace newsroom;
using namespace newsroom::test;

namespace {
// Far longer than any test: what a test sees came from a notice or a refresh it asked for.
constexpr int kNoPoll = 600000;

std::unique_ptr<ArchiveGateway> serverGateway(const QString &address)
{
    auto opened = PgArticleStore::open(address);
    if (!opened)
        qFatal("%s", qPrintable(opened.error().message));
    return std::make_unique<ArchiveGateway>(std::move(*opened), PgArticleStore::opener(address));
}

// The presence rows of the archive, however old, by anyone.
qint64 presenceRows(PgConnection &db)
{
    auto rows = db.query("SELECT count(*) FROM presence");
    return rows ? rows->int64(0, 0) : -1;
}
} // namespace

class TestPresence : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    // Two windows on a server archive: mine opens an article and theirs hears of it at once
    // (a notice, not its poll), by my role; mine never lists itself; when I move on, and
    // again when my window goes, theirs sees me leave.
    void serverPresenceAppearsAndGoes()
    {
        ArchiveUnderTest archive;
        const Article story = archive.saved(makeArticle(QStringLiteral("Council votes")));
        const Article other = archive.saved(makeArticle(QStringLiteral("Tram line opens")));
        auto mine = serverGateway(archive.address());
        auto theirs = serverGateway(archive.address());
        QSignalSpy theirsReady(theirs.get(), &ArchiveGateway::catchUpDue);
        QVERIFY(theirsReady.count() > 0 || theirsReady.wait(10000));
        PresenceWatch watching(*theirs, kNoPoll);
        PresenceWatch myWatch(*mine, kNoPoll);
        QVERIFY(settled(*theirs));
        QVERIFY(watching.all().isEmpty());

        auto heartbeat = std::make_unique<PresenceHeartbeat>(*mine);
        QElapsedTimer seen;
        seen.start();
        heartbeat->setArticle(story.id);
        const QString role = archive.server()->connection().role();
        QTRY_COMPARE_WITH_TIMEOUT(watching.names(story.id), QStringList{role}, 3000);
        qInfo("opened here -> seen there: %lld ms", seen.elapsed()); // a figure, not a check
        QVERIFY(watching.names(other.id).isEmpty());
        myWatch.refresh();
        QVERIFY(settled(*mine));
        QTest::qWait(PresenceWatch::kGather * 2);
        QVERIFY(settled(*mine));
        QVERIFY(myWatch.all().isEmpty()); // never oneself

        heartbeat->setArticle(other.id);
        QTRY_COMPARE_WITH_TIMEOUT(watching.names(other.id), QStringList{role}, 3000);
        QVERIFY(watching.names(story.id).isEmpty());

        heartbeat.reset(); // the window closes
        QTRY_VERIFY_WITH_TIMEOUT(watching.all().isEmpty(), 3000);
        QVERIFY(settled(*mine));
        QCOMPARE(presenceRows(archive.server()->connection()), 0);
    }

    // A window that stops beating (killed, cut off) is nobody's after kExpiry: its row, aged
    // in SQL, is no longer listed, and the next heartbeat anyone sends deletes it.
    void serverPresenceExpires()
    {
        ArchiveUnderTest archive;
        const Article story = archive.saved(makeArticle(QStringLiteral("Council votes")));
        const Article other = archive.saved(makeArticle(QStringLiteral("Tram line opens")));
        auto mine = serverGateway(archive.address());
        auto theirs = serverGateway(archive.address());
        QVERIFY(answer(mine->notePresent(story.id)));
        QCOMPARE(answer(theirs->presence())->size(), 1);

        PgConnection &db = archive.server()->connection();
        QVERIFY(db.query("UPDATE presence SET seen_at = now() - make_interval(secs => $1)",
                         PgParams().add(PresenceBook::kExpiry - 5)));
        QCOMPARE(answer(theirs->presence())->size(), 1); // not quite expired
        QVERIFY(db.query("UPDATE presence SET seen_at = now() - make_interval(secs => $1)",
                         PgParams().add(PresenceBook::kExpiry + 1)));
        QVERIFY(answer(theirs->presence())->isEmpty());
        QCOMPARE(presenceRows(db), 1); // a read deletes nothing

        QVERIFY(answer(theirs->notePresent(other.id)));
        QCOMPARE(presenceRows(db), 1); // the stale one went, theirs came
        const auto seenByMine = answer(mine->presence());
        QVERIFY2(seenByMine, why(seenByMine).constData());
        QCOMPARE(seenByMine->size(), 1);
        QCOMPARE(seenByMine->first().articleId, other.id);

        // A heartbeat renews: aged again, then beaten, it is listed again.
        QVERIFY(db.query("UPDATE presence SET seen_at = now() - interval '1 hour'"));
        QVERIFY(answer(mine->presence())->isEmpty());
        QVERIFY(answer(theirs->notePresent(other.id)));
        QCOMPARE(answer(mine->presence())->size(), 1);
    }

    // Presence is no lock: with a colleague in the article, my saves, trash and restore go
    // through, and its presence stays (trash is not closing).
    void savingIsNeverBlocked_data()
    {
        QTest::addColumn<bool>("server");
        QTest::newRow("file") << false;
        QTest::newRow("server") << true;
    }

    void savingIsNeverBlocked()
    {
        QFETCH(bool, server);
        QTemporaryDir dir;
        std::unique_ptr<ArchiveUnderTest> onServer;
        std::unique_ptr<ArchiveGateway> mine;
        std::unique_ptr<ArchiveGateway> theirs;
        if (server) {
            onServer = std::make_unique<ArchiveUnderTest>();
            mine = serverGateway(onServer->address());
            theirs = serverGateway(onServer->address());
        } else {
            const QString path = dir.filePath(QStringLiteral("desk.newsroom"));
            mine = openGateway(path);
            theirs = openGateway(path);
        }
        auto saved =
            answer(mine->save(makeArticle(QStringLiteral("Council votes")), SaveMode::KeepHistory));
        QVERIFY2(saved, why(saved).constData());
        QVERIFY(answer(theirs->notePresent(saved->id)));
        QCOMPARE(answer(mine->presence())->size(), 1);

        Article edited = *saved;
        for (int i = 0; i < 5; ++i) {
            edited.body = QStringLiteral("Typing, %1 words so far.").arg(i);
            auto again = answer(mine->save(edited, SaveMode::ReplaceOwnDraft));
            QVERIFY2(again, why(again).constData());
            edited = *again;
            QVERIFY(answer(theirs->notePresent(saved->id))); // beating all the while
        }
        QCOMPARE(answer(mine->article(saved->id))->body, edited.body);
        QVERIFY(answer(mine->moveToTrash(saved->id)));
        QVERIFY(answer(mine->restoreFromTrash(saved->id)));
        QCOMPARE(answer(mine->presence())->size(), 1); // still there: it was only trashed
    }

    // Two windows (or processes) on one file: the same as on the server, under the
    // account's name, by the computer's clock; what one notes the other lists, and an aged
    // row is nobody's and goes with the next heartbeat.
    void fileArchivePresence()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("desk.newsroom"));
        auto mine = openGateway(path);
        auto theirs = openGateway(path);
        auto story =
            answer(mine->save(makeArticle(QStringLiteral("Council votes")), SaveMode::KeepHistory));
        QVERIFY2(story, why(story).constData());
        PresenceWatch watching(*theirs, kNoPoll);

        auto heartbeat = std::make_unique<PresenceHeartbeat>(*mine);
        heartbeat->setArticle(story->id);
        QVERIFY(settled(*mine));
        watching.refresh(); // what the window does when the file changed (outsideChanges)
        QTRY_COMPARE_WITH_TIMEOUT(watching.names(story->id), QStringList{username::current()},
                                  3000);
        QVERIFY(answer(mine->presence())->isEmpty()); // never oneself

        heartbeat->setArticle(0); // a new, unsaved article: nothing to be in
        QVERIFY(settled(*mine));
        watching.refresh();
        QTRY_VERIFY_WITH_TIMEOUT(watching.all().isEmpty(), 3000);

        QVERIFY(answer(mine->notePresent(story->id)));
        auto raw = SqliteArticleStore::open(path);
        QVERIFY2(raw, why(raw).constData());
        SqliteDatabase &db = (*raw)->database();
        QVERIFY(db.exec("UPDATE presence SET seen_at = seen_at - 151"));
        QVERIFY(answer(theirs->presence())->isEmpty());
        QCOMPARE(*db.queryInt("SELECT count(*) FROM presence"), 1);
        QVERIFY(answer(theirs->notePresent(story->id)));
        QCOMPARE(*db.queryInt("SELECT count(*) FROM presence"), 1); // the stale one went
        QCOMPARE(answer(mine->presence())->size(), 1);              // theirs

        // Rows written by hand (a file from outside) are read within bounds.
        const QByteArray junk = "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n"
                                " WHERE i < 1500) INSERT INTO presence (article_id, origin, who,"
                                " seen_at) SELECT " +
                                QByteArray::number(story->id) +
                                ", 'f' || i, printf('%.*c', 10000, 'x'),"
                                " CAST(strftime('%s', 'now') AS INTEGER) FROM n";
        QVERIFY(db.exec(junk.constData()));
        const auto many = answer(mine->presence());
        QVERIFY2(many, why(many).constData());
        QCOMPARE(many->size(), PresenceBook::kMaxRows);
        QCOMPARE(many->last().who.size(), PresenceBook::kMaxWho);
    }

    // The heartbeat renews on its interval (shortened here): an aged row is young again.
    void theHeartbeatRenews()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("desk.newsroom"));
        auto mine = openGateway(path);
        auto theirs = openGateway(path);
        auto story =
            answer(mine->save(makeArticle(QStringLiteral("Council votes")), SaveMode::KeepHistory));
        QVERIFY(story);
        PresenceHeartbeat heartbeat(*mine, 200);
        heartbeat.setArticle(story->id);
        QVERIFY(settled(*mine));
        auto raw = SqliteArticleStore::open(path);
        QVERIFY(raw);
        QVERIFY((*raw)->database().exec("UPDATE presence SET seen_at = seen_at - 1000"));
        QVERIFY(answer(theirs->presence())->isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(
            answer(theirs->presence()).value_or(QList<ArticlePresence>()).size(), 1, 3000);
    }
};

QTEST_MAIN(TestPresence)
#include "tst_presence.moc"
