// "More like this" on a small archive of our own labelled articles (30 of
// tests/data/clusters: five topical clusters that share words across beats, and five
// distractors, two of them long features): it must stay on topic. On both archives: a file,
// and (tst_suggest_pg) a server.

#include "ArchiveUnderTest.h"
#include "SuggestionEvaluation.h"
#include "search/RelatedRanker.h"
#include "search/RelatedSuggester.h"
#include "search/TermCountsFunction.h"
#include "store/ArchiveFile.h"
#include "store/SqliteDatabase.h"

#include <QElapsedTimer>

using namespace newsroom;
using namespace newsroom::test;

class SuggestTest : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<ArchiveUnderTest> m_archive;
    std::unique_ptr<SuggestionEvaluation> m_evaluation;

    QString clusterOf(const SearchHit &hit) const
    {
        return m_evaluation->clusterOf(hit.article.id);
    }

private Q_SLOTS:
    void init()
    {
        m_archive = std::make_unique<ArchiveUnderTest>();
        m_evaluation = std::make_unique<SuggestionEvaluation>();
        const QStringList paths = SuggestionEvaluation::smallArchiveFiles();
        QCOMPARE(paths.size(), 30);
        m_evaluation->importFiles(m_archive->store(), paths);
    }

    void precisionWithTags()
    {
        const auto scores = m_evaluation->evaluate(m_archive->store());
        SuggestionEvaluation::print("small archive, with tags", scores);
        QCOMPARE(scores.queries, 25);
        QVERIFY2(scores.precisionAt3 >= 0.9, qPrintable(QString::number(scores.precisionAt3)));
    }

    // Without tags the words alone must find the story's neighbours.
    void precisionFromTextAlone()
    {
        m_evaluation->clearTags(m_archive->store());
        const auto scores = m_evaluation->evaluate(m_archive->store());
        SuggestionEvaluation::print("small archive, text only", scores);
        QVERIFY2(scores.precisionAt3 >= 0.9, qPrintable(QString::number(scores.precisionAt3)));
    }

    void leavesOutItselfAndListedItems()
    {
        const qint64 id = m_evaluation->idOf(QStringLiteral("water-1"));
        Article article = *m_archive->store().article(id);
        auto before = m_archive->store().suggestRelated(article, 5);
        QVERIFY(before && !before->isEmpty());
        for (const SearchHit &hit : *before)
            QVERIFY(hit.article.id != id);
        const qint64 best = before->front().article.id;
        article.related.append(RelatedItem{QStringLiteral("Listed"), {}, best, {}});
        auto after = m_archive->store().suggestRelated(article, 5);
        QVERIFY(after);
        for (const SearchHit &hit : *after)
            QVERIFY(hit.article.id != best);
    }

    // An article still being written (never saved) gets suggestions from its text.
    void unsavedDraftGetsSuggestions()
    {
        Article draft;
        draft.headline = QStringLiteral("Crane operators at the container terminal");
        draft.body = QStringLiteral("The port and its dockworkers wait for shipping lines.");
        auto hits = m_archive->store().suggestRelated(draft, 3);
        QVERIFY(hits);
        QCOMPARE(hits->size(), 3);
        for (const SearchHit &hit : *hits)
            QCOMPARE(clusterOf(hit), QStringLiteral("port"));
    }

    void recentStoryOutranksAnEqualOldOne()
    {
        Article old = makeArticle(QStringLiteral("Lighthouse keeper retires after forty years"));
        old.tags = {QStringLiteral("lighthouse")};
        old.publishedAt = QDateTime::currentDateTimeUtc().addYears(-3);
        old.status = ArticleStatus::Published;
        Article recent = old;
        recent.publishedAt = QDateTime::currentDateTimeUtc().addDays(-2);
        const qint64 oldId = m_archive->saved(old).id;
        const qint64 recentId = m_archive->saved(recent).id;
        Article probe = makeArticle(QStringLiteral("Lighthouse keeper"));
        probe.tags = {QStringLiteral("lighthouse")};
        auto hits = m_archive->store().suggestRelated(probe, 2);
        QVERIFY(hits);
        QCOMPARE(hits->size(), 2);
        QCOMPARE(hits->at(0).article.id, recentId);
        QCOMPARE(hits->at(1).article.id, oldId);
    }

    // A 16 MB body (issue 11): terms come from its first 64 KiB. The story opens on the
    // port; past that, 16 MB of drought words (and two million one-off words, which cost the
    // old full scan tens of seconds) would make it a water story if they were read.
    void longBodyIsReadOnlyAsFarAsItsOpening()
    {
        Article draft;
        draft.headline = QStringLiteral("Notes from the waterfront");
        QString body = QStringLiteral("Crane operators at the container terminal and the "
                                      "dockworkers wait for shipping lines to return. ")
                           .repeated(20);
        body.reserve(16 * 1024 * 1024 + 64);
        const QString drought =
            QStringLiteral("The reservoir drought deepens and the water utility limits lawn "
                           "watering. ");
        for (int i = 0; body.size() < 16 * 1024 * 1024; ++i) {
            body += QStringLiteral("x%1 ").arg(i, 0, 36);
            if (i % 16 == 0 && body.size() > RelatedSuggester::kFieldChars)
                body += drought;
        }
        draft.body = body;
        QElapsedTimer timer;
        timer.start();
        auto hits = m_archive->store().suggestRelated(draft, 3);
        const qint64 elapsed = timer.elapsed();
        qInfo("suggestions for a 16 MB body: %lld ms", elapsed);
        QVERIFY2(elapsed < 5000, qPrintable(QString::number(elapsed))); // a safety net only
        QVERIFY(hits);
        QCOMPARE(hits->size(), 3);
        for (const SearchHit &hit : *hits)
            QCOMPARE(clusterOf(hit), QStringLiteral("port"));
    }

    // The ranker can count a candidate's terms in its text (for a store whose index cannot);
    // on this one they come from the full-text index, and the two must agree, phrase for
    // phrase and field for field, in both shapes of the candidate query.
    void indexCountsAgreeWithTheText()
    {
        if (!m_archive->file())
            QSKIP("the file archive's index only: the server counts terms in the text");
        const qint64 id = m_evaluation->idOf(QStringLiteral("storm-5"));
        const Article article = *m_archive->store().article(id);
        const ArticleTerms terms(article.headline, article.dek, article.body, article.tags);
        RelatedRanker ranker(terms);
        RelatedRanker::Statistics statistics{30, 2000, {}, true};
        for (const QByteArray &term : ranker.termsToLookUp())
            statistics.documentFrequency.insert(term, 3);
        ranker.weigh(statistics);
        QCOMPARE(ranker.scoreTerms().size(), RelatedRanker::kScoreTerms);
        const RelatedRanker::Candidate fromText = ranker.countIn(id, terms);

        QStringList phrases;
        for (const auto &term : ranker.scoreTerms())
            phrases.append(QLatin1Char('"') + QString::fromUtf8(term.term) + QLatin1Char('"'));
        const QString all = phrases.join(QStringLiteral(" OR "));
        auto db = ArchiveFile::open(m_archive->address(), ArchiveFile::Creation::MustExist);
        QVERIFY(db);
        QVERIFY(TermCountsFunction::registerWith((*db)->handle()));
        for (const auto &[query, first] :
             {std::pair(all, 0),
              std::pair(QStringLiteral("(%1) AND (%2)").arg(phrases[0], all), 1)}) {
            SqliteStatement statement =
                (*db)->prepare("SELECT newsroom_term_counts(article_search, ?2) FROM article_search"
                               " WHERE article_search MATCH ?1 AND rowid = ?3");
            statement.bind(1, query).bind(2, first).bind(3, id);
            QVERIFY(statement.next());
            const auto fromIndex = TermCountsFunction::decode(statement.blob(0));
            QCOMPARE(fromIndex.length, fromText.length);
            QCOMPARE(fromIndex.phraseCounts, fromText.counts);
        }
    }

    // An old story that shares the article's rarest words is found even when more than a
    // window's worth of newer articles share one of its commoner words: the candidates are
    // the articles holding the rarest terms.
    void oldStoryIsFoundPastNewerOnesSharingACommonerWord()
    {
        Article old = makeArticle(QStringLiteral("Zebrafish lab wins a research grant"),
                                  QStringLiteral("The zebrafish laboratory will study how "
                                                 "zebrafish regrow their fins."));
        const qint64 oldId = m_archive->saved(old).id;
        QList<std::pair<QString, QString>> newer;
        for (int i = 0; i < RelatedSuggester::kRankWindow + 200; ++i)
            newer.append({QStringLiteral("lab-%1.txt").arg(i),
                          QStringLiteral("Laboratory notes %1\nNumber %1.\nThe laboratory "
                                         "opened at %1 past eight.")
                              .arg(i)});
        for (const auto &outcome : ArticleImporter(m_archive->store()).importTexts(newer))
            QVERIFY2(outcome.article, qPrintable(outcome.error));
        Article draft;
        draft.headline = QStringLiteral("Zebrafish laboratory");
        draft.body = QStringLiteral("The laboratory grows zebrafish. The laboratory is busy.");
        auto hits = m_archive->store().suggestRelated(draft, 3);
        QVERIFY(hits);
        QVERIFY(!hits->isEmpty());
        QCOMPARE(hits->front().article.id, oldId);
    }

    void nothingToGoOn()
    {
        auto hits = m_archive->store().suggestRelated(Article{}, 5);
        QVERIFY(hits);
        QVERIFY(hits->isEmpty());
        QVERIFY(m_archive->store().suggestRelated(makeArticle(QStringLiteral("Zyzzyva")), 0));
    }
};

QTEST_GUILESS_MAIN(SuggestTest)
#include "tst_suggest.moc"
