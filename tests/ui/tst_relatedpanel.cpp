// The related-articles panel on its real widgets and a real archive: every operation,
// each one undoable, and none of them waiting for the archive.

#include "TestArchive.h"
#include "TestGateway.h"
#include "editor/ArticleDocument.h"
#include "editor/ChecklistPanel.h"
#include "model/RelatedListModel.h"
#include "related/ArchivePicker.h"
#include "related/OutsideLinkDialog.h"
#include "related/RelatedPanel.h"
#include "store/DelayedArticleStore.h"

#include <QAbstractItemModelTester>
#include <QDialogButtonBox>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QListWidget>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QTableView>
#include <QUndoStack>

using namespace newsroom;
using namespace newsroom::test;
using namespace std::chrono_literals;

namespace {
// What a slow archive (a server a network away) adds to every call.
constexpr std::chrono::milliseconds kDelay = 50ms;
// The longest the window's event loop may stall while answers are on their way: three
// ticks of a 10 ms timer. A call that waited for the archive would stall it 50 ms or more;
// on two cores shared with builds, idle stalls measured 11-23 ms.
constexpr qint64 kLongestStall = 30;

// The headlines the list offers (notes such as "Looking for…" are not offers).
QStringList offered(const RelatedPanel &panel)
{
    QStringList headlines;
    for (int row = 0; row < panel.suggestions()->count(); ++row) {
        const QListWidgetItem *item = panel.suggestions()->item(row);
        if (item->flags() & Qt::ItemIsEnabled)
            headlines.append(item->text().section(QStringLiteral(" \u2014 "), 0, 0));
    }
    return headlines;
}
} // namespace

class TestRelatedPanel : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestArchive> m_archive;
    std::unique_ptr<ArchiveGateway> m_gateway;
    std::unique_ptr<ArticleDocument> m_document;
    std::unique_ptr<RelatedPanel> m_panel;
    Article m_story;
    qint64 m_ferry = 0;
    qint64 m_bridge = 0;
    qint64 m_orchestra = 0;

    QStringList titles() const
    {
        QStringList result;
        for (const RelatedItem &item : m_document->article().related)
            result.append(item.title);
        return result;
    }

    QString target(const RelatedPanel &panel, int row) const
    {
        return panel.model()->index(row, RelatedListModel::Target).data().toString();
    }

    std::unique_ptr<ArchiveGateway> slowGateway() const
    {
        return openGateway(
            m_archive->path(),
            DelayedArticleStore::delayed(SqliteArticleStore::opener(m_archive->path()), kDelay));
    }

    QStringList suggestedHeadlines(const Article &article) const
    {
        const auto hits =
            m_archive->openAgain()->suggestRelated(article, RelatedPanel::kSuggestions);
        QStringList headlines;
        for (const SearchHit &hit : hits.value())
            headlines.append(hit.article.headline);
        return headlines;
    }

