// newsroom-cli against a server archive, as a newsroom's scripts use it: the real binary,
// a postgresql:// URI for --db, the test server (pg_cluster fixture).

#include "ArchiveComparison.h"
#include "ArchiveUnderTest.h"
#include "BeatArchive.h"
#include "CliRunner.h"
#include "DeskCommandsCheck.h"
#include "PictureCommandsCheck.h"
#include "SampleDesk.h"
#include "store/ArchiveAddress.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>

using namespace newsroom;
using namespace newsroom::test;

class TestPgCli : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_home;
    QString m_name;
    QString m_address;

    CliResult cli(const QStringList &arguments, const QString &address = {})
    {
        return runCli(QStringList{QStringLiteral("--db"), address.isEmpty() ? m_address : address} +
                          arguments,
                      m_home.path());
    }

private Q_SLOTS:
    void init() { m_address = ArchiveUnderTest::createDatabase(&m_name); }
    void cleanup() { ArchiveUnderTest::dropDatabase(m_name); }

    void initMakesTheArchiveAndSaysSo()
    {
        const CliResult before = cli({QStringLiteral("list")});
        QCOMPARE(before.exitCode, 1);
        QVERIFY2(before.err.contains("init"), before.err.constData());

        const CliResult made = cli({QStringLiteral("init")});
        QCOMPARE(made.exitCode, 0);
        // The address as given: its "%2F" is not taken for a placeholder.
        const QByteArray said =
            "Created the archive in " + ArchiveAddress::forDisplay(m_address).toUtf8() + " ";
        QVERIFY2(made.out.contains(said), made.out.constData());
        QVERIFY(made.out.contains("articles, history"));
        const CliResult again = cli({QStringLiteral("init"), QStringLiteral("--json")});
        QCOMPARE(again.exitCode, 0);
        const QJsonObject report = again.json().object();
        QCOMPARE(report.value(QStringLiteral("created")).toBool(), false);
        QCOMPARE(report.value(QStringLiteral("to_version")).toInt(), PgMigrations::latestVersion());
        QVERIFY(report.value(QStringLiteral("applied")).toArray().isEmpty());
        // The test server's superuser may create roles: the editors' group is there and
        // granted (tst_pgsecurity tests the grants themselves, as editors and owners).
        const QJsonObject access = report.value(QStringLiteral("editor_group")).toObject();
        QCOMPARE(access.value(QStringLiteral("role")).toString(),
                 QStringLiteral("newsroom_editor"));
        QCOMPARE(access.value(QStringLiteral("granted")).toBool(), true);
    }

    // Two processes of a newer Newsroom upgrade the same archive at once: one does it, the
    // other waits on the advisory lock and finds it done.
    void twoProcessesInitAtOnce()
    {
        QProcess *first = startCli(
            {QStringLiteral("--db"), m_address, QStringLiteral("init"), QStringLiteral("--json")},
            m_home.path());
        QProcess *second = startCli(
            {QStringLiteral("--db"), m_address, QStringLiteral("init"), QStringLiteral("--json")},
            m_home.path());
        const CliResult results[] = {finish(first), finish(second)};
        int created = 0;
        for (const CliResult &result : results) {
            QCOMPARE(result.exitCode, 0);
            created += result.json().object().value(QStringLiteral("created")).toBool();
        }
        QCOMPARE(created, 1);
        QCOMPARE(cli({QStringLiteral("list")}).exitCode, 0);
    }

    // A desk's archive file to the server and back to a file: article by article and
    // version by version the same, ids kept; a second run copies nothing again.
    void copyToTheServerAndBack()
    {
        TestArchive file;
        fillDesk(file.store());
        QCOMPARE(cli({QStringLiteral("init")}).exitCode, 0);
        CliResult run = runCli({QStringLiteral("--db"), file.path(), QStringLiteral("--json"),
                                QStringLiteral("copy-to"), m_address},
                               m_home.path());
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QCOMPARE(run.json().object().value(QStringLiteral("copied")).toInt(), 34);
        auto server = ArchiveAddress::open(m_address);
        QVERIFY(server);
        int versions = 0;
        QString differs = compareArchives(file.store(), *server->store, 0, &versions);
        QVERIFY2(differs.isEmpty(), qPrintable(differs));
        QCOMPARE(versions, run.json().object().value(QStringLiteral("versions")).toInt());
        SearchQuery query;
        query.text = QStringLiteral("depot");
        QCOMPARE(server->store->search(query)->size(), file.store().search(query)->size());
        // A new article on the server takes an id after the copied ones.
        QCOMPARE(server->store->save(makeArticle(QStringLiteral("After the copy")))->id,
                 *file.store().highestId() + 1);

        run = runCli({QStringLiteral("--db"), file.path(), QStringLiteral("--json"),
                      QStringLiteral("copy-to"), m_address},
                     m_home.path());
        QCOMPARE(run.json().object().value(QStringLiteral("already_there")).toInt(), 34);
        QCOMPARE(run.json().object().value(QStringLiteral("copied")).toInt(), 0);

        const QString back = m_home.filePath(QStringLiteral("back.newsroom"));
        run = cli({QStringLiteral("copy-to"), back});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        auto returned = SqliteArticleStore::open(back);
        QVERIFY(returned);
        differs = compareArchives(*server->store, **returned, 0);
        QVERIFY2(differs.isEmpty(), qPrintable(differs));
        differs = compareArchives(file.store(), **returned, 0);
        QVERIFY2(differs.isEmpty(), qPrintable(differs));
    }

    void importSearchAndHistoryOnTheServer()
    {
        QCOMPARE(cli({QStringLiteral("init")}).exitCode, 0);
        const CliResult imported =
            cli({QStringLiteral("import"), QStringLiteral(NEWSROOM_TEST_DATA "/wildfire.txt"),
                 QStringLiteral(NEWSROOM_TEST_DATA "/evacuation.txt")});
        QVERIFY2(imported.exitCode == 0, imported.err.constData());
        // The same files again: nothing new.
        const CliResult twice = cli({QStringLiteral("import"), QStringLiteral("--json"),
                                     QStringLiteral(NEWSROOM_TEST_DATA "/wildfire.txt")});
        QCOMPARE(twice.exitCode, 0);
        QCOMPARE(twice.jsonLines().size(), 1);
        QCOMPARE(cli({QStringLiteral("list"), QStringLiteral("--json")}).json().array().size(), 2);

        const CliResult found =
            cli({QStringLiteral("search"), QStringLiteral("wildfire"), QStringLiteral("--json")});
        QCOMPARE(found.exitCode, 0);
        QVERIFY(!found.json().array().isEmpty());
        const qint64 id =
            qint64(found.json().array().first().toObject().value(QStringLiteral("id")).toDouble());
        const CliResult history =
            cli({QStringLiteral("history"), QString::number(id), QStringLiteral("--json")});
        QCOMPARE(history.exitCode, 0);
        const QJsonObject newest = history.json().array().first().toObject();
        auto db = PgConnection::open(m_address);
        QCOMPARE(newest.value(QStringLiteral("author")).toString(), (*db)->role());
    }

    // The same wire story twice on the server: the import names the second a possible
    // duplicate of the first, `duplicates` lists the two as one story; the beats' other
    // stories are none of it (the server answers the same-story lookups itself).
    void duplicateStoriesOnTheServer()
    {
        QCOMPARE(cli({QStringLiteral("init")}).exitCode, 0);
        const QDir dir(QStringLiteral(NEWSROOM_TEST_DATA "/clusters"));
        const CliResult beats =
            cli(QStringList{QStringLiteral("--json"), QStringLiteral("import")} + beatFiles());
        QCOMPARE(beats.exitCode, 0);
        const QStringList unexpected = unexpectedDuplicates(beats.jsonLines());
        QVERIFY2(unexpected.isEmpty(), qPrintable(unexpected.join(QStringLiteral(", "))));

        QFile original(dir.filePath(QStringLiteral("port-1.md")));
        QVERIFY(original.open(QIODevice::ReadOnly));
        const QString body =
            QString::fromUtf8(original.readAll()).section(QStringLiteral("---"), 2).trimmed();
        const QString copyPath = m_home.filePath(QStringLiteral("port-again.txt"));
        QFile copy(copyPath);
        QVERIFY(copy.open(QIODevice::WriteOnly));
        copy.write(("Port of Harbor City sees container volumes drop again\n"
                    "Freight rates slid and fewer ships called at the terminal.\n" +
                    body + "\n")
                       .toUtf8());
        copy.close();
        const CliResult again = cli({QStringLiteral("--json"), QStringLiteral("import"), copyPath});
        QCOMPARE(again.exitCode, 0);
        const QJsonArray possible =
            again.jsonLines().value(0)[QStringLiteral("possible_duplicates")].toArray();
        QCOMPARE(possible.size(), 1);
        QCOMPARE(possible[0].toObject()[QStringLiteral("slug")].toString(),
                 QStringLiteral("container-traffic-at-harbor-city-port-falls-for-third-month"));

        const CliResult listed = cli({QStringLiteral("--json"), QStringLiteral("duplicates")});
        QCOMPARE(listed.exitCode, 0);
        const QJsonArray clusters = listed.json().array();
        QVERIFY(clusters.size() == 1 || (clusters.size() == 2 && holdsFollowUp(clusters[1])));
        QCOMPARE(clusters[0].toArray().size(), 2);
    }

    void deskWorkflowOnTheServer()
    {
        QCOMPARE(cli({QStringLiteral("init")}).exitCode, 0);
        const CliResult imported =
            cli({QStringLiteral("import"), QStringLiteral(NEWSROOM_TEST_DATA "/wildfire.txt")});
        QVERIFY2(imported.exitCode == 0, imported.err.constData());
        auto store = PgArticleStore::open(m_address);
        QVERIFY(store);
        checkDeskCommands([this](const QStringList &arguments) { return cli(arguments); },
                          QStringLiteral("1"), (*store)->currentUser());
    }

    void picturesOnTheServer()
    {
        QCOMPARE(cli({QStringLiteral("init")}).exitCode, 0);
        const CliResult imported =
            cli({QStringLiteral("import"), QStringLiteral(NEWSROOM_TEST_DATA "/wildfire.txt")});
        QVERIFY2(imported.exitCode == 0, imported.err.constData());
        QTemporaryDir pictures;
        checkPictureCommands([this](const QStringList &arguments) { return cli(arguments); },
                             QStringLiteral("1"), pictures.path());
    }

    void fileOnlyCommandsSaySo()
    {
        QCOMPARE(cli({QStringLiteral("init")}).exitCode, 0);
        const CliResult backup =
            cli({QStringLiteral("backup"), m_home.filePath(QStringLiteral("copy.newsroom"))});
        QCOMPARE(backup.exitCode, 1);
        QVERIFY2(backup.err.contains("pg_dump"), backup.err.constData());
        QVERIFY(!QFile::exists(m_home.filePath(QStringLiteral("copy.newsroom"))));
    }

    void aPasswordInTheAddressIsNeverPrinted()
    {
        const QString withPassword =
            ArchiveUnderTest::withDatabase(ArchiveUnderTest::serverAddress(),
                                           QStringLiteral("no_such_database")) +
            QStringLiteral("&password=hunter2");
        const CliResult failed = cli({QStringLiteral("list")}, withPassword);
        QCOMPARE(failed.exitCode, 1);
        QVERIFY2(failed.err.contains("unreachable"), failed.err.constData());
        QVERIFY(!failed.err.contains("hunter2"));
        const CliResult made =
            cli({QStringLiteral("init")}, m_address + QStringLiteral("&password=hunter2"));
        QCOMPARE(made.exitCode, 0);
        QVERIFY(!made.out.contains("hunter2"));
    }
};

QTEST_GUILESS_MAIN(TestPgCli)
#include "tst_pgcli.moc"
