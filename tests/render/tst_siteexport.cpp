#include "HostileFiles.h"
#include "TestArchive.h"
#include "export/ExportFolder.h"
#include "export/ExportManifest.h"
#include "export/MarkdownExporter.h"
#include "export/SiteExporter.h"
#include "render/PageRenderer.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QTest>
#include <QXmlStreamReader>
#include <sys/stat.h>

using namespace newsroom;
using namespace newsroom::test;

namespace {
QString readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

Article published(const QString &headline, const QString &section, const QStringList &tags = {})
{
    Article a = makeArticle(headline);
    a.section = section;
    a.tags = tags;
    a.status = ArticleStatus::Published;
    return a;
}

bool isWellFormedXml(const QString &text)
{
    QXmlStreamReader reader(text);
    while (!reader.atEnd())
        reader.readNext();
    return !reader.hasError();
}
} // namespace

class TestSiteExport : public QObject
{
    Q_OBJECT

    SiteExporter::Report exportSite(ArticleStore &store, const QString &folder, bool all = false,
                                    const QString &baseUrl = QString())
    {
        SiteExporter::Options options;
        options.includeUnpublished = all;
        options.baseUrl = baseUrl;
        options.siteName = QStringLiteral("Harbor Daily");
        auto report = SiteExporter(store, options).exportTo(folder);
        if (!report)
            qWarning("export failed: %s", qPrintable(report.error().message));
        SiteExporter::Report failed;
        failed.articles = -1;
        return report.value_or(failed);
    }

    // The export's error message, empty when it succeeded.
    QString exportError(ArticleStore &store, const QString &folder)
    {
        auto report = SiteExporter(store, {}).exportTo(folder);
        return report ? QString() : report.error().message;
    }

private Q_SLOTS:
    void writesTheWholeSite()
    {
        TestArchive archive;
        const Article budget =
            archive.saved(published(QStringLiteral("Budget Passes"), QStringLiteral("Politics"),
                                    {QStringLiteral("city hall")}));
        Article strike = published(QStringLiteral("Strike Ends"), QStringLiteral("Transport"),
                                   {QStringLiteral("city hall")});
        strike.related = {
            RelatedItem{budget.headline, QStringLiteral("The vote."), budget.id, QString()}};
        archive.saved(strike);
        archive.saved(makeArticle(QStringLiteral("Draft Story")));
        QTemporaryDir out;
        const auto report = exportSite(archive.store(), out.path(), false,
                                       QStringLiteral("https://news.example.org"));
        QCOMPARE(report.articles, 2);
        for (const char *file :
             {"budget-passes.html", "strike-ends.html", "index.html", "feed.xml", "sitemap.xml",
              "sections/politics.html", "sections/transport.html", "tags/city-hall.html"})
            QVERIFY2(QFile::exists(out.filePath(QLatin1StringView(file))), file);
        QVERIFY(!QFile::exists(out.filePath(QStringLiteral("draft-story.html"))));

        const QString index = readFile(out.filePath(QStringLiteral("index.html")));
        QVERIFY(index.contains(QStringLiteral("href=\"sections/politics.html\">Politics</a>")));
        QVERIFY(index.contains(QStringLiteral("href=\"budget-passes.html\">Budget Passes</a>")));
        QVERIFY(index.contains(QStringLiteral("href=\"tags/city-hall.html\">city hall</a>")));
        const QString section = readFile(out.filePath(QStringLiteral("sections/politics.html")));
        QVERIFY(section.contains(QStringLiteral("href=\"../budget-passes.html\"")));
        QVERIFY(readFile(out.filePath(QStringLiteral("strike-ends.html")))
                    .contains(QStringLiteral("href=\"budget-passes.html\">Budget Passes</a>")));

        const QString feed = readFile(out.filePath(QStringLiteral("feed.xml")));
        QVERIFY(isWellFormedXml(feed));
        QCOMPARE(feed.count(QStringLiteral("<entry>")), 2);
        QVERIFY(feed.contains(
            QStringLiteral("<link href=\"https://news.example.org/budget-passes.html\"/>")));
        const QString sitemap = readFile(out.filePath(QStringLiteral("sitemap.xml")));
        QVERIFY(isWellFormedXml(sitemap));
        QVERIFY(sitemap.contains(
            QStringLiteral("<loc>https://news.example.org/sections/politics.html</loc>")));
    }

