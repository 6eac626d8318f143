// Two windows on one archive, each with its own connections, as two processes would be:
// each notices the other's saves within a second (the list in place, the open article
// reloaded when nothing of its own is unsaved, the conflict bar at once when there is).

#include "EditorTest.h"
#include "MainWindow.h"
#include "PresenceWords.h"
#include "TestArchive.h"
#include "TestGateway.h"
#include "WebEngineTest.h"
#include "browser/ArchiveBrowser.h"
#include "browser/ArchiveListModel.h"
#include "editor/ArticleDocument.h"
#include "editor/ArticleEditor.h"
#include "editor/Autosaver.h"
#include "editor/BodyEditor.h"
#include "editor/ConflictBar.h"
#include "editor/PresenceBar.h"
#include "io/UserName.h"
#include "recovery/EditJournal.h"

#include <QDir>
#include <QLineEdit>

using namespace newsroom;
using namespace newsroom::test;

class TestTwoWindows : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestArchive> m_archive;
    Article m_story;
    Article m_other;
    std::unique_ptr<MainWindow> m_a;
    std::unique_ptr<MainWindow> m_b;

    std::unique_ptr<MainWindow> openWindow() { return openWindowOn(*m_archive); }

    static QString listedHeadline(MainWindow &window, qint64 id)
    {
        ArchiveListModel *model = window.browser()->model();
        const int row = model->rowOf(id);
        return row < 0 ? QString()
                       : model->index(row, ArchiveListModel::Headline).data().toString();
    }

public:
    static void initMain() { prepareWebEngine(); }

private Q_SLOTS:
    void init()
    {
        m_archive = std::make_unique<TestArchive>();
        QDir(EditJournal::defaultFolder()).removeRecursively();
        m_other = m_archive->saved(makeArticle(QStringLiteral("Library extends its hours")));
        m_story = m_archive->saved(makeArticle(QStringLiteral("Bridge reopens to cyclists"),
                                               QStringLiteral("The first paragraph.")));
        m_a = openWindow();
        m_b = openWindow();
    }

    void cleanup()
    {
        m_a.reset();
        m_b.reset();
    }

    void theListFollowsTheOtherWindow()
    {
        QVERIFY(openAndWait(*m_a, m_story.id));
        QVERIFY(openAndWait(*m_b, m_other.id));
        WrappingLineEdit *headline = m_a->editor()->headline();
        headline->end(false);
        QTest::keyClicks(headline, QStringLiteral(" at dawn"));
        QTRY_COMPARE_WITH_TIMEOUT(listedHeadline(*m_b, m_story.id),
                                  QStringLiteral("Bridge reopens to cyclists at dawn"), 5000);
        QCOMPARE(m_b->document()->article().id, m_other.id); // the selection stays
    }

    void aCleanEditorShowsTheNewestVersion()
    {
        QVERIFY(openAndWait(*m_a, m_story.id));
        QVERIFY(openAndWait(*m_b, m_story.id));
        BodyEditor *body = m_a->editor()->body();
        body->moveCursor(QTextCursor::End);
        QTest::keyClicks(body, QStringLiteral(" Typed in window A."));
        QTRY_VERIFY_WITH_TIMEOUT(m_b->document()->article().body.endsWith(u"Typed in window A."),
                                 5000);
        QVERIFY(!m_b->conflictBar()->isVisible());
    }

    // B has unsaved text when A's save lands: B says so at once and overwrites nothing.
    void unsavedTextMeetsTheOtherWindowsSaveWithTheConflictBar()
    {
        QVERIFY(openAndWait(*m_a, m_story.id));
        QVERIFY(openAndWait(*m_b, m_story.id));
        m_b->document()->edit(ArticleField::Dek, QStringLiteral("B's dek, not saved yet"));
        // A saves first, straight through its store, before B's autosave runs.
        Article theirs = *m_archive->store().article(m_story.id);
        theirs.headline = QStringLiteral("Changed by A");
        QVERIFY(m_archive->store().save(theirs));
        QTRY_VERIFY_WITH_TIMEOUT(m_b->conflictBar()->isVisible(), 5000);
        QVERIFY(m_b->autosaver()->isInConflict());
        QCOMPARE(m_archive->store().article(m_story.id)->headline, QStringLiteral("Changed by A"));
    }

    // Presence in a file archive: the other window's heartbeat changes the file, which this
    // window notices within a second, and with it who is in which article; closing the
    // window takes it away.
    void presenceBetweenWindowsOnAFile()
    {
        QVERIFY(openAndWait(*m_a, m_story.id));
        QVERIFY(openAndWait(*m_b, m_story.id));
        const QStringList me{username::current()};
        QTRY_VERIFY_WITH_TIMEOUT(m_b->presenceBar()->isVisible(), 8000);
        QCOMPARE(m_b->presenceBar()->message(), PresenceWords::alsoEditing(me));
        QTRY_VERIFY_WITH_TIMEOUT(m_a->presenceBar()->isVisible(), 8000);
        ArchiveListModel *list = m_b->browser()->model();
        QCOMPARE(list->index(list->rowOf(m_story.id), ArchiveListModel::Headline)
                     .data(Qt::AccessibleDescriptionRole)
                     .toString(),
                 PresenceWords::editing(me));
        m_a.reset();
        QTRY_VERIFY_WITH_TIMEOUT(!m_b->presenceBar()->isVisible(), 8000);
    }
};

QTEST_MAIN(TestTwoWindows)
#include "tst_twowindows.moc"
