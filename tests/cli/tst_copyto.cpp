// newsroom-cli copy-to, the real binary on real archive files: every article with every
// version, note and author, the trash and the links arrive; a second run copies nothing
// again; a copy killed half-way and run again completes; a target with articles of its
// own takes the copy under ids moved up by one offset.

#include "ArchiveComparison.h"
#include "CliRunner.h"
#include "SampleDesk.h"
#include "TestArchive.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QTemporaryDir>
#include <csignal>

using namespace newsroom;
using namespace newsroom::test;

namespace {

qint64 countIn(const QString &path)
{
    if (!QFileInfo(path).exists() || QFileInfo(path).size() == 0)
        return 0;
    auto store = SqliteArticleStore::open(path);
    auto ids = store ? (*store)->allIds() : StoreResult<QList<qint64>>();
    return ids ? ids->size() : 0;
}

} // namespace

class TestCopyTo : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void copiesEveryVersionAndRunsAgainAsANoOp()
    {
        TestArchive source;
        fillDesk(source.store());
        const QString target = source.folder() + QStringLiteral("/copy.newsroom");
        CliResult run = runCli({QStringLiteral("--db"), source.path(), QStringLiteral("--json"),
                                QStringLiteral("copy-to"), target},
                               source.folder());
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QJsonObject report = run.json().object();
        QCOMPARE(report.value(QStringLiteral("articles")).toInt(), 34);
        QCOMPARE(report.value(QStringLiteral("copied")).toInt(), 34);
        QCOMPARE(report.value(QStringLiteral("id_offset")).toInt(), 0);
        QVERIFY(report.value(QStringLiteral("versions")).toInt() > 34);

        auto copy = SqliteArticleStore::open(target);
        QVERIFY(copy);
        int versions = 0;
        const QString differs = compareArchives(source.store(), **copy, 0, &versions);
        QVERIFY2(differs.isEmpty(), qPrintable(differs));
        QCOMPARE(versions, report.value(QStringLiteral("versions")).toInt());
        // The copy is an archive like any other: searched, linked, saved over.
        SearchQuery query;
        query.text = QStringLiteral("depot");
        QCOMPARE((*copy)->search(query)->size(), source.store().search(query)->size());
        auto arrest = (*copy)->articleByRef(QStringLiteral("man-charged-with-starting-depot-fire"));
        QVERIFY(arrest);
        Article fire = *(*copy)->article(arrest->related[0].targetId);
        fire.headline = QStringLiteral("Fire destroys tram depot");
        QVERIFY((*copy)->save(fire));
        QCOMPARE((*copy)->article(arrest->id)->related[0].title, fire.headline);

        run = runCli({QStringLiteral("--db"), source.path(), QStringLiteral("--json"),
                      QStringLiteral("copy-to"), target},
                     source.folder());
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.json().object().value(QStringLiteral("copied")).toInt(), 0);
        QCOMPARE(run.json().object().value(QStringLiteral("already_there")).toInt(), 34);
    }

    void aTargetWithArticlesTakesTheCopyUnderMovedIds()
    {
        TestArchive source;
        fillDesk(source.store());
        QTemporaryDir dir;
        const QString target = dir.filePath(QStringLiteral("desk.newsroom"));
        {
            auto other = SqliteArticleStore::open(target);
            QVERIFY(other);
            for (int i = 1; i <= 5; ++i)
                saveOrDie(**other, makeArticle(QStringLiteral("Sports desk item %1").arg(i)));
        }
        const CliResult run =
            runCli({QStringLiteral("--db"), source.path(), QStringLiteral("copy-to"), target},
                   source.folder());
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QVERIFY2(run.out.contains("Every id moved up by 5 (#1 is #6 there)."), run.out.constData());
        auto copy = SqliteArticleStore::open(target);
        const QString differs = compareArchives(source.store(), **copy, 5);
        QVERIFY2(differs.isEmpty(), qPrintable(differs));
        QCOMPARE((*copy)->allIds()->size(), 39);
    }

    // A second source whose slugs the target already has: each such article is named and
    // passed by, the rest copied, the exit code says not everything was.
    void takenSlugsAreNamedNotOverwritten()
    {
        TestArchive source;
        fillDesk(source.store());
        QTemporaryDir dir;
        const QString target = dir.filePath(QStringLiteral("desk.newsroom"));
        {
            auto other = SqliteArticleStore::open(target);
            saveOrDie(**other, makeArticle(QStringLiteral("Fire guts tram depot overnight"),
                                           QStringLiteral("The desk's own version.")));
        }
        const CliResult run = runCli({QStringLiteral("--db"), source.path(),
                                      QStringLiteral("--json"), QStringLiteral("copy-to"), target},
                                     source.folder());
        QCOMPARE(run.exitCode, 1);
        const QJsonObject report = run.json().object();
        QCOMPARE(report.value(QStringLiteral("copied")).toInt(), 33);
        const QJsonArray failed = report.value(QStringLiteral("failed")).toArray();
        QCOMPARE(failed.size(), 1);
        QVERIFY(failed[0]
                    .toObject()
                    .value(QStringLiteral("message"))
                    .toString()
                    .contains(QStringLiteral("Change one of the two slugs")));
        auto copy = SqliteArticleStore::open(target);
        QCOMPARE((*copy)->article(1)->body, QStringLiteral("The desk's own version."));
    }

    void aCopyKilledHalfwayCompletesWhenRunAgain()
    {
        TestArchive source;
        fillDesk(source.store());
        QList<Article> bulk;
        for (int i = 1; i <= 3000; ++i)
            bulk.append(makeArticle(QStringLiteral("Wire brief %1").arg(i),
                                    QStringLiteral("Brief number %1 of the night.").arg(i)));
        QVERIFY(source.store().saveAll(bulk));
        QTemporaryDir dir;
        const QString target = dir.filePath(QStringLiteral("copy.newsroom"));
        QProcess *copying =
            startCli({QStringLiteral("--db"), source.path(), QStringLiteral("copy-to"), target},
                     source.folder());
        QTRY_VERIFY_WITH_TIMEOUT(countIn(target) >= 50, 60000);
        ::kill(pid_t(copying->processId()), SIGKILL);
        copying->waitForFinished();
        delete copying;
        const qint64 before = countIn(target);
        QVERIFY2(before < 3034, "the copy ended before it could be killed");

        const CliResult run = runCli({QStringLiteral("--db"), source.path(),
                                      QStringLiteral("--json"), QStringLiteral("copy-to"), target},
                                     source.folder());
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QJsonObject report = run.json().object();
        QCOMPARE(report.value(QStringLiteral("already_there")).toInt(), int(before));
        QCOMPARE(report.value(QStringLiteral("copied")).toInt(), 3034 - int(before));
        auto copy = SqliteArticleStore::open(target);
        const QString differs = compareArchives(source.store(), **copy, 0);
        QVERIFY2(differs.isEmpty(), qPrintable(differs));
    }

    void refusesItselfAndAReadOnlyTarget()
    {
        TestArchive source;
        fillDesk(source.store());
        CliResult run = runCli(
            {QStringLiteral("--db"), source.path(), QStringLiteral("copy-to"), source.path()},
            source.folder());
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains("this archive itself"), run.err.constData());
        run = runCli({QStringLiteral("--db"), source.path(), QStringLiteral("copy-to"),
                      QStringLiteral("/proc/no-such-folder/copy.newsroom")},
                     source.folder());
        QCOMPARE(run.exitCode, 1);
        QVERIFY(!run.err.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCopyTo)
#include "tst_copyto.moc"
