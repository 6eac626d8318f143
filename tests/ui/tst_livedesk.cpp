// Two editors' windows on one server archive (issue 16, live refresh), each with its own
// gateway and connections, as two desks would be: a colleague's save reaches the other's
// list, search results and Links-to column without moving its selection, and an article
// open there with unsaved text shows the conflict bar at once, writing nothing. No window
// polls on a server archive: all of it comes from the gateway's notices.

#include "ArchiveGateway.h"
#include "ArchiveUnderTest.h"
#include "EditorTest.h"
#include "MainWindow.h"
#include "PresenceWords.h"
#include "TestGateway.h"
#include "WebEngineTest.h"
#include "browser/ArchiveBrowser.h"
#include "browser/ArchiveListModel.h"
#include "conflict/ConflictDialog.h"
#include "conflict/ConflictResolver.h"
#include "editor/ArticleDocument.h"
#include "editor/ArticleEditor.h"
#include "editor/Autosaver.h"
#include "editor/ConflictBar.h"
#include "editor/DeskNotesPanel.h"
#include "editor/PresenceBar.h"
#include "model/RelatedListModel.h"
#include "recovery/EditJournal.h"
#include "related/RelatedPanel.h"
#include "store/ArchiveAddress.h"

#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QUndoStack>

using namespace newsroom;
using namespace newsroom::test;

class TestLiveDesk : public QObject
{
    Q_OBJECT

    std::unique_ptr<ArchiveUnderTest> m_archive;
    Article m_story;
    Article m_other;
    std::unique_ptr<MainWindow> m_a;
    std::unique_ptr<MainWindow> m_b;

    std::unique_ptr<MainWindow> openWindow()
    {
        const QString address = m_archive->address();
        auto opened = PgArticleStore::open(address);
        if (!opened)
            qFatal("%s", qPrintable(opened.error().message));
        auto gateway =
            std::make_unique<ArchiveGateway>(std::move(*opened), PgArticleStore::opener(address));
        QSignalSpy listening(gateway.get(), &ArchiveGateway::catchUpDue);
        auto window =
            std::make_unique<MainWindow>(std::move(gateway), ArchiveAddress::forDisplay(address));
        window->show();
        if (listening.count() == 0 && !listening.wait(10000))
            qFatal("the window's gateway does not listen for changes");
        return window;
    }

    static QString listedHeadline(MainWindow &window, qint64 id)
    {
        ArchiveListModel *model = window.browser()->model();
        const int row = model->rowOf(id);
        return row < 0 ? QString()
                       : model->index(row, ArchiveListModel::Headline).data().toString();
    }

    // What a screen reader hears of the article's row in the window's list (presence).
    static QString listedPresence(MainWindow &window, qint64 id)
    {
        ArchiveListModel *model = window.browser()->model();
        const int row = model->rowOf(id);
        return row < 0 ? QString()
                       : model->index(row, ArchiveListModel::Headline)
                             .data(Qt::AccessibleDescriptionRole)
                             .toString();
    }

    // A colleague at another desk, saving through a store of their own.
    Article colleagueSaves(Article article)
    {
        auto saved = m_archive->store().save(article);
        if (!saved)
            qFatal("%s", qPrintable(saved.error().message));
        return *saved;
    }

public:
    static void initMain() { prepareWebEngine(); }

private Q_SLOTS:
    void init()
    {
        m_archive = std::make_unique<ArchiveUnderTest>();
        QDir(EditJournal::defaultFolder()).removeRecursively();
        m_other = colleagueSaves(makeArticle(QStringLiteral("Library extends its hours")));
        m_story = colleagueSaves(makeArticle(QStringLiteral("Bridge reopens to cyclists"),
                                             QStringLiteral("The first paragraph.")));
        m_a = openWindow();
        m_b = openWindow();
        QVERIFY(m_a->gateway()->hearsChanges());
    }

