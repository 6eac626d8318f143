// newsroom-cli backup and check-archive, as scripts and cron jobs use them: the real binary
// on real archive files, beside another process writing to the same archive.

#include "CliRunner.h"
#include "TestArchive.h"
#include "store/ArchiveFile.h"
#include "store/SqliteDatabase.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace newsroom;
using namespace newsroom::test;

namespace {

// `count` plain-text articles of about 2 KB each, named <prefix>-<n>.txt.
QStringList writeArticles(const QString &folder, const QString &prefix, int count)
{
    QStringList paths;
    for (int i = 0; i < count; ++i) {
        const QString path = folder + QStringLiteral("/%1-%2.txt").arg(prefix).arg(i);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return {};
        QString body;
        for (int p = 0; p < 6; ++p)
            body += QStringLiteral("Paragraph %1 of %2 story %3 tells the harbour council's "
                                   "budget plans for ferries, schools and roads again.")
                        .arg(p)
                        .arg(prefix)
                        .arg(i)
                        .repeated(4) +
                    QLatin1Char('\n');
        file.write(QStringLiteral("%1 story %2 about the harbour\nA dek for %1 story %2.\n%3")
                       .arg(prefix)
                       .arg(i)
                       .arg(body)
                       .toUtf8());
        paths.append(path);
    }
    return paths;
}

// Articles in an archive file, read by a connection of this process that is closed after.
qint64 articlesIn(const QString &path)
{
    auto store = SqliteArticleStore::open(path);
    if (!store)
        return -1;
    auto count = (*store)->count({});
    return count ? *count : -1;
}

} // namespace

class TestMaintenance : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    CliResult cli(const QString &db, QStringList arguments)
    {
        arguments.prepend(db);
        arguments.prepend(QStringLiteral("--db"));
        return runCli(arguments, m_dir.path());
    }

    // A fresh archive with `count` articles, imported by newsroom-cli.
    QString importedArchive(const QString &name, int count)
    {
        const QString folder = m_dir.filePath(name + QStringLiteral("-txt"));
        QDir().mkpath(folder);
        const QString db = m_dir.filePath(name + QStringLiteral(".newsroom"));
        const CliResult imported =
            cli(db, QStringList{QStringLiteral("import")} + writeArticles(folder, name, count));
        return imported.exitCode == 0 ? db : QString();
    }

