// One article's page exported with its pictures (issue 17): PageExporter on a real archive
// with real pictures, as File → Export → This Page and `newsroom-cli render -o` use it.

#include "PagePicturesCheck.h"
#include "TestArchive.h"
#include "export/PageExporter.h"
#include "render/PageLinks.h"
#include "render/PageRenderer.h"

#include <QTemporaryDir>
#include <QTest>

using namespace newsroom;
using namespace newsroom::test;

namespace {
// QVERIFY2 evaluates its message even when the check passes.
template <typename T> QByteArray why(const StoreResult<T> &result)
{
    return result ? QByteArray() : result.error().message.toLocal8Bit();
}
} // namespace

class TestPageExport : public QObject
{
    Q_OBJECT

    std::unique_ptr<PageRenderer> m_renderer;

    StoreResult<PageExporter::Report>
    exportPage(ArticleStore &store, const Article &article, const QString &path,
               PageExporter::Folder folder = PageExporter::Folder::MustExist)
    {
        return PageExporter(store, *m_renderer)
            .exportTo(article, pagelinks::contextFor(store, article, {}), path, folder);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        auto renderer = PageRenderer::create(Theme::builtIn());
        QVERIFY(renderer);
        m_renderer = std::move(*renderer);
    }

    void writesThePageAndTheRenditionsItNames()
    {
        TestArchive archive;
        const PicturedStory s = picturedStory(archive.store());
        QTemporaryDir out;
        const auto report = exportPage(archive.store(), s.story, out.filePath("cranes.html"));
        QVERIFY2(report, why(report).constData());
        QCOMPARE(report->pictures, 2);
        QCOMPARE(report->pictureFiles,
                 int(s.lead.renditionWidths.size() + s.inBody.renditionWidths.size()));
        QVERIFY(report->pictureFiles > 2); // more than one width each: srcset is checked
        checkPageWithPictures(archive.store(), s, out.path(), QStringLiteral("cranes.html"));
        if (QTest::currentTestFailed())
            return;

        // Again over the same files: each replaced (a new file renamed into place).
        const auto again = exportPage(archive.store(), s.story, out.filePath("cranes.html"));
        QVERIFY2(again, why(again).constData());
        checkPageWithPictures(archive.store(), s, out.path(), QStringLiteral("cranes.html"));
    }

    void anArticleWithoutPicturesWritesOnlyItsPage()
    {
        TestArchive archive;
        const Article plain = archive.saved(makeArticle(QStringLiteral("No pictures")));
        QTemporaryDir out;
        const auto report = exportPage(archive.store(), plain, out.filePath("plain.html"));
        QVERIFY(report);
        QCOMPARE(report->pictures, 0);
        QCOMPARE(filesIn(out.path()), QStringList{QStringLiteral("plain.html")});
    }

    void plantedLinksAreRefused()
    {
        TestArchive archive;
        const PicturedStory s = picturedStory(archive.store());
        QTemporaryDir root;
        checkPlantedLinksAreRefused(
            [&](const QString &page) {
                const auto report = exportPage(archive.store(), s.story, page);
                return report ? QString() : report.error().message;
            },
            s, root.path());
    }

    // The app's dialog chose an existing folder; only the command line makes one.
    void aMissingFolderIsMadeOnlyWhenAsked()
    {
        TestArchive archive;
        const PicturedStory s = picturedStory(archive.store());
        QTemporaryDir root;
        const QString page = root.filePath("new/folder/page.html");
        const auto refused = exportPage(archive.store(), s.story, page);
        QVERIFY(!refused);
        QVERIFY2(refused.error().message.contains(root.filePath("new/folder")),
                 qPrintable(refused.error().message));
        QVERIFY(!QFileInfo::exists(root.filePath("new")));
        const auto made = exportPage(archive.store(), s.story, page, PageExporter::Folder::Create);
        QVERIFY2(made, why(made).constData());
        checkPageWithPictures(archive.store(), s, root.filePath("new/folder"),
                              QStringLiteral("page.html"));
    }

    void theArchiveItselfIsNeverReplaced()
    {
        TestArchive archive;
        const PicturedStory s = picturedStory(archive.store());
        const QByteArray before = fileBytes(archive.path()).left(16);
        const auto refused = exportPage(archive.store(), s.story, archive.path());
        QVERIFY(!refused);
        QVERIFY2(refused.error().message.contains(QStringLiteral("archive itself")),
                 qPrintable(refused.error().message));
        QCOMPARE(fileBytes(archive.path()).left(16), before);
        QVERIFY(archive.store().article(s.story.id));
    }

    void theShelfHoldsOnlyTheArticlesPicturesTheArchiveHas()
    {
        TestArchive archive;
        const PicturedStory s = picturedStory(archive.store());
        storedPicture(archive.store(), encoded(photoImage(300, 200, 9), "png"),
                      QStringLiteral("other.png"));
        const auto shelf = PageExporter::shelfFor(archive.store(), s.story);
        QVERIFY(shelf);
        QCOMPARE(shelf->target, PictureShelf::Target::Site);
        QCOMPARE(shelf->pictures.size(), 2);
        QVERIFY(shelf->find(s.lead.hash));
        QVERIFY(shelf->find(s.inBody.hash));
        QVERIFY(!shelf->find(s.absent));
    }
};

QTEST_MAIN(TestPageExport)
#include "tst_pageexport.moc"