    void cleanup()
    {
        m_a.reset();
        m_b.reset();
        m_archive.reset();
    }

    void theListFollowsTheOtherDesk()
    {
        QVERIFY(openAndWait(*m_a, m_story.id));
        QVERIFY(openAndWait(*m_b, m_other.id));
        QTRY_COMPARE_WITH_TIMEOUT(m_b->browser()->currentId(), m_other.id, 5000);
        WrappingLineEdit *headline = m_a->editor()->headline();
        headline->end(false);
        QTest::keyClicks(headline, QStringLiteral(" at dawn"));
        QTRY_COMPARE_WITH_TIMEOUT(listedHeadline(*m_b, m_story.id),
                                  QStringLiteral("Bridge reopens to cyclists at dawn"), 5000);
        QCOMPARE(m_b->document()->article().id, m_other.id); // the selection stays
        QCOMPARE(m_b->browser()->currentId(), m_other.id);

        // A new article joins the other desk's list.
        const Article added = colleagueSaves(makeArticle(QStringLiteral("Ferry timetable")));
        QTRY_COMPARE_WITH_TIMEOUT(listedHeadline(*m_b, added.id), QStringLiteral("Ferry timetable"),
                                  5000);
        QCOMPARE(m_b->browser()->currentId(), m_other.id);
    }

    void searchResultsFollowInPlace()
    {
        QVERIFY(openAndWait(*m_b, m_other.id));
        m_b->browser()->searchField()->setText(QStringLiteral("bridge"));
        QTRY_VERIFY_WITH_TIMEOUT(m_b->browser()->model()->isSearching() &&
                                     !m_b->browser()->model()->isLoading() &&
                                     m_b->browser()->model()->rowOf(m_story.id) >= 0,
                                 5000);
        Article theirs = *m_archive->store().article(m_story.id);
        theirs.headline = QStringLiteral("Bridge reopens to cyclists and walkers");
        colleagueSaves(theirs);
        QTRY_COMPARE_WITH_TIMEOUT(listedHeadline(*m_b, m_story.id),
                                  QStringLiteral("Bridge reopens to cyclists and walkers"), 5000);
    }

    // The Links-to column says at once that a linked article went to the trash.
    void theLinksToColumnFollowsTheTrash()
    {
        Article linking = *m_archive->store().article(m_other.id);
        linking.related = {RelatedItem{QStringLiteral("Bridge"), {}, m_story.id, {}}};
        linking = colleagueSaves(linking);
        QVERIFY(openAndWait(*m_b, m_other.id));
        const QModelIndex target = m_b->relatedPanel()->model()->index(0, RelatedListModel::Target);
        QTRY_VERIFY_WITH_TIMEOUT(target.data().toString().contains(m_story.slug), 5000);
        QVERIFY(m_archive->store().moveToTrash(m_story.id));
        QTRY_VERIFY_WITH_TIMEOUT(target.data().toString().contains(QStringLiteral("trash")), 5000);
    }

    // A colleague renames a linked article: the related item that showed its headline shows
    // the new one (not an edit of B's: nothing unsaved, nothing to undo); an item with the
    // editor's own title keeps it.
    void relatedTitlesFollowAColleaguesRename()
    {
        Article linking = *m_archive->store().article(m_other.id);
        linking.related = {
            RelatedItem{m_story.headline, {}, m_story.id, {}},
            RelatedItem{QStringLiteral("Cyclists get their bridge"), {}, m_story.id, {}}};
        colleagueSaves(linking);
        QVERIFY(openAndWait(*m_b, m_other.id));
        const QModelIndex target = m_b->relatedPanel()->model()->index(0, RelatedListModel::Target);
        QTRY_VERIFY_WITH_TIMEOUT(target.data().toString().contains(m_story.slug), 5000);
        const int undoSteps = m_b->document()->undoStack()->count();

        Article theirs = *m_archive->store().article(m_story.id);
        theirs.headline = QStringLiteral("Bridge opens to cyclists in May");
        colleagueSaves(theirs);
        const QModelIndex title = m_b->relatedPanel()->model()->index(0, RelatedListModel::Title);
        QTRY_COMPARE_WITH_TIMEOUT(title.data().toString(), theirs.headline, 5000);
        QCOMPARE(m_b->document()->article().related[1].title,
                 QStringLiteral("Cyclists get their bridge"));
        QCOMPARE(m_b->document()->undoStack()->count(), undoSteps);
        QVERIFY(!m_b->autosaver()->hasUnsavedChanges());
    }

