// newsroom-cli killed with SIGKILL half-way, then run again, as happens on a desk: an
// import must complete with every file exactly once and every blurb linked; an export must
// never leave a half-written page, and the next one completes the site.

#include "CliRunner.h"
#include "TestArchive.h"
#include "export/ExportManifest.h"
#include "importer/ArticleImporter.h"
#include "model/Slug.h"

#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <csignal>

using namespace newsroom;
using namespace newsroom::test;

namespace {

QString dek(int i)
{
    return QStringLiteral("The dek of story %1 says what it is about.").arg(i);
}

// Story i of n links (by dek) to stories i + n/2 and i + 1 (of the stories offset..offset+n),
// mostly in later batches, and has one blurb no story has as its dek.
QString story(int i, int n, int offset = 0)
{
    QString body;
    for (int p = 0; p < 6; ++p)
        body += QStringLiteral("Paragraph %1 of story %2 tells the harbour news at some length, "
                               "as a wire story does.\n")
                    .arg(p)
                    .arg(i);
    return QStringLiteral("Harbour story number %1\n%2\n%3Related Articles\n%4\n%5\n"
                          "A blurb that no archived article has as its dek.\n")
        .arg(offset + i)
        .arg(dek(offset + i), body, dek(offset + (i + n / 2) % n), dek(offset + (i + 1) % n));
}

QStringList writeStories(const QString &folder, int n, int offset = 0)
{
    QStringList paths;
    for (int i = 0; i < n; ++i) {
        const QString path =
            QStringLiteral("%1/story-%2.txt").arg(folder).arg(offset + i, 6, 10, QChar(u'0'));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(story(i, n, offset).toUtf8()) < 0)
            return {};
        paths.append(path);
    }
    return paths;
}

int killLoops()
{
    return qEnvironmentVariableIsSet("NEWSROOM_KILL_LOOPS")
               ? qEnvironmentVariableIntValue("NEWSROOM_KILL_LOOPS")
               : 3;
}

// Runs `arguments` and kills it `ms` after the start, unless it finished first. True when
// the kill landed while it was still working.
bool killAfter(const QStringList &arguments, const QString &home, int ms)
{
    std::unique_ptr<QProcess> process(startCli(arguments, home));
    (void)QTest::qWaitFor([&] { return process->state() == QProcess::NotRunning; }, ms);
    const bool killed = process->state() == QProcess::Running;
    if (killed)
        ::kill(pid_t(process->processId()), SIGKILL);
    process->waitForFinished(30000);
    return killed;
}

// How long a whole run of `arguments` takes, in ms (at least 1).
int timed(const QStringList &arguments, const QString &home)
{
    QElapsedTimer clock;
    clock.start();
    const CliResult result = runCli(arguments, home);
    if (result.exitCode != 0)
        qWarning("%s failed: %s", qPrintable(arguments.value(2)), result.err.constData());
    return result.exitCode == 0 ? int(qMax<qint64>(1, clock.elapsed())) : -1;
}

bool waitForLine(QProcess &process, QByteArray &seen, const QByteArray &text)
{
    return QTest::qWaitFor(
        [&] {
            seen += process.readAllStandardError();
            return seen.contains(text) || process.state() == QProcess::NotRunning;
        },
        120000);
}

// Every .html file under `folder` (recursively) that is not a whole page.
QStringList brokenPages(const QString &folder, int *count = nullptr)
{
    QStringList broken;
    int pages = 0;
    QDirIterator it(folder, {QStringLiteral("*.html")}, QDir::Files | QDir::Hidden,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        ++pages;
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly) || !file.readAll().endsWith("</html>\n"))
            broken.append(path);
    }
    if (count)
        *count = pages;
    return broken;
}

} // namespace

