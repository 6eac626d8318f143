// Markdown articles handed to the app (`newsroom article.md`, a file manager's "Open With"):
// asked first, imported through the importer on the gateway into the window's own archive,
// the first one opened; "Cancel" brings nothing in; a file that cannot be read is named.

#include "EditorTest.h"
#include "MainWindow.h"
#include "TestArchive.h"
#include "TestGateway.h"
#include "WebEngineTest.h"
#include "app/MarkdownFileImport.h"
#include "browser/ArchiveBrowser.h"
#include "browser/ArchiveListModel.h"
#include "editor/ArticleDocument.h"

#include <QAbstractButton>
#include <QApplication>
#include <QMessageBox>
#include <QSignalSpy>
#include <QStatusBar>

using namespace newsroom;
using namespace newsroom::test;

class TestMarkdownFileImport : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestArchive> m_archive;
    std::unique_ptr<MainWindow> m_window;

    // The question the import asks, once it shows.
    QMessageBox *question()
    {
        QMessageBox *box = nullptr;
        (void)QTest::qWaitFor(
            [&] {
                box = m_window->findChild<QMessageBox *>(QStringLiteral("markdownImportQuestion"));
                return box != nullptr && box->isVisible();
            },
            5000);
        return box;
    }

    static void click(QMessageBox *box, QMessageBox::ButtonRole role)
    {
        for (QAbstractButton *button : box->buttons()) {
            if (box->buttonRole(button) == role) {
                button->click();
                return;
            }
        }
        QFAIL("the question has no such button");
    }

    qsizetype archived()
    {
        auto all = m_archive->openAgain()->list({});
        return all ? all->size() : -1;
    }

public:
    static void initMain() { prepareWebEngine(); }

