// The desktop editor on its real widgets, the real SQLite file and the real Qt WebEngine
// preview, headless: typing reaches the preview and the archive, undo covers every
// field, conflicts are shown and never overwritten, publishing is gated.

#include "EditorTest.h"
#include "MainWindow.h"
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
#include "editor/FindBar.h"
#include "editor/LengthProgress.h"
#include "model/WordCount.h"
#include "preview/PreviewPage.h"
#include "preview/PreviewWidget.h"
#include "recovery/EditJournal.h"
#include "related/RelatedPanel.h"

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QDeadlineTimer>
#include <QDir>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QMessageBox>
#include <QSignalSpy>
#include <QTableView>
#include <QTimer>
#include <QUndoStack>

using namespace newsroom;
using namespace newsroom::test;

class TestEditor : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestArchive> m_archive;
    std::unique_ptr<MainWindow> m_window;
    Article m_story;
    Article m_other;

    QString storyText() const
    {
        return evaluate(m_window->preview()->page(),
                        QStringLiteral("document.getElementById('story').innerText"))
            .toString();
    }

    void waitForPreview()
    {
        QTRY_VERIFY_WITH_TIMEOUT(storyText().contains(m_window->document()->article().headline),
                                 60000);
    }

    QString archivedHeadline(qint64 id) const
    {
        auto other = m_archive->openAgain(); // a second connection, as another process
        return other->article(id)->headline;
    }

    // At the end of the headline, as an editor clicking into it would.
    void typeInHeadline(const QString &text)
    {
        WrappingLineEdit *headline = m_window->editor()->headline();
        headline->end(false);
        QTest::keyClicks(headline, text);
    }

    // Answers the next message box the way an editor would. A timer looks for it from
    // whatever event loop runs, not a nested wait: a box that opens when an archive answer
    // comes runs its exec() on top of that wait, and nothing under it could click.
    static void answerNextMessageBox(QMessageBox::StandardButton button, QString *text = nullptr)
    {
        auto *poll = new QTimer(qApp);
        poll->setInterval(10);
        QObject::connect(
            poll, &QTimer::timeout, poll, [poll, deadline = QDeadlineTimer(10000), button, text] {
                auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
                if (!box && !deadline.hasExpired())
                    return;
                poll->stop();
                poll->deleteLater();
                if (!box)
                    return; // the test's own check says what was missing
                if (text)
                    *text = box->text();
                box->button(button) ? box->button(button)->click() : box->reject();
            });
        poll->start();
    }

public:
    static void initMain() { prepareWebEngine(); }