class TestInterrupted : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void killedImportCompletesOnTheNextRun()
    {
        constexpr int n = 2000;
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("desk.newsroom"));
        QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("wire")));
        const QStringList files = writeStories(dir.filePath(QStringLiteral("wire")), n);
        QCOMPARE(files.size(), n);
        const QStringList import =
            QStringList{QStringLiteral("--db"), db, QStringLiteral("import")} + files;

        // Killed once it has reported its first batch.
        std::unique_ptr<QProcess> process(startCli(import, dir.path()));
        QByteArray err;
        QVERIFY2(waitForLine(*process, err, "imported 500 of 2,000 files"), err.constData());
        QCOMPARE(process->state(), QProcess::Running);
        ::kill(pid_t(process->processId()), SIGKILL);
        QVERIFY(process->waitForFinished(30000));
        QCOMPARE(process->exitStatus(), QProcess::CrashExit);
        // What it said it had done is in the archive.
        const QList<QByteArray> said = process->readAllStandardOutput().split('\n');
        QCOMPARE(integrityCheck(db), QStringLiteral("ok"));
        qint64 saved = 0;
        {
            auto store = SqliteArticleStore::open(db);
            QVERIFY(store);
            saved = *(*store)->count({});
            QVERIFY2(saved >= 500 && saved < n, qPrintable(QString::number(saved)));
            int reported = 0;
            for (const QByteArray &line : said) {
                if (!line.startsWith("Imported #"))
                    continue;
                ++reported;
                const QByteArray slug = line.split(' ').value(2);
                QVERIFY2((*store)->articleByRef(QString::fromUtf8(slug)), line.constData());
            }
            QVERIFY(reported >= 500 && reported <= saved);
        }

        // Run again: the rest is imported, what was saved is skipped.
        const CliResult again = runCli(QStringList{QStringLiteral("--json")} + import, dir.path());
        QVERIFY2(again.exitCode == 0, again.err.constData());
        const QList<QJsonObject> lines = again.jsonLines();
        QCOMPARE(lines.size(), n);
        int skipped = 0;
        for (const QJsonObject &line : lines) {
            QVERIFY(!line.contains(QStringLiteral("error")));
            QVERIFY(line[QStringLiteral("id")].toInteger() > 0);
            skipped += line.contains(QStringLiteral("skipped")) ? 1 : 0;
        }
        QCOMPARE(qint64(skipped), saved);
        QVERIFY(again.err.contains("imported 2,000 of 2,000 files"));
        QCOMPARE(integrityCheck(db), QStringLiteral("ok"));
        {
            auto store = SqliteArticleStore::open(db);
            QVERIFY(store);
            const QList<ArticleSummary> all = *(*store)->list({});
            QCOMPARE(all.size(), n); // each file exactly once
            QSet<QString> headlines;
            for (const ArticleSummary &summary : all) {
                headlines.insert(summary.headline);
                QCOMPARE(summary.slug, slug::fromHeadline(summary.headline)); // never a "-2"
                const Article article = *(*store)->article(summary.id);
                QCOMPARE(article.related.size(), 3);
                for (int k = 0; k < 2; ++k) {
                    QVERIFY2(article.related[k].pointsToArchive(), qPrintable(article.slug));
                    QCOMPARE((*store)->article(article.related[k].targetId)->dek,
                             article.related[k].summary);
                }
                QVERIFY(!article.related[2].pointsToArchive());
            }
            QCOMPARE(headlines.size(), n);
        }

        // And again: everything skipped, nothing added.
        const CliResult third = runCli(QStringList{QStringLiteral("--json")} + import, dir.path());
        QCOMPARE(third.exitCode, 0);
        const QList<QJsonObject> thirdLines = third.jsonLines();
        QCOMPARE(thirdLines.size(), n);
        for (const QJsonObject &line : thirdLines)
            QCOMPARE(line[QStringLiteral("skipped")].toString(),
                     QStringLiteral("already imported"));
        auto store = SqliteArticleStore::open(db);
        QVERIFY(store);
        QCOMPARE(*(*store)->count({}), qint64(n));
    }

    // Import and export killed at random moments, round after round, into one growing
    // archive and one site folder: each round a new batch of wire files is imported and the
    // site exported, each killed at a random moment of its usual run time. After every kill
    // the archive is sound and no page is half-written; at the end one more run of each
    // completes with every file exactly once and linked. A few rounds here;
    // scripts/kill-loops.sh runs hundreds.
    void killedAtRandomMomentsRoundAfterRound()
    {
        constexpr int batch = 400;
        const int rounds = killLoops();
        const quint32 seed = QRandomGenerator::global()->generate();
        qInfo("kill loops: %d rounds, seed %u", rounds, seed);
        QRandomGenerator random(seed);
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("desk.newsroom"));
        const QString site = dir.filePath(QStringLiteral("site"));
        const QString wire = dir.filePath(QStringLiteral("wire"));
        QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("wire")));
        const auto importOf = [](const QString &archive, const QStringList &files) {
            return QStringList{QStringLiteral("--db"), archive, QStringLiteral("import")} + files;
        };
        const QStringList exportSite{QStringLiteral("--db"), db, QStringLiteral("export-site"),
                                     site, QStringLiteral("--all")};
        // A batch's whole import, timed on a scratch archive, is the window kills land in;
        // the export's window is timed afresh each round as the archive grows.
        const int importMs = timed(importOf(dir.filePath(QStringLiteral("scratch.newsroom")),
                                            writeStories(wire, batch)),
                                   dir.path());
        QVERIFY(importMs > 0);
        QStringList files;
        int importKills = 0;
        int exportKills = 0;
        for (int round = 0; round < rounds; ++round) {
            const QStringList fresh = writeStories(wire, batch, (round + 1) * batch);
            QCOMPARE(fresh.size(), batch);
            files += fresh;
            importKills += killAfter(importOf(db, fresh), dir.path(),
                                     int(random.bounded(importMs)) + 1)
                               ? 1
                               : 0;
            // (Killed in its first milliseconds, the first import may not have made it yet.)
            if (round > 0 || QFileInfo::exists(db))
                QCOMPARE(integrityCheck(db), QStringLiteral("ok"));
            const int exportMs = timed(exportSite, dir.path());
            QVERIFY(exportMs > 0);
            exportKills +=
                killAfter(exportSite, dir.path(), int(random.bounded(exportMs)) + 1) ? 1 : 0;
            const QStringList broken = brokenPages(site);
            QVERIFY2(broken.isEmpty(), qPrintable(QStringLiteral("round %1: %2")
                                                      .arg(round)
                                                      .arg(broken.join(QLatin1Char(' ')))));
            QCOMPARE(integrityCheck(db), QStringLiteral("ok"));
        }
        qInfo("kill loops: %d of %d imports and %d of %d exports killed while working",
              importKills, rounds, exportKills, rounds);
        QVERIFY(importKills + exportKills > 0); // else the loop proved nothing

        // Each killed import run again, as a desk would re-run its script.
        for (qsizetype from = 0; from < files.size(); from += batch) {
            const CliResult imported = runCli(importOf(db, files.mid(from, batch)), dir.path());
            QVERIFY2(imported.exitCode == 0, imported.err.constData());
        }
        const CliResult exported = runCli(exportSite, dir.path());
        QVERIFY2(exported.exitCode == 0, exported.err.constData());
        int pages = 0;
        QVERIFY(brokenPages(site, &pages).isEmpty());
        QVERIFY2(pages > files.size(), qPrintable(QString::number(pages)));
        auto store = SqliteArticleStore::open(db);
        QVERIFY(store);
        const QList<ArticleSummary> all = *(*store)->list({});
        QCOMPARE(all.size(), files.size()); // each file exactly once, however often killed
        for (const ArticleSummary &summary : all) {
            const Article article = *(*store)->article(summary.id);
            QCOMPARE(article.related.size(), 3);
            QVERIFY2(article.related[0].pointsToArchive() && article.related[1].pointsToArchive(),
                     qPrintable(article.slug));
        }
    }

    void killedExportLeavesNoPartialPage()
    {
        constexpr int n = 4000;
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("desk.newsroom"));
        {
            auto store = SqliteArticleStore::open(db);
            QVERIFY(store);
            QList<std::pair<QString, QString>> texts;
            for (int i = 0; i < n; ++i)
                texts.append({QStringLiteral("story-%1.txt").arg(i), story(i, n)});
            for (const auto &outcome : ArticleImporter(**store).importTexts(texts))
                QVERIFY(outcome.article);
        } // closed: the export is the only process with the archive open
        const QString site = dir.filePath(QStringLiteral("site"));
        const QStringList exportSite{QStringLiteral("--db"),        db,   QStringLiteral("--json"),
                                     QStringLiteral("export-site"), site, QStringLiteral("--all")};

        std::unique_ptr<QProcess> process(startCli(exportSite, dir.path()));
        int pages = 0;
        QVERIFY(QTest::qWaitFor(
            [&] {
                pages = int(QDir(site).entryList({QStringLiteral("*.html")}, QDir::Files).size());
                return pages >= 100 || process->state() == QProcess::NotRunning;
            },
            120000));
        QCOMPARE(process->state(), QProcess::Running);
        ::kill(pid_t(process->processId()), SIGKILL);
        QVERIFY(process->waitForFinished(30000));
        QCOMPARE(process->exitStatus(), QProcess::CrashExit);
        const QStringList broken = brokenPages(site, &pages);
        QVERIFY2(broken.isEmpty(), qPrintable(broken.join(QLatin1Char(' '))));
        QVERIFY2(pages >= 100 && pages < n, qPrintable(QString::number(pages)));
        // The files were not synced yet: the next export must not trust what was recorded.
        const QString marker = site + QLatin1Char('/') + ExportManifest::kUnfinishedFileName;
        QVERIFY(QFile::exists(marker));

        const CliResult again = runCli(exportSite, dir.path());
        QVERIFY2(again.exitCode == 0, again.err.constData());
        QCOMPARE(again.json().object()[QStringLiteral("articles")].toInt(), n);
        QCOMPARE(again.json().object()[QStringLiteral("unchanged")].toInt(), 0);
        QVERIFY(!QFile::exists(marker));
        QVERIFY(brokenPages(site, &pages).isEmpty());
        QVERIFY2(pages > n, qPrintable(QString::number(pages))); // articles, index, sections
        QVERIFY(QFile::exists(site + QStringLiteral("/index.html")));
        QDirIterator parts(site, {QStringLiteral("*.part")}, QDir::Files | QDir::Hidden,
                           QDirIterator::Subdirectories);
        QVERIFY2(!parts.hasNext(), qPrintable(parts.hasNext() ? parts.next() : QString()));
    }
};

QTEST_GUILESS_MAIN(TestInterrupted)
#include "tst_interrupted.moc"
