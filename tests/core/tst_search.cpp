// Search's contract, run against both archives: a file, and (tst_search_pg) a server.
#include "ArchiveUnderTest.h"

#include <QTest>

using namespace newsroom;
using namespace newsroom::test;

namespace {
QStringList slugsFor(ArticleStore &store, const QString &text, const ArticleFilter &filter = {})
{
    auto hits = store.search(SearchQuery{text, filter, 20});
    if (!hits)
        return {QStringLiteral("error: ") + hits.error().message};
    QStringList slugs;
    for (const SearchHit &hit : *hits)
        slugs.append(hit.article.slug);
    return slugs;
}

Article article(const QString &slug, const QString &headline, const QString &body)
{
    Article a = makeArticle(headline, body);
    a.slug = slug;
    a.dek.clear();
    a.tags.clear();
    return a;
}
} // namespace

class TestSearch : public QObject
{
    Q_OBJECT

    ArchiveUnderTest *m_archive = nullptr;

private Q_SLOTS:
    void initTestCase()
    {
        m_archive = new ArchiveUnderTest;
        auto &a = *m_archive;
        a.saved(article(QStringLiteral("harbour-headline"),
                        QStringLiteral("Harbour dredging begins"),
                        QStringLiteral("Work starts on Monday.")));
        a.saved(
            article(QStringLiteral("harbour-body"), QStringLiteral("Port news"),
                    QStringLiteral("The harbour authority said dredging of the harbour will take "
                                   "a month. Fishing boats moved to the north quay.")));
        Article budget =
            article(QStringLiteral("council-budget"), QStringLiteral("Council budget vote"),
                    QStringLiteral("The city council approved the budget after a long night."));
        budget.section = QStringLiteral("Politics");
        budget.tags = {QStringLiteral("local government")};
        budget.status = ArticleStatus::Published;
        budget.publishedAt = QDateTime(QDate(2026, 1, 10), QTime(8, 0), Qt::UTC);
        a.saved(budget);
        a.saved(
            article(QStringLiteral("seoul-center"), QStringLiteral("서울 데이터센터 착공"),
                    QStringLiteral(
                        "서울시가 데이터센터를 짓는다. 이 센터가 완공되면 폐열을 난방에 쓴다.")));
        a.saved(article(
            QStringLiteral("arabic-water"), QStringLiteral("محطة لتحلية المياه"),
            QStringLiteral("افتُتِحَت المحطة يوم الأحد، وقال أحمد إن المدينة ستحصل على المياه.")));
        a.saved(article(QStringLiteral("tokyo"), QStringLiteral("東京で会議"),
                        QStringLiteral("東京都は新しい計画を発表した。")));
        a.saved(article(QStringLiteral("cafe"), QStringLiteral("Café culture returns"),
                        QStringLiteral("Naïve visitors queue for pastéis.")));
    }
    void cleanupTestCase() { delete m_archive; }

    void headlineMatchesRankFirst()
    {
        const QStringList slugs = slugsFor(m_archive->store(), QStringLiteral("harbour dredging"));
        QCOMPARE(slugs, (QStringList{"harbour-headline", "harbour-body"}));
    }

    void snippetMarksTheMatch()
    {
        auto hits = m_archive->store().search({QStringLiteral("fishing"), {}, 5});
        QVERIFY(hits && hits->size() == 1);
        const QString snippet = hits->front().snippet;
        QVERIFY2(snippet.contains(SearchHit::kMarkStart + QStringLiteral("Fishing") +
                                  SearchHit::kMarkEnd),
                 qPrintable(snippet));
        QVERIFY(hits->front().score > 0);
    }

    void koreanStemInsideLongerWord()
    {
        // 센터 is written inside 센터가 and 데이터센터를: no spaces to split on.
        QCOMPARE(slugsFor(m_archive->store(), QStringLiteral("센터")), QStringList{"seoul-center"});
        QCOMPARE(slugsFor(m_archive->store(), QStringLiteral("데이터센터")),
                 QStringList{"seoul-center"});
        QCOMPARE(slugsFor(m_archive->store(), QStringLiteral("완공")), QStringList{"seoul-center"});
        QCOMPARE(slugsFor(m_archive->store(), QStringLiteral("센")), QStringList{"seoul-center"});
        QVERIFY(slugsFor(m_archive->store(), QStringLiteral("센터다")).isEmpty());
        auto hits = m_archive->store().search({QStringLiteral("센터"), {}, 5});
        QVERIFY(hits->front().snippet.contains(SearchHit::kMarkStart));
    }

    void japanese()
    {
        QCOMPARE(slugsFor(m_archive->store(), QStringLiteral("東京")), QStringList{"tokyo"});
        QCOMPARE(slugsFor(m_archive->store(), QStringLiteral("計画")), QStringList{"tokyo"});
    }

