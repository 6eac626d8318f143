// The Export menu's work on a real archive: this page, this article as Markdown, and the
// whole site on its worker thread with progress and cancel.

#include "PagePicturesCheck.h"
#include "TestArchive.h"
#include "TestGateway.h"
#include "export/ExportController.h"
#include "export/SitePublisher.h"
#include "settings/AppSettings.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QWidget>

using namespace newsroom;
using namespace newsroom::test;

class TestExport : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestArchive> m_archive;
    std::unique_ptr<ArchiveGateway> m_gateway; // outlives the window and its controller
    std::unique_ptr<QWidget> m_window;
    ExportController *m_export = nullptr;
    Article m_story;

private Q_SLOTS:
    void init()
    {
        m_archive = std::make_unique<TestArchive>();
        QList<Article> articles;
        for (int i = 0; i < 60; ++i) {
            Article a = makeArticle(QStringLiteral("Story number %1").arg(i));
            a.status = ArticleStatus::Published;
            articles.append(a);
        }
        m_story = m_archive->store().saveAll(articles)->front();
        m_window.reset(); // the last test's, before its gateway goes
        m_gateway = openGateway(m_archive->path());
        m_window = std::make_unique<QWidget>();
        m_export = new ExportController(*m_gateway, m_window.get());
        m_export->setOpenResults(false);
    }

    void pageAndMarkdown()
    {
        QSignalSpy exported(m_export, &ExportController::exported);
        const QString page = m_archive->folder() + QStringLiteral("/page.html");
        m_export->writePage(m_story, page);
        QVERIFY(exported.wait(20000));
        QFile html(page);
        QVERIFY(html.open(QIODevice::ReadOnly));
        const QByteArray bytes = html.readAll();
        QVERIFY(bytes.contains("<h1 dir=\"auto\">Story number 0</h1>"));
        QVERIFY(bytes.contains("<style>")); // one file, styles inside
        const QString markdown = m_archive->folder() + QStringLiteral("/story.md");
        m_export->writeMarkdown(m_story, markdown);
        QVERIFY(exported.wait(20000));
        QFile md(markdown);
        QVERIFY(md.open(QIODevice::ReadOnly));
        QVERIFY(md.readAll().startsWith("---\ntitle: \"Story number 0\""));
        QCOMPARE(exported.count(), 2);
    }

    // The page's pictures: their renditions in media/ beside it, said in the summary; a
    // link planted there is refused and said.
    void pageWithItsPictures()
    {
        const PicturedStory s = picturedStory(m_archive->store());
        const auto writePage = [this, &s](const QString &page) {
            QSignalSpy exported(m_export, &ExportController::exported);
            QSignalSpy failed(m_export, &ExportController::failed);
            m_export->writePage(s.story, page);
            if (!QTest::qWaitFor([&] { return exported.count() + failed.count() > 0; }, 20000))
                return QStringLiteral("no answer");
            return failed.isEmpty()
                       ? exported.front().at(1).toString()
                       : QStringLiteral("failed: ") + failed.front().front().toString();
        };
        const QString folder = m_archive->folder() + QStringLiteral("/with-pictures");
        QVERIFY(QDir().mkpath(folder));
        const QString page = folder + QStringLiteral("/cranes.html");
        QCOMPARE(writePage(page), QStringLiteral("Page written to %1 with 2 pictures")
                                      .arg(QDir::toNativeSeparators(page)));
        checkPageWithPictures(m_archive->store(), s, folder, QStringLiteral("cranes.html"));
        if (QTest::currentTestFailed())
            return;
        checkPlantedLinksAreRefused(
            [&](const QString &path) {
                const QString answer = writePage(path);
                return answer.startsWith(QStringLiteral("failed: ")) ? answer : QString();
            },
            s, m_archive->folder() + QStringLiteral("/hostile"));
    }

    // With a publish folder chosen, a published article's save brings the site up to date,
    // and a scheduled article goes live when its time comes.
    void publishingUpdatesTheSiteInThePublishFolder()
    {
        const QString folder = m_archive->folder() + QStringLiteral("/site");
        QVERIFY(QDir().mkpath(folder));
        appsettings::setPublishFolder(folder);
        SitePublisher publisher(*m_gateway, *m_export);
        QSignalSpy published(&publisher, &SitePublisher::published);

        // Far enough off that the first export (the settle delay, then the export itself on a
        // loaded CI machine) is over before it: 3 s was too close once.
        Article soon = makeArticle(QStringLiteral("Embargo lifts shortly"));
        soon.status = ArticleStatus::Published;
        soon.publishedAt = QDateTime::currentDateTimeUtc().addSecs(8);
        soon = m_archive->saved(soon);
        Article fresh = makeArticle(QStringLiteral("Fresh from the desk"));
        fresh.status = ArticleStatus::Published;
        fresh = m_archive->saved(fresh);
        publisher.articleSaved(fresh);
        publisher.articleSaved(fresh); // saves close together: one export
        QVERIFY(published.wait(20000));
        QCOMPARE(published.count(), 1);
        QVERIFY(QFile::exists(folder + QStringLiteral("/fresh-from-the-desk.html")));
        QVERIFY(!QFile::exists(folder + QStringLiteral("/embargo-lifts-shortly.html")));
        QVERIFY(std::abs(publisher.nextScheduled().msecsTo(soon.publishedAt)) < 1000);

        QVERIFY(published.wait(20000)); // its time came
        QVERIFY(QFile::exists(folder + QStringLiteral("/embargo-lifts-shortly.html")));
        QVERIFY(!publisher.nextScheduled().isValid());

        Article draft = makeArticle(QStringLiteral("Only a draft"));
        publisher.articleSaved(m_archive->saved(draft)); // drafts change nothing on the site
        QVERIFY(!published.wait(SitePublisher::kSettleDelay + 1000));
        appsettings::setPublishFolder(QString());
    }

    // A theme folder that has gone away is said, and the page still comes out.
    void vanishedThemeFallsBackToTheBuiltIn()
    {
        appsettings::setThemeFolder(m_archive->folder() + QStringLiteral("/gone-theme"));
        QSignalSpy failed(m_export, &ExportController::failed);
        QSignalSpy exported(m_export, &ExportController::exported);
        const QString page = m_archive->folder() + QStringLiteral("/fallback.html");
        m_export->writePage(m_story, page);
        QVERIFY(exported.wait(20000));
        appsettings::setThemeFolder(QString());
        QCOMPARE(failed.count(), 1);
        QVERIFY(failed.front().front().toString().contains(QStringLiteral("built-in theme")));
        QVERIFY(QFile::exists(page));
    }

    void unwritablePlaceIsReported()
    {
        QSignalSpy failed(m_export, &ExportController::failed);
        m_export->writePage(m_story, QStringLiteral("/nonexistent/folder/page.html"));
        QVERIFY(failed.wait(20000));
        QCOMPARE(failed.count(), 1);
        QVERIFY(failed.front().front().toString().contains(QStringLiteral("/nonexistent/folder")));
    }

    void wholeSiteWithProgress()
    {
        QSignalSpy progress(m_export, &ExportController::siteProgress);
        QSignalSpy exported(m_export, &ExportController::exported);
        const QString site = m_archive->folder() + QStringLiteral("/site");
        m_export->startSiteExport(site);
        QVERIFY(m_export->isExportingSite());
        QVERIFY(exported.wait(60000));
        QVERIFY(!m_export->isExportingSite());
        QVERIFY(progress.count() > 0);
        QCOMPARE(progress.last().at(0).toInt(), 60);
        QVERIFY(QFile::exists(site + QStringLiteral("/index.html")));
        QVERIFY(exported.front().at(1).toString().contains(QStringLiteral("written")));
    }

    void cancelKeepsWhatWasWritten()
    {
        QSignalSpy failed(m_export, &ExportController::failed);
        // Direct: the worker thread asks to stop at its first page (the flag is atomic).
        connect(m_export, &ExportController::siteProgress, m_export,
                &ExportController::cancelSiteExport, Qt::DirectConnection);
        m_export->startSiteExport(m_archive->folder() + QStringLiteral("/cancelled"));
        QVERIFY(failed.wait(60000));
        QVERIFY(failed.front().front().toString().contains(QStringLiteral("cancelled")));
    }
};

QTEST_MAIN(TestExport)
#include "tst_export.moc"
