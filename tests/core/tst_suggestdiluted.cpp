// "More like this" on our labelled clusters (tests/data/clusters) diluted in 10,000
// synthetic articles from the benchmark's generator: the rarity of each word now comes from
// a large archive, and the few Korean and Spanish articles are a small minority in it.

#include "SuggestionEvaluation.h"
#include "SyntheticArticles.h"
#include "TestArchive.h"

#include <QElapsedTimer>

using namespace newsroom;
using namespace newsroom::test;

class SuggestDilutedTest : public QObject
{
    Q_OBJECT
private:
    static constexpr int kSynthetic = 10000;
    std::unique_ptr<TestArchive> m_archive;
    SuggestionEvaluation m_evaluation;

private Q_SLOTS:
    void initTestCase()
    {
        QElapsedTimer timer;
        timer.start();
        m_archive = std::make_unique<TestArchive>();
        bench::SyntheticArticles generator;
        QList<std::pair<QString, QString>> texts;
        for (int i = 0; i < kSynthetic; ++i)
            texts.append({QStringLiteral("synthetic-%1.txt").arg(i), generator.next()});
        for (const auto &outcome : ArticleImporter(m_archive->store()).importTexts(texts))
            QVERIFY2(outcome.article, qPrintable(outcome.error));
        m_evaluation.importFiles(m_archive->store(), SuggestionEvaluation::allFiles());
        m_evaluation.clearTags(m_archive->store());
        qInfo("archive of %d articles built in %lld ms", kSynthetic + 75, timer.elapsed());
    }

    void precisionFromTextAmongTenThousand()
    {
        QElapsedTimer timer;
        timer.start();
        const auto scores = m_evaluation.evaluate(m_archive->store());
        qInfo("%d suggestions in %lld ms", scores.queries, timer.elapsed());
        SuggestionEvaluation::print("diluted in 10k, text only", scores);
        QVERIFY(scores.queries >= 60);
        QVERIFY2(scores.precisionAt3 >= 0.9, qPrintable(QString::number(scores.precisionAt3)));
    }
};

QTEST_GUILESS_MAIN(SuggestDilutedTest)
#include "tst_suggestdiluted.moc"