    void arabicIgnoresDiacriticsAndLetterForms()
    {
        // The body writes افتُتِحَت with harakat and أحمد with hamza; readers search without.
        QCOMPARE(slugsFor(m_archive->store(), QStringLiteral("افتتحت")),
                 QStringList{"arabic-water"});
        QCOMPARE(slugsFor(m_archive->store(), QStringLiteral("احمد")), QStringList{"arabic-water"});
        QCOMPARE(slugsFor(m_archive->store(), QStringLiteral("المياه")),
                 QStringList{"arabic-water"});
        QCOMPARE(slugsFor(m_archive->store(), QStringLiteral("المدينة")),
                 QStringList{"arabic-water"});
    }

    void accentsAndCase()
    {
        QCOMPARE(slugsFor(m_archive->store(), QStringLiteral("cafe")), QStringList{"cafe"});
        QCOMPARE(slugsFor(m_archive->store(), QStringLiteral("NAIVE")), QStringList{"cafe"});
        QCOMPARE(slugsFor(m_archive->store(), QStringLiteral("pastéis")), QStringList{"cafe"});
    }

    void operators()
    {
        auto &store = m_archive->store();
        QCOMPARE(slugsFor(store, QStringLiteral("\"harbour authority\"")),
                 QStringList{"harbour-body"});
        QVERIFY(slugsFor(store, QStringLiteral("\"authority harbour\"")).isEmpty());
        QCOMPARE(slugsFor(store, QStringLiteral("dredg*")).size(), 2);
        QCOMPARE(slugsFor(store, QStringLiteral("harbour -fishing")),
                 QStringList{"harbour-headline"});
        QCOMPARE(slugsFor(store, QStringLiteral("fishing OR council")).size(), 2);
        QCOMPARE(slugsFor(store, QStringLiteral("government")),
                 QStringList{"council-budget"}); // tags
    }

    void hostileInputIsText()
    {
        auto &store = m_archive->store();
        for (const QString &text : {QStringLiteral("NEAR("), QStringLiteral("\""),
                                    QStringLiteral("body:"), QStringLiteral("* AND OR NOT"),
                                    QStringLiteral("'; DROP TABLE articles; --"), QString()}) {
            auto hits = store.search({text, {}, 10});
            QVERIFY2(hits, qPrintable(text));
        }
        QCOMPARE(*store.count({}), 7);
    }

    void filters()
    {
        auto &store = m_archive->store();
        ArticleFilter politics;
        politics.section = QStringLiteral("politics");
        QCOMPARE(slugsFor(store, QStringLiteral("budget"), politics),
                 QStringList{"council-budget"});
        ArticleFilter elsewhere;
        elsewhere.section = QStringLiteral("Sport");
        QVERIFY(slugsFor(store, QStringLiteral("budget"), elsewhere).isEmpty());
        ArticleFilter published;
        published.status = ArticleStatus::Published;
        QCOMPARE(slugsFor(store, QStringLiteral("council OR harbour"), published),
                 QStringList{"council-budget"});
        ArticleFilter tagged;
        tagged.tag = QStringLiteral("Local Government");
        QCOMPARE(slugsFor(store, QStringLiteral("council"), tagged), QStringList{"council-budget"});
        ArticleFilter january;
        january.from = QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC);
        january.to = QDateTime(QDate(2026, 1, 31), QTime(23, 59), Qt::UTC);
        QCOMPARE(slugsFor(store, QStringLiteral("council"), january),
                 QStringList{"council-budget"});
        january.to = QDateTime(QDate(2026, 1, 5), QTime(0, 0), Qt::UTC);
        QVERIFY(slugsFor(store, QStringLiteral("council"), january).isEmpty());
    }

    void editsReachTheIndex()
    {
        ArchiveUnderTest archive;
        Article a = archive.saved(
            makeArticle(QStringLiteral("Orchard frost"), QStringLiteral("Apples lost.")));
        a.body = QStringLiteral("Pears lost.");
        a.tags = {QStringLiteral("farming")};
        a = archive.saved(a);
        QVERIFY(slugsFor(archive.store(), QStringLiteral("apples")).isEmpty());
        QCOMPARE(slugsFor(archive.store(), QStringLiteral("pears")).size(), 1);
        QCOMPARE(slugsFor(archive.store(), QStringLiteral("farming")).size(), 1);
        QVERIFY(slugsFor(archive.store(), QStringLiteral("climate")).isEmpty());
        QVERIFY(archive.searchIndexIsSound());
    }

    void limitIsHonoured()
    {
        ArchiveUnderTest archive;
        QList<Article> many;
        for (int i = 0; i < 30; ++i)
            many.append(makeArticle(QStringLiteral("Flood update %1").arg(i)));
        QVERIFY(archive.store().saveAll(many));
        QCOMPARE(archive.store().search({QStringLiteral("flood"), {}, 7})->size(), 7);
        QCOMPARE(archive.store().search({QStringLiteral("flood"), {}, 0})->size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestSearch)
#include "tst_search.moc"
