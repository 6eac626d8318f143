#include "BeatArchive.h"
#include "CliRunner.h"
#include "DeskCommandsCheck.h"
#include "HostileFiles.h"
#include "PagePicturesCheck.h"
#include "PictureCommandsCheck.h"
#include "TestArchive.h"
#include "export/ExportFolder.h"
#include "io/UserName.h"
#include "model/ArticleJson.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <sqlite3.h>

using namespace newsroom;
using namespace newsroom::test;

namespace {
QString dataFile(const QString &name)
{
    return QStringLiteral(NEWSROOM_TEST_DATA "/") + name;
}

// True when `text` holds no control character a terminal would act on: no C0 but the
// newline (and the tab, where `tabs`), no DEL, no C1 (U+0080-U+009F, 0xC2 0x80-0x9F in UTF-8).
bool terminalSafe(const QByteArray &text, bool tabs = false)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        const auto byte = uchar(text[i]);
        if ((byte < 0x20 && byte != '\n' && !(tabs && byte == '\t')) || byte == 0x7f)
            return false;
        if (byte == 0xC2 && i + 1 < text.size() && uchar(text[i + 1]) >= 0x80 &&
            uchar(text[i + 1]) <= 0x9F)
            return false;
    }
    return true;
}

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_db;

    CliResult cli(QStringList arguments)
    {
        arguments.prepend(m_db);
        arguments.prepend(QStringLiteral("--db"));
        return runCli(arguments, m_dir.path());
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_db = m_dir.filePath(QStringLiteral("cli.newsroom"));
        const QStringList files{dataFile(QStringLiteral("wildfire.txt")),
                                dataFile(QStringLiteral("evacuation.txt"))};
        const CliResult result =
            cli(QStringList{QStringLiteral("--json"), QStringLiteral("import")} + files);
        QCOMPARE(result.exitCode, 0);
        const QList<QJsonObject> imported = result.jsonLines(); // JSON Lines, one a file
        QCOMPARE(imported.size(), 2);
        QCOMPARE(imported[0][QStringLiteral("slug")].toString(),
                 QStringLiteral("wildfire-near-pine-ridge-forces-overnight-evacuations"));
        QCOMPARE(imported[0][QStringLiteral("file")].toString(), files[0]);
        QVERIFY(imported[0][QStringLiteral("id")].toInteger() > 0);
        QVERIFY(result.err.isEmpty()); // progress only for imports of more than one batch

        // Again: both skipped, named, nothing added.
        const CliResult again =
            cli(QStringList{QStringLiteral("--json"), QStringLiteral("import")} + files);
        QCOMPARE(again.exitCode, 0);
        const QList<QJsonObject> skipped = again.jsonLines();
        QCOMPARE(skipped.size(), 2);
        for (qsizetype i = 0; i < skipped.size(); ++i) {
            QCOMPARE(skipped[i][QStringLiteral("skipped")].toString(),
                     QStringLiteral("already imported"));
            QCOMPARE(skipped[i][QStringLiteral("id")], imported[i][QStringLiteral("id")]);
            QCOMPARE(skipped[i][QStringLiteral("slug")], imported[i][QStringLiteral("slug")]);
        }
        const CliResult text = cli(QStringList{QStringLiteral("import"), files[1]});
        QCOMPARE(text.exitCode, 0);
        QVERIFY2(text.out.contains("already imported as "
                                   "pine-ridge-evacuation-order-expands-to-hillside-streets"),
                 text.out.constData());
    }

    void versionAndHelp()
    {
        const CliResult version = cli({QStringLiteral("--version")});
        QCOMPARE(version.exitCode, 0);
        QVERIFY(version.out.startsWith("newsroom-cli 0."));
        const CliResult help = cli({QStringLiteral("--help")});
        QCOMPARE(help.exitCode, 0);
        for (const char *command :
             {"import FILE", "list", "show REF", "search QUERY", "--json", "--db"})
            QVERIFY2(help.out.contains(command), command);
    }

    void listJson()
    {
        const CliResult result = cli({QStringLiteral("list"), QStringLiteral("--json")});
        QCOMPARE(result.exitCode, 0);
        const QJsonArray rows = result.json().array();
        QCOMPARE(rows.size(), 2);
        for (const QJsonValue &row : rows) {
            for (const char *key : {"id", "slug", "headline", "status"})
                QVERIFY2(row.toObject().contains(QLatin1StringView(key)), key);
            QCOMPARE(row[QStringLiteral("status")].toString(), QStringLiteral("draft"));
        }
        const CliResult text = cli({QStringLiteral("list")});
        QCOMPARE(text.exitCode, 0);
        QVERIFY(text.out.contains("Pine Ridge Evacuation Order Expands to Hillside Streets"));
        QCOMPARE(text.out.count('\n'), 2);
    }

    void showJsonHasEveryKey()
    {
        const CliResult result =
            cli({QStringLiteral("show"), QStringLiteral("--json"),
                 QStringLiteral("wildfire-near-pine-ridge-forces-overnight-evacuations")});
        QCOMPARE(result.exitCode, 0);
        const QJsonObject article = result.json().object();
        for (const char *key :
             {"id", "slug", "headline", "dek", "byline", "dateline", "section", "tags", "status",
              "ai_generated", "disclosure", "sources", "body", "related", "created", "updated"})
            QVERIFY2(article.contains(QLatin1StringView(key)), key);
        QCOMPARE(article[QStringLiteral("ai_generated")].toBool(), true);
        QVERIFY(article[QStringLiteral("tags")].isArray());
        QVERIFY(article[QStringLiteral("sources")].isArray());
        const QJsonArray related = article[QStringLiteral("related")].toArray();
        QCOMPARE(related.size(), 2);
        QCOMPARE(related[0][QStringLiteral("slug")].toString(),
                 QStringLiteral("pine-ridge-evacuation-order-expands-to-hillside-streets"));
        QVERIFY(related[0][QStringLiteral("summary")].toString().startsWith(
            QStringLiteral("County officials")));
        QVERIFY(related[1].toObject().contains(QStringLiteral("url")));
        // By id as well as by slug.
        const CliResult byId = cli({QStringLiteral("show"), QStringLiteral("--json"),
                                    QString::number(article[QStringLiteral("id")].toInteger())});
        QCOMPARE(byId.json().object()[QStringLiteral("slug")], article[QStringLiteral("slug")]);
    }

    void deskWorkflow()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("desk.newsroom"));
        const auto run = [&](const QStringList &arguments) {
            return runCli(QStringList{QStringLiteral("--db"), db} + arguments, m_dir.path());
        };
        QCOMPARE(run({QStringLiteral("import"), dataFile(QStringLiteral("wildfire.txt"))}).exitCode,
                 0);
        checkDeskCommands(run, QStringLiteral("1"), username::current());
    }

    void pictures()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("desk.newsroom"));
        const auto run = [&](const QStringList &arguments) {
            return runCli(QStringList{QStringLiteral("--db"), db} + arguments, m_dir.path());
        };
        QCOMPARE(run({QStringLiteral("import"), dataFile(QStringLiteral("wildfire.txt"))}).exitCode,
                 0);
        checkPictureCommands(run, QStringLiteral("1"), dir.path());
    }

    void searchJson()
    {
        const CliResult result =
            cli({QStringLiteral("search"), QStringLiteral("blankets"), QStringLiteral("--json"),
                 QStringLiteral("--limit"), QStringLiteral("5")});
        QCOMPARE(result.exitCode, 0);
        const QJsonArray hits = result.json().array();
        QCOMPARE(hits.size(), 1);
        const QJsonObject hit = hits[0].toObject();
        for (const char *key : {"id", "slug", "headline", "status", "snippet", "score"})
            QVERIFY2(hit.contains(QLatin1StringView(key)), key);
        QVERIFY(hit[QStringLiteral("snippet")].toString().contains(
            QStringLiteral("<mark>blankets</mark>")));
        QVERIFY(hit[QStringLiteral("score")].toDouble() > 0);

        const CliResult none =
            cli({QStringLiteral("search"), QStringLiteral("zeppelin"), QStringLiteral("--json")});
        QCOMPARE(none.exitCode, 0);
        QCOMPARE(none.json().array().size(), 0);
        const CliResult text = cli({QStringLiteral("search"), QStringLiteral("hillside")});
        QVERIFY2(text.out.toLower().contains("[hillside]"), text.out.constData());
    }

    void suggestJson()
    {
        const QString db = m_dir.filePath(QStringLiteral("clusters.newsroom"));
        const QDir dir(QStringLiteral(NEWSROOM_TEST_DATA "/clusters"));
        QStringList import{QStringLiteral("--db"), db, QStringLiteral("import")};
        for (const QString &name : dir.entryList({QStringLiteral("*.md")}))
            import.append(dir.filePath(name));
        QCOMPARE(runCli(import, m_dir.path()).exitCode, 0);

        const CliResult result = runCli(
            {QStringLiteral("--db"), db, QStringLiteral("--json"), QStringLiteral("suggest"),
             QStringLiteral("crane-breakdown-leaves-ships-waiting-outside-harbor-city-terminal"),
             QStringLiteral("--limit"), QStringLiteral("3")},
            m_dir.path());
        QCOMPARE(result.exitCode, 0);
        const QJsonArray hits = result.json().array();
        QCOMPARE(hits.size(), 3);
        double previous = std::numeric_limits<double>::max();
        for (const QJsonValue &hit : hits) {
            const QJsonObject object = hit.toObject();
            QCOMPARE(object.keys(), (QStringList{"headline", "id", "score", "slug"}));
            QVERIFY(object[QStringLiteral("score")].toDouble() <= previous);
            previous = object[QStringLiteral("score")].toDouble();
            const QString headline = object[QStringLiteral("headline")].toString();
            QVERIFY2(headline.contains(QStringLiteral("Port")), qPrintable(headline));
        }
    }

    // The same wire story arriving twice: the import names the second copy a possible
    // duplicate, `duplicates` lists the two as one story, `check` links to the first. Stories
    // on one beat (the clusters) are none of it.
    void duplicateStories()
    {
        const QString db = m_dir.filePath(QStringLiteral("duplicates.newsroom"));
        const auto run = [&](QStringList arguments) {
            return runCli(QStringList{QStringLiteral("--db"), db} + arguments, m_dir.path());
        };
        const QDir dir(QStringLiteral(NEWSROOM_TEST_DATA "/clusters"));
        const CliResult beats =
            run(QStringList{QStringLiteral("--json"), QStringLiteral("import")} + beatFiles());
        QCOMPARE(beats.exitCode, 0);
        const QStringList unexpected = unexpectedDuplicates(beats.jsonLines());
        QVERIFY2(unexpected.isEmpty(), qPrintable(unexpected.join(QStringLiteral(", "))));

        // The port story again, as another desk filed it: a headline of its own, the front
        // matter gone, its last sentence cut.
        QFile original(dir.filePath(QStringLiteral("port-1.md")));
        QVERIFY(original.open(QIODevice::ReadOnly));
        QString body = QString::fromUtf8(original.readAll()).section(QStringLiteral("---"), 2);
        body = body.trimmed().section(QLatin1Char('.'), 0, -3) + QLatin1Char('.');
        const QString copyPath = m_dir.filePath(QStringLiteral("port-again.txt"));
        QFile copy(copyPath);
        QVERIFY(copy.open(QIODevice::WriteOnly));
        copy.write(("Port of Harbor City sees container volumes drop again\n"
                    "Freight rates slid and fewer ships called at the terminal.\n" +
                    body + "\n")
                       .toUtf8());
        copy.close();
        const CliResult again = run({QStringLiteral("--json"), QStringLiteral("import"), copyPath});
        QCOMPARE(again.exitCode, 0);
        const QJsonObject line = again.jsonLines().value(0);
        const QJsonArray possible = line[QStringLiteral("possible_duplicates")].toArray();
        QCOMPARE(possible.size(), 1);
        const QJsonObject first = possible[0].toObject();
        QCOMPARE(first.keys(), (QStringList{"headline", "id", "score", "slug"}));
        QCOMPARE(first[QStringLiteral("slug")].toString(),
                 QStringLiteral("container-traffic-at-harbor-city-port-falls-for-third-month"));
        const CliResult text =
            run({QStringLiteral("import"), QStringLiteral("--no-duplicate-check"),
                 dataFile(QStringLiteral("wildfire.txt"))});
        QCOMPARE(text.exitCode, 0);
        QVERIFY(!text.out.contains("possible duplicate"));

        const CliResult listed = run({QStringLiteral("--json"), QStringLiteral("duplicates")});
        QCOMPARE(listed.exitCode, 0);
        // The port story first (the most alike); besides it only the known follow-up's group.
        const QJsonArray clusters = listed.json().array();
        QVERIFY(clusters.size() == 1 || (clusters.size() == 2 && holdsFollowUp(clusters[1])));
        const QJsonArray story = clusters[0].toArray();
        QCOMPARE(story.size(), 2);
        QSet<qint64> ids;
        for (const QJsonValue &member : story) {
            const QJsonObject object = member.toObject();
            QCOMPARE(object.keys(), (QStringList{"headline", "id", "score", "slug"}));
            QVERIFY(object[QStringLiteral("score")].toDouble() >= 0.6);
            ids.insert(object[QStringLiteral("id")].toInteger());
        }
        QVERIFY(ids.contains(first[QStringLiteral("id")].toInteger()));
        QVERIFY(ids.contains(line[QStringLiteral("id")].toInteger()));
        const CliResult words = run({QStringLiteral("duplicates")});
        QVERIFY2(words.out.startsWith("One story, 2 articles:"), words.out.constData());

        const CliResult checked = run({QStringLiteral("--json"), QStringLiteral("check"),
                                       line[QStringLiteral("slug")].toString()});
        QCOMPARE(checked.exitCode, 0);
        bool named = false;
        for (const QJsonValue &finding : checked.json().array()) {
            const QJsonObject object = finding.toObject();
            if (object[QStringLiteral("code")].toString() != QStringLiteral("possible-duplicate"))
                continue;
            named = true;
            QCOMPARE(object[QStringLiteral("article_id")].toInteger(),
                     first[QStringLiteral("id")].toInteger());
            QCOMPARE(object[QStringLiteral("slug")].toString(),
                     first[QStringLiteral("slug")].toString());
            QVERIFY(object[QStringLiteral("message")].toString().startsWith(
                QStringLiteral("Possible duplicate of \u201cContainer Traffic")));
        }
        QVERIFY(named);

        // An archive with no story twice says so.
        const QString single = m_dir.filePath(QStringLiteral("single.newsroom"));
        QCOMPARE(runCli({QStringLiteral("--db"), single, QStringLiteral("import"),
                         dataFile(QStringLiteral("wildfire.txt"))},
                        m_dir.path())
                     .exitCode,
                 0);
        const CliResult none =
            runCli({QStringLiteral("--db"), single, QStringLiteral("duplicates")}, m_dir.path());
        QCOMPARE(none.exitCode, 0);
        QCOMPARE(none.out.trimmed(), QByteArray("No story is in the archive twice."));
    }

    // Problems are the answer, not a failure: exit 0, one object per finding.
    void checkJson()
    {
        const CliResult result =
            cli({QStringLiteral("--json"), QStringLiteral("check"), QStringLiteral("1")});
        QCOMPARE(result.exitCode, 0);
        const QJsonArray findings = result.json().array();
        QVERIFY(!findings.isEmpty());
        QStringList codes;
        for (const QJsonValue &finding : findings) {
            const QJsonObject object = finding.toObject();
            QCOMPARE(object.keys(), (QStringList{"code", "message", "severity"}));
            QVERIFY(object[QStringLiteral("severity")].toString() == QStringLiteral("error") ||
                    object[QStringLiteral("severity")].toString() == QStringLiteral("warning"));
            QVERIFY(!object[QStringLiteral("message")].toString().isEmpty());
            codes.append(object[QStringLiteral("code")].toString());
        }
        QVERIFY2(codes.contains(QStringLiteral("missing-section")), qPrintable(codes.join(' ')));
        const CliResult text = cli({QStringLiteral("check"), QStringLiteral("1")});
        QCOMPARE(text.exitCode, 0);
        QVERIFY(text.out.contains("[missing-section]"));
        const CliResult limit =
            cli({QStringLiteral("--json"), QStringLiteral("check"), QStringLiteral("1"),
                 QStringLiteral("--max-related"), QStringLiteral("1")});
        QVERIFY(limit.json().toJson().contains("related-too-long"));
    }

    // A headline that writes the terminal's clipboard (OSC 52) when printed raw is shown
    // escaped by every text command, and kept exactly in JSON.
    void controlCharactersAreShownNotObeyed()
    {
        const QString osc52 = QStringLiteral("\x1b]52;c;ZXZpbA==\x07");
        const QByteArray shown = "\\x1b]52;c;ZXZpbA==\\x07";
        const QString headline = QStringLiteral("Harbor tolls rise ") + osc52;
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("controls.newsroom"));
        qint64 id = 0;
        qint64 other = 0;
        {
            auto store = SqliteArticleStore::open(db);
            QVERIFY(store);
            Article a = makeArticle(headline, QStringLiteral("Harbor tolls rise for ships.\n"
                                                             "\tIndented\x1b[2J line\n"
                                                             "CSI \u009b6n and DEL \x7f."));
            a.dek = QStringLiteral("Red \x1b[31mdek");
            a.byline = QStringLiteral("Jo\rEve");
            a.tags = {QStringLiteral("tolls\x07")};
            auto saved = (*store)->save(a);
            QVERIFY(saved);
            id = saved->id;
            auto second =
                (*store)->save(makeArticle(QStringLiteral("Harbor tolls fall"),
                                           QStringLiteral("Harbor tolls fall for ships.")));
            QVERIFY(second);
            other = second->id;
        }
        const auto run = [&](QStringList arguments) {
            arguments.prepend(db);
            arguments.prepend(QStringLiteral("--db"));
            return runCli(arguments, dir.path());
        };

        const QList<QStringList> commands{
            {QStringLiteral("list")},
            {QStringLiteral("show"), QString::number(id)},
            {QStringLiteral("search"), QStringLiteral("harbor")},
            {QStringLiteral("suggest"), QString::number(other)},
        };
        for (const QStringList &command : commands) {
            const CliResult text = run(command);
            QCOMPARE(text.exitCode, 0);
            QVERIFY2(terminalSafe(text.out, command.first() == u"show"), text.out.constData());
            QVERIFY2(text.out.contains(shown), text.out.constData());
        }
        const CliResult show = run({QStringLiteral("show"), QString::number(id)});
        QVERIFY(show.out.contains("Red \\x1b[31mdek\n"));
        QVERIFY(show.out.contains("By Jo\\x0dEve\n"));
        QVERIFY(show.out.contains("Tags: tolls\\x07\n"));
        // A body keeps its lines and tabs; only the controls are escaped.
        QVERIFY2(show.out.contains("for ships.\n\tIndented\\x1b[2J line\nCSI \\u009b6n and DEL "
                                   "\\x7f."),
                 show.out.constData());
        const CliResult check = run({QStringLiteral("check"), QString::number(id)});
        QCOMPARE(check.exitCode, 0);
        QVERIFY2(terminalSafe(check.out), check.out.constData());
        // An error naming the text is escaped too.
        const CliResult missing = run({QStringLiteral("show"), osc52});
        QCOMPARE(missing.exitCode, 1);
        QVERIFY2(terminalSafe(missing.err), missing.err.constData());

        // JSON stays exact: its own escapes are the script's to read.
        const CliResult list = run({QStringLiteral("--json"), QStringLiteral("list")});
        QVERIFY(list.out.contains("\\u001b]52;c;ZXZpbA==\\u0007"));
        bool found = false;
        for (const QJsonValue &row : list.json().array())
            found = found || row[QStringLiteral("headline")].toString() == headline;
        QVERIFY(found);
        const CliResult json =
            run({QStringLiteral("--json"), QStringLiteral("show"), QString::number(id)});
        QCOMPARE(json.json()[QStringLiteral("headline")].toString(), headline);
        QVERIFY(
            json.json()[QStringLiteral("body")].toString().contains(QStringLiteral("\u009b6n")));
        const CliResult search =
            run({QStringLiteral("--json"), QStringLiteral("search"), QStringLiteral("rise")});
        QCOMPARE(search.json().array().first()[QStringLiteral("headline")].toString(), headline);
    }

    void errorsAreOneLineAndNonZero_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::newRow("no command") << QStringList{} << 2;
        QTest::newRow("unknown command") << QStringList{QStringLiteral("publish")} << 2;
        QTest::newRow("unknown option")
            << QStringList{QStringLiteral("list"), QStringLiteral("--colour")} << 2;
        QTest::newRow("show without ref") << QStringList{QStringLiteral("show")} << 2;
        QTest::newRow("bad limit") << QStringList{QStringLiteral("search"), QStringLiteral("x"),
                                                  QStringLiteral("--limit"), QStringLiteral("many")}
                                   << 2;
        QTest::newRow("bad status")
            << QStringList{QStringLiteral("list"), QStringLiteral("--status"),
                           QStringLiteral("killed")}
            << 2;
        QTest::newRow("bad date") << QStringList{QStringLiteral("list"), QStringLiteral("--from"),
                                                 QStringLiteral("yesterday")}
                                  << 2;
        QTest::newRow("suggest without ref") << QStringList{QStringLiteral("suggest")} << 2;
        QTest::newRow("check bad limit")
            << QStringList{QStringLiteral("check"), QStringLiteral("1"),
                           QStringLiteral("--max-related"), QStringLiteral("-3")}
            << 2;
        QTest::newRow("suggest not found")
            << QStringList{QStringLiteral("suggest"), QStringLiteral("no-such-article")} << 1;
        QTest::newRow("not found")
            << QStringList{QStringLiteral("show"), QStringLiteral("no-such-article")} << 1;
        QTest::newRow("missing file")
            << QStringList{QStringLiteral("import"), QStringLiteral("/nonexistent/story.txt")} << 1;
    }
    void errorsAreOneLineAndNonZero()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        const CliResult result = cli(arguments);
        QCOMPARE(result.exitCode, exitCode);
        QVERIFY(result.err.startsWith("newsroom-cli: "));
        QCOMPARE(result.err.count('\n'), 1);
        QVERIFY(result.out.isEmpty());
    }

    void foreignFileIsRefusedUntouched()
    {
        const QString path = m_dir.filePath(QStringLiteral("notes.txt"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("Shopping list\nmilk\neggs\n");
        file.close();
        const QByteArray before = digest(path);
        const CliResult result =
            runCli({QStringLiteral("--db"), path, QStringLiteral("list")}, m_dir.path());
        QCOMPARE(result.exitCode, 1);
        QVERIFY(result.err.contains("is not a Newsroom archive"));
        QCOMPARE(digest(path), before);
    }

    // An archive mailed by a stranger with a trigger in it: refused by name, untouched.
    void craftedArchiveIsRefusedByName()
    {
        const QString path = m_dir.filePath(QStringLiteral("mailed.newsroom"));
        const CliResult imported = runCli({QStringLiteral("--db"), path, QStringLiteral("import"),
                                           dataFile(QStringLiteral("evacuation.txt"))},
                                          m_dir.path());
        QCOMPARE(imported.exitCode, 0);
        {
            sqlite3 *db = nullptr;
            QCOMPARE(sqlite3_open(path.toUtf8().constData(), &db), SQLITE_OK);
            QCOMPARE(sqlite3_exec(db,
                                  "CREATE TRIGGER publish AFTER INSERT ON articles BEGIN "
                                  "UPDATE articles SET status = 'published' WHERE id = new.id; "
                                  "END; PRAGMA wal_checkpoint(TRUNCATE);",
                                  nullptr, nullptr, nullptr),
                     SQLITE_OK);
            sqlite3_close(db);
        }
        const QByteArray before = digest(path);
        for (const QStringList &command :
             {QStringList{QStringLiteral("list")},
              QStringList{QStringLiteral("import"), dataFile(QStringLiteral("wildfire.txt"))},
              QStringList{QStringLiteral("check-archive")}}) {
            const CliResult result =
                runCli(QStringList{QStringLiteral("--db"), path} + command, m_dir.path());
            QCOMPARE(result.exitCode, 1);
            QVERIFY2(result.err.contains("trigger \"publish\"") &&
                         result.err.contains("left untouched"),
                     result.err.constData());
            QCOMPARE(result.err.count('\n'), 1);
        }
        QCOMPARE(digest(path), before);
    }

    void defaultArchiveIsTheDesktopOne()
    {
        QTemporaryDir home;
        const CliResult result = runCli(
            {QStringLiteral("import"), dataFile(QStringLiteral("evacuation.txt"))}, home.path());
        QCOMPARE(result.exitCode, 0);
        QVERIFY(QFile::exists(home.filePath(QStringLiteral("newsroom/archive.newsroom"))));
        const CliResult list =
            runCli({QStringLiteral("list"), QStringLiteral("--json")}, home.path());
        QCOMPARE(list.json().array().size(), 1);
    }

    void renderWritesAPage()
    {
        const QString page = m_dir.filePath(QStringLiteral("page.html"));
        const CliResult result =
            cli({QStringLiteral("render"),
                 QStringLiteral("wildfire-near-pine-ridge-forces-overnight-evacuations"),
                 QStringLiteral("-o"), page, QStringLiteral("--base-url"),
                 QStringLiteral("https://news.example.org")});
        QCOMPARE(result.exitCode, 0);
        QFile file(page);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray html = file.readAll();
        QVERIFY(html.startsWith("<!DOCTYPE html>"));
        QVERIFY(html.contains(
            "<h1 dir=\"auto\">Wildfire Near Pine Ridge Forces Overnight Evacuations</h1>"));
        QVERIFY(html.contains(
            "https://news.example.org/wildfire-near-pine-ridge-forces-overnight-evacuations.html"));
        QVERIFY(
            html.contains("href=\"pine-ridge-evacuation-order-expands-to-hillside-streets.html\""));
        const CliResult toStdout = cli({QStringLiteral("render"), QStringLiteral("1")});
        QVERIFY(toStdout.out.startsWith("<!DOCTYPE html>"));
        QVERIFY2(!toStdout.err.contains("pictures"), toStdout.err.constData()); // it has none
        const CliResult badTheme =
            cli({QStringLiteral("render"), QStringLiteral("1"), QStringLiteral("--theme"),
                 m_dir.filePath(QStringLiteral("no-theme"))});
        QCOMPARE(badTheme.exitCode, 1);
        QVERIFY(badTheme.err.contains("article.html"));
    }

    // render -o writes the page's pictures' renditions into media/ beside it (never an
    // original, never through a planted link); to stdout the page leaves them out and says so.
    void renderWritesThePagesPictures()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("pictures.newsroom"));
        PicturedStory s;
        {
            auto store = SqliteArticleStore::open(db);
            QVERIFY(store);
            s = picturedStory(**store);
        }
        const auto run = [&](const QStringList &arguments) {
            return runCli(QStringList{QStringLiteral("--db"), db} + arguments, m_dir.path());
        };
        const QString out = dir.filePath(QStringLiteral("out"));
        const CliResult written = run({QStringLiteral("render"), s.story.slug, QStringLiteral("-o"),
                                       out + QStringLiteral("/cranes.html")});
        QVERIFY2(written.exitCode == 0, written.err.constData());
        QVERIFY2(written.err.isEmpty(), written.err.constData());
        {
            auto store = SqliteArticleStore::open(db);
            QVERIFY(store);
            checkPageWithPictures(**store, s, out, QStringLiteral("cranes.html"));
            if (QTest::currentTestFailed())
                return;
        }

        const CliResult toStdout = run({QStringLiteral("render"), s.story.slug});
        QCOMPARE(toStdout.exitCode, 0);
        QVERIFY(toStdout.out.startsWith("<!DOCTYPE html>"));
        QVERIFY(toStdout.out.contains("Cranes Return"));
        QVERIFY(!toStdout.out.contains("media/"));
        QVERIFY(!toStdout.out.contains("<img"));
        QVERIFY2(toStdout.err.startsWith("newsroom-cli: note: ") &&
                     toStdout.err.contains("leaves out its pictures") &&
                     toStdout.err.contains("-o FILE") && toStdout.err.count('\n') == 1,
                 toStdout.err.constData());

        checkPlantedLinksAreRefused(
            [&](const QString &page) {
                const CliResult result =
                    run({QStringLiteral("render"), s.story.slug, QStringLiteral("-o"), page});
                return result.exitCode == 0 ? QString() : QString::fromUtf8(result.err);
            },
            s, dir.filePath(QStringLiteral("hostile")));
    }

    // --theme with a stylesheet linked to a secret outside the theme: refused, and the
    // secret reaches neither the output nor the exported site.
    void aHostileThemeIsRefused()
    {
        QTemporaryDir dir;
        const QString theme = dir.filePath(QStringLiteral("house"));
        QVERIFY(QDir().mkpath(theme));
        QFile article(QDir(theme).filePath(QStringLiteral("article.html")));
        QVERIFY(article.open(QIODevice::WriteOnly));
        article.write(
            "{{%AUTOESCAPE context=\"HTML\"}}<!DOCTYPE html>\n<head>\n"
            "<style>{{CSS:none}}</style></head>\n<main id=\"story\">{{BODY:none}}</main>\n");
        article.close();
        const QByteArray secret = "NEWSROOM-SECRET-ce41a0";
        QFile outside(dir.filePath(QStringLiteral("environ")));
        QVERIFY(outside.open(QIODevice::WriteOnly));
        outside.write("API_TOKEN=" + secret);
        outside.close();
        QVERIFY(QFile::link(outside.fileName(), QDir(theme).filePath(QStringLiteral("style.css"))));

        const QString site = dir.filePath(QStringLiteral("site"));
        for (const QStringList &command :
             {QStringList{QStringLiteral("render"), QStringLiteral("1")},
              QStringList{QStringLiteral("export-site"), site, QStringLiteral("--all")}}) {
            const CliResult result = cli(command + QStringList{QStringLiteral("--theme"), theme});
            QCOMPARE(result.exitCode, 1);
            QVERIFY2(result.err.contains("style.css is a symbolic link"), result.err.constData());
            QVERIFY(!result.out.contains(secret));
            QVERIFY(!result.err.contains(secret));
        }
        QVERIFY(!QFileInfo::exists(site));

        // A body placed inside <script>: refused with the file and the line.
        QVERIFY(QFile::remove(QDir(theme).filePath(QStringLiteral("style.css"))));
        QFile css(QDir(theme).filePath(QStringLiteral("style.css")));
        QVERIFY(css.open(QIODevice::WriteOnly));
        css.close();
        QVERIFY(article.open(QIODevice::WriteOnly));
        article.write("{{%AUTOESCAPE context=\"HTML\"}}<!DOCTYPE html>\n<head></head>\n"
                      "<script>{{BODY:none}}</script>\n");
        article.close();
        const CliResult script =
            cli({QStringLiteral("render"), QStringLiteral("1"), QStringLiteral("--theme"), theme});
        QCOMPARE(script.exitCode, 1);
        QVERIFY2(script.err.contains("article.html is refused, line 3: {{BODY:none}} stands inside "
                                     "a <script> element"),
                 script.err.constData());
        QVERIFY(script.out.isEmpty());
    }

    // --theme checks the story anchor as Preferences does: refused with the file, the line
    // and what is missing, before anything is written.
    void aThemeWithoutTheStoryAnchorIsRefused()
    {
        QTemporaryDir dir;
        const QString theme = dir.filePath(QStringLiteral("house"));
        QVERIFY(QDir().mkpath(theme));
        QFile article(QDir(theme).filePath(QStringLiteral("article.html")));
        QVERIFY(article.open(QIODevice::WriteOnly));
        article.write("{{%AUTOESCAPE context=\"HTML\"}}<!DOCTYPE html>\n<head>\n"
                      "<style>{{CSS:none}}</style></head>\n<main>{{BODY:none}}</main>\n");
        article.close();
        QFile css(QDir(theme).filePath(QStringLiteral("style.css")));
        QVERIFY(css.open(QIODevice::WriteOnly));
        css.close();

        const QString site = dir.filePath(QStringLiteral("site"));
        for (const QStringList &command :
             {QStringList{QStringLiteral("render"), QStringLiteral("1")},
              QStringList{QStringLiteral("export-site"), site, QStringLiteral("--all")}}) {
            const CliResult result = cli(command + QStringList{QStringLiteral("--theme"), theme});
            QCOMPARE(result.exitCode, 1);
            QVERIFY2(result.err.contains(
                         "article.html is refused, line 4: {{BODY:none}} stands outside the "
                         "story: put it inside an element with id=\"story\""),
                     result.err.constData());
            QVERIFY(result.out.isEmpty());
        }
        QVERIFY(!QFileInfo::exists(site));
    }

    // Two exports into one folder at once would mix their files and records: while this
    // process holds the folder, the command's export is refused and writes nothing.
    void aSecondExportIntoTheSameFolderWaitsItsTurn()
    {
        const QString site = m_dir.filePath(QStringLiteral("busy-site"));
        {
            ExportFolder held;
            QVERIFY(held.open(site));
            QVERIFY(held.lockForExport());
            const CliResult refused =
                cli({QStringLiteral("export-site"), site, QStringLiteral("--all")});
            QVERIFY(refused.exitCode != 0);
            QVERIFY2(refused.err.contains("Another export into"), refused.err.constData());
            QVERIFY(QDir(site)
                        .entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot)
                        .isEmpty());
        }
        const CliResult done = cli({QStringLiteral("export-site"), site, QStringLiteral("--all")});
        QVERIFY2(done.exitCode == 0, done.err.constData());
        QVERIFY(QFile::exists(site + QStringLiteral("/index.html")));
    }

    void exportsSiteAndMarkdownAndImportsThemBack()
    {
        const QString site = m_dir.filePath(QStringLiteral("site"));
        const CliResult first = cli({QStringLiteral("export-site"), site, QStringLiteral("--all"),
                                     QStringLiteral("--json")});
        QCOMPARE(first.exitCode, 0);
        QCOMPARE(first.json().object()[QStringLiteral("articles")].toInt(), 2);
        QVERIFY(QFile::exists(site + QStringLiteral("/index.html")));
        QVERIFY(first.err.contains("note: No sitemap.xml"));
        const CliResult again = cli({QStringLiteral("export-site"), site, QStringLiteral("--all"),
                                     QStringLiteral("--json")});
        QCOMPARE(again.json().object()[QStringLiteral("written")].toInt(), 0);
        const CliResult published =
            cli({QStringLiteral("export-site"), site, QStringLiteral("--json")});
        QCOMPARE(published.json().object()[QStringLiteral("articles")].toInt(), 0); // all drafts
        QCOMPARE(published.json().object()[QStringLiteral("removed")].toInt(), 2);

        const QString md = m_dir.filePath(QStringLiteral("md"));
        const CliResult exported = cli({QStringLiteral("export-md"), md});
        QCOMPARE(exported.exitCode, 0);
        const QStringList files = QDir(md).entryList({QStringLiteral("*.md")});
        QCOMPARE(files.size(), 2);
        const QString other = m_dir.filePath(QStringLiteral("other.newsroom"));
        QStringList arguments{QStringLiteral("--db"), other, QStringLiteral("import")};
        for (const QString &file : files)
            arguments.append(md + QLatin1Char('/') + file);
        QCOMPARE(runCli(arguments, m_dir.path()).exitCode, 0);
        const CliResult copy =
            runCli({QStringLiteral("--db"), other, QStringLiteral("show"), QStringLiteral("--json"),
                    QStringLiteral("wildfire-near-pine-ridge-forces-overnight-evacuations")},
                   m_dir.path());
        const QJsonObject article = copy.json().object();
        QCOMPARE(article[QStringLiteral("ai_generated")].toBool(), true);
        QCOMPARE(article[QStringLiteral("related")].toArray()[0][QStringLiteral("slug")].toString(),
                 QStringLiteral("pine-ridge-evacuation-order-expands-to-hillside-streets"));
    }

    // `![]([)]()` once made render, export-site and the editor die with SIGSEGV.
    void unbalancedMarkdownRendersAndExports()
    {
        QTemporaryDir dir;
        const QString story = dir.filePath(QStringLiteral("nine-bytes.md"));
        QFile file(story);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("---\ntitle: \"Nine bytes\"\nstatus: published\nslug: nine-bytes\n---\n"
                   "[before](https://example.org) ![]([)]() after\n");
        file.close();
        const QString db = dir.filePath(QStringLiteral("nine.newsroom"));
        QCOMPARE(runCli({QStringLiteral("--db"), db, QStringLiteral("import"), story}, dir.path())
                     .exitCode,
                 0);
        const CliResult page = runCli(
            {QStringLiteral("--db"), db, QStringLiteral("render"), QStringLiteral("nine-bytes")},
            dir.path());
        QVERIFY2(page.exitCode == 0, page.err.constData());
        QVERIFY(page.out.contains("<a href=\"https://example.org\">before</a>"));
        QVERIFY(page.out.contains("after"));
        const CliResult site = runCli({QStringLiteral("--db"), db, QStringLiteral("export-site"),
                                       dir.filePath(QStringLiteral("site"))},
                                      dir.path());
        QVERIFY2(site.exitCode == 0, site.err.constData());
        QVERIFY(QFile::exists(dir.filePath(QStringLiteral("site/nine-bytes.html"))));
    }

    // Hostile files (issue 11): a front-matter bomb is refused with its name and the reason
    // while the other files go in; control characters never reach the terminal; a Markdown
    // bomb renders quickly, cut short, with a note.
    void hostileFilesAreRefusedOrBounded()
    {
        QTemporaryDir dir;
        const auto write = [&dir](const QString &name, const QByteArray &bytes) {
            QFile file(dir.filePath(name));
            if (file.open(QIODevice::WriteOnly))
                file.write(bytes);
            return file.fileName();
        };
        const QString bomb =
            write(QStringLiteral("bomb.md"),
                  "---\ntitle: Bomb\nx: &x \"" + QByteArray(40'000, 'A') + "\"\ntags: [" +
                      QByteArray("*x,").repeated(999) + "*x]\n---\nBody.\n");
        const QString controls = write(QStringLiteral("controls.txt"),
                                       "Red\x1b[31m alert\x07\nDek\x1b]0;owned\x07.\n\nBody.\n");
        const QString table = write(
            QStringLiteral("table.md"),
            "---\ntitle: Table\nslug: table\n---\n|" + QByteArray("c|").repeated(128) + "\n|" +
                QByteArray(":-:|").repeated(128) + "\n" + QByteArray("x\n").repeated(150'000));
        const QString db = dir.filePath(QStringLiteral("hostile.newsroom"));
        const CliResult imported =
            runCli({QStringLiteral("--db"), db, QStringLiteral("import"), bomb, controls, table},
                   dir.path());
        QCOMPARE(imported.exitCode, 1);
        const QByteArray refusal =
            "newsroom-cli: " + bomb.toUtf8() + ": the alias *x on line 4 expands the front matter";
        QVERIFY2(imported.err.startsWith(refusal), imported.err.constData());
        QCOMPARE(imported.err.count('\n'), 1);
        QCOMPARE(imported.out.count("Imported #"), 2);

        const CliResult list =
            runCli({QStringLiteral("--db"), db, QStringLiteral("list")}, dir.path());
        QVERIFY(list.out.contains("Red[31m alert"));
        QVERIFY(!list.out.contains('\x1b') && !list.out.contains('\x07'));

        const CliResult page =
            runCli({QStringLiteral("--db"), db, QStringLiteral("render"), QStringLiteral("table")},
                   dir.path());
        QCOMPARE(page.exitCode, 0);
        QVERIFY(
            page.out.contains("<p class=\"render-note\">The rest of this article is not shown"));
        QVERIFY2(page.out.size() < 6 * 1024 * 1024, QByteArray::number(page.out.size()));
    }

    // The archive's own file is never an output nor an input: writing over it (or reading
    // it as an article, which would drop the process's locks) loses every story in it.
    void archiveIsNeverAnOutputOrAnInput()
    {
        QTemporaryDir dir;
        const QString site = dir.filePath(QStringLiteral("site"));
        QVERIFY(QDir().mkpath(site));
        const QString db = site + QStringLiteral("/style.css"); // a name the site export writes
        QCOMPARE(runCli({QStringLiteral("--db"), db, QStringLiteral("import"),
                         dataFile(QStringLiteral("wildfire.txt"))},
                        dir.path())
                     .exitCode,
                 0);
        auto publish = SqliteArticleStore::open(db);
        QVERIFY(publish);
        Article story = *(*publish)->article(1);
        story.status = ArticleStatus::Published;
        QVERIFY((*publish)->save(story));
        publish->reset();
        const QByteArray before = digest(db);

        const CliResult render = runCli({QStringLiteral("--db"), db, QStringLiteral("render"),
                                         QStringLiteral("1"), QStringLiteral("-o"), db},
                                        dir.path());
        QCOMPARE(render.exitCode, 1);
        QVERIFY2(render.err.contains("archive itself"), render.err.constData());
        const QString link = dir.filePath(QStringLiteral("link.html"));
        QVERIFY(QFile::link(db, link));
        QCOMPARE(runCli({QStringLiteral("--db"), db, QStringLiteral("render"), QStringLiteral("1"),
                         QStringLiteral("-o"), link},
                        dir.path())
                     .exitCode,
                 1);
        const CliResult import =
            runCli({QStringLiteral("--db"), db, QStringLiteral("import"), db}, dir.path());
        QCOMPARE(import.exitCode, 1);
        QVERIFY2(import.err.contains("archive itself"), import.err.constData());
        const CliResult exported =
            runCli({QStringLiteral("--db"), db, QStringLiteral("export-site"), site}, dir.path());
        QCOMPARE(exported.exitCode, 1);
        QVERIFY2(exported.err.contains("archive itself"), exported.err.constData());
        QCOMPARE(digest(db), before);
        QCOMPARE(integrityCheck(db), QStringLiteral("ok"));
        const CliResult list =
            runCli({QStringLiteral("--db"), db, QStringLiteral("list"), QStringLiteral("--json")},
                   dir.path());
        QCOMPARE(list.json().array().size(), 1);
    }

    // Issue 11, as found with the CLI: links planted in the export folder, a forged export
    // record and slugs only a crafted archive holds. Each planted link is refused with one
    // line naming it; bad slugs are skipped and named; nothing outside the folder, nor
    // anything in it that the export did not write, changes.
    void hostileExportFolder()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("hostile.newsroom"));
        const auto run = [&](const QStringList &arguments) {
            return runCli(QStringList{QStringLiteral("--db"), db} + arguments, dir.path());
        };
        const QString story = dir.filePath(QStringLiteral("harbor-story.md"));
        QVERIFY(writeFile(story, "---\ntitle: \"Harbor story\"\nsection: Politics\n"
                                 "slug: harbor-story\n---\nThe harbor reopened.\n"));
        QCOMPARE(run({QStringLiteral("import"), dataFile(QStringLiteral("wildfire.txt")),
                      dataFile(QStringLiteral("evacuation.txt")),
                      dataFile(QStringLiteral("tricky-text.txt")), story})
                     .exitCode,
                 0);
        const QString fine =
            QStringLiteral("wildfire-near-pine-ridge-forces-overnight-evacuations");
        QVERIFY(setSlugDirectly(db, 2, QByteArray("README.md\0", 10)));
        QVERIFY(setSlugDirectly(db, 3, QByteArray(300, 'a')));

        const QString decoy = dir.filePath(QStringLiteral("decoy"));
        QVERIFY(makeDecoyTree(decoy));
        const QString site = dir.filePath(QStringLiteral("site"));
        QVERIFY(QDir().mkpath(site + QStringLiteral("/.git/hooks")));
        const QByteArray cname = "news.example.org\n";
        const QByteArray config = "[core]\n";
        QVERIFY(writeFile(site + QStringLiteral("/CNAME"), cname));
        QVERIFY(writeFile(site + QStringLiteral("/.git/config"), config));
        QVERIFY(writeFile(site + QStringLiteral("/.git/hooks/pre-commit"), "#!/bin/sh\n"));
        QVERIFY(writeFile(site + QStringLiteral("/README.md"), "# Our site\n"));
        const auto outside = snapshot(decoy);
        const auto theirs = snapshot(site); // nothing here is the export's

        const auto refused = [&](const QString &name, const QString &target) {
            const QString link = site + QLatin1Char('/') + name;
            // In place of what a refused run before may have written.
            if (QFileInfo(link).isDir())
                QDir(link).removeRecursively();
            QFile::remove(link);
            if (!QFile::link(target, link))
                return QStringLiteral("cannot plant %1").arg(name);
            const CliResult result =
                run({QStringLiteral("export-site"), site, QStringLiteral("--all")});
            const QString err = QString::fromUtf8(result.err);
            const bool ok = result.exitCode == 1 && err.count(QLatin1Char('\n')) == 1 &&
                            err.contains(name + QStringLiteral(": it is a symbolic link")) &&
                            QFileInfo(link).symLinkTarget() == target;
            QFile::remove(link);
            return ok ? QString() : name + QStringLiteral(": ") + err;
        };
        QCOMPARE(refused(fine + QStringLiteral(".html"), decoy + QStringLiteral("/precious.txt")),
                 QString());
        QCOMPARE(refused(QStringLiteral("sections"), decoy + QStringLiteral("/folder")), QString());
        QCOMPARE(refused(QStringLiteral("index.html"), decoy + QStringLiteral("/precious.txt")),
                 QString());
        QCOMPARE(refused(QStringLiteral("feed.xml"), decoy + QStringLiteral("/feed.xml")),
                 QString());
        QCOMPARE(snapshot(decoy), outside);

        // Links under names the export does not write, and a forged record listing files it
        // did not write (with their right hashes): the export works and touches none.
        QVERIFY(QFile::link(decoy + QStringLiteral("/precious.txt"),
                            site + QLatin1Char('/') + fine + QStringLiteral(".html.part")));
        QVERIFY(QFile::link(decoy + QStringLiteral("/precious.txt"),
                            site + QStringLiteral("/.newsroom-abcdefghijklm.part")));
        QVERIFY(QFile::link(decoy + QStringLiteral("/folder"), site + QStringLiteral("/tags")));
        QJsonObject files{
            {QStringLiteral("CNAME"), QString::fromLatin1(sha1Hex(cname))},
            {QStringLiteral(".git/config"), QString::fromLatin1(sha1Hex(config))},
            {QStringLiteral("../decoy/precious.txt"), QString::fromLatin1(sha1Hex("keep me\n"))},
            {QStringLiteral("tags/politics.html"),
             QString::fromLatin1(sha1Hex("<p>not ours</p>\n"))},
            {decoy + QStringLiteral("/feed.xml"), QString::fromLatin1(sha1Hex("<not-a-feed/>\n"))}};
        QVERIFY(writeFile(site + QStringLiteral("/.newsroom-export.json"),
                          QJsonDocument(QJsonObject{{QStringLiteral("files"), files}}).toJson()));
        const auto planted = snapshot(site);
        const CliResult exported = run({QStringLiteral("--json"), QStringLiteral("export-site"),
                                        site, QStringLiteral("--all")});
        QVERIFY2(exported.exitCode == 0, exported.err.constData());
        const QJsonObject report = exported.json().object();
        QCOMPARE(report[QStringLiteral("articles")].toInt(), 2);
        QCOMPARE(report[QStringLiteral("removed")].toInt(), 0);
        QStringList skipped;
        for (const QJsonValue &line : report[QStringLiteral("skipped")].toArray())
            skipped.append(line.toString());
        skipped.sort(); // in the archive's list order
        QCOMPARE(skipped.size(), 2);
        QVERIFY2(skipped[0].startsWith(QStringLiteral("Skipped article #2: ")) &&
                     skipped[0].contains(QStringLiteral("README.md\\x00.html")) &&
                     skipped[0].contains(QStringLiteral("control character")),
                 qPrintable(skipped[0]));
        QVERIFY2(skipped[1].startsWith(QStringLiteral("Skipped article #3: ")) &&
                     skipped[1].contains(QStringLiteral("305 bytes long")),
                 qPrintable(skipped[1]));
        QCOMPARE(exported.err.count("newsroom-cli: warning: Skipped article #"), 2);
        QVERIFY(!exported.err.contains('\0'));
        QVERIFY(QFile::exists(site + QLatin1Char('/') + fine + QStringLiteral(".html")));
        QVERIFY(QFile::exists(site + QStringLiteral("/sections/politics.html")));
        QCOMPARE(snapshot(decoy), outside);
        // Theirs and the planted links are as they were (pages of the refused runs above,
        // recorded nowhere, were written again).
        const auto after = snapshot(site);
        for (auto it = planted.begin(); it != planted.end(); ++it) {
            if (theirs.contains(it.key()) || it.value().startsWith("link"))
                QCOMPARE(after.value(it.key()), it.value());
        }
        QCOMPARE(std::count_if(planted.begin(), planted.end(),
                               [](const QByteArray &entry) { return entry.startsWith("link"); }),
                 3);

        // The next export removes only its own files, once their articles are gone.
        const CliResult published =
            run({QStringLiteral("--json"), QStringLiteral("export-site"), site}); // all drafts
        QVERIFY2(published.exitCode == 0, published.err.constData());
        QVERIFY(published.json().object()[QStringLiteral("removed")].toInt() >= 2);
        QVERIFY(!QFile::exists(site + QLatin1Char('/') + fine + QStringLiteral(".html")));
        const auto last = snapshot(site);
        for (auto it = theirs.begin(); it != theirs.end(); ++it)
            QCOMPARE(last.value(it.key()), it.value());
        QCOMPARE(snapshot(decoy), outside);

        // render -o and export-md follow the same rules.
        const QString page = site + QStringLiteral("/page.html");
        QVERIFY(QFile::link(decoy + QStringLiteral("/precious.txt"), page));
        const CliResult render = run({QStringLiteral("render"), fine, QStringLiteral("-o"), page});
        QCOMPARE(render.exitCode, 1);
        QVERIFY2(render.err.contains("page.html: it is a symbolic link"), render.err.constData());
        const QString md = dir.filePath(QStringLiteral("md"));
        QVERIFY(QDir().mkpath(md));
        QVERIFY(writeFile(md + QStringLiteral("/README.md"), "# Notes\n"));
        QVERIFY(QFile::link(decoy + QStringLiteral("/precious.txt"),
                            md + QLatin1Char('/') + fine + QStringLiteral(".md")));
        const CliResult linkedMd = run({QStringLiteral("export-md"), md});
        QCOMPARE(linkedMd.exitCode, 1);
        QVERIFY2(linkedMd.err.contains(".md: it is a symbolic link"), linkedMd.err.constData());
        QVERIFY(QFile::remove(md + QLatin1Char('/') + fine + QStringLiteral(".md")));
        const CliResult markdown = run({QStringLiteral("export-md"), md});
        QCOMPARE(markdown.exitCode, 0);
        QCOMPARE(markdown.err.count("newsroom-cli: warning: Skipped article #"), 2);
        QVERIFY(markdown.out.contains("Wrote 2 Markdown files"));
        QCOMPARE(QFile(md + QStringLiteral("/README.md")).size(), qint64(8));
        QCOMPARE(snapshot(decoy), outside);
    }

    // history: every version, newest first, why it was kept and by whom; --published keeps
    // what readers could have seen.
    void historyListsEveryVersion()
    {
        const QString path = m_dir.filePath(QStringLiteral("history.newsroom"));
        qint64 id = 0;
        {
            auto store = SqliteArticleStore::open(path);
            QVERIFY(store);
            Article a = *(*store)->save(makeArticle(QStringLiteral("Ferry strike")));
            id = a.id;
            a.status = ArticleStatus::Ready;
            a = *(*store)->save(a);
            a.status = ArticleStatus::Published;
            a = *(*store)->save(a);
            a.headline = QStringLiteral("Ferry strike ends");
            a = *(*store)->save(a, SaveMode::ReplaceOwnDraft); // the publication stays
            QVERIFY((*store)->restoreRevision(id, 1, a.version));
        }
        const auto history = [&](QStringList arguments) {
            return runCli(QStringList{QStringLiteral("--db"), path, QStringLiteral("history")} +
                              arguments,
                          m_dir.path());
        };
        const CliResult json = history({QStringLiteral("ferry-strike"), QStringLiteral("--json")});
        QCOMPARE(json.exitCode, 0);
        const QJsonArray versions = json.json().array();
        QStringList shape;
        for (const QJsonValue &v : versions) {
            const QJsonObject o = v.toObject();
            shape.append(
                QStringLiteral("%1 %2 %3 %4 %5")
                    .arg(o[QStringLiteral("version")].toInteger())
                    .arg(o[QStringLiteral("kind")].toString(),
                         o[QStringLiteral("status")].toString(),
                         o[QStringLiteral("previous_status")].toString(QStringLiteral("-")),
                         o[QStringLiteral("restored_from")].isDouble()
                             ? QString::number(o[QStringLiteral("restored_from")].toInteger())
                             : QStringLiteral("-")));
            QCOMPARE(o[QStringLiteral("author")].toString(), username::current());
            QVERIFY(json::timeFromText(o[QStringLiteral("saved")].toString()).isValid());
            QVERIFY(o.contains(QStringLiteral("headline")));
        }
        QCOMPARE(shape, (QStringList{"5 restored draft published 1", "4 timed published - -",
                                     "3 published published ready -", "2 status ready draft -",
                                     "1 timed draft - -"}));
        QCOMPARE(versions[1][QStringLiteral("headline")].toString(),
                 QStringLiteral("Ferry strike ends"));

        const CliResult published =
            history({QString::number(id), QStringLiteral("--published"), QStringLiteral("--json")});
        QCOMPARE(published.exitCode, 0);
        QList<qint64> shown;
        for (const QJsonValue &v : published.json().array())
            shown.append(v[QStringLiteral("version")].toInteger());
        QCOMPARE(shown, (QList<qint64>{4, 3}));

        const CliResult text = history({QStringLiteral("ferry-strike")});
        QCOMPARE(text.exitCode, 0);
        const QList<QByteArray> lines = text.out.trimmed().split('\n');
        QCOMPARE(lines.size(), 5);
        QVERIFY2(lines[0].contains("restored") && lines[0].contains("(from version 1)"),
                 lines[0].constData());
        QVERIFY2(lines[2].contains("published") && lines[2].contains("(ready \u2192 published)"),
                 lines[2].constData());
        QVERIFY(lines[4].trimmed().startsWith("1  "));
        QVERIFY(lines[4].contains(username::current().toUtf8()));

        const CliResult missing = history({QStringLiteral("no-such-story")});
        QCOMPARE(missing.exitCode, 1);
        QVERIFY(missing.err.contains("no-such-story"));
        QCOMPARE(history({}).exitCode, 2);
    }

    void newPathBecomesEmptyArchive()
    {
        const QString path = m_dir.filePath(QStringLiteral("fresh/empty.newsroom"));
        const CliResult result =
            runCli({QStringLiteral("--db"), path, QStringLiteral("list"), QStringLiteral("--json")},
                   m_dir.path());
        QCOMPARE(result.exitCode, 0);
        QCOMPARE(result.json().array().size(), 0);
        QVERIFY(QFile::exists(path));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