    // A listing speaks the language most of its articles are in; each article page its own.
    void listingsSpeakTheirArticlesLanguage()
    {
        TestArchive archive;
        for (const char *headline : {"서울시 데이터센터 건립 확정", "마포구 주민 설명회 열려"}) {
            Article korean = published(QString::fromUtf8(headline), QStringLiteral("사회"));
            korean.dek = korean.body = korean.headline;
            archive.saved(korean);
        }
        Article english =
            published(QStringLiteral("Harbor Budget Passes"), QStringLiteral("Politics"));
        archive.saved(english);
        Article arabic =
            published(QStringLiteral("افتتاح محطة لتحلية المياه"), QStringLiteral("Politics"));
        arabic.dek = arabic.headline;
        arabic.language = QStringLiteral("ar");
        archive.saved(arabic);
        QTemporaryDir out;
        QCOMPARE(exportSite(archive.store(), out.path()).articles, 4);

        const QString index = readFile(out.filePath(QStringLiteral("index.html")));
        QVERIFY(index.contains(QStringLiteral("<html lang=\"ko\" dir=\"ltr\">")));
        QVERIFY(index.contains(QStringLiteral("<h1>최신 뉴스</h1>")));
        const QString korean = readFile(out.filePath(QStringLiteral("sections/사회.html")));
        QVERIFY(korean.contains(QStringLiteral("<html lang=\"ko\"")));
        // A tie (one English, one Arabic): the newest article's language.
        const QString politics = readFile(out.filePath(QStringLiteral("sections/politics.html")));
        QVERIFY(politics.contains(QStringLiteral("<html lang=\"ar\" dir=\"rtl\">")) ||
                politics.contains(QStringLiteral("<html lang=\"en\" dir=\"ltr\">")));
        QVERIFY(readFile(out.filePath(QStringLiteral("harbor-budget-passes.html")))
                    .contains(QStringLiteral("<html lang=\"en\" dir=\"ltr\">")));
    }

    // Every relative link in every page leads to a file of the site.
    void linksWorkFromDisk()
    {
        TestArchive archive;
        const Article a = archive.saved(
            published(QStringLiteral("One"), QStringLiteral("News"), {QStringLiteral("t")}));
        Article b = published(QStringLiteral("Two"), QString(), {QStringLiteral("t")});
        b.related = {RelatedItem{QStringLiteral("One"), QStringLiteral("x"), a.id, QString()}};
        archive.saved(b);
        QTemporaryDir out;
        exportSite(archive.store(), out.path());
        static const QRegularExpression href(QStringLiteral("href=\"([^\"#]+)\""));
        QDirIterator pages(out.path(), {QStringLiteral("*.html")}, QDir::Files,
                           QDirIterator::Subdirectories);
        int checked = 0;
        while (pages.hasNext()) {
            const QString page = pages.next();
            auto links = href.globalMatch(readFile(page));
            while (links.hasNext()) {
                const QString target = links.next().captured(1);
                if (target.contains(QLatin1Char(':')))
                    continue; // outside links
                QVERIFY2(QFile::exists(QFileInfo(page).dir().filePath(target)),
                         qPrintable(page + QStringLiteral(" -> ") + target));
                ++checked;
            }
        }
        QVERIFY(checked >= 8);
    }

    // Every page of the site starts its <head> with the security policy and the referrer
    // policy, whatever page it is (article, index, section, tag).
    void everyPageCarriesTheSecurityPolicy()
    {
        TestArchive archive;
        archive.saved(
            published(QStringLiteral("One"), QStringLiteral("News"), {QStringLiteral("t")}));
        QTemporaryDir out;
        exportSite(archive.store(), out.path());
        const QString meta =
            QStringLiteral("<head>\n<meta http-equiv=\"Content-Security-Policy\" "
                           "content=\"") +
            QLatin1StringView(PageRenderer::kContentSecurityPolicy) +
            QStringLiteral("\">\n<meta name=\"referrer\" content=\"no-referrer\">");
        QDirIterator pages(out.path(), {QStringLiteral("*.html")}, QDir::Files,
                           QDirIterator::Subdirectories);
        int checked = 0;
        while (pages.hasNext()) {
            const QString page = pages.next();
            QVERIFY2(readFile(page).contains(meta), qPrintable(page));
            ++checked;
        }
        QCOMPARE(checked, 4); // one.html, index.html, sections/news.html, tags/t.html
    }

    // A published article may relate to a draft: the published site names it, unlinked.
    void noLinksToPagesTheSiteDoesNotHave()
    {
        TestArchive archive;
        const Article draft = archive.saved(makeArticle(QStringLiteral("Still A Draft")));
        Article a = published(QStringLiteral("Live Story"), QString());
        a.related = {RelatedItem{draft.headline, QStringLiteral("Later."), draft.id, QString()}};
        archive.saved(a);
        QTemporaryDir out;
        exportSite(archive.store(), out.path());
        const QString page = readFile(out.filePath(QStringLiteral("live-story.html")));
        QVERIFY(
            page.contains(QStringLiteral("<span class=\"related-title\">Still A Draft</span>")));
        QVERIFY(!page.contains(QStringLiteral("still-a-draft.html")));
        QTemporaryDir everything;
        exportSite(archive.store(), everything.path(), true);
        QVERIFY(readFile(everything.filePath(QStringLiteral("live-story.html")))
                    .contains(QStringLiteral("href=\"still-a-draft.html\"")));
    }

