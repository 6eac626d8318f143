// Live refresh on the team archive (issue 16): what one client commits reaches the others'
// gateways as ArchiveChange (id, version, who), at once and never their own; junk sent by
// hand on the channel is ignored; the listener survives a server restart and says that a
// catch-up is due. On the test server (pg_cluster fixture), and for the restart on a
// throw-away cluster of the test's own (scripts/pg-test-cluster.sh).

#include "ArchiveGateway.h"
#include "ArchiveUnderTest.h"
#include "OwnTestCluster.h"
#include "TestGateway.h"
#include "store/ArchiveChange.h"
#include "store/PgArticleStore.h"
#include "store/PgConnection.h"

#include <QSignalSpy>

using namespace newsroom;
using namespace newsroom::test;

namespace {
std::unique_ptr<ArchiveGateway> serverGateway(const QString &address)
{
    auto opened = PgArticleStore::open(address);
    if (!opened)
        qFatal("%s", qPrintable(opened.error().message));
    return std::make_unique<ArchiveGateway>(std::move(*opened), PgArticleStore::opener(address));
}

ArchiveChange changeAt(const QSignalSpy &spy, qsizetype at)
{
    return spy.at(at).at(0).value<ArchiveChange>();
}

} // namespace

class TestLiveChanges : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void aPayloadIsReadStrictly_data()
    {
        QTest::addColumn<QByteArray>("payload");
        QTest::addColumn<bool>("valid");
        QTest::newRow("complete") << QByteArray(
                                         R"({"id":4,"version":2,"who":"ana","origin":"9af"})")
                                  << true;
        QTest::newRow("no origin") << QByteArray(R"({"id":4,"version":2,"who":"ana"})") << true;
        QTest::newRow("unknown field")
            << QByteArray(R"({"id":4,"version":2,"who":"a","x":[1]})") << true;
        QTest::newRow("empty") << QByteArray() << false;
        QTest::newRow("not json") << QByteArray("id=4") << false;
        QTest::newRow("array") << QByteArray("[4,2,\"ana\"]") << false;
        QTest::newRow("id as text") << QByteArray(R"({"id":"4","version":2,"who":"ana"})") << false;
        QTest::newRow("id zero") << QByteArray(R"({"id":0,"version":2,"who":"ana"})") << false;
        QTest::newRow("id negative") << QByteArray(R"({"id":-4,"version":2,"who":"ana"})") << false;
        QTest::newRow("id fraction")
            << QByteArray(R"({"id":4.5,"version":2,"who":"ana"})") << false;
        QTest::newRow("id huge") << QByteArray(R"({"id":1e300,"version":2,"who":"ana"})") << false;
        QTest::newRow("no version") << QByteArray(R"({"id":4,"who":"ana"})") << false;
        QTest::newRow("no who") << QByteArray(R"({"id":4,"version":2})") << false;
        QTest::newRow("who empty") << QByteArray(R"({"id":4,"version":2,"who":""})") << false;
        QTest::newRow("who too long")
            << (R"({"id":4,"version":2,"who":")" + QByteArray(64, 'a') + R"("})") << false;
        QTest::newRow("origin not hex")
            << QByteArray(R"({"id":4,"version":2,"who":"ana","origin":"xyz"})") << false;
        QTest::newRow("too long") << (R"({"id":4,"version":2,"who":"ana","pad":")" +
                                      QByteArray(600, ' ') + R"("})")
                                  << false;
    }

    void aPayloadIsReadStrictly()
    {
        QFETCH(QByteArray, payload);
        QFETCH(bool, valid);
        const auto change = ArchiveChange::fromPayload(payload);
        QCOMPARE(change.has_value(), valid);
        if (valid) {
            QCOMPARE(change->id, 4);
            QCOMPARE(change->version, 2);
        }
    }

    // Two windows' gateways on one archive: each hears the other's saves, trash and
    // restore, with the id, the new version and the role; never its own.
    void aSaveReachesTheOtherGateway()
    {
        ArchiveUnderTest archive;
        auto mine = serverGateway(archive.address());
        auto theirs = serverGateway(archive.address());
        QSignalSpy mineReady(mine.get(), &ArchiveGateway::catchUpDue);
        QSignalSpy theirsReady(theirs.get(), &ArchiveGateway::catchUpDue);
        QVERIFY(mine->hearsChanges());
        QVERIFY(mineReady.count() > 0 || mineReady.wait(10000));
        QVERIFY(theirsReady.count() > 0 || theirsReady.wait(10000));
        QSignalSpy heardByMine(mine.get(), &ArchiveGateway::archiveChanged);
        QSignalSpy heardByTheirs(theirs.get(), &ArchiveGateway::archiveChanged);

        const auto saved =
            answer(mine->save(makeArticle("Council votes on budget"), SaveMode::KeepHistory));
        QVERIFY2(saved, why(saved).constData());
        // Counted, not waited for: it may come while the test waits for the save's answer.
        QTRY_COMPARE_WITH_TIMEOUT(heardByTheirs.count(), 1, 5000);
        QCOMPARE(changeAt(heardByTheirs, 0).id, saved->id);
        QCOMPARE(changeAt(heardByTheirs, 0).version, saved->version);
        QCOMPARE(changeAt(heardByTheirs, 0).who, archive.server()->connection().role());

        // Their save comes to me after my own would have (one connection, in commit order).
        Article edited = *saved;
        edited.dek = QStringLiteral("A dek");
        const auto again = answer(theirs->save(edited, SaveMode::KeepHistory));
        QVERIFY2(again, why(again).constData());
        QTRY_COMPARE_WITH_TIMEOUT(heardByMine.count(), 1, 5000);
        QCOMPARE(changeAt(heardByMine, 0).version, again->version);

        QVERIFY(answer(theirs->moveToTrash(saved->id)));
        QTRY_COMPARE_WITH_TIMEOUT(heardByMine.count(), 2, 5000);
        QCOMPARE(changeAt(heardByMine, 1).id, saved->id);
        QVERIFY(answer(theirs->restoreFromTrash(saved->id)));
        QTRY_COMPARE_WITH_TIMEOUT(heardByMine.count(), 3, 5000);
        QCOMPARE(changeAt(heardByMine, 2).id, saved->id);
        QCOMPARE(heardByTheirs.count(), 1); // never its own
    }

    // Anyone who can connect can send on the channel: what is not a notice is ignored (and
    // logged), and the listener goes on hearing the real ones.
    void junkOnTheChannelIsIgnored()
    {
        ArchiveUnderTest archive;
        auto gateway = serverGateway(archive.address());
        QSignalSpy ready(gateway.get(), &ArchiveGateway::catchUpDue);
        QVERIFY(ready.count() > 0 || ready.wait(10000));
        QSignalSpy heard(gateway.get(), &ArchiveGateway::archiveChanged);
        auto sender = PgConnection::open(archive.address());
        QVERIFY2(sender, why(sender).constData());
        const QList<QByteArray> junk{"",
                                     "hello",
                                     "[1,2]",
                                     R"({"id":"7","version":1,"who":"x"})",
                                     R"({"id":7,"version":-1,"who":"x"})",
                                     R"({"id":7,"version":1,"who":7})",
                                     R"({"id":7,"version":1,"who":"x","origin":"not hex"})",
                                     QByteArray(7000, '{'),
                                     QByteArray("\xff\xfe")};
        for (const QByteArray &payload : junk) {
            QTest::ignoreMessage(QtWarningMsg,
                                 QRegularExpression(QStringLiteral("ignored a change notice")));
            auto sent = (*sender)->query("SELECT pg_notify($1, $2)",
                                         PgParams()
                                             .add(QLatin1StringView(ArchiveChange::kChannel))
                                             .add(QString::fromLatin1(payload)));
            QVERIFY2(sent, why(sent).constData());
        }
        auto real = (*sender)->query(
            "SELECT pg_notify($1, $2)",
            PgParams()
                .add(QLatin1StringView(ArchiveChange::kChannel))
                .add(QLatin1StringView(R"({"id":7,"version":3,"who":"someone"})")));
        QVERIFY2(real, why(real).constData());
        QVERIFY(heard.wait(5000));
        QCOMPARE(heard.count(), 1);
        QCOMPARE(changeAt(heard, 0).id, 7);
        QCOMPARE(changeAt(heard, 0).who, QStringLiteral("someone"));
    }

    // The server goes away and comes back: the listener connects again on its own, says a
    // catch-up is due, and hears the changes made after.
    void theListenerSurvivesAServerRestart()
    {
        OwnTestCluster cluster;
        const QString address = cluster.address();
        QVERIFY(PgArticleStore::create(address));
        auto gateway = serverGateway(address);
        QSignalSpy caughtUp(gateway.get(), &ArchiveGateway::catchUpDue);
        QSignalSpy lost(gateway.get(), &ArchiveGateway::changesUnheard);
        QSignalSpy heard(gateway.get(), &ArchiveGateway::archiveChanged);
        QVERIFY(caughtUp.count() > 0 || caughtUp.wait(10000));
        const qsizetype before = caughtUp.count();

        cluster.remove();
        QVERIFY(lost.count() > 0 || lost.wait(10000));
        cluster.startAnew();
        QElapsedTimer back;
        back.start();
        QTRY_VERIFY_WITH_TIMEOUT(caughtUp.count() > before, 10000);
        qInfo("listening again %lld ms after the server was back", back.elapsed());

        // A new cluster: the archive is made again, and a colleague's save is heard.
        QVERIFY(PgArticleStore::create(address));
        auto colleague = PgArticleStore::open(address);
        QVERIFY2(colleague, why(colleague).constData());
        const auto saved = (*colleague)->save(makeArticle("Heard after the restart"));
        QVERIFY2(saved, why(saved).constData());
        QVERIFY(heard.wait(5000));
        QCOMPARE(changeAt(heard, 0).id, saved->id);
    }
};

QTEST_MAIN(TestLiveChanges)
#include "tst_livechanges.moc"
