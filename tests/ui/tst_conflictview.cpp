// The conflict view: two windows on one archive, B with unsaved text when A's save lands.
// B's Compare… lists exactly the fields that differ, side by side, and writes nothing until
// the editor chooses; Keep Mine, Take Theirs and a merge picked field by field each leave
// the archive as the editor asked, theirs kept in the history.

#include "ArchiveGateway.h"
#include "EditorTest.h"
#include "MainWindow.h"
#include "TestArchive.h"
#include "TestGateway.h"
#include "WebEngineTest.h"
#include "conflict/ConflictDialog.h"
#include "conflict/ConflictMerge.h"
#include "conflict/ConflictResolver.h"
#include "conflict/ParagraphMerge.h"
#include "editor/ArticleDocument.h"
#include "editor/Autosaver.h"
#include "editor/ConflictBar.h"
#include "recovery/EditJournal.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollBar>
#include <QTextBrowser>
#include <QUndoStack>
#include <algorithm>

using namespace newsroom;
using namespace newsroom::test;

namespace {
const QString kOurDek = QStringLiteral("B's dek, not saved yet");
const QString kOurBody = QStringLiteral("The first paragraph.\n\nB adds a second one.");
const QString kTheirHeadline = QStringLiteral("Changed by A");
const QString kTheirBody = QStringLiteral("The first paragraph, as A corrected it.");
const QStringList kTheirTags{QStringLiteral("climate"), QStringLiteral("transport")};
} // namespace

class TestConflictView : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestArchive> m_archive;
    Article m_story;
    Article m_theirs;
    std::unique_ptr<MainWindow> m_a;
    std::unique_ptr<MainWindow> m_b;

    std::unique_ptr<MainWindow> openWindow()
    {
        auto window = openWindowOn(*m_archive);
        window->resize(1280, 720);
        return window;
    }

    qint64 storedVersion() { return m_archive->store().version(m_story.id).value_or(-1); }

    // B edits the dek and the body; A saves a new headline, tags and body first.
    bool meetTheirSave()
    {
        if (!openAndWait(*m_a, m_story.id) || !openAndWait(*m_b, m_story.id))
            return false;
        m_b->document()->edit(ArticleField::Dek, kOurDek);
        m_b->document()->edit(ArticleField::Body, kOurBody);
        Article theirs = *m_archive->store().article(m_story.id);
        theirs.headline = kTheirHeadline;
        theirs.tags = kTheirTags;
        theirs.body = kTheirBody;
        auto saved = m_archive->store().save(theirs);
        if (!saved)
            return false;
        m_theirs = *saved;
        return QTest::qWaitFor([this] { return m_b->conflictBar()->isVisible(); }, 5000);
    }

    ConflictDialog *openConflictView()
    {
        if (!meetTheirSave())
            return nullptr;
        auto *compare = m_b->conflictBar()->findChild<QPushButton *>(QStringLiteral("compare"));
        auto *resolver = m_b->findChild<ConflictResolver *>();
        if (!compare || !resolver)
            return nullptr;
        QTest::mouseClick(compare, Qt::LeftButton);
        const bool shown =
            QTest::qWaitFor([resolver] { return resolver->dialog() != nullptr; }, 5000);
        return shown ? resolver->dialog() : nullptr;
    }

public:
    static void initMain() { prepareWebEngine(); }