    // Published with a time still to come: out of the site (and of the other pages' links)
    // until an export after that time.
    void scheduledArticlesWaitForTheirTime()
    {
        TestArchive archive;
        // Whole seconds: the archive keeps times to the second.
        const QDateTime due =
            QDateTime::fromSecsSinceEpoch(QDateTime::currentSecsSinceEpoch() + 2 * 86400, Qt::UTC);
        Article later = published(QStringLiteral("Embargoed Report"), QStringLiteral("News"));
        later.publishedAt = due;
        later = archive.saved(later);
        Article now = published(QStringLiteral("Out Now"), QStringLiteral("News"));
        now.related = {RelatedItem{later.headline, QStringLiteral("Soon."), later.id, QString()}};
        archive.saved(now);

        QTemporaryDir out;
        const auto before = exportSite(archive.store(), out.path());
        QCOMPARE(before.articles, 1);
        QCOMPARE(before.scheduled, 1);
        QCOMPARE(before.nextScheduled, due);
        QVERIFY(!QFile::exists(out.filePath(QStringLiteral("embargoed-report.html"))));
        QVERIFY(!readFile(out.filePath(QStringLiteral("index.html")))
                     .contains(QStringLiteral("Embargoed Report")));
        QVERIFY(!readFile(out.filePath(QStringLiteral("out-now.html")))
                     .contains(QStringLiteral("embargoed-report.html")));
        QVERIFY(!readFile(out.filePath(QStringLiteral("feed.xml")))
                     .contains(QStringLiteral("Embargoed")));

        SiteExporter::Options afterwards;
        afterwards.now = due.addSecs(60);
        const auto after = SiteExporter(archive.store(), afterwards).exportTo(out.path());
        QVERIFY(after);
        QCOMPARE(after->articles, 2);
        QCOMPARE(after->scheduled, 0);
        QVERIFY(QFile::exists(out.filePath(QStringLiteral("embargoed-report.html"))));
        QVERIFY(readFile(out.filePath(QStringLiteral("out-now.html")))
                    .contains(QStringLiteral("href=\"embargoed-report.html\"")));
    }

    void reExportWritesOnlyChangesAndRemovesWhatLeft()
    {
        TestArchive archive;
        archive.saved(published(QStringLiteral("Stays"), QStringLiteral("News")));
        Article b = archive.saved(published(QStringLiteral("Goes"), QStringLiteral("News")));
        QTemporaryDir out;
        QFile mine(out.filePath(QStringLiteral("notes-of-the-editor.txt")));
        QVERIFY(mine.open(QIODevice::WriteOnly));
        mine.write("not ours");
        mine.close();

        const auto first = exportSite(archive.store(), out.path());
        QVERIFY(first.written > 0);
        const auto again = exportSite(archive.store(), out.path());
        QCOMPARE(again.written, 0);
        QCOMPARE(again.unchanged, first.written);

        b.status = ArticleStatus::Draft; // unpublished
        archive.saved(b);
        const auto notes = snapshot(out.path()).value(QStringLiteral("notes-of-the-editor.txt"));
        const auto third = exportSite(archive.store(), out.path());
        QVERIFY(!QFile::exists(out.filePath(QStringLiteral("goes.html"))));
        QVERIFY(QFile::exists(out.filePath(QStringLiteral("stays.html"))));
        QCOMPARE(third.removed, 1);
        QVERIFY(third.written >= 2); // index, section page and feed changed; "stays" did not
        QCOMPARE(snapshot(out.path()).value(QStringLiteral("notes-of-the-editor.txt")), notes);

        // A page edited by hand since the export is no longer what the export wrote: kept.
        const auto all = exportSite(archive.store(), out.path(), true);
        QCOMPARE(all.articles, 2);
        QVERIFY(QFile::exists(out.filePath(QStringLiteral("goes.html"))));
        QVERIFY(writeFile(out.filePath(QStringLiteral("goes.html")), "<p>my edit</p>"));
        QCOMPARE(exportSite(archive.store(), out.path()).removed, 0);
        QCOMPARE(readFile(out.filePath(QStringLiteral("goes.html"))),
                 QStringLiteral("<p>my edit</p>"));
    }

