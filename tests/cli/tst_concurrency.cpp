#include "CliRunner.h"
#include "TestArchive.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using namespace newsroom;
using namespace newsroom::test;

class TestConcurrency : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    // Two processes import into one archive at the same moment: every article arrives.
    void twoWriterProcessesLoseNothing()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("shared.newsroom"));
        constexpr int kPerWriter = 300;
        QList<QStringList> batches(2);
        for (int writer = 0; writer < 2; ++writer) {
            for (int i = 0; i < kPerWriter; ++i) {
                const QString path = dir.filePath(QStringLiteral("w%1-%2.txt").arg(writer).arg(i));
                QFile file(path);
                QVERIFY(file.open(QIODevice::WriteOnly));
                file.write(QStringLiteral(
                               "Writer %1 story %2\nDek %2.\nBody of story %2 from writer %1.\n")
                               .arg(writer)
                               .arg(i)
                               .toUtf8());
                batches[writer].append(path);
            }
        }
        // One file per call, so that the two processes interleave many transactions.
        QList<QProcess *> first;
        for (int writer = 0; writer < 2; ++writer) {
            QStringList arguments{QStringLiteral("--db"), db, QStringLiteral("import")};
            first.append(startCli(arguments + batches[writer].mid(0, kPerWriter / 2), dir.path()));
        }
        QList<QProcess *> second;
        for (int writer = 0; writer < 2; ++writer) {
            QStringList arguments{QStringLiteral("--db"), db, QStringLiteral("import")};
            second.append(startCli(arguments + batches[writer].mid(kPerWriter / 2), dir.path()));
        }
        for (QProcess *process : first + second) {
            const CliResult result = finish(process);
            QVERIFY2(result.exitCode == 0, result.err.constData());
        }
        const CliResult list =
            runCli({QStringLiteral("--db"), db, QStringLiteral("list"), QStringLiteral("--json")},
                   dir.path());
        QCOMPARE(list.json().array().size(), 2 * kPerWriter);
        auto store = SqliteArticleStore::open(db);
        QVERIFY(store);
        QCOMPARE((*store)->search({QStringLiteral("writer"), {}, 1000})->size(), 2 * kPerWriter);
    }

    // An edit saved by another process while this one still holds the old version.
    void editInAnotherProcessIsAConflict()
    {
        TestArchive archive;
        Article mine = archive.saved(makeArticle(QStringLiteral("Ferry timetable changes")));
        {
            auto other = SqliteArticleStore::open(archive.path());
            Article theirs = *(*other)->article(mine.id);
            theirs.dek = QStringLiteral("Their edit");
            QVERIFY((*other)->save(theirs));
        }
        mine.dek = QStringLiteral("My edit");
        auto result = archive.store().save(mine);
        QVERIFY(!result);
        QCOMPARE(result.error().code, StoreError::Code::Conflict);
        QCOMPARE(archive.store().article(mine.id)->dek, QStringLiteral("Their edit"));
    }
};

QTEST_GUILESS_MAIN(TestConcurrency)
#include "tst_concurrency.moc"