private Q_SLOTS:
    void init()
    {
        m_archive = std::make_unique<TestArchive>();
        m_archive->saved(makeArticle(QStringLiteral("Library extends its hours")));
        m_window = std::make_unique<MainWindow>(openGateway(m_archive->path()), m_archive->path());
        m_window->show();
    }

    void cleanup()
    {
        m_window.reset();
        m_archive.reset();
    }

    void takesOnlyMarkdownFilesAsArticles()
    {
        QVERIFY(MarkdownFileImport::isMarkdown(QStringLiteral("/tmp/story.md")));
        QVERIFY(MarkdownFileImport::isMarkdown(QStringLiteral("Story.MARKDOWN")));
        QVERIFY(!MarkdownFileImport::isMarkdown(QStringLiteral("desk.newsroom")));
        QVERIFY(!MarkdownFileImport::isMarkdown(QStringLiteral("wire.txt")));
        QVERIFY(!MarkdownFileImport::isMarkdown(QStringLiteral("md")));
    }

    void importsAfterAskingAndOpensTheArticle()
    {
        auto *import = new MarkdownFileImport(m_window.get());
        QSignalSpy done(import, &MarkdownFileImport::imported);
        const QString file = QStringLiteral(NEWSROOM_SAMPLES "/08-cup-final.md");
        import->askAndImport({file});
        QMessageBox *box = question();
        QVERIFY(box);
        QVERIFY(box->text().contains(m_window->archiveName()));
        QVERIFY(box->informativeText().contains(QStringLiteral("08-cup-final.md")));
        QCOMPARE(archived(), 1); // nothing before the answer
        click(box, QMessageBox::AcceptRole);
        QVERIFY(done.wait(20000));
        const auto outcomes = done.first().first().value<QList<ArticleImporter::Outcome>>();
        QCOMPARE(outcomes.size(), 1);
        QVERIFY2(outcomes.first().error.isEmpty(), qPrintable(outcomes.first().error));
        QCOMPARE(archived(), 2);
        QTRY_COMPARE_WITH_TIMEOUT(
            m_window->document()->article().headline,
            QStringLiteral("Harbor City Rowers Win Regional Cup on Final Stroke"), 10000);
        QVERIFY(
            m_window->statusBar()->currentMessage().contains(QStringLiteral("1 article imported")));
        QTRY_COMPARE_WITH_TIMEOUT(m_window->browser()->model()->totalCount(), qint64(2), 5000);

        // The same file again is found already there: nothing added, and said so.
        QSignalSpy again(import, &MarkdownFileImport::imported);
        import->askAndImport({file});
        QMessageBox *second = question();
        QVERIFY(second && second != box);
        click(second, QMessageBox::AcceptRole);
        QVERIFY(again.wait(20000));
        QCOMPARE(archived(), 2);
        QVERIFY(m_window->statusBar()->currentMessage().contains(QStringLiteral("already")));
    }

    void cancelImportsNothing()
    {
        auto *import = new MarkdownFileImport(m_window.get());
        QSignalSpy declined(import, &MarkdownFileImport::declined);
        QSignalSpy done(import, &MarkdownFileImport::imported);
        import->askAndImport({QStringLiteral(NEWSROOM_SAMPLES "/07-coral-survey.md")});
        QMessageBox *box = question();
        QVERIFY(box);
        click(box, QMessageBox::RejectRole);
        QTRY_COMPARE(declined.size(), 1);
        QVERIFY(settled(*m_window->gateway()));
        QCOMPARE(done.size(), 0);
        QCOMPARE(archived(), 1);
    }

    void namesTheFirstTenFilesAndCountsTheRest()
    {
        auto *import = new MarkdownFileImport(m_window.get());
        QSignalSpy declined(import, &MarkdownFileImport::declined);
        QStringList files;
        for (int i = 1; i <= 12; ++i)
            files << m_archive->folder() + QStringLiteral("/story-%1.md").arg(i);
        import->askAndImport(files);
        QMessageBox *box = question();
        QVERIFY(box);
        QVERIFY(box->text().contains(QStringLiteral("12 Markdown articles")));
        QVERIFY(box->informativeText().contains(QStringLiteral("story-10.md")));
        QVERIFY(!box->informativeText().contains(QStringLiteral("story-11.md")));
        QVERIFY(box->informativeText().contains(QStringLiteral("and 2 more")));
        click(box, QMessageBox::RejectRole);
        QTRY_COMPARE(declined.size(), 1);
        QCOMPARE(archived(), 1);
    }

    void namesAFileThatCannotBeRead()
    {
        auto *import = new MarkdownFileImport(m_window.get());
        QSignalSpy done(import, &MarkdownFileImport::imported);
        const QString missing = m_archive->folder() + QStringLiteral("/gone.md");
        import->askAndImport({missing, QStringLiteral(NEWSROOM_SAMPLES "/07-coral-survey.md")});
        QMessageBox *box = question();
        QVERIFY(box);
        click(box, QMessageBox::AcceptRole);
        QVERIFY(done.wait(20000));
        const auto outcomes = done.first().first().value<QList<ArticleImporter::Outcome>>();
        QCOMPARE(outcomes.size(), 2);
        QVERIFY(!outcomes.at(0).error.isEmpty());
        QVERIFY(outcomes.at(1).error.isEmpty());
        QCOMPARE(archived(), 2);
        auto *problem = m_window->findChild<QMessageBox *>(QStringLiteral("markdownImportProblem"));
        QVERIFY(problem && problem->isVisible());
        QVERIFY(problem->text().contains(QStringLiteral("gone.md")));
        QVERIFY(!problem->text().contains(QStringLiteral("07-coral-survey.md")));
    }

    // A thousand failed files (the server gone mid-import) make no box taller than the
    // screen: ten named, the rest counted, every one in the details.
    void manyFailuresAreCountedNotListed()
    {
        auto *import = new MarkdownFileImport(m_window.get());
        QSignalSpy done(import, &MarkdownFileImport::imported);
        QStringList missing;
        for (int i = 1; i <= 12; ++i)
            missing << m_archive->folder() + QStringLiteral("/gone-%1.md").arg(i);
        import->askAndImport(missing);
        QMessageBox *box = question();
        QVERIFY(box);
        click(box, QMessageBox::AcceptRole);
        QVERIFY(done.wait(20000));
        auto *problem = m_window->findChild<QMessageBox *>(QStringLiteral("markdownImportProblem"));
        QVERIFY(problem && problem->isVisible());
        QVERIFY(problem->text().contains(QStringLiteral("gone-10.md")));
        QVERIFY(!problem->text().contains(QStringLiteral("gone-11.md")));
        QVERIFY2(problem->text().contains(QStringLiteral("and 2 more")),
                 qPrintable(problem->text()));
        QVERIFY(problem->detailedText().contains(QStringLiteral("gone-12.md")));
    }
};

QTEST_MAIN(TestMarkdownFileImport)
#include "tst_markdownfileimport.moc"