    // Files are synced all at once at the end; a marker says so meanwhile. Found by the next
    // export (this one stopped before its files were safe: a crash may have emptied a page
    // its record calls unchanged), it makes every file be written again, then goes.
    void anUnfinishedExportsRecordIsNotTrusted()
    {
        TestArchive archive;
        archive.saved(published(QStringLiteral("Harbour Reopens"), QStringLiteral("News")));
        QTemporaryDir out;
        const QString marker = out.filePath(ExportManifest::kUnfinishedFileName);
        const auto first = exportSite(archive.store(), out.path());
        QVERIFY(first.written > 0);
        QVERIFY(!QFile::exists(marker));
        const QString page = out.filePath(QStringLiteral("harbour-reopens.html"));
        const QString whole = readFile(page);
        QVERIFY(whole.contains(QStringLiteral("</html>")));

        QVERIFY(writeFile(page, "")); // what a crash before the sync can leave
        // Without the marker the record is trusted: no file is read back to be compared.
        QCOMPARE(exportSite(archive.store(), out.path()).written, 0);
        QCOMPARE(readFile(page), QString());

        QVERIFY(writeFile(marker, "an export was under way"));
        const auto after = exportSite(archive.store(), out.path());
        QCOMPARE(after.written, first.written);
        QCOMPARE(after.unchanged, 0);
        QCOMPARE(readFile(page), whole);
        QVERIFY(!QFile::exists(marker));
        QCOMPARE(exportSite(archive.store(), out.path()).written, 0);
    }

