// The related panel's "Add from the archive" field on a real archive a network away: the
// matches come when the archive answers, the newest search wins, and nothing waits.

#include "TestArchive.h"
#include "TestGateway.h"
#include "related/ArchivePicker.h"
#include "store/DelayedArticleStore.h"

#include <QAbstractItemModelTester>
#include <QAbstractItemView>
#include <QCompleter>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QTest>
#include <QToolTip>

using namespace newsroom;
using namespace newsroom::test;
using namespace std::chrono_literals;

class TestArchivePicker : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestArchive> m_archive;
    std::unique_ptr<ArchiveGateway> m_gateway;
    std::unique_ptr<ArchivePicker> m_picker;

    void openPicker(std::chrono::milliseconds delay)
    {
        const QString path = m_archive->path();
        m_gateway = openGateway(
            path, DelayedArticleStore::delayed(SqliteArticleStore::opener(path), delay));
        m_picker = std::make_unique<ArchivePicker>(*m_gateway);
        new QAbstractItemModelTester(m_picker->results(),
                                     QAbstractItemModelTester::FailureReportingMode::QtTest,
                                     m_picker.get());
        m_picker->show();
        m_picker->activateWindow();
        m_picker->setFocus();
        QVERIFY(QTest::qWaitForWindowActive(m_picker.get()));
    }

    QStringList shown() const
    {
        QStringList headlines;
        for (int row = 0; row < m_picker->results()->rowCount(); ++row)
            headlines.append(m_picker->results()->item(row)->toolTip());
        return headlines;
    }

    bool settled() const
    {
        return QTest::qWaitFor([this] { return m_gateway->pendingRequests() == 0; }, 20000);
    }

private Q_SLOTS:
    void init()
    {
        m_archive = std::make_unique<TestArchive>();
        Article ferry = makeArticle(QStringLiteral("Ferry crossings resume after the storm"));
        ferry.status = ArticleStatus::Published;
        m_archive->saved(ferry);
        m_archive->saved(makeArticle(QStringLiteral("Orchestra opens its winter season")));
        m_archive->saved(makeArticle(QStringLiteral("Council votes on the ferry budget")));
    }

    void cleanup()
    {
        // Every answer comes before the field goes (Qt 6.4 asserts on one for a field gone).
        if (m_gateway)
            QVERIFY(settled());
        m_picker.reset();
        m_gateway.reset();
        m_archive.reset();
    }

    // Typed, then a pause: the matches come with the archive's answer, and the drop-down
    // opens on them.
    void typingShowsTheMatchesWhenTheyCome()
    {
        openPicker(200ms); // long enough to see it wait
        QTest::keyClicks(m_picker.get(), QStringLiteral("orchestra"));
        QVERIFY(!m_picker->isSearching()); // a pause in typing first
        QTRY_VERIFY(m_picker->isSearching());
        QCOMPARE(m_picker->results()->rowCount(), 0); // nothing waited for
        QCOMPARE(m_picker->toolTip(), QStringLiteral("Searching…"));
        QTRY_COMPARE(shown(), QStringList{"Orchestra opens its winter season"});
        QVERIFY(!m_picker->isSearching());
        QVERIFY(m_picker->toolTip().isEmpty());
        QTRY_VERIFY(m_picker->findChild<QCompleter *>()->popup()->isVisible());
        QVERIFY(m_picker->results()->item(0)->text().startsWith(
            QStringLiteral("Orchestra opens its winter season \u2014 ")));

        // Typing on: the matches shown stay until the new ones come.
        QTest::keyClicks(m_picker.get(), QStringLiteral(" season"));
        QTRY_VERIFY(m_picker->isSearching());
        QCOMPARE(shown(), QStringList{"Orchestra opens its winter season"});
        QTRY_VERIFY(!m_picker->isSearching());
        QCOMPARE(shown(), QStringList{"Orchestra opens its winter season"});

        QSignalSpy picked(m_picker.get(), &ArchivePicker::articlePicked);
        m_picker->pick(0);
        QCOMPARE(picked.count(), 1);
        QCOMPARE(picked.at(0).at(0).value<ArticleSummary>().headline,
                 QStringLiteral("Orchestra opens its winter season"));
        QVERIFY(m_picker->text().isEmpty());
        QCOMPARE(m_picker->results()->rowCount(), 0);
    }

    // A slow answer: "Searching…" shows by the field until it comes.
    void slowAnswersShowSearching()
    {
        openPicker(400ms);
        m_picker->setText(QStringLiteral("ferry"));
        m_picker->searchNow();
        QTRY_VERIFY(QToolTip::isVisible());
        QCOMPARE(QToolTip::text(), QStringLiteral("Searching…"));
        QTRY_COMPARE_WITH_TIMEOUT(m_picker->results()->rowCount(), 2, 5000);
        QVERIFY(!QToolTip::isVisible() || QToolTip::text() != QStringLiteral("Searching…"));
    }

    // "ferry", then "orchestra" before the archive answered "ferry": only the newest
    // search's matches are shown; the older answer is dropped when it comes.
    void aStaleAnswerIsDropped()
    {
        openPicker(50ms);
        QSignalSpy inserted(m_picker->results(), &QAbstractItemModel::rowsInserted);
        m_picker->setText(QStringLiteral("ferry"));
        m_picker->searchNow(); // starts at once: the lane is idle
        m_picker->setText(QStringLiteral("orchestra"));
        m_picker->searchNow();
        QTRY_COMPARE(shown(), QStringList{"Orchestra opens its winter season"});
        QVERIFY(settled());
        QCoreApplication::processEvents();
        QCOMPARE(shown(), QStringList{"Orchestra opens its winter season"});
        QCOMPARE(inserted.count(), 1); // the ferry matches never came in

        // Picked while a newer search is on its way: that one's matches never pop up.
        m_picker->setText(QStringLiteral("ferry"));
        m_picker->searchNow();
        QSignalSpy picked(m_picker.get(), &ArchivePicker::articlePicked);
        m_picker->pick(0);
        QCOMPARE(picked.at(0).at(0).value<ArticleSummary>().headline,
                 QStringLiteral("Orchestra opens its winter season"));
        QVERIFY(settled());
        QCoreApplication::processEvents();
        QCOMPARE(m_picker->results()->rowCount(), 0);
        QVERIFY(!m_picker->isSearching());
    }

    // Emptied while a search is on its way: its answer is dropped, the list emptied.
    void clearingDropsTheSearch()
    {
        openPicker(50ms);
        m_picker->setText(QStringLiteral("ferry"));
        m_picker->searchNow();
        m_picker->clear();
        m_picker->searchNow();
        QVERIFY(!m_picker->isSearching());
        QVERIFY(settled());
        QCoreApplication::processEvents();
        QCOMPARE(m_picker->results()->rowCount(), 0);
    }

    void errorsShowInTheTooltip()
    {
        const QString why = QStringLiteral("The archive's server does not answer.");
        m_gateway = openGateway(m_archive->path(), [why] {
            return StoreResult<std::unique_ptr<ArticleStore>>(
                storeFailure(StoreError::Code::Io, why));
        });
        m_picker = std::make_unique<ArchivePicker>(*m_gateway);
        m_picker->setText(QStringLiteral("ferry"));
        m_picker->searchNow();
        QTRY_COMPARE(m_picker->toolTip(), why);
        QCOMPARE(m_picker->results()->rowCount(), 0);
    }
};

QTEST_MAIN(TestArchivePicker)
#include "tst_archivepicker.moc"
