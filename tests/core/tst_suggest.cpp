// "More like this" on four topical clusters of our own articles (port, schools, drought,
// football; tests/data/clusters): precision is measured, and must stay high.

#include "ArchiveUnderTest.h"
#include "importer/ArticleImporter.h"
#include "search/RelatedSuggester.h"

#include <QDir>
#include <QElapsedTimer>

using namespace newsroom;
using namespace newsroom::test;

namespace {
QString topicOf(const QString &path)
{
    return QFileInfo(path).baseName().section(QLatin1Char('-'), 0, 0);
}
} // namespace

class SuggestTest : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<ArchiveUnderTest> m_archive;
    QHash<qint64, QString> m_topic; // article id -> cluster

    double precisionAtThree()
    {
        int relevant = 0;
        int shown = 0;
        for (auto it = m_topic.cbegin(); it != m_topic.cend(); ++it) {
            auto article = m_archive->store().article(it.key());
            auto hits = m_archive->store().suggestRelated(*article, 3);
            if (!hits)
                qFatal("suggest failed: %s", qPrintable(hits.error().message));
            for (const SearchHit &hit : *hits) {
                ++shown;
                relevant += m_topic.value(hit.article.id) == it.value();
            }
        }
        return shown ? double(relevant) / shown : 0;
    }

private Q_SLOTS:
    void init()
    {
        m_archive = std::make_unique<ArchiveUnderTest>();
        m_topic.clear();
        const QDir dir(QStringLiteral(NEWSROOM_TEST_DATA "/clusters"));
        QStringList paths;
        for (const QString &name : dir.entryList({QStringLiteral("*.md")}))
            paths.append(dir.filePath(name));
        QCOMPARE(paths.size(), 16);
        const auto outcomes = ArticleImporter(m_archive->store()).importFiles(paths);
        for (const auto &outcome : outcomes) {
            QVERIFY2(outcome.article, qPrintable(outcome.error));
            m_topic.insert(outcome.article->id, topicOf(outcome.path));
        }
    }

    void precisionOnTopicalClusters()
    {
        const double precision = precisionAtThree();
        qInfo("precision@3 with tags: %.2f", precision);
        QVERIFY2(precision >= 0.9, qPrintable(QString::number(precision)));
    }

    // Without tags the words alone must still find the story's neighbours.
    void precisionFromTextAlone()
    {
        for (auto it = m_topic.cbegin(); it != m_topic.cend(); ++it) {
            Article article = *m_archive->store().article(it.key());
            article.tags.clear();
            QVERIFY(m_archive->store().save(article));
        }
        const double precision = precisionAtThree();
        qInfo("precision@3 from text alone: %.2f", precision);
        QVERIFY2(precision >= 0.8, qPrintable(QString::number(precision)));
    }

    void leavesOutItselfAndListedItems()
    {
        const qint64 id = m_topic.key(QStringLiteral("water"));
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
            QCOMPARE(m_topic.value(hit.article.id), QStringLiteral("port"));
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
            QCOMPARE(m_topic.value(hit.article.id), QStringLiteral("port"));
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