    // Pages go to a `.newsroom-<random>.part` file beside them and are renamed into place;
    // what a killed export left behind is removed by the next one: only our names, only
    // regular files, and nothing reached through a link.
    void leftoverTemporaryFilesAreRemoved()
    {
        TestArchive archive;
        archive.saved(published(QStringLiteral("Whole pages only"), QStringLiteral("News"),
                                {QStringLiteral("ports")}));
        QTemporaryDir out;
        QTemporaryDir elsewhere;
        QVERIFY(QDir(out.path()).mkpath(QStringLiteral("sections")));
        QVERIFY(
            writeFile(out.filePath(QStringLiteral(".newsroom-0x9ab3kq7m2c1.part")), "<html><he"));
        QVERIFY(
            writeFile(out.filePath(QStringLiteral("sections/.newsroom-zzzzzzzzzzzzz.part")), ""));
        QVERIFY(writeFile(out.filePath(QStringLiteral("newsroom-z.part")), "not ours"));
        QVERIFY(writeFile(out.filePath(QStringLiteral(".newsroom-x.part")), "not our pattern"));
        QVERIFY(writeFile(out.filePath(QStringLiteral(".newsroom-notes.txt")), "not ours"));
        QVERIFY(makeDecoyTree(elsewhere.path()));
        const QString outside = elsewhere.filePath(QStringLiteral(".newsroom-0000000000000.part"));
        QVERIFY(writeFile(outside, "outside"));
        // A link with our name, and a linked folder holding one: neither is followed.
        QVERIFY(QFile::link(outside, out.filePath(QStringLiteral(".newsroom-1111111111111.part"))));
        QVERIFY(QFile::link(elsewhere.path(), out.filePath(QStringLiteral("linked"))));
        const auto before = snapshot(elsewhere.path());

        const auto report = exportSite(archive.store(), out.path());
        QCOMPARE(report.articles, 1);
        QVERIFY(!QFile::exists(out.filePath(QStringLiteral(".newsroom-0x9ab3kq7m2c1.part"))));
        QVERIFY(
            !QFile::exists(out.filePath(QStringLiteral("sections/.newsroom-zzzzzzzzzzzzz.part"))));
        QVERIFY(QFile::exists(out.filePath(QStringLiteral("newsroom-z.part"))));
        QVERIFY(QFile::exists(out.filePath(QStringLiteral(".newsroom-x.part"))));
        QVERIFY(QFile::exists(out.filePath(QStringLiteral(".newsroom-notes.txt"))));
        QVERIFY(
            QFileInfo(out.filePath(QStringLiteral(".newsroom-1111111111111.part"))).isSymLink());
        QCOMPARE(snapshot(elsewhere.path()), before);
        // No temporary file of this export is left either.
        QDirIterator parts(out.path(), {QStringLiteral("*.part")},
                           QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
        QStringList left;
        while (parts.hasNext())
            left << QFileInfo(parts.next()).fileName();
        left.sort();
        QCOMPARE(left, (QStringList{QStringLiteral(".newsroom-1111111111111.part"),
                                    QStringLiteral(".newsroom-x.part"),
                                    QStringLiteral("newsroom-z.part")}));
        QVERIFY(readFile(out.filePath(QStringLiteral("whole-pages-only.html")))
                    .endsWith(QStringLiteral("</html>\n")));
    }

    // Whatever stands at a name the export writes, a link to a file or a folder outside,
    // a folder, a FIFO, or a file where a folder goes, is refused with an error naming it:
    // never written through, never followed, never removed. Nothing outside changes.
    void plantedEntriesAreRefusedNeverFollowed_data()
    {
        QTest::addColumn<QString>("name");        // in the export folder
        QTest::addColumn<QString>("plant");       // link-file, link-folder, folder, fifo, file
        QTest::addColumn<QString>("expectError"); // what the error says; empty: export works
        QTest::newRow("index.html -> decoy file") << "index.html"
                                                  << "link-file"
                                                  << "index.html: it is a symbolic link";
        QTest::newRow("article page -> decoy file") << "linked-page.html"
                                                    << "link-file"
                                                    << "linked-page.html: it is a symbolic link";
        QTest::newRow("feed.xml -> decoy file") << "feed.xml"
                                                << "link-file"
                                                << "feed.xml: it is a symbolic link";
        QTest::newRow("style.css -> decoy file") << "style.css"
                                                 << "link-file"
                                                 << "style.css: it is a symbolic link";
        QTest::newRow("record -> decoy file") << ".newsroom-export.json"
                                              << "link-file"
                                              << ".newsroom-export.json: it is a symbolic link";
        QTest::newRow("sections -> decoy folder") << "sections"
                                                  << "link-folder"
                                                  << "sections: it is a symbolic link";
        QTest::newRow("tags -> decoy folder") << "tags"
                                              << "link-folder"
                                              << "tags: it is a symbolic link";
        QTest::newRow("index.html is a folder") << "index.html"
                                                << "folder"
                                                << "index.html: it is a folder";
        QTest::newRow("feed.xml is a FIFO") << "feed.xml"
                                            << "fifo"
                                            << "feed.xml: it is not a plain file";
        QTest::newRow("sections is a file") << "sections"
                                            << "file"
                                            << "sections as a folder";
        // Not names the export writes: left alone, and the export works.
        QTest::newRow("<slug>.html.part -> decoy file") << "linked-page.html.part"
                                                        << "link-file" << QString();
        QTest::newRow("our temporary pattern -> decoy file") << ".newsroom-abcdefghijklm.part"
                                                             << "link-file" << QString();
        QTest::newRow("sections/<name>.html.part -> decoy file") << "sections/news.html.part"
                                                                 << "link-file" << QString();
    }

    void plantedEntriesAreRefusedNeverFollowed()
    {
        QFETCH(QString, name);
        QFETCH(QString, plant);
        QFETCH(QString, expectError);
        TestArchive archive;
        archive.saved(published(QStringLiteral("Linked page"), QStringLiteral("News"),
                                {QStringLiteral("harbor")}));
        QTemporaryDir parent;
        QVERIFY(makeDecoyTree(parent.filePath(QStringLiteral("decoy"))));
        const QString folder = parent.filePath(QStringLiteral("site"));
        const QString planted = folder + QLatin1Char('/') + name;
        QVERIFY(QDir().mkpath(QFileInfo(planted).path()));
        if (plant == QLatin1String("link-file"))
            QVERIFY(QFile::link(parent.filePath(QStringLiteral("decoy/precious.txt")), planted));
        else if (plant == QLatin1String("link-folder"))
            QVERIFY(QFile::link(parent.filePath(QStringLiteral("decoy/folder")), planted));
        else if (plant == QLatin1String("folder"))
            QVERIFY(QDir().mkpath(planted + QStringLiteral("/inside")));
        else if (plant == QLatin1String("fifo"))
            QCOMPARE(::mkfifo(QFile::encodeName(planted).constData(), 0644), 0);
        else
            QVERIFY(writeFile(planted, "someone's file"));
        const auto before = snapshot(parent.path());

        const QString error = exportError(archive.store(), folder);
        if (expectError.isEmpty()) {
            QVERIFY2(error.isEmpty(), qPrintable(error));
            QVERIFY(QFile::exists(folder + QStringLiteral("/linked-page.html")));
        } else {
            QVERIFY2(error.contains(expectError), qPrintable(error));
            QVERIFY2(error.contains(QStringLiteral("Remove")), qPrintable(error)); // what to do
        }
        // Outside the folder, and the planted entry itself: exactly as they were.
        auto after = snapshot(parent.path());
        for (auto it = after.begin(); it != after.end();) {
            const bool written = it.key().startsWith(QStringLiteral("site/")) &&
                                 it.key() != QStringLiteral("site/") + name &&
                                 !it.key().startsWith(QStringLiteral("site/") + name + '/');
            it = written && !before.contains(it.key()) ? after.erase(it) : std::next(it);
        }
        for (auto it = before.begin(); it != before.end(); ++it)
            QCOMPARE(after.value(it.key()), it.value());
        QCOMPARE(after.keys(), before.keys());
    }

    void neverWritesOrRemovesOutsideTheFolder()
    {
        TestArchive archive;
        archive.saved(published(QStringLiteral("Escape"), QStringLiteral("../../../etc"),
                                {QStringLiteral("../../x")}));
        QTemporaryDir parent;
        const QString folder = parent.filePath(QStringLiteral("site"));
        const QString victim = parent.filePath(QStringLiteral("victim.txt"));
        QVERIFY(writeFile(victim, "keep me"));
        // A record that claims a file outside the folder (tampered, or from an old bug),
        // with the right hash.
        QVERIFY(QDir().mkpath(folder));
        {
            ExportFolder target;
            QVERIFY(target.open(folder));
            ExportManifest forged;
            forged.record(QStringLiteral("../victim.txt"), sha1Hex("keep me"));
            QVERIFY(forged.save(target));
        }

        exportSite(archive.store(), folder);
        QVERIFY(QFile::exists(victim));
        QVERIFY(QFile::exists(folder + QStringLiteral("/sections/etc.html")));
        QVERIFY(QFile::exists(folder + QStringLiteral("/tags/x.html")));
        QDirIterator everything(parent.path(), QDir::Files | QDir::Hidden,
                                QDirIterator::Subdirectories);
        while (everything.hasNext()) {
            const QString path = everything.next();
            QVERIFY2(path == victim || path.startsWith(folder + QLatin1Char('/')),
                     qPrintable(path));
        }
    }

    // The record is untrusted: a file it lists is removed only when its name is one the
    // export writes, it is a plain file reached without links, and it still holds what the
    // record says was written. CNAME, .git/config, files outside or behind a link, and a
    // page edited by hand since all stay.
    void forgedRecordRemovesOnlyOurOwnFiles()
    {
        TestArchive archive;
        archive.saved(published(QStringLiteral("Stays"), QStringLiteral("News")));
        QTemporaryDir parent;
        const QString decoy = parent.filePath(QStringLiteral("decoy"));
        QVERIFY(makeDecoyTree(decoy));
        const QString folder = parent.filePath(QStringLiteral("site"));
        QVERIFY(QDir().mkpath(folder + QStringLiteral("/.git/hooks")));
        const QByteArray cname = "news.example.org\n";
        const QByteArray config = "[core]\n\tbare = false\n";
        QVERIFY(writeFile(folder + QStringLiteral("/CNAME"), cname));
        QVERIFY(writeFile(folder + QStringLiteral("/.git/config"), config));
        QVERIFY(writeFile(folder + QStringLiteral("/.git/hooks/pre-commit"), "#!/bin/sh\n"));
        QVERIFY(writeFile(folder + QStringLiteral("/old-page.html"), "<p>old</p>"));
        QVERIFY(writeFile(folder + QStringLiteral("/edited-page.html"), "<p>edited by hand</p>"));
        QVERIFY(QFile::link(decoy + QStringLiteral("/folder"), folder + QStringLiteral("/tags")));
        QVERIFY(QFile::link(decoy + QStringLiteral("/precious.txt"),
                            folder + QStringLiteral("/linked.html")));
        {
            ExportFolder target;
            QVERIFY(target.open(folder));
            ExportManifest forged;
            forged.record(QStringLiteral("CNAME"), sha1Hex(cname));
            forged.record(QStringLiteral(".git/config"), sha1Hex(config));
            forged.record(QStringLiteral("../decoy/precious.txt"), sha1Hex("keep me\n"));
            forged.record(decoy + QStringLiteral("/precious.txt"), sha1Hex("keep me\n"));
            forged.record(QStringLiteral("tags/politics.html"), sha1Hex("<p>not ours</p>\n"));
            forged.record(QStringLiteral("linked.html"), sha1Hex("keep me\n"));
            forged.record(QStringLiteral("sections/../CNAME"), sha1Hex(cname));
            forged.record(QStringLiteral("edited-page.html"), sha1Hex("<p>as exported</p>"));
            forged.record(QStringLiteral("old-page.html"), sha1Hex("<p>old</p>"));
            QVERIFY(forged.save(target));
        }
        const auto outside = snapshot(decoy);
        auto inside = snapshot(folder);

        const auto report = exportSite(archive.store(), folder);
        QCOMPARE(report.articles, 1);
        QCOMPARE(report.removed, 1);
        QVERIFY(!QFile::exists(folder + QStringLiteral("/old-page.html"))); // it was ours
        QCOMPARE(snapshot(decoy), outside);
        // Inside: only our pages and the record were written, only old-page.html removed.
        inside.remove(QStringLiteral("old-page.html"));
        inside.remove(QString(ExportManifest::kFileName));
        auto now = snapshot(folder);
        for (const char *ours : {"stays.html", "index.html", "style.css", "feed.xml", "sections",
                                 "sections/news.html", ".newsroom-export.json"})
            QVERIFY2(now.remove(ours) == 1, qPrintable(ours));
        QCOMPARE(now, inside);
    }

    // A record from before hashes (or with anything else where a hash goes) proves nothing,
    // and one too large to be ours is not read: either way nothing is removed.
    void recordsWithoutHashesOrTooLargeRemoveNothing_data()
    {
        QTest::addColumn<QByteArray>("record");
        QTest::newRow("no hash") << QByteArray("{\"files\": {\"old-page.html\": \"\"}}");
        QTest::newRow("a list") << QByteArray("{\"files\": [\"old-page.html\"]}");
        QTest::newRow("not a hash") << QByteArray("{\"files\": {\"old-page.html\": true}}");
        QTest::newRow("upper-case") << QByteArray("{\"files\": {\"old-page.html\": \"") +
                                           sha1Hex("<p>old</p>").toUpper() + QByteArray("\"}}");
        QTest::newRow("not JSON") << QByteArray("old-page.html\n");
        QTest::newRow("too large") << QByteArray();
    }

    void recordsWithoutHashesOrTooLargeRemoveNothing()
    {
        QFETCH(QByteArray, record);
        TestArchive archive;
        archive.saved(published(QStringLiteral("Stays"), QStringLiteral("News")));
        QTemporaryDir out;
        QVERIFY(writeFile(out.filePath(QStringLiteral("old-page.html")), "<p>old</p>"));
        const QString recordPath = out.filePath(QString(ExportManifest::kFileName));
        if (record.isEmpty()) { // a sparse file past the cap, with a valid record at its start
            const QByteArray valid =
                "{\"files\": {\"old-page.html\": \"" + sha1Hex("<p>old</p>") + QByteArray("\"}}");
            QVERIFY(writeFile(recordPath, valid));
            QVERIFY(QFile(recordPath).resize(ExportManifest::kMaxBytes + 1));
        } else {
            QVERIFY(writeFile(recordPath, record));
        }
        const auto report = exportSite(archive.store(), out.path());
        QCOMPARE(report.articles, 1);
        QCOMPARE(report.removed, 0);
        QCOMPARE(readFile(out.filePath(QStringLiteral("old-page.html"))),
                 QStringLiteral("<p>old</p>"));
        // The next export has a record of its own again, and no note.
        QVERIFY(QFileInfo(recordPath).size() < 4096);
        QVERIFY(exportSite(archive.store(), out.path()).notes.size() == 1); // only the sitemap's
    }

    // Slugs only a crafted archive holds: the article is skipped and named, the rest is
    // exported, and nothing is written under a name the slug would reach (a NUL once cut
    // "README.md\0.html" to README.md).
    void slugsThatCannotNameAFileAreSkipped()
    {
        TestArchive archive;
        archive.saved(published(QStringLiteral("Fine"), QStringLiteral("News")));
        const Article nul = archive.saved(published(QStringLiteral("Nul"), QStringLiteral("News")));
        const Article hook =
            archive.saved(published(QStringLiteral("Hook"), QStringLiteral("News")));
        const Article longOne =
            archive.saved(published(QStringLiteral("Long"), QStringLiteral("News")));
        const Article hidden =
            archive.saved(published(QStringLiteral("Hidden"), QStringLiteral("News")));
        QVERIFY(setSlugDirectly(archive.path(), nul.id, QByteArray("README.md\0", 10)));
        QVERIFY(
            setSlugDirectly(archive.path(), hook.id, QByteArray(".git/hooks/pre-commit\0", 22)));
        QVERIFY(setSlugDirectly(archive.path(), longOne.id, QByteArray(300, 'a')));
        QVERIFY(setSlugDirectly(archive.path(), hidden.id, "..\x01"));
        QTemporaryDir out;
        QVERIFY(QDir(out.path()).mkpath(QStringLiteral(".git/hooks")));
        QVERIFY(writeFile(out.filePath(QStringLiteral("README.md")), "# My site\n"));
        QVERIFY(writeFile(out.filePath(QStringLiteral(".git/hooks/pre-commit")), "#!/bin/sh\n"));
        const auto before = snapshot(out.path());

        const auto report = exportSite(archive.store(), out.path());
        QCOMPARE(report.articles, 1);
        QCOMPARE(report.skipped.size(), 4);
        const auto line = [&](qint64 id) {
            for (const QString &skipped : report.skipped) {
                if (skipped.startsWith(QStringLiteral("Skipped article #%1:").arg(id)))
                    return skipped;
            }
            return QString();
        };
        QVERIFY2(line(nul.id).contains(QStringLiteral("\"README.md\\x00.html\"")) &&
                     line(nul.id).contains(QStringLiteral("control character")),
                 qPrintable(line(nul.id)));
        QVERIFY2(line(hook.id).contains(QStringLiteral("control character")) ||
                     line(hook.id).contains(QStringLiteral("/ or \\")),
                 qPrintable(line(hook.id)));
        QVERIFY2(line(longOne.id).contains(QStringLiteral("305 bytes long")),
                 qPrintable(line(longOne.id)));
        QVERIFY2(!line(hidden.id).isEmpty(), qPrintable(report.skipped.join('\n')));
        for (const QString &skipped : report.skipped)
            QVERIFY2(!skipped.contains(QChar(0)) && !skipped.contains(QChar(1)),
                     "shown escaped, so a terminal shows what it is");
        // Nothing of ours was touched, and no file carries the skipped slugs.
        auto after = snapshot(out.path());
        for (auto it = before.begin(); it != before.end(); ++it)
            QCOMPARE(after.value(it.key()), it.value());
        for (const QString &name : after.keys())
            QVERIFY2(!name.startsWith(QStringLiteral("aaa")) && !name.contains(QChar(0)),
                     qPrintable(name));
        QVERIFY(!readFile(out.filePath(QStringLiteral("index.html")))
                     .contains(QStringLiteral("README")));
        QVERIFY(readFile(out.filePath(QStringLiteral("index.html")))
                    .contains(QStringLiteral("fine.html")));

        // The Markdown export skips the same articles, by the same rule.
        QTemporaryDir md;
        QVERIFY(writeFile(md.filePath(QStringLiteral("README.md")), "# My notes\n"));
        const auto markdown = MarkdownExporter(archive.store()).exportTo(md.path());
        QVERIFY(markdown);
        QCOMPARE(markdown->written, 1);
        QCOMPARE(markdown->skipped.size(), 4);
        QVERIFY(markdown->skipped.join('\n').contains(QStringLiteral("\"README.md\\x00.md\"")));
        QCOMPARE(readFile(md.filePath(QStringLiteral("README.md"))),
                 QStringLiteral("# My notes\n"));
        QCOMPARE(QDir(md.path()).entryList(QDir::Files | QDir::Hidden, QDir::Name),
                 (QStringList{QStringLiteral("README.md"), QStringLiteral("fine.md")}));
    }

    // The chosen folder may itself be a link (the person's choice): the export goes into
    // the folder it names.
    void chosenFolderMayBeALink()
    {
        TestArchive archive;
        archive.saved(published(QStringLiteral("Through a link"), QStringLiteral("News")));
        QTemporaryDir parent;
        QVERIFY(QDir(parent.path()).mkpath(QStringLiteral("real")));
        QVERIFY(QFile::link(parent.filePath(QStringLiteral("real")),
                            parent.filePath(QStringLiteral("chosen"))));
        QCOMPARE(exportSite(archive.store(), parent.filePath(QStringLiteral("chosen"))).articles,
                 1);
        QVERIFY(QFile::exists(parent.filePath(QStringLiteral("real/through-a-link.html"))));
        QVERIFY(QFileInfo(parent.filePath(QStringLiteral("chosen"))).isSymLink());
    }

    void tagsThatDifferInCaseShareAPage()
    {
        TestArchive archive;
        archive.saved(published(QStringLiteral("One"), QStringLiteral("Climate"),
                                {QStringLiteral("Heat Wave")}));
        archive.saved(published(QStringLiteral("Two"), QStringLiteral("climate"),
                                {QStringLiteral("heat wave")}));
        QTemporaryDir out;
        exportSite(archive.store(), out.path());
        const QString tag = readFile(out.filePath(QStringLiteral("tags/heat-wave.html")));
        QVERIFY(tag.contains(QStringLiteral("one.html")) &&
                tag.contains(QStringLiteral("two.html")));
        const QString section = readFile(out.filePath(QStringLiteral("sections/climate.html")));
        QVERIFY(section.contains(QStringLiteral("one.html")) &&
                section.contains(QStringLiteral("two.html")));
        QCOMPARE(readFile(out.filePath(QStringLiteral("index.html")))
                     .count(QStringLiteral("href=\"tags/heat-wave.html\"")),
                 1);
    }

    void noSitemapWithoutAddress()
    {
        TestArchive archive;
        archive.saved(published(QStringLiteral("A"), QString()));
        QTemporaryDir out;
        const auto report = exportSite(archive.store(), out.path());
        QVERIFY(!QFile::exists(out.filePath(QStringLiteral("sitemap.xml"))));
        QCOMPARE(report.notes.size(), 1);
        QVERIFY(readFile(out.filePath(QStringLiteral("feed.xml")))
                    .contains(QStringLiteral("<link href=\"a.html\"/>")));
    }
};

QTEST_GUILESS_MAIN(TestSiteExport)
#include "tst_siteexport.moc"
