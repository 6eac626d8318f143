#include "HostileFiles.h"
#include "export/ExportFolder.h"
#include "export/ExportManifest.h"
#include "model/SafeFileName.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <future>
#include <sys/stat.h>

using namespace newsroom;
using namespace newsroom::test;

namespace {
QByteArray contentOf(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray("(missing)");
}

// A parent folder holding the export folder `site` and a tree of decoys beside it.
struct Playground
{
    QTemporaryDir parent;
    QString site() const { return parent.filePath(QStringLiteral("site")); }
    QString decoy() const { return parent.filePath(QStringLiteral("decoy")); }
    bool make() { return QDir().mkpath(site()) && makeDecoyTree(decoy()); }
};
} // namespace

class TestExportFolder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // The one rule for names made from an archive's text.
    void safeFileNames_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("problem"); // part of the reason; empty when safe
        QTest::newRow("slug page") << "city-budget.html" << QString();
        QTest::newRow("accents") << QString::fromUtf8("café-olé.md") << QString();
        QTest::newRow("longest valid slug, CJK")
            << QString(80, QChar(0x65B0)) + QStringLiteral(".html") << QString(); // 245 bytes
        QTest::newRow("empty") << QString() << "empty";
        QTest::newRow("NUL") << QString(QStringLiteral("README.md") + QChar(0) + ".html")
                             << "control character";
        QTest::newRow("newline") << "a\nb.html"
                                 << "control character";
        QTest::newRow("escape") << "a\x1b[31m.html"
                                << "control character";
        QTest::newRow("DEL") << "a\x7f.html"
                             << "control character";
        QTest::newRow("C1 NEL") << QString(QStringLiteral("a") + QChar(0x85))
                                << "control character";
        QTest::newRow("line separator")
            << QString(QStringLiteral("a") + QChar(0x2028)) << "control character";
        QTest::newRow("slash") << "a/b.html"
                               << "/ or \\";
        QTest::newRow("backslash") << "a\\b.html"
                                   << "/ or \\";
        QTest::newRow("dot") << "."
                             << ". or ..";
        QTest::newRow("dot dot") << ".."
                                 << ". or ..";
        QTest::newRow("hidden") << ".git"
                                << "starts with a dot";
        QTest::newRow("our temporary") << ".newsroom-0000000000000.part"
                                       << "starts with a dot";
        QTest::newRow("251 bytes") << QString(251, QLatin1Char('a')) << "251 bytes long";
        QTest::newRow("300 characters") << QString(300, QLatin1Char('a')) + ".html"
                                        << "305 bytes long";
        QTest::newRow("device name") << "nul.html"
                                     << "Windows reserves";
        QTest::newRow("device name, capitals") << "COM1"
                                               << "Windows reserves";
        QTest::newRow("not a device name") << "console.html" << QString();
        QTest::newRow("lone surrogate")
            << QString(QStringLiteral("a") + QChar(0xD800) + QStringLiteral(".html"))
            << "not valid Unicode";
    }

    void safeFileNames()
    {
        QFETCH(QString, name);
        QFETCH(QString, problem);
        const QString found = safefilename::problem(name);
        if (problem.isEmpty())
            QVERIFY2(found.isEmpty(), qPrintable(found));
        else
            QVERIFY2(found.contains(problem), qPrintable(found));
    }

    // An article whose slug is "index" would take the front page's place.
    void theExportersOwnFilesAreReserved()
    {
        const QString skipped = ExportFolder::whyArticleIsSkipped(7, QStringLiteral("Index.html"),
                                                                  {QStringLiteral("index.html")});
        QVERIFY2(skipped.contains(u"#7") && skipped.contains(u"page of its own"),
                 qPrintable(skipped));
        QVERIFY(ExportFolder::whyArticleIsSkipped(7, QStringLiteral("indexes.html"),
                                                  {QStringLiteral("index.html")})
                    .isEmpty());
    }

    void namesAreShownEscapedAndShort()
    {
        QCOMPARE(safefilename::forDisplay(QStringLiteral("README.md") + QChar(0) + ".html"),
                 QStringLiteral("README.md\\x00.html"));
        QCOMPARE(safefilename::forDisplay(QStringLiteral("a") + QChar(0x1b) + "[2J"),
                 QStringLiteral("a\\x1b[2J"));
        QCOMPARE(safefilename::forDisplay(QStringLiteral("a") + QChar(0x2028)),
                 QStringLiteral("a\\u2028"));
        const QString shown = safefilename::forDisplay(QString(300, QLatin1Char('a')));
        QVERIFY(shown.size() < 80);
        QVERIFY(shown.contains(QChar(0x2026)));
    }

    void temporaryNames()
    {
        QVERIFY(ExportFolder::isTemporaryName(QStringLiteral(".newsroom-0123456789xyz.part")));
        QVERIFY(!ExportFolder::isTemporaryName(QStringLiteral(".newsroom-0123456789XYZ.part")));
        QVERIFY(!ExportFolder::isTemporaryName(QStringLiteral(".newsroom-x.part")));
        QVERIFY(!ExportFolder::isTemporaryName(QStringLiteral("newsroom-0123456789xyz.part")));
        QVERIFY(!ExportFolder::isTemporaryName(QStringLiteral(".newsroom-0123456789xyz.parts")));
        QVERIFY(!ExportFolder::isTemporaryName(QStringLiteral("index.html.part")));
    }

    void writesFilesAndFoldersInside()
    {
        Playground ground;
        QVERIFY(ground.make());
        const auto outside = snapshot(ground.decoy());
        ExportFolder folder;
        QVERIFY(folder.open(ground.site()));
        QVERIFY(folder.writeFileAtomically(QStringLiteral("a.html"), "one"));
        QVERIFY(folder.writeFileAtomically(QStringLiteral("sections/b.html"), "two"));
        QVERIFY(folder.makeSubfolder(QStringLiteral("tags")));
        const auto first = snapshot(ground.site());
        QVERIFY(folder.writeFileAtomically(QStringLiteral("a.html"), "three"));
        QCOMPARE(contentOf(ground.site() + QStringLiteral("/a.html")), QByteArray("three"));
        QCOMPARE(contentOf(ground.site() + QStringLiteral("/sections/b.html")), QByteArray("two"));
        QVERIFY(QFileInfo(ground.site() + QStringLiteral("/tags")).isDir());
        // Replaced whole (a new file renamed in), and no temporary file is left.
        QVERIFY(snapshot(ground.site()).value(QStringLiteral("a.html")) !=
                first.value(QStringLiteral("a.html")));
        QCOMPARE(snapshot(ground.site()).keys(),
                 (QList<QString>{QStringLiteral("a.html"), QStringLiteral("sections"),
                                 QStringLiteral("sections/b.html"), QStringLiteral("tags")}));
        QVERIFY(folder.isReplaceableFile(QStringLiteral("sections/b.html")));
        QVERIFY(!folder.isReplaceableFile(QStringLiteral("sections/missing.html")));
        QCOMPARE(*folder.readFile(QStringLiteral("sections/b.html"), 100), QByteArray("two"));
        QCOMPARE(folder.readFile(QStringLiteral("none.html"), 100).error().code,
                 StoreError::Code::NotFound);
        QCOMPARE(snapshot(ground.decoy()), outside);
    }

    // Written from two threads at once, as the site export does.
    void writesFromTwoThreads()
    {
        QTemporaryDir dir;
        ExportFolder folder;
        QVERIFY(folder.open(dir.path()));
        const auto writeSome = [&folder](int first) {
            for (int i = first; i < first + 100; ++i) {
                const QString path = QStringLiteral("f%1/page-%2.html").arg(i % 4).arg(i);
                if (!folder.writeFileAtomically(path, QByteArray::number(i)))
                    return false;
            }
            return true;
        };
        auto one = std::async(std::launch::async, writeSome, 0);
        auto two = std::async(std::launch::async, writeSome, 100);
        QVERIFY(one.get() && two.get());
        for (int i = 0; i < 200; ++i)
            QCOMPARE(contentOf(dir.filePath(QStringLiteral("f%1/page-%2.html").arg(i % 4).arg(i))),
                     QByteArray::number(i));
    }

    // No path given to the folder leaves it, whatever its text.
    void pathsThatWouldLeaveAreRefused_data()
    {
        QTest::addColumn<QString>("path");
        QTest::newRow("parent") << "../decoy/precious.txt";
        QTest::newRow("climbing back") << "sections/../../decoy/precious.txt";
        QTest::newRow("absolute") << "/tmp/x.html";
        QTest::newRow("dot") << "sections/./x.html";
        QTest::newRow("empty component") << "sections//x.html";
        QTest::newRow("trailing slash") << "sections/";
        QTest::newRow("empty") << "";
        QTest::newRow("hidden folder") << ".git/config";
        QTest::newRow("NUL") << QString(QStringLiteral("x.html") + QChar(0) + "/../../y");
        QTest::newRow("backslash") << "..\\decoy\\precious.txt";
    }

    void pathsThatWouldLeaveAreRefused()
    {
        QFETCH(QString, path);
        Playground ground;
        QVERIFY(ground.make());
        const auto before = snapshot(ground.parent.path());
        ExportFolder folder;
        QVERIFY(folder.open(ground.site()));
        const auto written = folder.writeFileAtomically(path, "overwritten");
        QVERIFY(!written);
        QCOMPARE(written.error().code, StoreError::Code::Invalid);
        QVERIFY2(written.error().message.contains(QStringLiteral("cannot be a name")),
                 qPrintable(written.error().message));
        QVERIFY(!folder.removeIfOurs(path, sha1Hex("keep me\n")));
        QVERIFY(!folder.readFile(path, 1000));
        QVERIFY(!folder.isReplaceableFile(path));
        QCOMPARE(snapshot(ground.parent.path()), before);
    }

    // A link at any component, to outside or even to a folder inside, is never followed.
    void linksAreNeverFollowed_data()
    {
        QTest::addColumn<QString>("link");   // planted in the export folder
        QTest::addColumn<QString>("target"); // relative to the parent folder
        QTest::addColumn<QString>("path");   // then used with the export folder
        QTest::newRow("file -> outside") << "index.html"
                                         << "decoy/precious.txt"
                                         << "index.html";
        QTest::newRow("folder -> outside") << "sections"
                                           << "decoy/folder"
                                           << "sections/politics.html";
        QTest::newRow("deeper folder -> outside") << "a/b"
                                                  << "decoy/folder"
                                                  << "a/b/index.html";
        QTest::newRow("folder -> inside") << "alias"
                                          << "site/real"
                                          << "alias/page.html";
        QTest::newRow("dangling") << "new.html"
                                  << "decoy/created-through-a-link.html"
                                  << "new.html";
    }

    void linksAreNeverFollowed()
    {
        QFETCH(QString, link);
        QFETCH(QString, target);
        QFETCH(QString, path);
        Playground ground;
        QVERIFY(ground.make());
        QVERIFY(QDir(ground.site()).mkpath(QStringLiteral("real")));
        QVERIFY(writeFile(ground.site() + QStringLiteral("/real/page.html"), "keep me\n"));
        const QString planted = ground.site() + QLatin1Char('/') + link;
        QVERIFY(QDir().mkpath(QFileInfo(planted).path()));
        QVERIFY(QFile::link(ground.parent.filePath(target), planted));
        const auto before = snapshot(ground.parent.path());
        ExportFolder folder;
        QVERIFY(folder.open(ground.site()));

        const auto written = folder.writeFileAtomically(path, "overwritten");
        QVERIFY(!written);
        QVERIFY2(written.error().message.contains(QStringLiteral("symbolic link")),
                 qPrintable(written.error().message));
        QVERIFY2(written.error().message.contains(QDir::toNativeSeparators(link)),
                 qPrintable(written.error().message));
        const auto read = folder.readFile(path, 1000);
        QVERIFY(!read && read.error().code != StoreError::Code::Io);
        QVERIFY(!folder.isReplaceableFile(path));
        QVERIFY(!folder.removeIfOurs(path, sha1Hex("keep me\n")));
        QVERIFY(!folder.removeIfOurs(path, sha1Hex("<p>not ours</p>\n")));
        QCOMPARE(folder.removeLeftovers(QFileInfo(path).path() == QLatin1String(".")
                                            ? QString()
                                            : QFileInfo(path).path()),
                 0);
        QCOMPARE(snapshot(ground.parent.path()), before);
    }

    // Only a plain file that still holds what was recorded is removed.
    void removesOnlyWhatStillHoldsTheRecordedContent()
    {
        Playground ground;
        QVERIFY(ground.make());
        ExportFolder folder;
        QVERIFY(folder.open(ground.site()));
        QVERIFY(folder.writeFileAtomically(QStringLiteral("ours.html"), "ours"));
        QVERIFY(folder.writeFileAtomically(QStringLiteral("edited.html"), "ours"));
        QVERIFY(writeFile(ground.site() + QStringLiteral("/edited.html"), "edited"));
        QVERIFY(QDir(ground.site()).mkpath(QStringLiteral("folder.html")));
        QCOMPARE(::mkfifo(QFile::encodeName(ground.site() + QStringLiteral("/fifo.html")), 0644),
                 0);

        QVERIFY(!folder.removeIfOurs(QStringLiteral("ours.html"), QByteArray()));
        QVERIFY(!folder.removeIfOurs(QStringLiteral("ours.html"), "0"));
        QVERIFY(!folder.removeIfOurs(QStringLiteral("ours.html"), sha1Hex("ours").toUpper()));
        QVERIFY(!folder.removeIfOurs(QStringLiteral("edited.html"), sha1Hex("ours")));
        QVERIFY(!folder.removeIfOurs(QStringLiteral("folder.html"), sha1Hex("")));
        QVERIFY(!folder.removeIfOurs(QStringLiteral("fifo.html"), sha1Hex("")));
        QVERIFY(!folder.removeIfOurs(QStringLiteral("missing.html"), sha1Hex("")));
        QVERIFY(QFile::exists(ground.site() + QStringLiteral("/ours.html")));
        QVERIFY(folder.removeIfOurs(QStringLiteral("ours.html"), sha1Hex("ours")));
        QVERIFY(!QFile::exists(ground.site() + QStringLiteral("/ours.html")));
        QCOMPARE(contentOf(ground.site() + QStringLiteral("/edited.html")), QByteArray("edited"));
        QVERIFY(QFileInfo(ground.site() + QStringLiteral("/folder.html")).isDir());
        QVERIFY(QFileInfo::exists(ground.site() + QStringLiteral("/fifo.html")));
    }

    // One export at a time in a folder: the second is told why, and may go once the first
    // has let go of the folder.
    void oneExportAtATime()
    {
        QTemporaryDir dir;
        ExportFolder second;
        QVERIFY(second.open(dir.path()));
        {
            ExportFolder first;
            QVERIFY(first.open(dir.path()));
            QVERIFY(first.lockForExport());
            const auto refused = second.lockForExport();
            QVERIFY(!refused);
            QCOMPARE(refused.error().code, StoreError::Code::Busy);
            QVERIFY(refused.error().message.contains(QStringLiteral("Another export into")));
        }
        QVERIFY(second.lockForExport());
    }

    // The archive (asked by path) is never written, replaced or removed.
    void protectedFilesAreNeverTouched()
    {
        QTemporaryDir dir;
        const QString archive = dir.filePath(QStringLiteral("news.html"));
        const QString leftover = dir.filePath(QStringLiteral(".newsroom-aaaaaaaaaaaaa.part"));
        QVERIFY(writeFile(archive, "the archive"));
        QVERIFY(writeFile(leftover, "the archive, oddly named"));
        ExportFolder folder;
        folder.setProtected([&](const QString &path) {
            return QFileInfo(path).fileName() == QLatin1String("news.html") ||
                   QFileInfo(path).fileName() == QFileInfo(leftover).fileName();
        });
        QVERIFY(folder.open(dir.path()));
        const auto written = folder.writeFileAtomically(QStringLiteral("news.html"), "page");
        QVERIFY(!written);
        QVERIFY(written.error().message.contains(QStringLiteral("archive itself")));
        QVERIFY(!folder.isReplaceableFile(QStringLiteral("news.html")));
        QVERIFY(!folder.removeIfOurs(QStringLiteral("news.html"), sha1Hex("the archive")));
        QCOMPARE(folder.removeLeftovers(), 0);
        QCOMPARE(contentOf(archive), QByteArray("the archive"));
        QVERIFY(QFile::exists(leftover));
    }

    void leftoversAreOnlyOurPlainFiles()
    {
        Playground ground;
        QVERIFY(ground.make());
        const QString site = ground.site();
        QVERIFY(writeFile(site + QStringLiteral("/.newsroom-0000000000000.part"), "half a pa"));
        QVERIFY(writeFile(site + QStringLiteral("/.newsroom-notes.part"), "not our pattern"));
        QVERIFY(writeFile(site + QStringLiteral("/index.html.part"), "not ours"));
        QVERIFY(QDir(site).mkpath(QStringLiteral(".newsroom-1111111111111.part")));
        QVERIFY(QFile::link(ground.decoy() + QStringLiteral("/precious.txt"),
                            site + QStringLiteral("/.newsroom-2222222222222.part")));
        QVERIFY(QDir(site).mkpath(QStringLiteral("sections")));
        QVERIFY(writeFile(site + QStringLiteral("/sections/.newsroom-3333333333333.part"), ""));
        const auto outside = snapshot(ground.decoy());
        ExportFolder folder;
        QVERIFY(folder.open(site));
        QCOMPARE(folder.removeLeftovers(), 1);
        QCOMPARE(folder.removeLeftovers(QStringLiteral("sections")), 1);
        QCOMPARE(folder.removeLeftovers(QStringLiteral("missing")), 0);
        QCOMPARE(snapshot(site).keys(),
                 (QList<QString>{QStringLiteral(".newsroom-1111111111111.part"),
                                 QStringLiteral(".newsroom-2222222222222.part"),
                                 QStringLiteral(".newsroom-notes.part"),
                                 QStringLiteral("index.html.part"), QStringLiteral("sections")}));
        QCOMPARE(snapshot(ground.decoy()), outside);
    }

    // Read with a cap, and never blocked by a FIFO planted under the name.
    void readsAreCappedAndNeverBlock()
    {
        QTemporaryDir dir;
        QVERIFY(writeFile(dir.filePath(QStringLiteral("big.json")), QByteArray(2000, 'x')));
        QCOMPARE(
            ::mkfifo(QFile::encodeName(dir.filePath(QString(ExportManifest::kFileName))), 0644), 0);
        ExportFolder folder;
        QVERIFY(folder.open(dir.path()));
        const auto big = folder.readFile(QStringLiteral("big.json"), 1000);
        QVERIFY(!big);
        QVERIFY2(big.error().message.contains(QStringLiteral("larger than 1000 bytes")),
                 qPrintable(big.error().message));
        QCOMPARE(folder.readFile(QStringLiteral("big.json"), 2000)->size(), 2000);
        QString problem;
        ExportManifest::load(folder, &problem);
        QVERIFY2(problem.contains(QStringLiteral("not a plain file")), qPrintable(problem));
    }
};

QTEST_GUILESS_MAIN(TestExportFolder)
#include "tst_exportfolder.moc"
