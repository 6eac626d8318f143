#include "TestArchive.h"
#include "model/ArchiveListModel.h"

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

        ArchiveListModel model(archive.store());
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
                 QStringLiteral("draft"));
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
        ArchiveListModel model(archive.store());
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
};

QTEST_GUILESS_MAIN(TestArchiveListModel)
#include "tst_archivelistmodel.moc"
