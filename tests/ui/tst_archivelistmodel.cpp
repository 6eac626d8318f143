#include "TestArchive.h"
#include "TestGateway.h"
#include "browser/ArchiveListModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace newsroom;
using namespace newsroom::test;

class TestArchiveListModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void fetchesPageByPage()
    {
        TestArchive archive;
        QList<Article> articles;
        for (int i = 0; i < ArchiveListModel::kPageSize * 2 + 17; ++i)
            articles.append(makeArticle(QStringLiteral("Story %1").arg(i)));
        QVERIFY(archive.store().saveAll(articles));

        auto gateway = openGateway(archive.path());
        ArchiveListModel model(*gateway);
        QCOMPARE(model.rowCount(), 0); // nothing is read before a view asks
        QVERIFY(model.canFetchMore({}));
        model.fetchMore({});
        QCOMPARE(model.rowCount(), ArchiveListModel::kPageSize);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        // Newest first: the last saved has the highest id.
        QCOMPARE(model.data(model.index(0, ArchiveListModel::Headline)).toString(),
                 QStringLiteral("Story %1").arg(articles.size() - 1));
        while (model.canFetchMore({}))
            model.fetchMore({});
        QCOMPARE(model.rowCount(), articles.size());
        QCOMPARE(model.data(model.index(0, ArchiveListModel::Status)).toString(),
                 QStringLiteral("Draft"));
        QVERIFY(model.articleId(0) > model.articleId(1));
        QCOMPARE(model.articleId(-1), 0);
    }

    void filterResets()
    {
        TestArchive archive;
        Article sport = makeArticle(QStringLiteral("Cup final"));
        sport.section = QStringLiteral("Sport");
        archive.saved(sport);
        archive.saved(makeArticle(QStringLiteral("Budget")));
        auto gateway = openGateway(archive.path());
        ArchiveListModel model(*gateway);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        ArticleFilter filter;
        filter.section = QStringLiteral("Sport");
        model.setFilter(filter);
        QCOMPARE(reset.count(), 1);
        model.fetchMore({});
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.data(model.index(0, ArchiveListModel::Section)).toString(),
                 QStringLiteral("Sport"));
        QCOMPARE(model.data(model.index(0, ArchiveListModel::Headline), ArchiveListModel::IdRole)
                     .toLongLong(),
                 model.articleId(0));
    }

    void searchShowsRankedHitsWithSnippets()
    {
        TestArchive archive;
        archive.saved(
            makeArticle(QStringLiteral("Ferry timetable"), QStringLiteral("Boats sail at noon.")));
        archive.saved(
            makeArticle(QStringLiteral("Council vote"), QStringLiteral("The council met late.")));
        auto gateway = openGateway(archive.path());
        ArchiveListModel model(*gateway);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSearchText(QStringLiteral("boats"));
        QVERIFY(model.isSearching());
        QCOMPARE(model.rowCount(), 1);
        QVERIFY(!model.canFetchMore({}));
        QCOMPARE(model.data(model.index(0, ArchiveListModel::Headline)).toString(),
                 QStringLiteral("Ferry timetable"));
        QCOMPARE(model.data(model.index(0, ArchiveListModel::Match)).toString(),
                 QStringLiteral("Boats sail at noon."));
        model.setSearchText(QString());
        model.fetchMore({});
        QCOMPARE(model.rowCount(), 2);
        QVERIFY(model.data(model.index(0, ArchiveListModel::Match)).toString().isEmpty());
    }

    void sortsByColumn()
    {
        TestArchive archive;
        archive.saved(makeArticle(QStringLiteral("banana")));
        archive.saved(makeArticle(QStringLiteral("Apple")));
        auto gateway = openGateway(archive.path());
        ArchiveListModel model(*gateway);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.sort(ArchiveListModel::Headline, Qt::AscendingOrder);
        model.fetchMore({});
        QCOMPARE(model.data(model.index(0, ArchiveListModel::Headline)).toString(),
                 QStringLiteral("Apple"));
        model.sort(ArchiveListModel::Headline, Qt::DescendingOrder);
        model.fetchMore({});
        QCOMPARE(model.data(model.index(0, ArchiveListModel::Headline)).toString(),
                 QStringLiteral("banana"));
    }

    // A saved article's row changes in place: no reset, so the view keeps its scroll.
    void updateRowInPlace()
    {
        TestArchive archive;
        Article a = archive.saved(makeArticle(QStringLiteral("Before")));
        auto gateway = openGateway(archive.path());
        ArchiveListModel model(*gateway);
        model.fetchMore({});
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        a.headline = QStringLiteral("After");
        a = archive.saved(a);
        model.updateRow(*archive.store().summary(a.id));
        QCOMPARE(reset.count(), 0);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(model.data(model.index(0, ArchiveListModel::Headline)).toString(),
                 QStringLiteral("After"));
        QCOMPARE(model.rowOf(a.id), 0);
        QCOMPARE(model.rowOf(999), -1);
    }
};

QTEST_GUILESS_MAIN(TestArchiveListModel)
#include "tst_archivelistmodel.moc"