private Q_SLOTS:
    void init()
    {
        m_archive = std::make_unique<TestArchive>();
        QDir(EditJournal::defaultFolder()).removeRecursively(); // no test offers another's
        Article other = makeArticle(QStringLiteral("Harbor ferry timetable changes"));
        other.status = ArticleStatus::Published;
        m_other = m_archive->saved(other);
        m_story = m_archive->saved(makeArticle(QStringLiteral("Storm closes the harbor"),
                                               QStringLiteral("The first paragraph.\n\n"
                                                              "## Damage\n\nBoats broke loose.")));
        m_window =
            std::make_unique<MainWindow>(test::openGateway(m_archive->path()), m_archive->path());
        m_window->resize(1400, 860);
        m_window->show();
        QVERIFY(openAndWait(*m_window, m_story.id));
        waitForPreview();
    }

    void cleanup() { m_window.reset(); }

    // The headline, then the archive (a file by its name): which story, and where.
    void windowTitleIsTheHeadline()
    {
        const QString archive = QFileInfo(m_archive->path()).fileName();
        QCOMPARE(m_window->windowTitle(), m_story.headline + QStringLiteral(" \u2014 ") + archive);
        typeInHeadline(QStringLiteral(" overnight"));
        QCOMPARE(m_window->windowTitle(),
                 QStringLiteral("Storm closes the harbor overnight \u2014 ") + archive);
        QCOMPARE(m_window->archiveState(), archive); // a file has no role to name
    }

    void typingInTheBodyChangesThePreview()
    {
        BodyEditor *body = m_window->editor()->body();
        body->setFocus();
        body->moveCursor(QTextCursor::End);
        QTest::keyClicks(body, QStringLiteral(" Zebra crossings flooded."));
        QTRY_VERIFY_WITH_TIMEOUT(storyText().contains(QStringLiteral("Zebra crossings flooded.")),
                                 10000);
        // Patched in place: the page was never loaded again.
        QSignalSpy reloads(m_window->preview()->page(), &QWebEnginePage::loadStarted);
        QTest::keyClicks(body, QStringLiteral(" More."));
        QTRY_VERIFY_WITH_TIMEOUT(storyText().contains(QStringLiteral("flooded. More.")), 10000);
        QCOMPARE(reloads.count(), 0);
    }

    // The preview follows the section the cursor is in, and shows phone and tablet widths.
    void previewFollowsTheCursorsSection()
    {
        QString body = QStringLiteral("Lead paragraph.\n\n");
        for (int section = 1; section <= 4; ++section) {
            body += QStringLiteral("## Section %1\n\n").arg(section);
            for (int i = 0; i < 12; ++i)
                body += QStringLiteral("A paragraph of filler text that takes up room.\n\n");
        }
        m_window->document()->edit(ArticleField::Body, body);
        QTRY_VERIFY_WITH_TIMEOUT(storyText().contains(QStringLiteral("Section 4")), 10000);
        const auto scrollY = [this] {
            return evaluate(m_window->preview()->page(), QStringLiteral("window.scrollY"))
                .toDouble();
        };
        BodyEditor *editor = m_window->editor()->body();
        editor->moveCursor(QTextCursor::End);
        QTRY_VERIFY_WITH_TIMEOUT(scrollY() > 500, 10000);
        const double atSectionFour = scrollY();
        QTextCursor cursor = editor->textCursor();
        cursor.setPosition(int(body.indexOf(QStringLiteral("## Section 2"))) + 3);
        editor->setTextCursor(cursor);
        QTRY_VERIFY_WITH_TIMEOUT(scrollY() < atSectionFour && scrollY() > 0, 10000);

        m_window->preview()->setDevice(PreviewWidget::Device::Phone);
        QTRY_COMPARE_WITH_TIMEOUT(
            evaluate(m_window->preview()->page(), QStringLiteral("window.innerWidth")).toInt(),
            PreviewWidget::kPhoneWidth, 10000);
    }

    void relatedItemAppearsInThePreview()
    {
        m_window->relatedPanel()->addArchived(m_other.id);
        QTRY_VERIFY_WITH_TIMEOUT(
            evaluate(m_window->preview()->page(),
                     QStringLiteral("document.querySelector('.related').innerText"))
                .toString()
                .contains(m_other.headline),
            10000);
        // The link comes a moment after the text: the archive is asked for the page's name.
        QTRY_COMPARE_WITH_TIMEOUT(
            evaluate(m_window->preview()->page(),
                     QStringLiteral("document.querySelector('.related a').getAttribute('href')"))
                .toString(),
            m_other.slug + QStringLiteral(".html"), 10000);
    }

    void autosaveReachesTheFile()
    {
        typeInHeadline(QStringLiteral(" at dawn"));
        // No save command: the autosave does it within a second of the last keystroke.
        QTRY_COMPARE_WITH_TIMEOUT(archivedHeadline(m_story.id),
                                  QStringLiteral("Storm closes the harbor at dawn"), 3000);
        // The file has it once the worker commits; the window takes the result a moment later.
        QTRY_VERIFY_WITH_TIMEOUT(!m_window->autosaver()->hasUnsavedChanges(), 3000);
    }

    // Typing without a pause never lets the idle timer fire; the one-second deadline
    // still saves, so a crash or kill -9 loses at most the last second.
    void steadyTypingStillSavesEverySecond()
    {
        WrappingLineEdit *headline = m_window->editor()->headline();
        headline->end(false);
        bool savedWhileTyping = false;
        for (int i = 0; i < 20 && !savedWhileTyping; ++i) {
            QTest::keyClick(headline, Qt::Key_A);
            QTest::qWait(100); // an editor's pace: faster than the idle delay
            savedWhileTyping = archivedHeadline(m_story.id) != m_story.headline;
        }
        QVERIFY(savedWhileTyping);
    }

    void closingSavesAtOnce()
    {
        typeInHeadline(QStringLiteral(" again"));
        m_window->close(); // before the autosave's timers fire
        QCOMPARE(archivedHeadline(m_story.id), QStringLiteral("Storm closes the harbor again"));
    }

    void undoCoversEveryField()
    {
        QUndoStack *undo = m_window->document()->undoStack();
        typeInHeadline(QStringLiteral(" tonight"));
        BodyEditor *body = m_window->editor()->body();
        body->moveCursor(QTextCursor::End);
        QTest::keyClicks(body, QStringLiteral(" Extra."));
        m_window->relatedPanel()->addArchived(m_other.id);
        // Typing merges into one step a field; the addition lands when the archive answers.
        QTRY_COMPARE(undo->count(), 3);

        undo->undo();
        QVERIFY(m_window->document()->article().related.isEmpty());
        undo->undo();
        QCOMPARE(body->toPlainText(), m_story.body);
        undo->undo();
        QCOMPARE(m_window->editor()->headline()->text(), m_story.headline);
        QTRY_COMPARE_WITH_TIMEOUT(archivedHeadline(m_story.id), m_story.headline, 3000);
        undo->redo();
        QCOMPARE(m_window->editor()->headline()->text(),
                 QStringLiteral("Storm closes the harbor tonight"));
    }

    void ctrlZInALineEditUsesTheArticleHistory()
    {
        WrappingLineEdit *headline = m_window->editor()->headline();
        headline->setFocus();
        typeInHeadline(QStringLiteral(" X"));
        BodyEditor *body = m_window->editor()->body();
        body->moveCursor(QTextCursor::End);
        QTest::keyClicks(body, QStringLiteral(" Y"));
        headline->setFocus();
        QTest::keySequence(headline, QKeySequence::Undo); // takes back the body, the last step
        QCOMPARE(body->toPlainText(), m_story.body);
        QCOMPARE(headline->text(), m_story.headline + QStringLiteral(" X"));
    }

    void replaceAllIsOneUndoStep()
    {
        FindBar *find = m_window->editor()->findBar();
        find->setFindText(QStringLiteral("paragraph"));
        find->setReplaceText(QStringLiteral("sentence"));
        QCOMPARE(find->replaceAll(), 1);
        QVERIFY(m_window->document()->article().body.contains(QStringLiteral("first sentence")));
        m_window->document()->undoStack()->undo();
        QCOMPARE(m_window->document()->article().body, m_story.body);
    }

    void conflictIsShownAndNothingOverwritten()
    {
        Article theirs = *m_archive->store().article(m_story.id);
        theirs.headline = QStringLiteral("Changed in another window");
        QVERIFY(m_archive->store().save(theirs));

        typeInHeadline(QStringLiteral(" mine"));
        QTRY_VERIFY_WITH_TIMEOUT(m_window->conflictBar()->isVisible(), 3000);
        QVERIFY(m_window->conflictBar()->message().contains(QStringLiteral("changed elsewhere")));
        QVERIFY(m_window->autosaver()->isInConflict());
        typeInHeadline(QStringLiteral(" still"));
        QVERIFY(!m_window->autosaver()->saveNow()); // refused while in conflict
        QCOMPARE(archivedHeadline(m_story.id), QStringLiteral("Changed in another window"));

        // The editor decides: keep mine; theirs stays in the history.
        m_window->autosaver()->overwriteConflict();
        QTRY_COMPARE_WITH_TIMEOUT(archivedHeadline(m_story.id),
                                  QStringLiteral("Storm closes the harbor mine still"), 5000);
        const auto revisions = m_archive->store().revisions(m_story.id);
        QVERIFY(std::any_of(revisions->begin(), revisions->end(), [](const Revision &r) {
            return r.headline == QStringLiteral("Changed in another window");
        }));
    }

    void publishingIsBlockedOnErrors()
    {
        m_window->document()->edit(ArticleField::Byline, QString());
        QString shown;
        answerNextMessageBox(QMessageBox::Ok, &shown);
        m_window->requestPublish(); // the checklist's verdict comes from the archive's lane
        QTRY_VERIFY_WITH_TIMEOUT(shown.contains(QStringLiteral("no byline")), 5000);
        QCOMPARE(m_window->document()->article().status, ArticleStatus::Draft);
    }

    void publishingAsksOnWarnings()
    {
        // Only warnings left: no related articles.
        QString asked;
        answerNextMessageBox(QMessageBox::No, &asked);
        m_window->requestPublish();
        QTRY_VERIFY_WITH_TIMEOUT(asked.contains(QStringLiteral("related")), 5000);
        QCOMPARE(m_window->document()->article().status, ArticleStatus::Draft);
        answerNextMessageBox(QMessageBox::Yes);
        m_window->requestPublish();
        QTRY_COMPARE_WITH_TIMEOUT(m_window->document()->article().status, ArticleStatus::Published,
                                  5000);
        QTRY_COMPARE_WITH_TIMEOUT(m_archive->openAgain()->article(m_story.id)->status,
                                  ArticleStatus::Published, 3000);
        // The history says when it was published, whatever the timed interval.
        const auto revisions = m_archive->openAgain()->revisions(m_story.id);
        QVERIFY(revisions);
        QCOMPARE(revisions->first().kind, RevisionKind::Published);
        QCOMPARE(revisions->first().previousStatus, std::optional(ArticleStatus::Draft));
    }

    void restoringARevisionIsUndoable()
    {
        typeInHeadline(QStringLiteral(" v2"));
        QVERIFY(m_window->saveNow());
        Article version1 = *m_archive->store().revision(m_story.id, m_story.version);
        version1.restoredFrom = version1.version; // as the revisions dialog hands it over
        m_window->document()->replaceContent(version1, QStringLiteral("Restore"));
        QCOMPARE(m_window->editor()->headline()->text(), m_story.headline);
        // The autosave keeps it as a restore of that version.
        QVERIFY(m_window->saveNow());
        auto revisions = m_archive->store().revisions(m_story.id);
        QCOMPARE(revisions->first().kind, RevisionKind::Restored);
        QCOMPARE(revisions->first().restoredFrom, m_story.version);
        QCOMPARE(revisions->first().headline, m_story.headline);
        m_window->document()->undoStack()->undo();
        QCOMPARE(m_window->editor()->headline()->text(), m_story.headline + QStringLiteral(" v2"));
        // Undone, it is an edit like any other.
        QVERIFY(m_window->saveNow());
        revisions = m_archive->store().revisions(m_story.id);
        QCOMPARE(revisions->first().kind, RevisionKind::Timed);
        QCOMPARE(revisions->first().headline, m_story.headline + QStringLiteral(" v2"));
        QCOMPARE(revisions->at(1).kind, RevisionKind::Restored); // kept
    }

    void newArticleIsSavedOnceTyped()
    {
        const qint64 before = *m_archive->store().count({});
        QTRY_VERIFY(m_window->browser()->view()->selectionModel()->hasSelection());
        m_window->newArticle();
        QVERIFY(m_window->windowTitle().startsWith(QStringLiteral("Untitled Article \u2014 ")));
        // The article opened before no longer looks open.
        QTRY_VERIFY(!m_window->browser()->view()->selectionModel()->hasSelection());
        QVERIFY(m_window->saveNow());
        QCOMPARE(*m_archive->store().count({}), before); // nothing typed, nothing kept
        typeInHeadline(QStringLiteral("Fresh story"));
        QTRY_COMPARE_WITH_TIMEOUT(*m_archive->openAgain()->count({}), before + 1, 3000);
        // The file has it once the worker commits; the window adopts the id a moment later.
        QTRY_VERIFY_WITH_TIMEOUT(m_window->document()->article().id > 0, 3000);
        QCOMPARE(m_window->document()->article().slug, QStringLiteral("fresh-story"));
        // Once saved it joins the list, selected.
        QTRY_VERIFY_WITH_TIMEOUT(m_window->browser()->view()->selectionModel()->hasSelection(),
                                 3000);
        const QModelIndex selected =
            m_window->browser()->view()->selectionModel()->selectedRows().value(0);
        QCOMPARE(m_window->browser()->model()->rowOf(m_window->document()->article().id),
                 selected.row());
    }

    // The autosave runs on a worker thread: switching articles while it saves must neither
    // lose the last keystrokes nor save the first article twice.
    void switchingWhileSavingKeepsOneCopy()
    {
        const qint64 before = *m_archive->store().count({});
        m_window->newArticle();
        typeInHeadline(QStringLiteral("Draft one"));
        QTRY_COMPARE_WITH_TIMEOUT(*m_archive->openAgain()->count({}), before + 1, 3000);
        typeInHeadline(QStringLiteral(" more"));
        m_window->newArticle();
        QCOMPARE(m_window->document()->article().id, 0);
        const auto listed = [this] {
            const QList<ArticleSummary> rows = *m_archive->openAgain()->list({});
            return std::any_of(rows.begin(), rows.end(), [](const ArticleSummary &row) {
                return row.headline == QStringLiteral("Draft one more");
            });
        };
        QTRY_VERIFY_WITH_TIMEOUT(listed(), 5000); // saved behind the switch, not lost
        QCOMPARE(*m_archive->openAgain()->count({}), before + 1);
    }

    void deleteGoesToTheTrashAndComesBack()
    {
        m_window->deleteArticle();
        QTRY_VERIFY_WITH_TIMEOUT(m_archive->openAgain()->summary(m_story.id)->trashed, 5000);
        QTRY_VERIFY_WITH_TIMEOUT(m_window->document()->article().id != m_story.id, 5000);
        QVERIFY(m_archive->store().restoreFromTrash(m_story.id));
        QVERIFY(!m_archive->openAgain()->summary(m_story.id)->trashed);
    }

    void wordCountAndReadingTime()
    {
        QCOMPARE(wordcount::count(QStringLiteral("One two, three-four; five's")), 4);
        QCOMPARE(wordcount::count(QStringLiteral("See [the new quay](https://example.org/a-b-c).")),
                 4);
        QString words;
        for (int i = 0; i < 500; ++i)
            words += QStringLiteral("word ");
        m_window->document()->edit(ArticleField::Body, words);
        QCOMPARE(m_window->lengthProgress()->text(),
                 QStringLiteral("Words: 500 · Reading time: 2 min"));
    }
};

QTEST_MAIN(TestEditor)
#include "tst_editor.moc"
