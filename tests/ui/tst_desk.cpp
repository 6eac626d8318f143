// The writing desk: the story gets the room (lines of body text at the first-start window
// on 1280x720 and 1600x1000 screens), the panels fold away and come back where they were,
// the outline jumps, focus mode dims, typewriter scrolling centres, headlines wrap.

#include "DeskLayout.h"
#include "EditorTest.h"
#include "TestArchive.h"
#include "TestGateway.h"
#include "WebEngineTest.h"
#include "editor/ArticleDetails.h"
#include "editor/ChecklistPanel.h"
#include "editor/LengthProgress.h"
#include "editor/OutlinePanel.h"
#include "model/WordCount.h"

#include <QAccessible>
#include <QAction>
#include <QApplication>
#include <QDialog>
#include <QDockWidget>
#include <QLineEdit>
#include <QListWidget>
#include <QScrollBar>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStatusBar>
#include <QTextBlock>
#include <QTimer>
#include <QUndoStack>

using namespace newsroom;
using namespace newsroom::test;

class TestDesk : public QObject
{
    Q_OBJECT

    static QString longBody()
    {
        QStringList paragraphs;
        for (int i = 1; i <= 60; ++i) {
            if (i % 15 == 1)
                paragraphs << QStringLiteral("## Part %1").arg(i / 15 + 1);
            paragraphs << QStringLiteral("Paragraph %1 tells what the harbor master saw from the "
                                         "pier as the water rose over the quay.")
                              .arg(i);
        }
        return paragraphs.join(QStringLiteral("\n\n"));
    }