    // A colleague's note on the article open here shows in its desk notes at once (a note
    // changes no version: the notice alone brings it).
    void aColleaguesNoteShowsAtOnce()
    {
        QVERIFY(openAndWait(*m_b, m_story.id));
        QListWidget *notes = m_b->deskNotes()->notesList();
        QTRY_COMPARE_WITH_TIMEOUT(notes->count(), 0, 5000);
        QVERIFY(m_archive->store().addNote(m_story.id, QStringLiteral("Legal checked the quotes")));
        QTRY_COMPARE_WITH_TIMEOUT(notes->count(), 1, 5000);
        QVERIFY(notes->item(0)->text().contains(QStringLiteral("Legal checked the quotes")));
        QCOMPARE(m_b->document()->article().id, m_story.id);
    }

    // B has unsaved text when a colleague's save lands: B says so at once (not at its own
    // next save) and overwrites nothing.
    void unsavedTextMeetsAColleaguesSaveWithTheConflictBar()
    {
        QVERIFY(openAndWait(*m_b, m_story.id));
        m_b->document()->edit(ArticleField::Dek, QStringLiteral("B's dek, not saved yet"));
        Article theirs = *m_archive->store().article(m_story.id);
        theirs.headline = QStringLiteral("Changed by a colleague");
        colleagueSaves(theirs);
        QTRY_VERIFY_WITH_TIMEOUT(m_b->conflictBar()->isVisible(), 5000);
        QVERIFY(m_b->autosaver()->isInConflict());
        QCOMPARE(m_archive->store().article(m_story.id)->headline,
                 QStringLiteral("Changed by a colleague"));
    }

