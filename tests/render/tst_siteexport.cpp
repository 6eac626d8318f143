#include "TestArchive.h"
#include "export/ExportManifest.h"
#include "export/SiteExporter.h"
#include "render/PageRenderer.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QTest>
#include <QXmlStreamReader>

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

    void reExportWritesOnlyChangesAndRemovesWhatLeft()
    {
        TestArchive archive;
        Article a = archive.saved(published(QStringLiteral("Stays"), QStringLiteral("News")));
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
        const auto third = exportSite(archive.store(), out.path());
        QVERIFY(!QFile::exists(out.filePath(QStringLiteral("goes.html"))));
        QVERIFY(QFile::exists(out.filePath(QStringLiteral("stays.html"))));
        QCOMPARE(third.removed, 1);
        QVERIFY(third.written >= 2); // index, section page and feed changed; "stays" did not
        QVERIFY(QFile::exists(out.filePath(QStringLiteral("notes-of-the-editor.txt"))));

        const auto all = exportSite(archive.store(), out.path(), true);
        QCOMPARE(all.articles, 2);
        QVERIFY(QFile::exists(out.filePath(QStringLiteral("goes.html"))));
    }

    // Pages go to a `.newsroom-*.part` file beside them and are renamed into place; what a
    // killed export left behind is removed by the next one: only our names, only regular
    // files, and nothing reached through a link.
    void leftoverTemporaryFilesAreRemoved()
    {
        TestArchive archive;
        archive.saved(published(QStringLiteral("Whole pages only"), QStringLiteral("News"),
                                {QStringLiteral("ports")}));
        QTemporaryDir out;
        QTemporaryDir elsewhere;
        const auto write = [](const QString &path, const QByteArray &bytes) {
            QFile file(path);
            return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
        };
        QVERIFY(QDir(out.path()).mkpath(QStringLiteral("sections")));
        QVERIFY(write(out.filePath(QStringLiteral(".newsroom-x.part")), "<html><he"));
        QVERIFY(write(out.filePath(QStringLiteral("sections/.newsroom-y.part")), ""));
        QVERIFY(write(out.filePath(QStringLiteral("newsroom-z.part")), "not ours"));
        QVERIFY(write(out.filePath(QStringLiteral(".newsroom-notes.txt")), "not ours"));
        const QString outside = elsewhere.filePath(QStringLiteral(".newsroom-o.part"));
        QVERIFY(write(outside, "outside"));
        // A link with our name, and a linked folder holding one: neither is followed.
        QVERIFY(QFile::link(outside, out.filePath(QStringLiteral(".newsroom-link.part"))));
        QVERIFY(QFile::link(elsewhere.path(), out.filePath(QStringLiteral("linked"))));

        const auto report = exportSite(archive.store(), out.path());
        QCOMPARE(report.articles, 1);
        QVERIFY(!QFile::exists(out.filePath(QStringLiteral(".newsroom-x.part"))));
        QVERIFY(!QFile::exists(out.filePath(QStringLiteral("sections/.newsroom-y.part"))));
        QVERIFY(QFile::exists(out.filePath(QStringLiteral("newsroom-z.part"))));
        QVERIFY(QFile::exists(out.filePath(QStringLiteral(".newsroom-notes.txt"))));
        QVERIFY(QFileInfo(out.filePath(QStringLiteral(".newsroom-link.part"))).isSymLink());
        QCOMPARE(readFile(outside), QStringLiteral("outside"));
        // No temporary file of this export is left either.
        QDirIterator parts(out.path(), {QStringLiteral("*.part")},
                           QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
        QStringList left;
        while (parts.hasNext())
            left << QFileInfo(parts.next()).fileName();
        left.sort();
        QCOMPARE(left, (QStringList{QStringLiteral(".newsroom-link.part"),
                                    QStringLiteral("newsroom-z.part")}));
        QVERIFY(readFile(out.filePath(QStringLiteral("whole-pages-only.html")))
                    .endsWith(QStringLiteral("</html>\n")));
    }

    // A page that is a link (planted, or left by hand) is replaced by the new page; the
    // file it pointed to is never written through.
    void pagesAreRenamedIntoPlaceNeverWrittenThroughLinks()
    {
        TestArchive archive;
        archive.saved(published(QStringLiteral("Linked page"), QStringLiteral("News")));
        QTemporaryDir out;
        QTemporaryDir elsewhere;
        const QString target = elsewhere.filePath(QStringLiteral("precious.txt"));
        QFile file(target);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("keep me");
        file.close();
        QVERIFY(QFile::link(target, out.filePath(QStringLiteral("linked-page.html"))));
        QCOMPARE(exportSite(archive.store(), out.path()).articles, 1);
        QCOMPARE(readFile(target), QStringLiteral("keep me"));
        QVERIFY(!QFileInfo(out.filePath(QStringLiteral("linked-page.html"))).isSymLink());
        QVERIFY(readFile(out.filePath(QStringLiteral("linked-page.html")))
                    .contains(QStringLiteral("Linked page")));
    }

    void neverWritesOrRemovesOutsideTheFolder()
    {
        TestArchive archive;
        archive.saved(published(QStringLiteral("Escape"), QStringLiteral("../../../etc"),
                                {QStringLiteral("../../x")}));
        QTemporaryDir parent;
        const QString folder = parent.filePath(QStringLiteral("site"));
        const QString victim = parent.filePath(QStringLiteral("victim.txt"));
        QFile file(victim);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("keep me");
        file.close();
        // A manifest that claims a file outside the folder (tampered, or from an old bug).
        QVERIFY(QDir().mkpath(folder));
        ExportManifest forged;
        forged.record(QStringLiteral("../victim.txt"), "0");
        QVERIFY(forged.save(folder));

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