private Q_SLOTS:
    void init()
    {
        m_archive = std::make_unique<TestArchive>();
        QDir(EditJournal::defaultFolder()).removeRecursively();
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

    void listsExactlyTheFieldsThatDiffer()
    {
        ConflictDialog *dialog = openConflictView();
        QVERIFY(dialog);
        QCOMPARE(dialog->fields(), (QStringList{QStringLiteral("headline"), QStringLiteral("dek"),
                                                QStringLiteral("tags"), QStringLiteral("body")}));
        // Who changed what, from the version B's text started from: only theirs is theirs
        // by default.
        QVERIFY(
            dialog->choice(QStringLiteral("headline"), ConflictDialog::Side::Theirs)->isChecked());
        QVERIFY(dialog->choice(QStringLiteral("tags"), ConflictDialog::Side::Theirs)->isChecked());
        QVERIFY(dialog->choice(QStringLiteral("dek"), ConflictDialog::Side::Mine)->isChecked());
        QVERIFY(dialog->choice(QStringLiteral("body"), ConflictDialog::Side::Mine)->isChecked());
        QVERIFY(!dialog->choice(QStringLiteral("dek"), ConflictDialog::Side::Edited));
        const auto titles = dialog->findChildren<QLabel *>();
        QVERIFY(std::any_of(titles.begin(), titles.end(), [this](QLabel *label) {
            return label->text().startsWith(
                QStringLiteral("Theirs (version %1, saved").arg(m_theirs.version));
        }));
        // The body, word by word: A's words underlined on the right, B's struck on the left.
        const auto browsers = dialog->findChildren<QTextBrowser *>();
        QCOMPARE(browsers.size(), 2);
        QVERIFY(browsers[0]->toHtml().contains(u"line-through"));
        QVERIFY(browsers[0]->toPlainText().contains(u"B adds a second one."));
        QVERIFY(browsers[1]->toHtml().contains(u"underline"));
        QVERIFY(browsers[1]->toPlainText().contains(u"as A corrected it"));
        QCOMPARE(storedVersion(), m_theirs.version);
    }

    // The editor may look as long as they like: the archive keeps their version alone.
    void nothingIsWrittenBeforeAChoice()
    {
        ConflictDialog *dialog = openConflictView();
        QVERIFY(dialog);
        m_b->document()->edit(ArticleField::Byline, QStringLiteral("Typed while comparing"));
        // The journal's deadline comes after the autosave's: once it holds the byline, the
        // autosave has had its turn.
        QTRY_VERIFY_WITH_TIMEOUT(journalText().contains(u"Typed while comparing"), 5000);
        QTRY_COMPARE(m_b->gateway()->pendingRequests(), 0);
        QCOMPARE(storedVersion(), m_theirs.version);
        dialog->reject();
        QVERIFY(m_b->autosaver()->isInConflict());
        QVERIFY(m_b->conflictBar()->isVisible());
        QTRY_COMPARE(m_b->gateway()->pendingRequests(), 0);
        QCOMPARE(storedVersion(), m_theirs.version);
        QCOMPARE(m_archive->store().article(m_story.id)->headline, kTheirHeadline);
    }

    void keepMineSavesMineAfterTheirs()
    {
        ConflictDialog *dialog = openConflictView();
        QVERIFY(dialog);
        QTest::mouseClick(dialog->keepMineButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(storedVersion(), m_theirs.version + 1, 5000);
        const Article stored = *m_archive->store().article(m_story.id);
        QCOMPARE(stored.headline, m_story.headline);
        QCOMPARE(stored.dek, kOurDek);
        QCOMPARE(stored.body, kOurBody);
        const auto kept = m_archive->store().revision(m_story.id, m_theirs.version);
        QVERIFY(kept);
        QCOMPARE(kept->headline, kTheirHeadline);
        QCOMPARE(kept->body, kTheirBody);
        QVERIFY(!m_b->autosaver()->isInConflict());
        QTRY_VERIFY(!m_b->conflictBar()->isVisible());
    }

    void takeTheirsShowsTheirsAndKeepsMineAside()
    {
        ConflictDialog *dialog = openConflictView();
        QVERIFY(dialog);
        QTest::mouseClick(dialog->takeTheirsButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(m_b->document()->article().headline, kTheirHeadline, 5000);
        QCOMPARE(m_b->document()->article().dek, m_theirs.dek);
        QCOMPARE(m_b->document()->article().version, m_theirs.version);
        QVERIFY(!m_b->autosaver()->isInConflict());
        const QList<EditJournal::Entry> kept =
            EditJournal::keptCopies(EditJournal::defaultFolder(), m_archive->path(), m_story.id);
        QCOMPARE(kept.size(), 1);
        QCOMPARE(kept.first().article.dek, kOurDek);
        QTRY_COMPARE(m_b->gateway()->pendingRequests(), 0);
        QCOMPARE(storedVersion(), m_theirs.version);
    }

    // Headline from theirs, tags and dek from mine, the body written in the view: one undo
    // step in the editor, saved as the version after theirs, and the next save is ordinary.
    void mergePicksFieldByFieldOnTopOfTheirs()
    {
        ConflictDialog *dialog = openConflictView();
        QVERIFY(dialog);
        const int steps = m_b->document()->undoStack()->count();
        QRadioButton *mineTags = dialog->choice(QStringLiteral("tags"), ConflictDialog::Side::Mine);
        mineTags->setFocus();
        QTest::keyClick(mineTags, Qt::Key_Space);
        QVERIFY(mineTags->isChecked());
        const QString merged =
            QStringLiteral("The first paragraph, as A corrected it.\n\nB adds a second one.");
        QPlainTextEdit *body = dialog->mergedBody();
        body->selectAll();
        QTest::keyClicks(body, QStringLiteral("The first paragraph, as A corrected it."));
        QTest::keyClick(body, Qt::Key_Return);
        QTest::keyClick(body, Qt::Key_Return);
        QTest::keyClicks(body, QStringLiteral("B adds a second one."));
        QVERIFY(dialog->choice(QStringLiteral("body"), ConflictDialog::Side::Edited)->isChecked());
        QTest::mouseClick(dialog->mergeButton(), Qt::LeftButton);

        QTRY_COMPARE_WITH_TIMEOUT(storedVersion(), m_theirs.version + 1, 5000);
        const Article stored = *m_archive->store().article(m_story.id);
        QCOMPARE(stored.headline, kTheirHeadline);
        QCOMPARE(stored.tags, m_story.tags);
        QCOMPARE(stored.dek, kOurDek);
        QCOMPARE(stored.body, merged);
        QVERIFY(!m_b->autosaver()->isInConflict());
        QTRY_VERIFY(!m_b->conflictBar()->isVisible());
        QCOMPARE(m_archive->store().revision(m_story.id, m_theirs.version)->headline,
                 kTheirHeadline);
        QUndoStack *undo = m_b->document()->undoStack();
        QCOMPARE(undo->count(), steps + 1);
        QCOMPARE(undo->undoText(), QStringLiteral("Merge with Their Version"));

        // The next edit saves as the version after that, with no conflict.
        QTRY_COMPARE(m_b->document()->article().version, m_theirs.version + 1);
        m_b->document()->edit(ArticleField::Byline, QStringLiteral("After the merge"));
        QTRY_COMPARE_WITH_TIMEOUT(storedVersion(), m_theirs.version + 2, 5000);
        QCOMPARE(m_archive->store().article(m_story.id)->byline, QStringLiteral("After the merge"));
        QVERIFY(!m_b->autosaver()->isInConflict());
    }

    // Every field the comparison can list can be taken from theirs, and only those picked are.
    void aMergeTakesOnlyThePickedFields()
    {
        Article mine = makeArticle(QStringLiteral("Mine"));
        mine.id = 7;
        mine.version = 3;
        Article theirs = makeArticle(QStringLiteral("Theirs"), QStringLiteral("Their body."));
        theirs.id = 7;
        theirs.version = 5;
        theirs.dek = QStringLiteral("Their dek");
        theirs.slug = QStringLiteral("their-slug");
        theirs.status = ArticleStatus::InReview;
        theirs.aiGenerated = true;
        theirs.disclosure = QStringLiteral("Drafted with help.");
        theirs.wordTarget = 600;
        theirs.related = {
            RelatedItem{QStringLiteral("Earlier"), QStringLiteral("Background"), 2, QString()}};
        for (const FieldDiff &diff : FieldChangesView::compare(mine, theirs))
            QVERIFY2(ConflictMerge::fieldOf(diff.field), qPrintable(diff.field));

        const Article merged = ConflictMerge::merged(
            mine, theirs, {QStringLiteral("dek"), QStringLiteral("word_target")},
            QStringLiteral("Written by hand."));
        QCOMPARE(merged.id, 7);
        QCOMPARE(merged.version, 5);
        QCOMPARE(merged.headline, mine.headline);
        QCOMPARE(merged.dek, theirs.dek);
        QCOMPARE(merged.wordTarget, 600);
        QCOMPARE(merged.status, mine.status);
        QCOMPARE(merged.related, mine.related);
        QCOMPARE(merged.body, QStringLiteral("Written by hand."));
    }

    void theBodiesMergeByParagraph_data()
    {
        QTest::addColumn<QString>("base");
        QTest::addColumn<QString>("mine");
        QTest::addColumn<QString>("theirs");
        QTest::addColumn<QString>("merged");
        QTest::addColumn<int>("clashes");
        const QString base = QStringLiteral("One.\n\nTwo.\n\nThree.");
        QTest::newRow("different paragraphs")
            << base << QStringLiteral("One, mine.\n\nTwo.\n\nThree.")
            << QStringLiteral("One.\n\nTwo.\n\nThree, theirs.")
            << QStringLiteral("One, mine.\n\nTwo.\n\nThree, theirs.") << 0;
        QTest::newRow("added and removed")
            << base << QStringLiteral("One.\n\nTwo.\n\nThree.\n\nFour, mine.")
            << QStringLiteral("Two.\n\nThree.") << QStringLiteral("Two.\n\nThree.\n\nFour, mine.")
            << 0;
        QTest::newRow("the same paragraph")
            << base << QStringLiteral("One.\n\nTwo, mine.\n\nThree.")
            << QStringLiteral("One.\n\nTwo, theirs.\n\nThree.")
            << QStringLiteral("One.\n\nTwo, mine.\n\nTwo, "
                              "theirs.\n\nThree.")
            << 1;
        QTest::newRow("the same change") << base << QStringLiteral("One.\n\nTwo!\n\nThree.")
                                         << QStringLiteral("One.\n\nTwo!\n\nThree.")
                                         << QStringLiteral("One.\n\nTwo!\n\nThree.") << 0;
    }

    void theBodiesMergeByParagraph()
    {
        QFETCH(QString, base);
        QFETCH(QString, mine);
        QFETCH(QString, theirs);
        const ParagraphMerge merge = ParagraphMerge::merge(base, mine, theirs);
        QVERIFY(merge.isMerged());
        QTEST(merge.text(), "merged");
        QTEST(merge.clashes(), "clashes");
    }

    // Both changed the body, in different paragraphs: the view starts on the merge.
    void aCleanBodyMergeIsTheDefault()
    {
        ConflictSnapshot snapshot;
        snapshot.base = m_story;
        snapshot.base->body = QStringLiteral("One.\n\nTwo.\n\nThree.");
        snapshot.mine = *snapshot.base;
        snapshot.mine.body = QStringLiteral("One, mine.\n\nTwo.\n\nThree.");
        snapshot.theirs = *snapshot.base;
        snapshot.theirs.version = snapshot.base->version + 1;
        snapshot.theirs.body = QStringLiteral("One.\n\nTwo.\n\nThree, theirs.");
        snapshot.compare();
        ConflictDialog dialog(snapshot, m_b.get());
        QCOMPARE(dialog.fields(), QStringList{QStringLiteral("body")});
        QVERIFY(dialog.choice(QStringLiteral("body"), ConflictDialog::Side::Edited)->isChecked());
        QCOMPARE(dialog.mergedBody()->toPlainText(),
                 QStringLiteral("One, mine.\n\nTwo.\n\nThree, theirs."));
        QCOMPARE(dialog.merged().body, QStringLiteral("One, mine.\n\nTwo.\n\nThree, theirs."));
        QCOMPARE(dialog.merged().version, snapshot.theirs.version);
    }

    // A long story (5,000 words a side, every tenth word changed) opens without a stall: the
    // comparison runs on a gateway lane, only showing it is left to the window.
    void aLongBodyShowsPromptly()
    {
        QString mine;
        QString theirs;
        for (int i = 0; i < 5000; ++i) {
            const QString word = QStringLiteral("word%1 ").arg(i % 97);
            mine += word;
            theirs += i % 10 == 0 ? QStringLiteral("other%1 ").arg(i) : word;
            if (i % 60 == 59) {
                mine += QStringLiteral("\n\n");
                theirs += QStringLiteral("\n\n");
            }
        }
        Article ours = m_story;
        ours.body = mine;
        ConflictSnapshot snapshot;
        snapshot.mine = ours;
        snapshot.theirs = m_story;
        snapshot.theirs.body = theirs;
        snapshot.theirs.version = m_story.version + 1;
        snapshot.diffs = FieldChangesView::compare(snapshot.mine, snapshot.theirs);
        QElapsedTimer clock;
        clock.start();
        ConflictDialog dialog(snapshot, m_b.get());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        const qint64 elapsed = clock.elapsed();
        qInfo("5,000-word bodies: the view shown in %lld ms", elapsed);
        QCOMPARE(dialog.fields(), QStringList{QStringLiteral("body")});
        // The two sides scroll together.
        const auto browsers = dialog.findChildren<QTextBrowser *>();
        QCOMPARE(browsers.size(), 2);
        QScrollBar *left = browsers[0]->verticalScrollBar();
        QScrollBar *right = browsers[1]->verticalScrollBar();
        QVERIFY(left->maximum() > 0 && right->maximum() > 0);
        left->setValue(left->maximum() / 2);
        QVERIFY(std::abs(right->value() - right->maximum() / 2) <= 2);
        right->setValue(right->maximum());
        QCOMPARE(left->value(), left->maximum());
        QCOMPARE(dialog.merged().body, mine);
    }

    // Every control says what it is to a screen reader, and every choice is on the Tab chain.
    void everyControlIsNamedAndReachable()
    {
        ConflictDialog *dialog = openConflictView();
        QVERIFY(dialog);
        QStringList unnamed;
        for (QWidget *widget : dialog->findChildren<QWidget *>()) {
            if (!(widget->focusPolicy() & Qt::TabFocus) || !widget->isVisibleTo(dialog))
                continue;
            const auto *button = qobject_cast<QAbstractButton *>(widget);
            if (widget->accessibleName().isEmpty() && !(button && !button->text().isEmpty()))
                unnamed.append(QString::fromLatin1(widget->metaObject()->className()));
        }
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(u", ")));
        QVERIFY(dialog->width() <= 1280 && dialog->height() <= 720);
        // Tab from the first choice reaches the buttons.
        dialog->choice(QStringLiteral("headline"), ConflictDialog::Side::Mine)->setFocus();
        bool reached = false;
        for (int i = 0; i < 40 && !reached; ++i) {
            QTest::keyClick(dialog->focusWidget(), Qt::Key_Tab);
            reached = dialog->focusWidget() == dialog->mergeButton();
        }
        QVERIFY(reached);
    }
};

QTEST_MAIN(TestConflictView)
#include "tst_conflictview.moc"