    // The conflict view on a server: it names the colleague's role, and a merge picked field
    // by field (their headline, my dek) is saved as the version after theirs.
    void aConflictIsSettledFieldByField()
    {
        QVERIFY(openAndWait(*m_b, m_story.id));
        m_b->document()->edit(ArticleField::Dek, QStringLiteral("B's dek"));
        Article theirs = *m_archive->store().article(m_story.id);
        theirs.headline = QStringLiteral("Changed by a colleague");
        theirs = colleagueSaves(theirs);
        QTRY_VERIFY_WITH_TIMEOUT(m_b->conflictBar()->isVisible(), 5000);
        auto *resolver = m_b->findChild<ConflictResolver *>();
        QVERIFY(resolver);
        QTest::mouseClick(m_b->conflictBar()->findChild<QPushButton *>(QStringLiteral("compare")),
                          Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(resolver->dialog(), 5000);
        ConflictDialog *dialog = resolver->dialog();
        QCOMPARE(dialog->fields(),
                 (QStringList{QStringLiteral("headline"), QStringLiteral("dek")}));
        const QString role = m_archive->store().signedInAs();
        QVERIFY(!role.isEmpty());
        const auto labels = dialog->findChildren<QLabel *>();
        QVERIFY(std::any_of(labels.begin(), labels.end(), [&](QLabel *label) {
            return label->text().startsWith(
                QStringLiteral("Theirs (version %1, saved by %2 at").arg(theirs.version).arg(role));
        }));
        QCOMPARE(m_archive->store().version(m_story.id).value_or(-1), theirs.version);
        QVERIFY(
            dialog->choice(QStringLiteral("headline"), ConflictDialog::Side::Theirs)->isChecked());
        QTest::mouseClick(dialog->mergeButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(m_archive->store().version(m_story.id).value_or(-1),
                                  theirs.version + 1, 5000);
        const Article stored = *m_archive->store().article(m_story.id);
        QCOMPARE(stored.headline, QStringLiteral("Changed by a colleague"));
        QCOMPARE(stored.dek, QStringLiteral("B's dek"));
        QVERIFY(!m_b->autosaver()->isInConflict());
    }

    // With nothing unsaved, the open article simply shows the colleague's version.
    void aCleanEditorShowsTheColleaguesVersion()
    {
        QVERIFY(openAndWait(*m_b, m_story.id));
        Article theirs = *m_archive->store().article(m_story.id);
        theirs.body = QStringLiteral("Rewritten at the other desk.");
        colleagueSaves(theirs);
        QTRY_COMPARE_WITH_TIMEOUT(m_b->document()->article().body,
                                  QStringLiteral("Rewritten at the other desk."), 5000);
        QVERIFY(!m_b->conflictBar()->isVisible());
    }

    // Presence, not locks: A's article is marked in B's list ("… is editing", an icon, the
    // tooltip) within seconds, from a notice (no window polls that fast); B taking over the
    // article sees A in it above the editor, and A sees B; B types and saves all the while;
    // A moving on, then closing, takes the notice and the mark away.
    void presenceShowsWhoElseIsEditing()
    {
        const QString role = m_archive->server()->connection().role();
        const QString editing = PresenceWords::editing({role});
        QVERIFY(openAndWait(*m_a, m_story.id));
        QVERIFY(openAndWait(*m_b, m_other.id));
        QTRY_COMPARE_WITH_TIMEOUT(listedPresence(*m_b, m_story.id), editing, 5000);
        ArchiveListModel *list = m_b->browser()->model();
        const QModelIndex row = list->index(list->rowOf(m_story.id), ArchiveListModel::Headline);
        QVERIFY(!row.data(Qt::DecorationRole).value<QIcon>().isNull());
        QVERIFY(row.data(Qt::ToolTipRole).toString().contains(editing));
        QVERIFY(!m_b->presenceBar()->isVisible()); // not in B's article
        // Never oneself: once A has seen B move to the other article (both windows opened
        // the newest, the story, first), A's own article is unmarked in A's list.
        QTRY_COMPARE_WITH_TIMEOUT(listedPresence(*m_a, m_other.id), editing, 5000);
        QCOMPARE(listedPresence(*m_a, m_story.id), QString());

        QVERIFY(openAndWait(*m_b, m_story.id));
        QTRY_VERIFY_WITH_TIMEOUT(m_b->presenceBar()->isVisible(), 5000);
        QCOMPARE(m_b->presenceBar()->names(), QStringList{role});
        QCOMPARE(m_b->presenceBar()->message(), PresenceWords::alsoEditing({role}));
        QTRY_VERIFY_WITH_TIMEOUT(m_a->presenceBar()->isVisible(), 5000);

        typeInBody(*m_b, QStringLiteral(" Typed beside a colleague."));
        QTRY_VERIFY_WITH_TIMEOUT(!m_b->autosaver()->hasUnsavedChanges(), 5000);
        QVERIFY(m_archive->store()
                    .article(m_story.id)
                    ->body.endsWith(QStringLiteral("Typed beside a colleague.")));

        QVERIFY(openAndWait(*m_a, m_other.id));
        QTRY_VERIFY_WITH_TIMEOUT(!m_b->presenceBar()->isVisible(), 5000);
        QTRY_COMPARE_WITH_TIMEOUT(listedPresence(*m_b, m_other.id), editing, 5000);
        m_a.reset();
        QTRY_COMPARE_WITH_TIMEOUT(listedPresence(*m_b, m_other.id), QString(), 5000);
    }
};

QTEST_MAIN(TestLiveDesk)
#include "tst_livedesk.moc"