private Q_SLOTS:
    // Batches of 25 articles arrive from another process, each in one transaction, while
    // backups are taken: every copy opens, passes quick_check, and holds whole batches.
    void backupWhileAnotherProcessWrites()
    {
        constexpr int kSeed = 300; // about 3 MB: a copy takes several steps
        constexpr int kBatch = 25;
        constexpr int kBatches = 16;
        const QString db = importedArchive(QStringLiteral("busy"), kSeed);
        QVERIFY(!db.isEmpty());
        const QString wire = m_dir.filePath(QStringLiteral("wire"));
        QVERIFY(QDir().mkpath(wire));
        const QStringList files = writeArticles(wire, QStringLiteral("wire"), kBatch * kBatches);
        QCOMPARE(files.size(), kBatch * kBatches);

        // One newsroom-cli import per batch, one after another, in a process of its own.
        QString script = QStringLiteral("set -e\n");
        for (int b = 0; b < kBatches; ++b) {
            script += QStringLiteral("'%1' --db '%2' import").arg(QStringLiteral(NEWSROOM_CLI), db);
            for (const QString &file : files.mid(b * kBatch, kBatch))
                script += QStringLiteral(" '%1'").arg(file);
            script += QStringLiteral(" > /dev/null\n");
        }
        QProcess writer;
        writer.start(QStringLiteral("/bin/sh"), {QStringLiteral("-c"), script});
        QVERIFY(writer.waitForStarted());

        // waitForFinished(0) collects the writer's exit without waiting for it.
        const auto writing = [&] {
            return writer.state() != QProcess::NotRunning && !writer.waitForFinished(0);
        };
        int besideWriter = 0;
        QList<QPair<QString, qint64>> copies;
        const auto backUp = [&] {
            const QString copy =
                m_dir.filePath(QStringLiteral("busy-copy-%1.newsroom").arg(copies.size()));
            const CliResult backup =
                cli(db, {QStringLiteral("--json"), QStringLiteral("backup"), copy});
            QVERIFY2(backup.exitCode == 0, backup.err.constData());
            QVERIFY(!QFileInfo::exists(copy + QStringLiteral("-wal")));
            const QJsonObject report = backup.json().object();
            QCOMPARE(report[QStringLiteral("file")].toString(), copy);
            QCOMPARE(report[QStringLiteral("bytes")].toInteger(), QFileInfo(copy).size());
            copies.append({copy, report[QStringLiteral("articles")].toInteger()});
        };
        while (writing() && copies.size() < 200) {
            backUp();
            if (QTest::currentTestFailed())
                return;
            if (writing())
                ++besideWriter; // the writer was at work before and after this copy
        }
        QVERIFY(writer.state() == QProcess::NotRunning || writer.waitForFinished(120000));
        QCOMPARE(writer.exitStatus(), QProcess::NormalExit);
        QVERIFY2(writer.exitCode() == 0, writer.readAllStandardError().constData());
        qInfo("%d copies made while the writer was at work", besideWriter);
        QVERIFY2(besideWriter >= 2, qPrintable(QString::number(besideWriter)));
        backUp(); // and one of the finished archive
        QVERIFY(!QTest::currentTestFailed());

        for (const auto &[copy, articles] : std::as_const(copies)) {
            QCOMPARE(integrityCheck(copy), QStringLiteral("ok"));
            QCOMPARE(articlesIn(copy), articles);
            QVERIFY2(articles >= kSeed && (articles - kSeed) % kBatch == 0,
                     qPrintable(QString::number(articles)));
            const CliResult check = cli(copy, {QStringLiteral("check-archive")});
            QVERIFY2(check.exitCode == 0, check.out.constData());
        }
        QCOMPARE(copies.last().second, kSeed + kBatch * kBatches);
        // Nothing is left behind in the folder but the copies themselves.
        QVERIFY(QDir(m_dir.path())
                    .entryList({QStringLiteral(".busy-copy*")}, QDir::Hidden | QDir::Files)
                    .isEmpty());
    }

    // The archive itself (by name, through a link, its -wal) and an existing file are
    // refused; --force replaces a file that is not the archive.
    void backupRefusesTheArchiveAndAnExistingFile()
    {
        const QString db = importedArchive(QStringLiteral("own"), 3);
        QVERIFY(!db.isEmpty());
        const QString link = m_dir.filePath(QStringLiteral("own-link.newsroom"));
        QVERIFY(QFile::link(db, link));
        for (const QString &target : QStringList{db, link, db + QStringLiteral("-wal")}) {
            const CliResult result = cli(db, {QStringLiteral("backup"), target});
            QCOMPARE(result.exitCode, 1);
            QVERIFY2(result.err.contains("is the archive itself"), result.err.constData());
            QCOMPARE(result.err.count('\n'), 1);
        }
        QCOMPARE(articlesIn(db), 3);
        QCOMPARE(integrityCheck(db), QStringLiteral("ok"));

        const QString existing = m_dir.filePath(QStringLiteral("notes.txt"));
        {
            QFile file(existing);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("Not a backup: someone's notes.\n");
        }
        const QByteArray before = digest(existing);
        const CliResult refused = cli(db, {QStringLiteral("backup"), existing});
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.contains("already exists") && refused.err.contains("--force"),
                 refused.err.constData());
        QCOMPARE(digest(existing), before);

        const CliResult forced =
            cli(db, {QStringLiteral("backup"), existing, QStringLiteral("--force")});
        QVERIFY2(forced.exitCode == 0, forced.err.constData());
        QCOMPARE(articlesIn(existing), 3);
        QVERIFY(QFileInfo(link).isSymLink()); // the link itself was never written through
        QCOMPARE(articlesIn(db), 3);

        const CliResult noFolder =
            cli(db, {QStringLiteral("backup"),
                     m_dir.filePath(QStringLiteral("no/such/folder.newsroom"))});
        QCOMPARE(noFolder.exitCode, 1);
        QVERIFY(noFolder.err.contains("does not exist"));
    }

    void backupUsageErrors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("nothing to write to") << QStringList{QStringLiteral("backup")};
        QTest::newRow("file and folder")
            << QStringList{QStringLiteral("backup"), QStringLiteral("x.newsroom"),
                           QStringLiteral("--to-folder"), QStringLiteral("dir")};
        QTest::newRow("keep without folder")
            << QStringList{QStringLiteral("backup"), QStringLiteral("x.newsroom"),
                           QStringLiteral("--keep"), QStringLiteral("2")};
        QTest::newRow("keep zero")
            << QStringList{QStringLiteral("backup"), QStringLiteral("--to-folder"),
                           QStringLiteral("dir"), QStringLiteral("--keep"), QStringLiteral("0")};
        QTest::newRow("two files")
            << QStringList{QStringLiteral("backup"), QStringLiteral("a"), QStringLiteral("b")};
        QTest::newRow("check-archive with an argument")
            << QStringList{QStringLiteral("check-archive"), QStringLiteral("now")};
    }
    void backupUsageErrors()
    {
        QFETCH(QStringList, arguments);
        const QString db = m_dir.filePath(QStringLiteral("usage.newsroom"));
        if (!QFileInfo::exists(db))
            QCOMPARE(cli(db, {QStringLiteral("list")}).exitCode, 0);
        const CliResult result = cli(db, arguments);
        QCOMPARE(result.exitCode, 2);
        QVERIFY(result.err.startsWith("newsroom-cli: "));
        QCOMPARE(result.err.count('\n'), 1);
        QVERIFY(result.out.isEmpty());
    }

    // Dated copies in a folder; --keep leaves the newest N and touches nothing else there.
    void backupToFolderKeepsTheNewest()
    {
        const QString db = importedArchive(QStringLiteral("desk"), 2);
        QVERIFY(!db.isEmpty());
        const QString folder = m_dir.filePath(QStringLiteral("backups"));
        QVERIFY(QDir().mkpath(folder));
        const QStringList bystanders{
            QDir(folder).filePath(QStringLiteral("notes.txt")),
            QDir(folder).filePath(QStringLiteral("other-20260101-000000.newsroom"))};
        for (const QString &path : bystanders) {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("keep me\n");
        }
        QStringList made;
        QStringList removed;
        for (int run = 0; run < 4; ++run) {
            const CliResult result = cli(db, {QStringLiteral("--json"), QStringLiteral("backup"),
                                              QStringLiteral("--to-folder"), folder,
                                              QStringLiteral("--keep"), QStringLiteral("2")});
            QVERIFY2(result.exitCode == 0, result.err.constData());
            const QJsonObject report = result.json().object();
            const QString file = report[QStringLiteral("file")].toString();
            QVERIFY2(QFileInfo(file).fileName().startsWith(QStringLiteral("desk-")),
                     qPrintable(file));
            QCOMPARE(report[QStringLiteral("articles")].toInteger(), 2);
            made.append(file);
            for (const QJsonValue &gone : report[QStringLiteral("removed")].toArray())
                removed.append(gone.toString());
        }
        QCOMPARE(removed, made.mid(0, 2));
        for (const QString &file : made.mid(2))
            QCOMPARE(articlesIn(file), 2);
        for (const QString &file : made.mid(0, 2))
            QVERIFY(!QFileInfo::exists(file));
        for (const QString &path : bystanders)
            QVERIFY(QFileInfo::exists(path));
        QCOMPARE(QDir(folder).entryList(QDir::Files | QDir::Hidden).size(), 4);
    }

    // Junk over a page in the middle of a copy (made while nothing had it open): check-archive
    // says the file is damaged and exits 1; other commands open it read-only (a warning),
    // backup and import refuse it, and it stays as it is.
    void damagedArchiveIsReported()
    {
        const QString db = importedArchive(QStringLiteral("sound"), 60);
        QVERIFY(!db.isEmpty());
        const CliResult sound =
            cli(db, {QStringLiteral("check-archive"), QStringLiteral("--full")});
        QVERIFY2(sound.exitCode == 0, sound.err.constData());
        QVERIFY(sound.out.contains("sound"));
        QVERIFY(!QFileInfo::exists(db + QStringLiteral("-wal"))); // every connection closed

        const QString damaged = m_dir.filePath(QStringLiteral("damaged.newsroom"));
        QVERIFY(QFile::copy(db, damaged));
        QVERIFY(damageMiddlePage(damaged, "articles"));
        const QByteArray before = digest(damaged);

        const CliResult text = cli(damaged, {QStringLiteral("check-archive")});
        QCOMPARE(text.exitCode, 1);
        QVERIFY2(text.out.contains("[pages] The archive file is damaged") &&
                     text.out.contains("restore the latest backup"),
                 text.out.constData());
        QVERIFY2(text.err.startsWith("newsroom-cli: the archive is damaged (pages)"),
                 text.err.constData());
        QCOMPARE(text.err.count('\n'), 1);

        const CliResult json =
            cli(damaged, {QStringLiteral("--json"), QStringLiteral("check-archive")});
        QCOMPARE(json.exitCode, 1);
        const QJsonObject report = json.json().object();
        QCOMPARE(report[QStringLiteral("ok")].toBool(), false);
        const QJsonArray problems = report[QStringLiteral("problems")].toArray();
        QCOMPARE(problems.size(), 1);
        QCOMPARE(problems[0][QStringLiteral("check")].toString(), QStringLiteral("pages"));
        QVERIFY(!problems[0][QStringLiteral("details")].toArray().isEmpty());
        QCOMPARE(report[QStringLiteral("checked")].toArray().first().toString(),
                 QStringLiteral("pages"));

        // Reading what is still sound works, with a warning; every write is refused.
        const CliResult show = cli(damaged, {QStringLiteral("show"), QStringLiteral("1")});
        QVERIFY2(show.exitCode == 0, show.err.constData());
        QVERIFY2(show.err.startsWith("newsroom-cli: warning: opened read-only: ") &&
                     show.err.contains("is damaged") && show.err.contains("check-archive"),
                 show.err.constData());
        QCOMPARE(show.err.count('\n'), 1);
        const QStringList more = writeArticles(m_dir.path(), QStringLiteral("more"), 1);
        QCOMPARE(more.size(), 1);
        const CliResult import = cli(damaged, {QStringLiteral("import"), more.first()});
        QCOMPARE(import.exitCode, 1);
        QVERIFY2(import.err.contains("is damaged"), import.err.constData());
        const CliResult backup =
            cli(damaged, {QStringLiteral("backup"),
                          m_dir.filePath(QStringLiteral("from-damaged.newsroom"))});
        QCOMPARE(backup.exitCode, 1);
        QVERIFY(!QFileInfo::exists(m_dir.filePath(QStringLiteral("from-damaged.newsroom"))));
        QCOMPARE(digest(damaged), before);
    }

    // An article taken out of the search index (FTS5's 'delete', as a botched update would):
    // search misses it, check-archive says so, --repair-index puts it back and leaves the
    // trash out of the index.
    void repairIndexRestoresSearch()
    {
        const QString db = importedArchive(QStringLiteral("index"), 4);
        QVERIFY(!db.isEmpty());
        const auto hits = [&](const QString &words) {
            return cli(db, {QStringLiteral("--json"), QStringLiteral("search"), words})
                .json()
                .array()
                .size();
        };
        QCOMPARE(hits(QStringLiteral("\"index story 2 about\"")), 1);
        {
            auto store = SqliteArticleStore::open(db);
            QVERIFY(store);
            QVERIFY((*store)->moveToTrash(4)); // the trash stays out of the index
            QVERIFY((*store)->database().exec(
                "INSERT INTO article_search (article_search, rowid, headline, dek, body, tags)"
                " SELECT 'delete', id, headline, dek, body, tags FROM article_search_source"
                " WHERE id = 3"));
        }
        QCOMPARE(hits(QStringLiteral("\"index story 2 about\"")), 0);

        const CliResult found =
            cli(db, {QStringLiteral("--json"), QStringLiteral("check-archive")});
        QCOMPARE(found.exitCode, 1);
        const QJsonArray problems = found.json().object()[QStringLiteral("problems")].toArray();
        QCOMPARE(problems.size(), 1);
        QCOMPARE(problems[0][QStringLiteral("check")].toString(), QStringLiteral("search-index"));
        QVERIFY2(problems[0][QStringLiteral("message")].toString().contains(
                     QStringLiteral("--repair-index")),
                 found.out.constData());
        QVERIFY(problems[0][QStringLiteral("message")].toString().contains(QStringLiteral("#3")));

        const CliResult repaired =
            cli(db, {QStringLiteral("--json"), QStringLiteral("check-archive"),
                     QStringLiteral("--repair-index")});
        QVERIFY2(repaired.exitCode == 0, repaired.out.constData());
        QCOMPARE(repaired.json().object()[QStringLiteral("index_rebuilt")].toBool(), true);
        QCOMPARE(repaired.json().object()[QStringLiteral("ok")].toBool(), true);
        QCOMPARE(hits(QStringLiteral("\"index story 2 about\"")), 1);
        QCOMPARE(hits(QStringLiteral("\"index story 3 about\"")), 0); // in the trash

        // Back from the trash after the rebuild: indexed once, so the index stays sound.
        {
            auto store = SqliteArticleStore::open(db);
            QVERIFY(store);
            QVERIFY((*store)->restoreFromTrash(4));
        }
        QCOMPARE(hits(QStringLiteral("\"index story 3 about\"")), 1);
        const CliResult after = cli(db, {QStringLiteral("check-archive")});
        QVERIFY2(after.exitCode == 0, after.out.constData());
    }

    void checkArchiveNeedsAnArchive()
    {
        const QString missing = m_dir.filePath(QStringLiteral("nowhere/none.newsroom"));
        for (const QString &command : {QStringLiteral("check-archive"), QStringLiteral("backup")}) {
            QStringList arguments{command};
            if (command == u"backup")
                arguments.append(m_dir.filePath(QStringLiteral("none-copy.newsroom")));
            const CliResult result = cli(missing, arguments);
            QCOMPARE(result.exitCode, 1);
            QVERIFY2(result.err.contains("there is no archive"), result.err.constData());
        }
        QVERIFY(!QFileInfo::exists(missing));
        QVERIFY(!QFileInfo::exists(QFileInfo(missing).absolutePath()));
    }
};

QTEST_GUILESS_MAIN(TestMaintenance)
#include "tst_maintenance.moc"
