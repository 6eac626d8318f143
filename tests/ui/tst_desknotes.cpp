// The desk's workflow in the editor: the Assignee field (an undoable edit like any other)
// and the Desk notes section (read and added through the gateway, off the GUI thread), on a
// real archive file.
#include "TestArchive.h"
#include "TestGateway.h"
#include "editor/ArticleDetails.h"
#include "editor/ArticleDocument.h"
#include "editor/DeskNotesPanel.h"
#include "io/UserName.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>
#include <QWheelEvent>
#include <algorithm>

using namespace newsroom;
using namespace newsroom::test;

class TestDeskNotes : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void assigneeIsAnUndoableEdit()
    {
        ArticleDocument document;
        document.load(makeArticle(QStringLiteral("Assign Me")));
        ArticleDetails details(document);
        details.setAssignableUsers({QStringLiteral("ana"), QStringLiteral("ben")});
        auto *combo = qobject_cast<QComboBox *>(details.inputFor(ArticleField::Assignee));
        QVERIFY(combo);
        QCOMPARE(combo->currentText(), QString());
        QCOMPARE(combo->lineEdit()->accessibleName(), QStringLiteral("Assigned to"));

        combo->setCurrentIndex(1);
        Q_EMIT combo->activated(1);
        QCOMPARE(document.article().assignee, QStringLiteral("ben"));
        QCOMPARE(document.undoStack()->undoText(), QStringLiteral("Assign to ben"));

        // A name typed, taken when typing ends (not a letter at a time).
        combo->lineEdit()->selectAll();
        QTest::keyClicks(combo->lineEdit(), QStringLiteral("  night desk "));
        QCOMPARE(document.article().assignee, QStringLiteral("ben"));
        Q_EMIT combo->lineEdit()->editingFinished();
        QCOMPARE(document.article().assignee, QStringLiteral("night desk"));

        document.undoStack()->undo();
        QCOMPARE(document.article().assignee, QStringLiteral("ben"));
        QCOMPARE(combo->currentText(), QStringLiteral("ben"));
        document.undoStack()->undo();
        QCOMPARE(document.article().assignee, QString());
        QCOMPARE(combo->currentText(), QString());
        // The list of names changing keeps what is shown.
        document.undoStack()->redo();
        details.setAssignableUsers({QStringLiteral("cleo")});
        QCOMPARE(combo->currentText(), QStringLiteral("ben"));
        QCOMPARE(document.article().assignee, QStringLiteral("ben"));

        // The wheel, scrolling the panel past the field, picks nobody else.
        QVERIFY(!combo->hasFocus());
        QWheelEvent wheel(QPointF(5, 5), combo->mapToGlobal(QPointF(5, 5)), QPoint(),
                          QPoint(0, -120), Qt::NoButton, Qt::NoModifier, Qt::NoScrollPhase, false);
        QApplication::sendEvent(combo, &wheel);
        QCOMPARE(document.article().assignee, QStringLiteral("ben"));
        QCOMPARE(combo->currentText(), QStringLiteral("ben"));
        // Nor does it set the status (found scrolling the panel under Xvfb: Draft became
        // Ready, then Published was asked for) or the length target.
        const ArticleStatus status = document.article().status;
        const int target = document.article().wordTarget;
        for (ArticleField field : {ArticleField::Status, ArticleField::WordTarget,
                                   ArticleField::Section, ArticleField::PublishedAt}) {
            QWidget *input = details.inputFor(field);
            QVERIFY(!input->hasFocus());
            for (QPoint step : {QPoint(0, -120), QPoint(0, 120)}) {
                QWheelEvent turn(QPointF(5, 5), input->mapToGlobal(QPointF(5, 5)), QPoint(), step,
                                 Qt::NoButton, Qt::NoModifier, Qt::NoScrollPhase, false);
                QApplication::sendEvent(input, &turn);
            }
        }
        QCOMPARE(document.article().status, status);
        QCOMPARE(document.article().wordTarget, target);
        QCOMPARE(document.undoStack()->count(), 2); // the two assignments, nothing more
    }

    void notesAreShownAndAddedThroughTheGateway()
    {
        TestArchive archive;
        Article article = archive.saved(makeArticle(QStringLiteral("Council Budget")));
        article.status = ArticleStatus::InReview;
        article = archive.saved(article);
        QVERIFY(archive.store().addNote(article.id, QStringLiteral("cut to 600 words")));
        auto gateway = openGateway(archive.path());
        ArticleDocument document;
        DeskNotesPanel notes(*gateway, document);
        QCOMPARE(notes.notesList()->count(), 0);
        QVERIFY(!notes.noteInput()->isEnabled()); // a new article: nothing to note yet

        document.load(article);
        QTRY_COMPARE(notes.notesList()->count(), 1);
        QVERIFY(
            notes.notesList()->item(0)->text().startsWith(QStringLiteral("cut to 600 words\n")));
        QVERIFY(notes.notesList()->item(0)->text().contains(username::current()));
        QVERIFY2(notes.statusChange()->text().startsWith(QStringLiteral("In review since")),
                 qPrintable(notes.statusChange()->text()));
        QVERIFY(notes.statusChange()->text().contains(username::current()));
        for (QWidget *widget : std::initializer_list<QWidget *>{
                 notes.notesList(), notes.noteInput(), notes.addButton()})
            QVERIFY(!widget->accessibleName().isEmpty());

        QVERIFY(notes.noteInput()->isEnabled());
        QVERIFY(!notes.addButton()->isEnabled()); // nothing typed
        QTest::keyClicks(notes.noteInput(), QStringLiteral("legal checked"));
        QVERIFY(notes.addButton()->isEnabled());
        QSignalSpy added(&notes, &DeskNotesPanel::noteAdded);
        QTest::keyClick(notes.noteInput(), Qt::Key_Return);
        QVERIFY(added.wait());
        QCOMPARE(notes.notesList()->count(), 2);
        QVERIFY(notes.notesList()->item(1)->text().startsWith(QStringLiteral("legal checked\n")));
        QCOMPARE(notes.noteInput()->text(), QString());
        auto thread = archive.store().deskThread(article.id);
        QCOMPARE(thread->notes.size(), 2);
        QCOMPARE(thread->notes.back().text, QStringLiteral("legal checked"));
        QCOMPARE(document.undoStack()->count(), 0); // a note is not an edit

        // Refused: said beneath, the text kept to try again.
        QVERIFY(archive.store().moveToTrash(article.id));
        QTest::keyClicks(notes.noteInput(), QStringLiteral("too late"));
        notes.addButton()->click();
        QTRY_VERIFY(!notes.findChildren<QLabel *>().isEmpty() &&
                    std::ranges::any_of(notes.findChildren<QLabel *>(), [](QLabel *label) {
                        return label->isVisibleTo(label->window()) &&
                               label->text().contains(QStringLiteral("in the trash"));
                    }));
        QCOMPARE(notes.noteInput()->text(), QStringLiteral("too late"));
        QCOMPARE(notes.notesList()->count(), 2);
        QVERIFY(settled(*gateway));
    }
};

QTEST_MAIN(TestDeskNotes)
#include "tst_desknotes.moc"