private Q_SLOTS:
    void init()
    {
        m_archive = std::make_unique<TestArchive>();
        Article ferry = makeArticle(QStringLiteral("Ferry crossings resume after the storm"));
        ferry.status = ArticleStatus::Published;
        ferry.tags = {QStringLiteral("harbor"), QStringLiteral("storm")};
        m_ferry = m_archive->saved(ferry).id;
        Article bridge = makeArticle(QStringLiteral("Bridge inspectors find storm damage"));
        bridge.tags = {QStringLiteral("harbor"), QStringLiteral("storm")};
        m_bridge = m_archive->saved(bridge).id;
        Article orchestra = makeArticle(QStringLiteral("Orchestra opens its winter season"),
                                        QStringLiteral("The violins tune up for the concert."));
        orchestra.tags = {QStringLiteral("music")};
        m_orchestra = m_archive->saved(orchestra).id;
        Article story = makeArticle(QStringLiteral("Storm closes the harbor"));
        story.tags = {QStringLiteral("harbor"), QStringLiteral("storm")};
        m_story = m_archive->saved(story);
        m_document = std::make_unique<ArticleDocument>();
        m_panel.reset();
        m_gateway = openGateway(m_archive->path());
        m_panel = std::make_unique<RelatedPanel>(*m_document, *m_gateway);
        new QAbstractItemModelTester(m_panel->model(),
                                     QAbstractItemModelTester::FailureReportingMode::QtTest,
                                     m_panel.get());
        m_panel->show();
        m_document->load(m_story);
    }

    void addFromArchiveSearch()
    {
        m_panel->picker()->setText(QStringLiteral("ferry"));
        m_panel->picker()->searchNow();
        QTRY_COMPARE(m_panel->picker()->results()->rowCount(), 1);
        QVERIFY(m_panel->picker()->results()->item(0)->text().startsWith(
            QStringLiteral("Ferry crossings resume after the storm \u2014 ")));
        m_panel->picker()->pick(0);
        QTRY_COMPARE(m_document->article().related.size(), 1);
        const RelatedItem item = m_document->article().related.front();
        QCOMPARE(item.targetId, m_ferry);
        QCOMPARE(item.title, QStringLiteral("Ferry crossings resume after the storm"));
        QVERIFY(item.summary.startsWith(QStringLiteral("A short dek")));
        QVERIFY(m_panel->picker()->text().isEmpty());
        m_document->undoStack()->undo();
        QVERIFY(m_document->article().related.isEmpty());
        QCOMPARE(m_panel->model()->rowCount(), 0);
    }

    void addOutsideLink()
    {
        OutsideLinkDialog dialog;
        QLineEdit *address = dialog.findChildren<QLineEdit *>().value(0);
        QPushButton *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        for (const char *refused : {"javascript:alert(1)", "example.org", "https://"}) {
            address->setText(QString::fromLatin1(refused));
            QVERIFY2(!ok->isEnabled(), refused);
        }
        m_panel->addOutside(RelatedItem{QStringLiteral("Tide tables"), QStringLiteral("Blurb"), 0,
                                        QStringLiteral("https://example.org/tides")});
        QCOMPARE(m_panel->model()->index(0, RelatedListModel::Target).data().toString(),
                 QStringLiteral("https://example.org/tides"));
        m_document->undoStack()->undo();
        QCOMPARE(m_panel->model()->rowCount(), 0);
    }

    void editTitleAndBlurbInPlace()
    {
        m_panel->addArchived(m_ferry);
        QTRY_COMPARE(m_document->article().related.size(), 1);
        RelatedListModel *model = m_panel->model();
        QVERIFY(model->setData(model->index(0, RelatedListModel::Title),
                               QStringLiteral("Ferries are back")));
        QVERIFY(model->setData(model->index(0, RelatedListModel::Summary),
                               QStringLiteral("New blurb")));
        QCOMPARE(titles(), QStringList{QStringLiteral("Ferries are back")});
        QCOMPARE(m_document->article().related.front().summary, QStringLiteral("New blurb"));
        QVERIFY(!model->setData(model->index(0, RelatedListModel::Title), QStringLiteral("  ")));
        m_document->undoStack()->undo();
        m_document->undoStack()->undo();
        QCOMPARE(titles(), QStringList{QStringLiteral("Ferry crossings resume after the storm")});
    }

    // A blurb is edited in a box of wrapped lines, as an editor types it; Return keeps it.
    void blurbsEditInSeveralLines()
    {
        m_panel->show();
        m_panel->resize(600, 400);
        m_panel->addArchived(m_ferry);
        QTRY_COMPARE(m_document->article().related.size(), 1);
        QTableView *view = m_panel->view();
        const QModelIndex blurb = m_panel->model()->index(0, RelatedListModel::Summary);
        view->setFocus();
        view->setCurrentIndex(blurb);
        view->edit(blurb);
        QPlainTextEdit *editor = nullptr;
        QTRY_VERIFY((editor = view->findChild<QPlainTextEdit *>()) && editor->isVisible());
        QVERIFY(editor->height() >= 3 * editor->fontMetrics().lineSpacing());
        QVERIFY(editor->lineWrapMode() == QPlainTextEdit::WidgetWidth);
        editor->selectAll();
        QTest::keyClicks(editor, QStringLiteral("Crossings resume at dawn, with fewer boats "
                                                "on weekdays until the repairs are done."));
        QTest::keyClick(editor, Qt::Key_Return);
        QCOMPARE(m_document->article().related.front().summary,
                 QStringLiteral("Crossings resume at dawn, with fewer boats on weekdays until "
                                "the repairs are done."));
    }

    // Two additions asked before either answer: both land, in the order asked, one undo
    // step each.
    void addingTwiceQuicklyAddsBoth()
    {
        m_panel->addArchived(m_ferry);
        m_panel->addArchived(m_bridge);
        QTRY_COMPARE(m_document->article().related.size(), 2);
        QCOMPARE(titles(), (QStringList{QStringLiteral("Ferry crossings resume after the storm"),
                                        QStringLiteral("Bridge inspectors find storm damage")}));
        QCOMPARE(m_document->undoStack()->count(), 2);
        QCOMPARE(m_panel->view()->currentIndex().row(), 1);
        m_document->undoStack()->undo();
        QCOMPARE(titles(), QStringList{QStringLiteral("Ferry crossings resume after the storm")});
    }

    void anAdditionForTheArticleBeforeIsDropped()
    {
        auto gateway = slowGateway();
        ArticleDocument document;
        RelatedPanel panel(document, *gateway);
        document.load(m_story);
        panel.addArchived(m_ferry);
        document.load(*m_archive->store().article(m_orchestra)); // before the answer
        QTRY_COMPARE(gateway->pendingRequests(), 0);
        QCoreApplication::processEvents(); // an answer that came would be shown by now
        QVERIFY(document.article().related.isEmpty());
        QCOMPARE(document.undoStack()->count(), 0);
    }

    void reorderByButtonAndByDrag()
    {
        m_panel->addArchived(m_ferry);
        m_panel->addArchived(m_bridge);
        QTRY_COMPARE(m_document->article().related.size(), 2);
        m_panel->addOutside(
            RelatedItem{QStringLiteral("Tides"), {}, 0, QStringLiteral("https://example.org/t")});
        m_panel->moveRow(2, 0);
        QCOMPARE(titles().first(), QStringLiteral("Tides"));
        // A drag of row 0 to the end, as the view delivers it.
        RelatedListModel *model = m_panel->model();
        std::unique_ptr<QMimeData> data(model->mimeData({model->index(0, 0)}));
        QVERIFY(
            !model->dropMimeData(data.get(), Qt::MoveAction, 3, 0, {})); // the view removes nothing
        QCOMPARE(titles().last(), QStringLiteral("Tides"));
        QCOMPARE(titles().size(), 3);
        m_document->undoStack()->undo();
        QCOMPARE(titles().first(), QStringLiteral("Tides"));
        m_document->undoStack()->undo();
        QCOMPARE(titles().last(), QStringLiteral("Tides"));
    }

    void removeAndOpen()
    {
        m_panel->addArchived(m_ferry);
        m_panel->addArchived(m_bridge);
        QTRY_COMPARE(m_document->article().related.size(), 2);
        QSignalSpy open(m_panel.get(), &RelatedPanel::openArticleRequested);
        m_panel->view()->selectRow(1);
        QMetaObject::invokeMethod(m_panel.get(), [this] {
            for (QPushButton *button : m_panel->findChildren<QPushButton *>()) {
                if (button->text() == QStringLiteral("Open"))
                    button->click();
            }
        });
        QCOMPARE(open.count(), 1);
        QCOMPARE(open.front().front().toLongLong(), m_bridge);
        m_panel->removeRow(0);
        QCOMPARE(titles(), QStringList{QStringLiteral("Bridge inspectors find storm damage")});
        m_document->undoStack()->undo();
        QCOMPARE(titles().size(), 2);
    }

    void flagsUnpublishedAndTrashedTargets()
    {
        m_panel->addArchived(m_bridge); // a draft
        QTRY_VERIFY(target(*m_panel, 0).contains(QStringLiteral("Draft")));
        QVERIFY(m_archive->store().moveToTrash(m_bridge));
        m_document->load(m_document->article()); // shown again
        QTRY_VERIFY(target(*m_panel, 0).contains(QStringLiteral("trash")));
    }

    // The labels of every archived link come in one request; until then each link has a
    // neutral placeholder.
    void linkLabelsComeInOneRequest()
    {
        auto gateway = slowGateway();
        ArticleDocument document;
        RelatedPanel panel(document, *gateway);
        Article story = m_story;
        story.related = {RelatedItem{QStringLiteral("Ferry"), {}, m_ferry, {}},
                         RelatedItem{QStringLiteral("Bridge"), {}, m_bridge, {}},
                         RelatedItem{QStringLiteral("Gone"), {}, 9999, {}}};
        document.load(story);
        QCOMPARE(gateway->pendingRequests(), 1);
        QCOMPARE(target(panel, 0), QStringLiteral("Article #%1").arg(m_ferry));
        QCOMPARE(target(panel, 2), QStringLiteral("Article #9999"));
        QTRY_COMPARE(target(panel, 0), m_archive->store().article(m_ferry)->slug);
        QVERIFY(target(panel, 1).contains(QStringLiteral("Draft")));
        QVERIFY(target(panel, 2).contains(QStringLiteral("gone")));
    }

    void suggestionsOneClickToAdd()
    {
        QSignalSpy shown(m_panel.get(), &RelatedPanel::suggestionsShown);
        m_panel->refreshSuggestions();
        QListWidget *list = m_panel->suggestions();
        QTRY_COMPARE(shown.count(), 1);
        QVERIFY(!m_panel->isLookingForSuggestions());
        QVERIFY(list->count() >= 2);
        QVERIFY(list->item(0)->text().contains(QStringLiteral("storm"), Qt::CaseInsensitive));
        const int before = list->count();
        const QString first = offered(*m_panel).front();
        m_panel->addSuggestion(0);
        QVERIFY(!offered(*m_panel).contains(first)); // gone at once: no second click
        QTRY_COMPARE(m_document->article().related.size(), 1);
        QCOMPARE(titles(), QStringList{first});
        QTRY_COMPARE(shown.count(), 2);      // asked again once the addition landed
        QCOMPARE(list->count(), before - 1); // the added one is no longer suggested
        QVERIFY(!offered(*m_panel).contains(first));
        m_document->undoStack()->undo();
        QVERIFY(m_document->article().related.isEmpty());
    }

    // Suggestions asked for one article never show for the next: switching cancels them
    // and clears the list, and their answer is dropped if it comes anyway.
    void suggestionsForTheArticleBeforeAreDropped()
    {
        auto gateway = slowGateway();
        ArticleDocument document;
        RelatedPanel panel(document, *gateway);
        const Article orchestra = *m_archive->store().article(m_orchestra);
        const QStringList expected = suggestedHeadlines(orchestra);
        QVERIFY(expected != suggestedHeadlines(m_story)); // else nothing would show the drop
        QSignalSpy shown(&panel, &RelatedPanel::suggestionsShown);

        document.load(m_story);
        panel.refreshSuggestions();
        QVERIFY(panel.isLookingForSuggestions());
        QCOMPARE(panel.suggestions()->count(), 1);
        QCOMPARE(panel.suggestions()->item(0)->text(),
                 QStringLiteral("Looking for related articles\u2026"));
        QVERIFY(!(panel.suggestions()->item(0)->flags() & Qt::ItemIsEnabled));
        document.load(orchestra); // the story's answer is still on its way
        QVERIFY(!panel.isLookingForSuggestions());
        QCOMPARE(panel.suggestions()->count(), 0);
        // Behind the story's request on the same lane: its answer comes first.
        panel.refreshSuggestions();
        QVERIFY(shown.wait(5000));
        QCOMPARE(shown.count(), 1);
        QCOMPARE(offered(panel), expected);
        QTRY_COMPARE(gateway->pendingRequests(), 0);
        QCoreApplication::processEvents();
        QCOMPARE(shown.count(), 1);
        QCOMPARE(offered(panel), expected);
    }

    // With every archive call 50 ms away, the window's event loop keeps turning while the
    // suggestions, the checklist, the link labels and an addition are on their way.
    void theWindowNeverWaitsForASlowArchive()
    {
        auto gateway = slowGateway();
        ArticleDocument document;
        RelatedPanel related(document, *gateway);
        ChecklistPanel checklist(document, *gateway);
        related.show();
        checklist.show();
        QVERIFY(QTest::qWaitForWindowExposed(&related));
        QVERIFY(QTest::qWaitForWindowExposed(&checklist));
        QSignalSpy suggested(&related, &RelatedPanel::suggestionsShown);
        QSignalSpy checked(&checklist, &ChecklistPanel::refreshed);

        QElapsedTimer clock;
        clock.start();
        Article story = m_story;
        story.related = {RelatedItem{QStringLiteral("Ferry"), {}, m_ferry, {}}};
        document.load(story);          // link labels (reads), checklist (background)
        related.refreshSuggestions();  // background, behind the checklist
        related.addArchived(m_bridge); // reads, behind the labels
        const qint64 asked = clock.elapsed();
        QVERIFY(checklist.isChecking());
        QVERIFY(related.isLookingForSuggestions());

        // From here on everything is in flight: how long does the event loop ever stall?
        qint64 lastTick = clock.elapsed();
        qint64 longestGap = 0;
        int ticks = 0;
        QTimer ticker;
        ticker.setTimerType(Qt::PreciseTimer);
        ticker.setInterval(10);
        connect(&ticker, &QTimer::timeout, &ticker, [&] {
            const qint64 now = clock.elapsed();
            longestGap = std::max(longestGap, now - lastTick);
            lastTick = now;
            ++ticks;
        });
        ticker.start();
        QTRY_VERIFY_WITH_TIMEOUT(suggested.count() == 1 && checked.count() >= 1 &&
                                     document.article().related.size() == 2,
                                 10000);
        const qint64 answered = clock.elapsed();
        ticker.stop();
        qInfo("asked in %lld ms; answers after %lld ms; %d ticks, longest gap %lld ms", asked,
              answered, ticks, longestGap);
        QVERIFY2(asked < kDelay.count() / 2, "asking waited for the archive");
        // The checklist and then the suggestions, one after another on the background
        // lane, each at least one slow call.
        QVERIFY(answered >= 2 * kDelay.count());
        QVERIFY(ticks >= int(answered / 20));
        QVERIFY2(longestGap < kLongestStall,
                 qPrintable(QStringLiteral("the event loop stalled for %1 ms").arg(longestGap)));
    }
};

QTEST_MAIN(TestRelatedPanel)
#include "tst_relatedpanel.moc"
