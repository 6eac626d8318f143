// The ranking behind "more like this", with no store: an article's terms as the ranker reads
// them, the weight each gets, and how candidates are scored against them.

#include "search/ArticleTerms.h"
#include "search/RelatedRanker.h"

#include <QTest>

using namespace newsroom;

namespace {

ArticleTerms terms(const QString &headline, const QString &body, const QString &dek = {})
{
    return ArticleTerms(headline, dek, body, {});
}

// Statistics in which every looked-up term is in `others` other articles of `archive`,
// except those given.
RelatedRanker::Statistics statistics(const RelatedRanker &ranker, double archive,
                                     const QHash<QByteArray, int> &frequencies, int others = 3)
{
    RelatedRanker::Statistics stats;
    stats.archiveSize = archive;
    stats.commonCap = 2000;
    stats.articleIsArchived = true;
    for (const QByteArray &term : ranker.termsToLookUp())
        stats.documentFrequency.insert(term, frequencies.value(term, others + 1));
    return stats;
}

double weightOf(const RelatedRanker &ranker, const QByteArray &term)
{
    for (const auto &weighted : ranker.scoreTerms()) {
        if (weighted.term == term)
            return weighted.weight;
    }
    return 0;
}

QByteArrayList scoreTerms(const RelatedRanker &ranker)
{
    QByteArrayList out;
    for (const auto &weighted : ranker.scoreTerms())
        out.append(weighted.term);
    return out;
}

RelatedRanker::Candidate candidate(qint64 id, int length, const QList<int> &bodyCounts)
{
    RelatedRanker::Candidate c{id, length, {}};
    for (int count : bodyCounts)
        c.counts.append({0, 0, count, 0});
    return c;
}

} // namespace

class RelatedRankerTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void countsTermsPerField()
    {
        const ArticleTerms article(QStringLiteral("Bridge closed"), QStringLiteral("The bridge."),
                                   QStringLiteral("A bridge, 42 cracks in 2026."),
                                   {QStringLiteral("roads")});
        const auto &counts = article.terms().value("bridge").inField;
        QCOMPARE(counts[ArticleTerms::Headline], 1);
        QCOMPARE(counts[ArticleTerms::Dek], 1);
        QCOMPARE(counts[ArticleTerms::Body], 1);
        QCOMPARE(article.terms().value("roads").inField[ArticleTerms::Tags], 1);
        // Too short or numeric to say what a story is about, but still counted in the length
        // (as the full-text index counts a column).
        QVERIFY(!article.terms().contains("42"));
        QVERIFY(!article.terms().contains("2026"));
        QVERIFY(!article.terms().contains("in"));
        QCOMPARE(article.length(ArticleTerms::Body), 6);
    }

    // A name is written capitalized inside sentences; the first word of a sentence, a
    // heading or a headline says nothing either way.
    void recognisesNames()
    {
        const ArticleTerms article(
            QStringLiteral("Storm Elena Hits the Coast"), {},
            QStringLiteral("Storm Elena reached the coast on Monday. The storm felled trees, "
                           "and “Elena” flooded the Millbrook road.\n\n## Power\n\nCrews "
                           "from Északi Energia worked; the storm passed. Power returned."),
            {});
        const auto &t = article.terms();
        QVERIFY(t.value("elena").isName());
        QVERIFY(t.value("millbrook").isName());
        QVERIFY(t.value("monday").isName());
        QVERIFY(t.value("eszaki").isName()); // folded, as the index holds it
        QVERIFY(!t.value("storm").isName()); // "Storm Elena" once, "the storm" twice
        QVERIFY(!t.value("crews").isName()); // opens a paragraph
        QVERIFY(!t.value("power").isName()); // a heading and a sentence's first word
        QVERIFY(!t.value("coast").isName()); // capitalized only in the headline
    }

    void readsEachFieldOnlyAsFarAsItsOpening()
    {
        QString body = QStringLiteral("harbor ").repeated(ArticleTerms::kFieldChars / 7);
        body += QStringLiteral(" zeppelin");
        const ArticleTerms article({}, {}, body, {});
        QVERIFY(article.terms().contains("harbor"));
        QVERIFY(!article.terms().contains("zeppelin"));
    }

    // "Says" and "New" make headlines, not topics: a headline word the story never returns
    // to weighs less than one it does.
    void headlineWordsCountWhenTheStoryReturnsToThem()
    {
        const QString body = QStringLiteral(
            "The reservoir fell again this week, and engineers at the reservoir say the "
            "summer will be dry. Farmers asked the utility for more time to plant, and the "
            "utility agreed to meet them next month to talk about wells and pumps.");
        const ArticleTerms article(QStringLiteral("Reservoir Falls, Officials Say"), {}, body, {});
        RelatedRanker ranker(article);
        ranker.weigh(statistics(ranker, 1000, {}));
        QVERIFY(weightOf(ranker, "reservoir") > 2 * weightOf(ranker, "officials"));
        QVERIFY(weightOf(ranker, "officials") < weightOf(ranker, "farmers"));
    }

    // A draft with no body yet: its headline is all there is, and it counts in full.
    void headlineOfAShortDraftCountsInFull()
    {
        const ArticleTerms draft(QStringLiteral("Reservoir Falls, Officials Say"), {}, {}, {});
        RelatedRanker ranker(draft);
        ranker.weigh(statistics(ranker, 1000, {}));
        QCOMPARE(weightOf(ranker, "officials"), weightOf(ranker, "reservoir"));
    }

    void namesWeighMoreThanOtherWordsOfEqualUse()
    {
        const ArticleTerms article({}, {},
                                   QStringLiteral("Prosecutors said Hale took the cash. Then "
                                                  "the cash went to a cabin that Hale used."),
                                   {});
        RelatedRanker ranker(article);
        ranker.weigh(statistics(ranker, 1000, {}));
        QVERIFY(weightOf(ranker, "hale") > weightOf(ranker, "cash"));
    }

    void rarerTermsWeighMore()
    {
        const ArticleTerms article(
            {}, {}, QStringLiteral("girders and trucks, girders and trucks, girders and trucks"),
            {});
        RelatedRanker ranker(article);
        ranker.weigh(statistics(ranker, 1000, {{"girders", 4}, {"trucks", 200}, {"and", 990}}));
        QVERIFY(weightOf(ranker, "girders") > weightOf(ranker, "trucks"));
        QVERIFY(weightOf(ranker, "trucks") > weightOf(ranker, "and"));
    }

    // Terms in no other article cannot find one; terms at the cap are in too many to tell
    // stories apart.
    void leavesOutTermsNoOtherArticleHoldsAndTheCommonest()
    {
        const ArticleTerms article({}, {}, QStringLiteral("zyzzyva council harbor"), {});
        RelatedRanker ranker(article);
        ranker.weigh(
            statistics(ranker, 100000, {{"zyzzyva", 1}, {"council", 2000}, {"harbor", 40}}));
        QCOMPARE(scoreTerms(ranker), QByteArrayList{"harbor"});
    }

    // Among 10,000 English articles, the ten in Spanish all hold "que" and "los": rarity is
    // measured among them, so the score terms are the story's words, not the language's.
    void rarityIsMeasuredWithinTheArticlesLanguage()
    {
        const ArticleTerms article(
            QStringLiteral("Huelga de taxis en Madrid"), {},
            QStringLiteral("Los taxistas de Madrid que secundan la huelga dicen que las "
                           "licencias de VTC que concede la Comunidad son demasiadas para los "
                           "taxis que ya circulan por la ciudad."),
            {});
        RelatedRanker ranker(article);
        ranker.weigh(statistics(ranker, 10000,
                                {{"que", 10}, {"los", 10}, {"las", 9}, {"para", 9}, {"por", 9}},
                                /*others=*/2));
        const QByteArrayList top = scoreTerms(ranker).mid(0, 8);
        QVERIFY2(!top.contains("que") && !top.contains("los"), top.join(' ').constData());
        QVERIFY(weightOf(ranker, "taxistas") > 5 * weightOf(ranker, "que"));
    }

    // One long article that mentions every story once must not outrank a story of median
    // length that shares the same terms: each use counts against the candidate's length.
    void longCandidateIsNormalisedForLength()
    {
        const ArticleTerms article({}, {},
                                   QStringLiteral("reservoir drought wells reservoir drought"), {});
        RelatedRanker ranker(article);
        ranker.weigh(statistics(ranker, 1000, {}));
        const int terms = int(ranker.scoreTerms().size());
        QCOMPARE(terms, 3);
        const QList<RelatedRanker::Candidate> candidates{
            candidate(1, 200, {1, 1, 1}),  // median length
            candidate(2, 1400, {1, 1, 1}), // a long year in review
            candidate(3, 180, {0, 0, 0}),  // shares nothing: left out
            candidate(4, 220, {2, 1, 0}),
        };
        const auto ranked = ranker.rank(candidates);
        QCOMPARE(ranked.size(), 3);
        QCOMPARE(ranked.last().id, 2);
        for (const auto &r : ranked)
            QVERIFY(r.similarity > 0 && r.similarity < 1);
    }

    // A store without per-field counts in its index counts the candidate's own text; the
    // lengths then count every term, as an FTS column does.
    void countsACandidatesText()
    {
        const ArticleTerms article({}, {}, QStringLiteral("reservoir drought reservoir"), {});
        RelatedRanker ranker(article);
        ranker.weigh(statistics(ranker, 1000, {}));
        const ArticleTerms text(QStringLiteral("Drought"), QStringLiteral("A dry year"),
                                QStringLiteral("The reservoir is low, the reservoir is dry."), {});
        const auto c = ranker.countIn(7, text);
        QCOMPARE(c.id, 7);
        QCOMPARE(c.length, 1 + 3 + 8);
        QCOMPARE(c.counts.size(), 2);
        const qsizetype reservoir = scoreTerms(ranker).indexOf("reservoir");
        QCOMPARE(c.counts[reservoir][ArticleTerms::Body], 2);
        QCOMPARE(c.counts[1 - reservoir][ArticleTerms::Headline], 1);
    }

    // Closeness decides; recency breaks near-ties.
    void recencyLiftsALittle()
    {
        QCOMPARE(RelatedRanker::recencyLifted(0.5, 0), 0.55);
        QCOMPARE(RelatedRanker::recencyLifted(0.5, 30), 0.525);
        QVERIFY(RelatedRanker::recencyLifted(0.5, 3650) < 0.501);
        QCOMPARE(RelatedRanker::recencyLifted(0.5, -2), 0.55); // a clock a little behind
        QVERIFY(RelatedRanker::recencyLifted(RelatedRanker::cannotOvertake(0.5), 0) <= 0.5);
    }

    void nothingToRank()
    {
        const ArticleTerms empty({}, {}, {}, {});
        RelatedRanker ranker(empty);
        ranker.weigh(statistics(ranker, 1000, {}));
        QVERIFY(ranker.scoreTerms().isEmpty());
        QVERIFY(ranker.rank({candidate(1, 100, {})}).isEmpty());
    }
};

QTEST_GUILESS_MAIN(RelatedRankerTest)
#include "tst_relatedranker.moc"
