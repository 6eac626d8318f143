// The archive list on a real archive, through the gateway as the window uses it: every
// answer comes later, the rows shown stay until it does, a newer query replaces an older
// one, and the GUI thread never waits.

#include "TestArchive.h"
#include "TestGateway.h"
#include "browser/ArchiveBrowser.h"
#include "browser/ArchiveListModel.h"
#include "browser/SearchResultDelegate.h"
#include "store/DelayedArticleStore.h"

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QTimer>

using namespace newsroom;
using namespace newsroom::test;
using namespace std::chrono_literals;

namespace {

constexpr auto kDelay = 50ms; // a server a network away

std::unique_ptr<ArchiveGateway> delayedGateway(const QString &path,
                                               std::chrono::milliseconds delay = kDelay)
{
    return openGateway(path, DelayedArticleStore::delayed(SqliteArticleStore::opener(path), delay));
}

// Waits until every request has been answered. Qt 6.4 asserts (in debug builds) when an
// answer comes for a receiver that is gone, so a test lets them come before it ends.
auto settledAtTheEnd(ArchiveGateway &gateway)
{
    return qScopeGuard([&gateway] {
        if (!test::settled(gateway))
            qWarning("the archive did not answer in 20 s");
    });
}

// Waits for the answer the model waits for. It may have come already: an answer that is
// ready before the model asks for it is shown at once.
bool answered(const ArchiveListModel &model)
{
    return QTest::qWaitFor([&model] { return !model.isLoading(); }, 20000);
}

void attachTester(QAbstractItemModel *model)
{
    new QAbstractItemModelTester(model, QAbstractItemModelTester::FailureReportingMode::QtTest,
                                 model);
}

QString headline(const ArchiveListModel &model, int row)
{
    return model.data(model.index(row, ArchiveListModel::Headline)).toString();
}

QStringList headlines(const ArchiveListModel &model)
{
    QStringList result;
    for (int row = 0; row < model.rowCount(); ++row)
        result.append(headline(model, row));
    return result;
}

QList<Article> stories(int count)
{
    QList<Article> articles;
    for (int i = 0; i < count; ++i)
        articles.append(makeArticle(QStringLiteral("Story %1").arg(i)));
    return articles;
}

} // namespace

class TestArchiveListModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // One request brings the count and the first page: the view fills without a fetchMore.
    void reloadBringsCountAndFirstPage()
    {
        TestArchive archive;
        const QList<Article> articles = stories(ArchiveListModel::kPageSize * 2 + 17);
        QVERIFY(archive.store().saveAll(articles));
        auto gateway = openGateway(archive.path());
        ArchiveListModel model(*gateway);
        attachTester(&model);
        const auto settled = settledAtTheEnd(*gateway);
        QCOMPARE(gateway->pendingRequests(), 1);
        if (model.isLoading()) { // else the archive was quicker than the asking
            QCOMPARE(model.rowCount(), 0);
            QVERIFY(!model.canFetchMore({}));
        }
        QVERIFY(answered(model));
        QCOMPARE(model.rowCount(), ArchiveListModel::kPageSize);
        QCOMPARE(model.totalCount(), articles.size());
        // Newest first: the last saved has the highest id.
        QCOMPARE(headline(model, 0), QStringLiteral("Story %1").arg(articles.size() - 1));
        QCOMPARE(model.data(model.index(0, ArchiveListModel::Status)).toString(),
                 QStringLiteral("Draft"));
        QVERIFY(model.articleId(0) > model.articleId(1));
        QCOMPARE(model.articleId(-1), 0);
        QVERIFY(model.canFetchMore({}));
    }

    // fetchMore adds a page when it comes; while one is on its way, no second one starts.
    // Published with a time still to come reads "Scheduled", and says when it goes live.
    void scheduledArticlesSaySo()
    {
        TestArchive archive;
        Article later = makeArticle(QStringLiteral("Embargoed until Friday"));
        later.status = ArticleStatus::Published;
        later.publishedAt = QDateTime::currentDateTimeUtc().addDays(3);
        archive.saved(later);
        Article now = makeArticle(QStringLiteral("Out already"));
        now.status = ArticleStatus::Published;
        archive.saved(now);
        auto gateway = openGateway(archive.path());
        ArchiveListModel model(*gateway);
        attachTester(&model);
        const auto settled = settledAtTheEnd(*gateway);
        QVERIFY(answered(model));
        QHash<QString, QString> statuses;
        for (int row = 0; row < model.rowCount(); ++row)
            statuses.insert(headline(model, row),
                            model.data(model.index(row, ArchiveListModel::Status)).toString());
        QCOMPARE(statuses.value(QStringLiteral("Embargoed until Friday")),
                 QStringLiteral("Scheduled"));
        QCOMPARE(statuses.value(QStringLiteral("Out already")), QStringLiteral("Published"));
    }

    void fetchMoreOnePageAtATime()
    {
        TestArchive archive;
        QVERIFY(archive.store().saveAll(stories(ArchiveListModel::kPageSize * 2 + 17)));
        auto gateway = delayedGateway(archive.path());
        ArchiveListModel model(*gateway);
        attachTester(&model);
        const auto settled = settledAtTheEnd(*gateway);
        QVERIFY(model.isLoading()); // 50 ms away: certainly not answered yet
        QSignalSpy loaded(&model, &ArchiveListModel::loaded);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy loading(&model, &ArchiveListModel::loadingChanged);
        QVERIFY(loaded.wait());
        QCOMPARE(model.rowCount(), ArchiveListModel::kPageSize);

        model.fetchMore({});
        QVERIFY(model.isLoading());
        QVERIFY(!model.canFetchMore({}));
        for (int i = 0; i < 3; ++i) // a view scrolling on while the page is on its way
            model.fetchMore({});
        QCOMPARE(gateway->pendingRequests(), 1);
        QCOMPARE(model.rowCount(), ArchiveListModel::kPageSize); // the page comes later
        QVERIFY(loaded.wait());
        QCOMPARE(model.rowCount(), ArchiveListModel::kPageSize * 2);
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(inserted.at(0).at(1).toInt(), ArchiveListModel::kPageSize);
        QCOMPARE(inserted.at(0).at(2).toInt(), ArchiveListModel::kPageSize * 2 - 1);

        model.fetchMore({});
        model.fetchMore({});
        QCOMPARE(gateway->pendingRequests(), 1);
        QVERIFY(loaded.wait());
        QCOMPARE(model.rowCount(), model.totalCount());
        QCOMPARE(inserted.count(), 2);
        QVERIFY(!model.canFetchMore({}));
        QCOMPARE(headline(model, model.rowCount() - 1), QStringLiteral("Story 0"));
        // Busy and idle, once per request: reload, page, page.
        QCOMPARE(loading.count(), 5); // the constructor's "true" came before the spy
        QCOMPARE(loading.last().at(0).toBool(), false);
    }

    // A reload keeps the rows shown until its answer, and drops the page on its way.
    void reloadKeepsRowsAndDropsPages()
    {
        TestArchive archive;
        QList<Article> cups;
        for (int i = 0; i < 3; ++i) {
            cups.append(makeArticle(QStringLiteral("Cup final %1").arg(i)));
            cups.last().section = QStringLiteral("Sport");
        }
        QVERIFY(archive.store().saveAll(cups)); // the oldest: on the list's second page
        QVERIFY(archive.store().saveAll(stories(ArchiveListModel::kPageSize + 50)));
        auto gateway = delayedGateway(archive.path());
        ArchiveListModel model(*gateway);
        attachTester(&model);
        const auto settled = settledAtTheEnd(*gateway);
        QSignalSpy loaded(&model, &ArchiveListModel::loaded);
        QVERIFY(loaded.wait());
        const QStringList before = headlines(model);

        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        model.fetchMore({});
        ArticleFilter sport;
        sport.section = QStringLiteral("Sport");
        model.setFilter(sport);
        QVERIFY(model.isLoading());
        QCOMPARE(headlines(model), before); // no flash of an empty list
        QCOMPARE(reset.count(), 0);

        QVERIFY(loaded.wait());
        QCOMPARE(reset.count(), 1);
        QCOMPARE(headlines(model), (QStringList{"Cup final 2", "Cup final 1", "Cup final 0"}));
        QCOMPARE(model.data(model.index(0, ArchiveListModel::Section)).toString(),
                 QStringLiteral("Sport"));
        QCOMPARE(model.data(model.index(0, ArchiveListModel::Headline), ArchiveListModel::IdRole)
                     .toLongLong(),
                 model.articleId(0));
        QVERIFY(test::settled(*gateway));
        QCOMPARE(inserted.count(), 0); // the old filter's page never joined the new rows
        QCOMPARE(model.rowCount(), 3);
    }

    void searchShowsRankedHitsWithSnippets()
    {
        TestArchive archive;
        archive.saved(makeArticle(QStringLiteral("Harbour dredging begins"),
                                  QStringLiteral("Work starts on Monday.")));
        archive.saved(makeArticle(
            QStringLiteral("Port news"),
            QStringLiteral("The harbour authority said dredging of the harbour will take a month. "
                           "Fishing boats moved to the north quay.")));
        archive.saved(
            makeArticle(QStringLiteral("Council vote"), QStringLiteral("The council met late.")));
        auto gateway = openGateway(archive.path());
        ArchiveListModel model(*gateway);
        attachTester(&model);
        const auto settled = settledAtTheEnd(*gateway);
        QVERIFY(answered(model));

        model.setSearchText(QStringLiteral("harbour dredging"));
        QVERIFY(model.isSearching());
        QVERIFY(answered(model));
        // The headline match ranks first, although the other says "harbour" twice.
        QCOMPARE(headlines(model), (QStringList{"Harbour dredging begins", "Port news"}));
        QCOMPARE(model.totalCount(), 2);
        QVERIFY(!model.canFetchMore({}));

        model.setSearchText(QStringLiteral("fishing"));
        QVERIFY(answered(model));
        QCOMPARE(headlines(model), QStringList{"Port news"});
        const QString snippet = model.data(model.index(0, ArchiveListModel::Match)).toString();
        QVERIFY2(snippet.contains(QStringLiteral("Fishing boats")), qPrintable(snippet));
        QVERIFY2(!snippet.contains(SearchHit::kMarkStart) && !snippet.contains(SearchHit::kMarkEnd),
                 qPrintable(snippet));

        model.setSearchText(QString());
        QVERIFY(!model.isSearching());
        QVERIFY(answered(model));
        QCOMPARE(model.rowCount(), 3);
        QVERIFY(model.data(model.index(0, ArchiveListModel::Match)).toString().isEmpty());
    }

    // Typing "a", then "b" before the archive answered "a": only b's answer is shown.
    void newerSearchReplacesOlder()
    {
        TestArchive archive;
        archive.saved(
            makeArticle(QStringLiteral("Ferry timetable"), QStringLiteral("Boats sail at noon.")));
        archive.saved(
            makeArticle(QStringLiteral("Council vote"), QStringLiteral("The council met late.")));
        archive.saved(makeArticle(QStringLiteral("Orchestra season"),
                                  QStringLiteral("The orchestra opens in May.")));
        auto gateway = delayedGateway(archive.path());
        ArchiveListModel model(*gateway);
        attachTester(&model);
        const auto settled = settledAtTheEnd(*gateway);
        QSignalSpy loaded(&model, &ArchiveListModel::loaded);
        QVERIFY(loaded.wait());
        QCOMPARE(model.rowCount(), 3);

        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        model.setSearchText(QStringLiteral("ferry")); // starts at once: the lane is idle
        model.setSearchText(QStringLiteral("council"));
        QCOMPARE(model.rowCount(), 3); // the list as it was, until the answer
        QVERIFY(loaded.wait());
        QCOMPARE(headlines(model), QStringList{"Council vote"});
        // The archive answered "ferry" too (it was running); that answer is dropped.
        QVERIFY(test::settled(*gateway));
        QCoreApplication::processEvents();
        QCOMPARE(reset.count(), 1);
        QCOMPARE(loaded.count(), 2);
        QCOMPARE(headlines(model), QStringList{"Council vote"});

        // Three quickly: the middle one is cancelled while it waits its turn.
        model.setSearchText(QStringLiteral("ferry"));
        model.setSearchText(QStringLiteral("orchestra"));
        model.setSearchText(QStringLiteral("boats"));
        QVERIFY(test::settled(*gateway));
        QTRY_COMPARE(loaded.count(), 3);
        QCOMPARE(reset.count(), 2);
        QCOMPARE(headlines(model), QStringList{"Ferry timetable"});
        QVERIFY(!model.isLoading());
    }

    void sortsByColumn()
    {
        TestArchive archive;
        archive.saved(makeArticle(QStringLiteral("banana")));
        archive.saved(makeArticle(QStringLiteral("Apple")));
        auto gateway = openGateway(archive.path());
        ArchiveListModel model(*gateway);
        attachTester(&model);
        const auto settled = settledAtTheEnd(*gateway);
        QVERIFY(answered(model));
        model.sort(ArchiveListModel::Headline, Qt::AscendingOrder);
        QVERIFY(answered(model));
        QCOMPARE(headlines(model), (QStringList{"Apple", "banana"}));
        model.sort(ArchiveListModel::Headline, Qt::DescendingOrder);
        QVERIFY(answered(model));
        QCOMPARE(headlines(model), (QStringList{"banana", "Apple"}));
    }

    // A saved article's row changes in place: no reset, so the view keeps its scroll.
    void updateRowInPlace()
    {
        TestArchive archive;
        Article a = archive.saved(makeArticle(QStringLiteral("Before")));
        auto gateway = openGateway(archive.path());
        ArchiveListModel model(*gateway);
        attachTester(&model);
        const auto settled = settledAtTheEnd(*gateway);
        QVERIFY(answered(model));
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        a.headline = QStringLiteral("After");
        a = archive.saved(a);
        model.updateRow(*archive.store().summary(a.id));
        QCOMPARE(reset.count(), 0);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(headline(model, 0), QStringLiteral("After"));
        QCOMPARE(model.rowOf(a.id), 0);
        QCOMPARE(model.rowOf(999), -1);
    }

    // Another connection's changes: rows in place when only their contents changed (the
    // window's own article left to its editor), a reload of its own when rows came.
    void refreshRowsAfterAnotherConnection()
    {
        TestArchive archive;
        Article own = archive.saved(makeArticle(QStringLiteral("Own story")));
        Article theirs = archive.saved(makeArticle(QStringLiteral("Their story")));
        auto gateway = delayedGateway(archive.path());
        ArchiveListModel model(*gateway);
        attachTester(&model);
        const auto settled = settledAtTheEnd(*gateway);
        QSignalSpy loaded(&model, &ArchiveListModel::loaded);
        QVERIFY(loaded.wait());
        QCOMPARE(headlines(model), (QStringList{"Their story", "Own story"}));

        auto other = archive.openAgain();
        theirs.headline = QStringLiteral("Their story, updated");
        theirs = *other->save(theirs);
        own.headline = QStringLiteral("Own story, saved by this window");
        own = *other->save(own);
        // Saved last, the own article moved to the top: left out of the comparison, and
        // left to the editor.
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.refreshRows(own.id);
        QCOMPARE(changed.count(), 0); // nothing waited for
        QVERIFY(changed.wait());
        QCOMPARE(reset.count(), 0);
        QCOMPARE(
            model.data(model.index(model.rowOf(theirs.id), ArchiveListModel::Headline)).toString(),
            QStringLiteral("Their story, updated"));
        QCOMPARE(
            model.data(model.index(model.rowOf(own.id), ArchiveListModel::Headline)).toString(),
            QStringLiteral("Own story"));

        QVERIFY(other->save(makeArticle(QStringLiteral("A new story"))));
        model.refreshRows(own.id);
        QVERIFY(reset.wait()); // rows came: it reloads by itself
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.totalCount(), 3);
        QCOMPARE(headline(model, 0), QStringLiteral("A new story"));

        // While searching, ranked results stay as they are.
        model.setSearchText(QStringLiteral("story"));
        QVERIFY(loaded.wait());
        const int resets = reset.count();
        QVERIFY(other->save(makeArticle(QStringLiteral("Another story"))));
        model.refreshRows(own.id);
        QCOMPARE(gateway->pendingRequests(), 0);
        QCOMPARE(reset.count(), resets);
    }

    void errorsAreReported()
    {
        TestArchive archive;
        archive.saved(makeArticle(QStringLiteral("Unreachable")));
        const QString why = QStringLiteral("The archive's server does not answer.");
        auto gateway = openGateway(archive.path(), [why] {
            return StoreResult<std::unique_ptr<ArticleStore>>(
                storeFailure(StoreError::Code::Io, why));
        });
        ArchiveListModel model(*gateway);
        attachTester(&model);
        const auto settled = settledAtTheEnd(*gateway);
        QVERIFY(answered(model));
        QCOMPARE(model.lastError(), why);
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(!model.canFetchMore({}));

        QSignalSpy errors(&model, &ArchiveListModel::errorOccurred);
        QSignalSpy loaded(&model, &ArchiveListModel::loaded);
        model.setSearchText(QStringLiteral("unreachable"));
        QTRY_COMPARE(loaded.count(), 1);
        QCOMPARE(errors.count(), 1);
        QCOMPARE(errors.at(0).at(0).toString(), why);
        QVERIFY(!model.isLoading());
    }

    // The whole point: with a store 50 ms away, the GUI thread keeps running while the
    // list waits for its answers (the old, blocking list stopped it for every one).
    void guiThreadKeepsRunning()
    {
        TestArchive archive;
        QVERIFY(archive.store().saveAll(stories(ArchiveListModel::kPageSize * 2)));
        auto gateway = delayedGateway(archive.path());

        QElapsedTimer clock;
        qint64 lastTick = 0;
        qint64 longestGap = 0;
        int ticks = 0;
        QTimer ticker;
        ticker.setTimerType(Qt::PreciseTimer);
        ticker.setInterval(10);
        connect(&ticker, &QTimer::timeout, this, [&] {
            const qint64 now = clock.elapsed();
            longestGap = std::max(longestGap, now - lastTick);
            lastTick = now;
            ++ticks;
        });
        clock.start();
        ticker.start();

        ArchiveListModel model(*gateway);
        attachTester(&model);
        const auto settled = settledAtTheEnd(*gateway);
        QSignalSpy loaded(&model, &ArchiveListModel::loaded);
        QVERIFY(loaded.wait());                       // count and first page: two calls
        model.setSearchText(QStringLiteral("story")); // ranked hits: one call
        QVERIFY(loaded.wait());
        model.setSearchText(QString());
        QVERIFY(loaded.wait());
        model.fetchMore({}); // a page: one call
        QVERIFY(loaded.wait());
        model.refreshRows(0); // count and rows: two calls
        QVERIFY(test::settled(*gateway));
        ticker.stop();
        const qint64 waited = clock.elapsed();

        qInfo("GUI thread: %d ticks in %lld ms with the store %lld ms away per call; the "
              "longest gap between ticks was %lld ms",
              ticks, waited, qint64(kDelay.count()), longestGap);
        QVERIFY2(longestGap < kDelay.count() / 2,
                 qPrintable(QStringLiteral("the GUI thread stopped for %1 ms").arg(longestGap)));
        QVERIFY(ticks >= int(waited / 10 / 2));
        QVERIFY(waited >= 7 * kDelay.count()); // the answers really took their time
        QCOMPARE(model.rowCount(), ArchiveListModel::kPageSize * 2);
    }

    // The browser selects an article once the answer that lists it comes, without
    // reporting it as the reader's choice.
    void browserSelectsOnceLoaded()
    {
        TestArchive archive;
        const Article first = archive.saved(makeArticle(QStringLiteral("First")));
        auto gateway = delayedGateway(archive.path());
        ArchiveBrowser browser(*gateway);
        attachTester(browser.model());
        const auto settled = settledAtTheEnd(*gateway);
        QSignalSpy chosen(&browser, &ArchiveBrowser::articleSelected);
        QSignalSpy loaded(browser.model(), &ArchiveListModel::loaded);
        browser.select(first.id); // before the list has it
        QCOMPARE(browser.currentId(), 0);
        QVERIFY(loaded.wait());
        QCOMPARE(browser.currentId(), first.id);

        // Saved elsewhere, then the window reloads and selects it: the old rows stay
        // (with their selection) until the answer, then the new one is selected.
        const Article second = *archive.openAgain()->save(makeArticle(QStringLiteral("Second")));
        browser.reload();
        browser.select(second.id);
        QCOMPARE(browser.currentId(), first.id);
        QVERIFY(loaded.wait());
        QCOMPARE(browser.currentId(), second.id);

        // A reload of the list's own (rows came elsewhere) keeps the selection.
        archive.openAgain()->save(makeArticle(QStringLiteral("Third")));
        browser.refreshFromArchive(0);
        QVERIFY(loaded.wait());
        QCOMPARE(browser.model()->rowCount(), 3);
        QCOMPARE(browser.currentId(), second.id);

        // The reader's choice is reported, and followed through the next reload.
        browser.view()->setCurrentIndex(
            browser.model()->index(browser.model()->rowOf(first.id), 0));
        QCOMPARE(chosen.count(), 1);
        QCOMPARE(chosen.at(0).at(0).toLongLong(), first.id);
        browser.reload();
        QVERIFY(loaded.wait());
        QCOMPARE(browser.currentId(), first.id);
        QCOMPARE(chosen.count(), 1);

        // An article the list does not show (filtered out, say): nothing selected.
        browser.select(999);
        QCOMPARE(browser.currentId(), 0);
    }

    // "Searching…" while the archive takes its time, then how many it found.
    void browserShowsItsBusyState()
    {
        TestArchive archive;
        archive.saved(makeArticle(QStringLiteral("Ferry timetable")));
        archive.saved(makeArticle(QStringLiteral("Council vote")));
        auto gateway = delayedGateway(archive.path(), 300ms);
        ArchiveBrowser browser(*gateway);
        browser.resize(900, 600); // roomy: section and date show beside the headline
        browser.show();
        attachTester(browser.model());
        const auto settled = settledAtTheEnd(*gateway);
        auto *state = browser.findChild<QLabel *>(QStringLiteral("archiveListState"));
        QVERIFY(state);
        QSignalSpy loaded(browser.model(), &ArchiveListModel::loaded);
        QVERIFY(loaded.wait(5000));
        QCOMPARE(state->text(), QStringLiteral("Articles: 2"));

        QSignalSpy errors(&browser, &ArchiveBrowser::errorOccurred);
        browser.searchField()->setText(QStringLiteral("ferry"));
        QTRY_COMPARE(state->text(), QStringLiteral("Searching…"));
        QVERIFY(browser.model()->isLoading());
        QCOMPARE(browser.model()->rowCount(), 2); // the list as it was meanwhile
        QTRY_COMPARE_WITH_TIMEOUT(state->text(), QStringLiteral("Matches: 1"), 5000);
        QCOMPARE(browser.model()->rowCount(), 1);
        // A result shows the whole headline with the passage beneath it (SearchResultDelegate).
        QVERIFY(qobject_cast<SearchResultDelegate *>(
            browser.view()->itemDelegateForColumn(ArchiveListModel::Headline)));
        QVERIFY(browser.view()->rowHeight(0) >=
                SearchResultDelegate::rowHeight(browser.view()->fontMetrics()));
        QVERIFY(browser.view()->isColumnHidden(ArchiveListModel::Section));

        browser.searchField()->clear();
        QTRY_COMPARE(state->text(), QStringLiteral("Loading…"));
        QTRY_COMPARE_WITH_TIMEOUT(state->text(), QStringLiteral("Articles: 2"), 5000);
        QVERIFY(!browser.view()->itemDelegateForColumn(ArchiveListModel::Headline));
        QVERIFY(!browser.view()->isColumnHidden(ArchiveListModel::Section));
        // The first-start panel of a 1600-pixel window: the headline keeps the room (it was
        // cut to "Storm ..." beside the section and the time).
        browser.resize(300, 600);
        QTRY_VERIFY(browser.view()->isColumnHidden(ArchiveListModel::Section));
        QCOMPARE(errors.count(), 0);
    }

    void browserReportsErrors()
    {
        TestArchive archive;
        const QString why = QStringLiteral("The archive's server does not answer.");
        auto gateway = openGateway(archive.path(), [why] {
            return StoreResult<std::unique_ptr<ArticleStore>>(
                storeFailure(StoreError::Code::Io, why));
        });
        ArchiveBrowser browser(*gateway);
        const auto settled = settledAtTheEnd(*gateway);
        QVERIFY(answered(*browser.model()));
        QSignalSpy errors(&browser, &ArchiveBrowser::errorOccurred);
        browser.reload();
        QTRY_COMPARE(errors.count(), 1);
        QCOMPARE(errors.at(0).at(0).toString(), why);
    }
};

QTEST_MAIN(TestArchiveListModel)
#include "tst_archivelistmodel.moc"
