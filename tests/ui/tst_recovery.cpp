// Nothing typed is lost in the window: every change reaches the article's journal within a
// second, whether the archive takes it or not (here: a conflict), the journal goes once
// the archive holds the text, and a journal left behind is offered back at the next start.

#include "EditorTest.h"
#include "MainWindow.h"
#include "TestArchive.h"
#include "TestGateway.h"
#include "WebEngineTest.h"
#include "editor/ArticleDocument.h"
#include "editor/ArticleEditor.h"
#include "editor/Autosaver.h"
#include "editor/BodyEditor.h"
#include "editor/ConflictBar.h"
#include "editor/RecoveryBar.h"
#include "recovery/EditJournal.h"

#include <QAbstractButton>
#include <QDir>
#include <QPushButton>
#include <QUndoStack>

using namespace newsroom;
using namespace newsroom::test;

class TestRecovery : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestArchive> m_archive;
    Article m_story;

    std::unique_ptr<MainWindow> openWindow() { return openWindowOn(*m_archive); }

public:
    static void initMain() { prepareWebEngine(); }

private Q_SLOTS:
    void init()
    {
        m_archive = std::make_unique<TestArchive>(); // test mode: the journal folder is the test's
        QDir(EditJournal::defaultFolder()).removeRecursively();
        m_story = m_archive->saved(makeArticle(QStringLiteral("Night bus routes change"),
                                               QStringLiteral("The first paragraph.")));
    }

    void typingReachesTheJournalUntilTheArchiveHasIt()
    {
        auto window = openWindow();
        QVERIFY(openAndWait(*window, m_story.id));
        typeInBody(*window, QStringLiteral(" Route 9 now stops at the depot."));
        // Saved within a second, and then the journal is cleared.
        QTRY_VERIFY_WITH_TIMEOUT(!window->autosaver()->hasUnsavedChanges(), 5000);
        QTRY_VERIFY_WITH_TIMEOUT(journalText().isEmpty(), 5000);
        QVERIFY(m_archive->store().article(m_story.id)->body.contains(u"Route 9 now stops"));
    }

    void aConflictKeepsTheTextInTheJournal()
    {
        auto window = openWindow();
        QVERIFY(openAndWait(*window, m_story.id));
        Article theirs = *m_archive->store().article(m_story.id);
        theirs.dek = QStringLiteral("Their dek");
        QVERIFY(m_archive->store().save(theirs));
        typeInBody(*window, QStringLiteral(" Mine, refused by the archive."));
        QTRY_VERIFY_WITH_TIMEOUT(window->conflictBar()->isVisible(), 5000);
        typeInBody(*window, QStringLiteral(" Typed on during the conflict."));
        QTRY_VERIFY_WITH_TIMEOUT(journalText().contains(u"Typed on during the conflict."), 5000);
        QVERIFY(!m_archive->store().article(m_story.id)->body.contains(u"Mine"));
    }

    void aJournalLeftBehindIsOfferedAndRestored()
    {
        Article unsaved = *m_archive->store().article(m_story.id);
        unsaved.body += QStringLiteral("\n\nTyped just before the crash.");
        {
            EditJournal journal(EditJournal::defaultFolder(), m_archive->path());
            QVERIFY(journal.write(unsaved, unsaved.version));
        } // that session died without clearing its journal

        auto window = openWindow();
        RecoveryBar *bar = window->recoveryBar();
        QTRY_VERIFY_WITH_TIMEOUT(bar->isVisible(), 5000); // once the archive's copy is read
        QVERIFY(bar->message().contains(m_story.headline));
        const auto buttons = bar->findChildren<QPushButton *>();
        const auto restore = std::find_if(buttons.begin(), buttons.end(), [](QPushButton *b) {
            return b->text() == QStringLiteral("&Restore");
        });
        QVERIFY(restore != buttons.end());
        (*restore)->click();
        QTRY_VERIFY_WITH_TIMEOUT(!bar->isVisible(), 5000);
        QCOMPARE(window->document()->article().id, m_story.id);
        QVERIFY(window->document()->article().body.endsWith(u"Typed just before the crash."));
        QVERIFY(window->document()->undoStack()->canUndo()); // one step, undoable
        QTRY_VERIFY_WITH_TIMEOUT(
            m_archive->store().article(m_story.id)->body.endsWith(u"Typed just before the crash."),
            5000);
        QVERIFY(EditJournal::leftBehind(EditJournal::defaultFolder(), m_archive->path()).isEmpty());
    }

    void aJournalTheArchiveAlreadyHoldsGoesQuietly()
    {
        {
            EditJournal journal(EditJournal::defaultFolder(), m_archive->path());
            const Article same = *m_archive->store().article(m_story.id);
            QVERIFY(journal.write(same, same.version));
        }
        auto window = openWindow();
        QTRY_VERIFY_WITH_TIMEOUT(
            EditJournal::leftBehind(EditJournal::defaultFolder(), m_archive->path()).isEmpty(),
            5000);
        QVERIFY(!window->recoveryBar()->isVisible());
    }

    // "Take Theirs" in a conflict keeps the editor's text aside, durably, and the
    // article offers it back whenever it is opened, until it is taken or discarded.
    void theirVersionKeepsMineAsideAndOffersItBack()
    {
        auto window = openWindow();
        QVERIFY(openAndWait(*window, m_story.id));
        Article theirs = *m_archive->store().article(m_story.id);
        theirs.dek = QStringLiteral("Their dek");
        QVERIFY(m_archive->store().save(theirs));
        typeInBody(*window, QStringLiteral(" Mine, kept aside."));
        QTRY_VERIFY_WITH_TIMEOUT(window->conflictBar()->isVisible(), 5000);
        Q_EMIT window->conflictBar()->reloadRequested();
        QTRY_COMPARE_WITH_TIMEOUT(window->document()->article().dek, QStringLiteral("Their dek"),
                                  5000);
        QVERIFY(!window->document()->article().body.contains(u"Mine, kept aside."));
        const auto kept =
            EditJournal::keptCopies(EditJournal::defaultFolder(), m_archive->path(), m_story.id);
        QCOMPARE(kept.size(), 1);
        QVERIFY(kept.front().article.body.endsWith(u"Mine, kept aside."));

        // Offered at once, and again on the next open of that article, in a new window.
        QTRY_VERIFY_WITH_TIMEOUT(window->recoveryBar()->isVisible(), 5000);
        QVERIFY(window->recoveryBar()->message().contains(u"kept aside"));
        window.reset();
        auto again = openWindow();
        QVERIFY(openAndWait(*again, m_story.id));
        QTRY_VERIFY_WITH_TIMEOUT(again->recoveryBar()->isVisible(), 5000);
        QCOMPARE(again->recoveryBar()->kind(), EditorSession::Recovered::KeptAside);
        Q_EMIT again->recoveryBar()->restoreRequested();
        QTRY_VERIFY_WITH_TIMEOUT(again->document()->article().body.endsWith(u"Mine, kept aside."),
                                 5000);
        QVERIFY(again->document()->undoStack()->canUndo());
        QVERIFY(EditJournal::keptCopies(EditJournal::defaultFolder(), m_archive->path(), m_story.id)
                    .isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(
            m_archive->store().article(m_story.id)->body.endsWith(u"Mine, kept aside."), 5000);
    }
};

QTEST_MAIN(TestRecovery)
#include "tst_recovery.moc"