    std::unique_ptr<MainWindow> openWindow(const QSize &screen)
    {
        auto window =
            std::make_unique<MainWindow>(test::openGateway(m_archive->path()), m_archive->path());
        // The window a first start makes on a screen of that size (the offscreen platform's
        // own screen is smaller), with the panels in their first-start places.
        window->setGeometry(DeskLayout::firstStartGeometry(QRect(QPoint(0, 0), screen)));
        window->desk()->arrangeDefault();
        window->show();
        if (!QTest::qWaitForWindowExposed(window.get()) || !openAndWait(*window, m_story.id))
            return nullptr;
        return window;
    }

public:
    static void initMain() { prepareWebEngine(); }

private Q_SLOTS:
    void init()
    {
        m_archive = std::make_unique<TestArchive>();
        QDir(EditJournal::defaultFolder()).removeRecursively();
        QFile::remove(QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation) +
                      QStringLiteral("/newsroom/newsroom.conf")); // every test starts afresh
        m_story = m_archive->saved(makeArticle(
            QStringLiteral("Harbor master orders every ferry to stay in port as storm nears"),
            longBody()));
    }

    void cleanup() { m_archive.reset(); }

    void theFirstWindowFitsTheScreen_data()
    {
        QTest::addColumn<QRect>("screen");
        QTest::newRow("1280x720") << QRect(0, 0, 1280, 720);
        QTest::newRow("1600x1000") << QRect(0, 0, 1600, 1000);
        QTest::newRow("offset, with a panel") << QRect(1920, 32, 1366, 736);
    }

    void theFirstWindowFitsTheScreen()
    {
        QFETCH(QRect, screen);
        const QRect window = DeskLayout::firstStartGeometry(screen);
        QVERIFY(screen.contains(window));
        QVERIFY(window.width() >= screen.width() * 9 / 10);
        QVERIFY(window.height() >= screen.height() * 9 / 10);
    }

    void theStoryGetsTheRoom_data()
    {
        QTest::addColumn<QSize>("screen");
        QTest::addColumn<int>("lines");
        QTest::newRow("1280x720") << QSize(1280, 720) << 20;
        QTest::newRow("1600x1000") << QSize(1600, 1000) << 35;
    }

    void theStoryGetsTheRoom()
    {
        QFETCH(QSize, screen);
        QFETCH(int, lines);
        auto window = openWindow(screen);
        QVERIFY(window);
        BodyEditor *body = window->editor()->body();
        QTRY_VERIFY(body->visibleLineCount() > 0);
        // The panels beside it keep a useful width: the list and the preview.
        QTRY_VERIFY(window->desk()->dock(DeskLayout::Panel::Preview)->width() >=
                    window->width() / 4);
        QVERIFY(window->desk()->dock(DeskLayout::Panel::Archive)->width() >= window->width() / 6);
        qInfo("%dx%d: %d lines of body text, a text column %d px wide", screen.width(),
              screen.height(), body->visibleLineCount(), body->viewport()->width());
        QVERIFY2(body->visibleLineCount() >= lines,
                 qPrintable(QStringLiteral("%1 lines").arg(body->visibleLineCount())));
        // A readable measure: the column holds no more than about 90 average characters.
        QVERIFY(body->viewport()->width() <= 94 * body->fontMetrics().averageCharWidth());
        // The 66-character headline is seen whole, wrapped if it must be.
        QCOMPARE(window->editor()->headline()->verticalScrollBar()->maximum(), 0);
        QCOMPARE(window->editor()->headline()->text(), m_story.headline);
    }

    void aLongHeadlineWraps()
    {
        auto window = openWindow(QSize(1280, 720));
        QVERIFY(window);
        WrappingLineEdit *headline = window->editor()->headline();
        const int oneLine = headline->height();
        headline->setFocus();
        headline->end(false);
        QTest::keyClicks(headline, QStringLiteral(", and the coast guard closes the bay until "
                                                  "the wind drops below gale"));
        QTRY_VERIFY(headline->height() > oneLine);
        QCOMPARE(headline->verticalScrollBar()->maximum(), 0);
        QVERIFY(window->document()->article().headline.endsWith(QStringLiteral("below gale")));
        qInfo("a %lld-character headline in %d lines", qsizetype(headline->text().size()),
              headline->height() / headline->fontMetrics().lineSpacing());
        QTest::keyClick(headline, Qt::Key_Return); // no second paragraph: on to the next field
        QVERIFY(!headline->text().contains(QLatin1Char('\n')));
        QVERIFY(!headline->hasFocus());
    }

    void panelsFoldAwayAndComeBackWhereTheyWere()
    {
        {
            auto window = openWindow(QSize(1280, 720));
            QVERIFY(window);
            QDockWidget *details = window->desk()->dock(DeskLayout::Panel::Details);
            QDockWidget *outline = window->desk()->dock(DeskLayout::Panel::Outline);
            QVERIFY(details->isVisible());
            details->toggleViewAction()->trigger();
            QVERIFY(!details->isVisible());
            window->addDockWidget(Qt::RightDockWidgetArea, outline);
            window->close();
        }
        auto again =
            std::make_unique<MainWindow>(test::openGateway(m_archive->path()), m_archive->path());
        again->show();
        QVERIFY(QTest::qWaitForWindowExposed(again.get()));
        QVERIFY(!again->desk()->dock(DeskLayout::Panel::Details)->isVisible());
        QCOMPARE(again->dockWidgetArea(again->desk()->dock(DeskLayout::Panel::Outline)),
                 Qt::RightDockWidgetArea);
        again->desk()->show(DeskLayout::Panel::Details);
        QVERIFY(again->desk()->dock(DeskLayout::Panel::Details)->isVisible());
    }

    void theOutlineJumpsToASection()
    {
        auto window = openWindow(QSize(1280, 720));
        QVERIFY(window);
        QListWidget *list = window->outline()->list();
        QTRY_COMPARE(list->count(), 4);
        QCOMPARE(list->item(2)->text().trimmed(), QStringLiteral("Part 3"));
        list->setFocus();
        list->setCurrentRow(2);
        QTest::keyClick(list, Qt::Key_Return);
        BodyEditor *body = window->editor()->body();
        QCOMPARE(body->textCursor().block().text(), QStringLiteral("## Part 3"));
        QVERIFY(body->hasFocus());
        QCOMPARE(list->currentRow(), 2); // the heading the cursor is under stays marked
    }

    void focusModeDimsAllButTheParagraph()
    {
        auto window = openWindow(QSize(1280, 720));
        QVERIFY(window);
        BodyEditor *body = window->editor()->body();
        body->goToLine(10);
        const QTextBlock current = body->textCursor().block();
        body->setFocusMode(true);
        const auto dimmed = body->extraSelections();
        QCOMPARE(dimmed.size(), 2);
        QCOMPARE(dimmed[0].cursor.selectionStart(), 0);
        QCOMPARE(dimmed[0].cursor.selectionEnd(), current.position());
        QCOMPARE(dimmed[1].cursor.selectionStart(), current.position() + current.length() - 1);
        QVERIFY(dimmed[0].format.foreground().color().alphaF() < 0.5);
        QTest::keyClick(body, Qt::Key_Down);
        QTest::keyClick(body, Qt::Key_Down); // the next paragraph (a blank line between)
        QVERIFY(body->extraSelections()[0].cursor.selectionEnd() > current.position());
        body->setFocusMode(false);
        QVERIFY(body->extraSelections().isEmpty());
    }

    void typewriterScrollingKeepsTheLineInTheMiddle()
    {
        auto window = openWindow(QSize(1280, 720));
        QVERIFY(window);
        BodyEditor *body = window->editor()->body();
        body->setTypewriterScrolling(true);
        body->setFocus();
        body->moveCursor(QTextCursor::Start);
        for (int i = 0; i < 60; ++i)
            QTest::keyClick(body, Qt::Key_Down);
        const int middle = body->viewport()->height() / 2;
        const int line = body->cursorRect().center().y();
        QVERIFY2(std::abs(line - middle) <= body->fontMetrics().lineSpacing(),
                 qPrintable(QStringLiteral("line at %1, middle %2").arg(line).arg(middle)));
    }

    void fullScreenIsF11()
    {
        auto window = openWindow(QSize(1280, 720));
        QVERIFY(window);
        QAction *fullScreen = nullptr;
        for (QAction *action : window->findChildren<QAction *>()) {
            if (action->shortcuts().contains(QKeySequence(Qt::Key_F11)))
                fullScreen = action;
        }
        QVERIFY(fullScreen);
        fullScreen->trigger();
        QVERIFY(window->windowState() & Qt::WindowFullScreen);
        fullScreen->trigger();
        QVERIFY(!(window->windowState() & Qt::WindowFullScreen));
    }

    void detailsEditTheArticle()
    {
        auto window = openWindow(QSize(1280, 720));
        QVERIFY(window);
        auto *byline = qobject_cast<QLineEdit *>(window->details()->inputFor(ArticleField::Byline));
        QVERIFY(byline);
        byline->setFocus();
        byline->selectAll();
        QTest::keyClicks(byline, QStringLiteral("Ana Desk"));
        QCOMPARE(window->document()->article().byline, QStringLiteral("Ana Desk"));
        window->document()->undoStack()->undo();
        QCOMPARE(byline->text(), m_story.byline);
    }

    // The length target is typed in the details (Alt+W), undone like any edit, and the
    // status bar counts the story against it.
    void aLengthTargetShowsProgress()
    {
        auto window = openWindow(QSize(1280, 720));
        QVERIFY(window);
        LengthProgress *length = window->lengthProgress();
        QVERIFY(window->statusBar()->isAncestorOf(length));
        const int words = wordcount::count(m_story.body);
        const int minutes = wordcount::readingMinutes(words);
        QCOMPARE(length->percent(), -1);
        QCOMPARE(length->text(),
                 QStringLiteral("Words: %L1 · Reading time: %2 min").arg(words).arg(minutes));

        window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(window.get()));
        window->editor()->body()->setFocus();
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_W, Qt::AltModifier);
        auto *target =
            qobject_cast<QSpinBox *>(window->details()->inputFor(ArticleField::WordTarget));
        QVERIFY(target);
        QTRY_COMPARE(QApplication::focusWidget(), target);
        target->selectAll();
        QTest::keyClicks(target, QStringLiteral("2000"));
        QCOMPARE(window->document()->article().wordTarget, 2000);
        QCOMPARE(length->text(), QStringLiteral("Words: %L1 of %L2 · Reading time: %3 min")
                                     .arg(words)
                                     .arg(2000)
                                     .arg(minutes));
        QCOMPARE(length->percent(), words * 100 / 2000);
        QVERIFY(!length->isOver());

        window->document()->undoStack()->undo(); // the digits typed are one step
        QCOMPARE(window->document()->article().wordTarget, 0);
        QCOMPARE(target->value(), 0);
        QCOMPARE(length->percent(), -1);

        window->document()->edit(ArticleField::WordTarget, words - 200);
        QCOMPARE(target->value(), words - 200);
        QVERIFY(length->isOver());
        QCOMPARE(length->percent(), 100);
    }

    void aChecklistFindingTakesTheEditorThere()
    {
        auto window = openWindow(QSize(1280, 720));
        QVERIFY(window);
        BodyEditor *body = window->editor()->body();
        body->moveCursor(QTextCursor::End);
        QTest::keyClicks(body, QStringLiteral(" The mayor said TK."));
        auto *byline = qobject_cast<QLineEdit *>(window->details()->inputFor(ArticleField::Byline));
        byline->selectAll();
        QTest::keyClick(byline, Qt::Key_Delete);
        ChecklistPanel *checklist = window->checklist();
        window->desk()->show(DeskLayout::Panel::Checklist);
        checklist->refresh();
        QTRY_VERIFY(!checklist->isChecking() && checklist->findings().size() >= 2);

        auto activate = [&](const QString &code) {
            const auto &findings = checklist->findings();
            for (int row = 0; row < findings.size(); ++row) {
                if (findings[row].code == code) {
                    QListWidget *list = checklist->list();
                    list->setFocus();
                    list->setCurrentRow(row);
                    QTest::keyClick(list, Qt::Key_Return);
                    return true;
                }
            }
            return false;
        };
        QVERIFY(activate(QStringLiteral("placeholder")));
        QVERIFY(body->hasFocus());
        QCOMPARE(body->textCursor().selectedText(), QStringLiteral("TK"));

        window->desk()->dock(DeskLayout::Panel::Details)->hide();
        window->desk()->show(DeskLayout::Panel::Checklist);
        QVERIFY(activate(QStringLiteral("missing-byline")));
        QVERIFY(window->desk()->dock(DeskLayout::Panel::Details)->isVisible());
        QVERIFY(byline->hasFocus());
    }

    // What a screen reader is told about every input a keyboard can reach, panel by panel
    // (the tabbed ones each brought to the front): each has a name.
    void everyInputHasAName()
    {
        auto window = openWindow(QSize(1600, 1000));
        QVERIFY(window);
        QSet<QWidget *> checked;
        QStringList unnamed;
        for (auto panel : {DeskLayout::Panel::Details, DeskLayout::Panel::Related,
                           DeskLayout::Panel::Checklist, DeskLayout::Panel::Pictures}) {
            window->desk()->show(panel);
            QCoreApplication::processEvents();
            for (QWidget *widget : window->findChildren<QWidget *>()) {
                // A widget with a focus proxy never holds the focus itself (the proxy is
                // checked); one that is its parent's proxy is the parent to a screen reader
                // (a combo box's line, a date field's digits).
                if (!widget->isVisible() || !(widget->focusPolicy() & Qt::TabFocus) ||
                    widget->focusProxy() || checked.contains(widget))
                    continue;
                checked.insert(widget);
                QWidget *control =
                    widget->parentWidget() && widget->parentWidget()->focusProxy() == widget
                        ? widget->parentWidget()
                        : widget;
                QAccessibleInterface *seen = QAccessible::queryAccessibleInterface(control);
                const QString name = seen ? seen->text(QAccessible::Name).trimmed() : QString();
                if (name.isEmpty())
                    unnamed << QStringLiteral("%1 %2").arg(
                        QString::fromLatin1(widget->metaObject()->className()),
                        widget->objectName());
            }
        }
        qInfo("%lld inputs reached by the keyboard, %lld without a name", qsizetype(checked.size()),
              qsizetype(unnamed.size()));
        QVERIFY(checked.size() >= 30);
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QStringLiteral(", "))));
    }

    // Tab goes through the whole window and comes back where it started: no table or list
    // keeps it, and every pane that shows (whichever tab of the right-hand panels is in
    // front) is reached on the way.
    void tabReachesEveryPaneAndComesBack_data()
    {
        QTest::addColumn<int>("inFront");
        QTest::newRow("details") << int(DeskLayout::Panel::Details);
        QTest::newRow("related") << int(DeskLayout::Panel::Related);
        QTest::newRow("checklist") << int(DeskLayout::Panel::Checklist);
        QTest::newRow("pictures") << int(DeskLayout::Panel::Pictures);
    }

    void tabReachesEveryPaneAndComesBack()
    {
        QFETCH(int, inFront);
        auto window = openWindow(QSize(1600, 1000));
        QVERIFY(window);
        window->desk()->show(DeskLayout::Panel(inFront));
        window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(window.get()));
        window->editor()->headline()->setFocus();
        QTRY_COMPARE(QApplication::focusWidget(), window->editor()->headline());
        QWidget *start = QApplication::focusWidget();
        QSet<QWidget *> reached;
        int presses = 0;
        do {
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
            if (qEnvironmentVariableIsSet("NEWSROOM_TRACE_TAB"))
                qInfo() << QApplication::focusWidget();
            reached.insert(window->desk()->paneOf(QApplication::focusWidget()));
        } while (QApplication::focusWidget() != start && ++presses < 200);
        qInfo("round trip in %d presses of Tab", presses + 1);
        QCOMPARE(QApplication::focusWidget(), start);
        for (QWidget *pane : window->desk()->visiblePanes()) {
            if (pane != window->desk()->dock(DeskLayout::Panel::Preview)) // F6 reaches it
                QVERIFY2(reached.contains(pane), qPrintable(pane->windowTitle()));
        }
    }

    void f6CyclesThePanes()
    {
        auto window = openWindow(QSize(1280, 720));
        QVERIFY(window);
        window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(window.get()));
        window->editor()->body()->setFocus();
        const QList<QWidget *> panes = window->desk()->visiblePanes();
        QCOMPARE(panes.size(), 5); // story, archive, outline, preview, details (in front)
        for (int i = 1; i <= panes.size(); ++i) {
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_F6);
            QTRY_COMPARE(window->desk()->paneOf(QApplication::focusWidget()),
                         panes[i % panes.size()]);
        }
        QCOMPARE(QApplication::focusWidget(), window->editor()->body()); // the story's text
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_F6, Qt::ShiftModifier);
        QTRY_COMPARE(window->desk()->paneOf(QApplication::focusWidget()), panes.last());
    }

    // Labels' Alt keys go to their fields, and menu keys work from inside a one-line field
    // (Ctrl+E exports even where a line edit would take it as "end of line").
    void mnemonicsAndMenuKeysWorkFromAnyField()
    {
        auto window = openWindow(QSize(1280, 720));
        QVERIFY(window);
        window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(window.get()));
        window->editor()->body()->setFocus();
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Y, Qt::AltModifier);
        QTRY_COMPARE(QApplication::focusWidget(),
                     window->details()->inputFor(ArticleField::Byline));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_G, Qt::AltModifier);
        QTRY_COMPARE(QApplication::focusWidget(), window->details()->inputFor(ArticleField::Tags));

        QAction *exportPage = nullptr;
        for (QAction *action : window->findChildren<QAction *>()) {
            if (action->shortcuts().contains(QKeySequence(Qt::CTRL | Qt::Key_E)))
                exportPage = action;
        }
        QVERIFY(exportPage);
        QSignalSpy triggered(exportPage, &QAction::triggered);
        // The export asks where to save: that dialog is cancelled, nothing is written.
        auto *cancel = new QTimer(window.get());
        cancel->setInterval(20);
        connect(cancel, &QTimer::timeout, cancel, [cancel] {
            if (auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget())) {
                cancel->stop();
                dialog->reject();
            }
        });
        cancel->start();
        auto *tags = QApplication::focusWidget();
        QTest::keyClick(tags, Qt::Key_E, Qt::ControlModifier);
        QCOMPARE(triggered.count(), 1);
    }

private:
    std::unique_ptr<TestArchive> m_archive;
    Article m_story;
};

QTEST_MAIN(TestDesk)
#include "tst_desk.moc"
