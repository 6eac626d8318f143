#include "TestArchive.h"
#include "importer/ArticleImporter.h"
#include "importer/PlainTextArticleParser.h"
#include "importer/SampleArticles.h"

#include <QDir>
#include <QFile>
#include <QTest>

using namespace newsroom;
using namespace newsroom::test;

namespace {
QString dataFile(const QString &name)
{
    return QStringLiteral(NEWSROOM_TEST_DATA "/") + name;
}

Article parseFile(const QString &name)
{
    auto text = ArticleImporter::readText(dataFile(name));
    return text ? PlainTextArticleParser::parse(*text) : Article{};
}

QString writeBytes(const QString &folder, const QString &name, const QByteArray &bytes)
{
    const QString path = folder + QLatin1Char('/') + name;
    QFile file(path);
    if (file.open(QIODevice::WriteOnly))
        file.write(bytes);
    return path;
}
} // namespace

class TestImporter : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void readsTheNewsPageShape()
    {
        const Article a = parseFile(QStringLiteral("wildfire.txt"));
        QCOMPARE(a.headline,
                 QStringLiteral("Wildfire Near Pine Ridge Forces Overnight Evacuations"));
        QVERIFY(a.dek.startsWith(QStringLiteral("Crews fought a fast-moving fire")));
        QVERIFY(a.byline.isEmpty());
        QVERIFY(a.body.startsWith(QStringLiteral("The fire started on Saturday")));
        QVERIFY(a.body.contains(QStringLiteral("\n\n## Shelters Fill Up\n\n")));
        QVERIFY(a.body.contains(QStringLiteral("\n\n## When Residents Can Return\n\n")));
        QVERIFY(!a.body.contains(QStringLiteral("## \"We grabbed"))); // a quote is not a heading
        QVERIFY(a.aiGenerated);
        QVERIFY(a.disclosure.startsWith(QStringLiteral("This content is AI-generated")));
        QVERIFY(!a.body.contains(QStringLiteral("AI-generated")));
        QVERIFY(!a.body.contains(QStringLiteral("Related Articles")));
        QCOMPARE(a.related.size(), 2);
        QCOMPARE(a.related[1].summary.left(24), QStringLiteral("A drought that began in "));
        // The title is the blurb's first sentence.
        QCOMPARE(a.related[1].title,
                 QStringLiteral("A drought that began in the spring has left the region's "
                                "grasslands drier than at any time…"));
        QCOMPARE(a.related[0].title,
                 QStringLiteral("County officials ordered residents of five hillside streets to "
                                "leave by 9 p.m. as the fire…"));
    }

    void bylineAndPlainArticles()
    {
        const Article a = parseFile(QStringLiteral("evacuation.txt"));
        QCOMPARE(a.byline, QStringLiteral("Sam Whitlock"));
        QVERIFY(!a.aiGenerated);
        QVERIFY(a.related.isEmpty());
        QVERIFY(a.body.startsWith(QStringLiteral("The order covers")));
    }

    void textStaysTextInMarkdown()
    {
        const Article a = parseFile(QStringLiteral("tricky-text.txt"));
        QCOMPARE(a.headline,
                 QStringLiteral(
                     "# of voters rises 12% — and *why* it matters")); // headline is plain text
        QVERIFY2(a.body.contains(QStringLiteral("1\\. The first district")), qPrintable(a.body));
        QVERIFY(a.body.contains(QStringLiteral("\\- Analysts")));
        QVERIFY(a.body.contains(QStringLiteral("\\> Quote marks")));
        QVERIFY(a.body.contains(QStringLiteral("\\[citation needed\\]")));
        QVERIFY(a.body.contains(QStringLiteral("## Why it Happened")));
        // Short and without closing punctuation (a closing quote alone does not end a sentence).
        QVERIFY(a.body.contains(QStringLiteral("## Short line that ends with a quote mark\"")));
        QVERIFY(!a.body.contains(QStringLiteral("## \"It was the queues")));
    }

    void neverRefusesAText()
    {
        QCOMPARE(PlainTextArticleParser::parse(QString()).headline, QStringLiteral("Untitled"));
        const Article onlyRelated =
            PlainTextArticleParser::parse(QStringLiteral("Headline\nRelated Articles\nOne blurb."));
        QCOMPARE(onlyRelated.related.size(), 1);
        QVERIFY(onlyRelated.dek.isEmpty());
        const Article windows = PlainTextArticleParser::parse(
            QStringLiteral("\uFEFFTitle\r\nDek line.\r\n\r\nBody text here.\r\n"));
        QCOMPARE(windows.headline, QStringLiteral("Title"));
        QCOMPARE(windows.dek, QStringLiteral("Dek line."));
        QCOMPARE(windows.body, QStringLiteral("Body text here."));
    }

    void importsFilesAndLinksRelatedItems()
    {
        TestArchive archive;
        const auto outcomes = ArticleImporter(archive.store())
                                  .importFiles({dataFile(QStringLiteral("wildfire.txt")),
                                                dataFile(QStringLiteral("evacuation.txt"))});
        QCOMPARE(outcomes.size(), 2);
        QVERIFY(outcomes[0].article && outcomes[1].article);
        const qint64 evacuationId = outcomes[1].article->id;
        // The wildfire's first related blurb is the evacuation article's dek.
        const Article wildfire = *archive.store().article(outcomes[0].article->id);
        QCOMPARE(wildfire.related[0].targetId, evacuationId);
        QCOMPARE(wildfire.related[0].title,
                 QStringLiteral("Pine Ridge Evacuation Order Expands to Hillside Streets"));
        QVERIFY(!wildfire.related[1].pointsToArchive());
        QVERIFY(wildfire.aiGenerated);
        QCOMPARE(archive.store().search({QStringLiteral("blankets"), {}, 5})->size(), 1);
    }

    void unreadableFilesAreReportedOthersImported()
    {
        TestArchive archive;
        const QString empty =
            writeBytes(archive.folder(), QStringLiteral("empty.txt"), QByteArray());
        const QString latin1 = writeBytes(archive.folder(), QStringLiteral("latin1.txt"),
                                          QByteArray("Caf\xe9 reopens\nThe owner is na\xefve.\n"));
        const auto outcomes =
            ArticleImporter(archive.store())
                .importFiles({empty, archive.folder() + QStringLiteral("/missing.txt"), latin1,
                              archive.folder()});
        QCOMPARE(outcomes.size(), 4);
        QVERIFY(outcomes[0].article && !outcomes[1].article && outcomes[2].article &&
                !outcomes[3].article);
        int imported = 0;
        for (const auto &outcome : outcomes) {
            if (outcome.article)
                ++imported;
            else
                QVERIFY2(outcome.error.contains(outcome.path), qPrintable(outcome.error));
        }
        QCOMPARE(imported, 2);
        QCOMPARE(archive.store().articleByRef(QStringLiteral("cafe-reopens"))->dek,
                 QStringLiteral("The owner is naïve."));
        QCOMPARE(archive.store().articleByRef(QStringLiteral("untitled"))->headline,
                 QStringLiteral("Untitled"));
    }

    void shippedSamplesImport()
    {
        TestArchive archive;
        auto added = SampleArticles::addIfEmpty(archive.store());
        QVERIFY2(added, added ? "" : qPrintable(added.error().message));
        const int shipped = QDir(QStringLiteral(NEWSROOM_SAMPLES))
                                .entryList({QStringLiteral("*.txt"), QStringLiteral("*.md")})
                                .size();
        QVERIFY(shipped >= 5);
        QCOMPARE(*added, shipped);
        QCOMPARE(*SampleArticles::addIfEmpty(archive.store()), 0); // only into an empty archive
        QCOMPARE(archive.store().search({QStringLiteral("센터"), {}, 5})->size(), 1);
        int linked = 0;
        const QList<ArticleSummary> all = *archive.store().list({});
        for (const ArticleSummary &summary : all) {
            const Article article = *archive.store().article(summary.id);
            for (const RelatedItem &item : article.related)
                linked += item.pointsToArchive() ? 1 : 0;
        }
        QVERIFY(linked >= 6); // the samples' blurbs are each other's deks, or name their slugs
        ArticleFilter published;
        published.status = ArticleStatus::Published;
        QCOMPARE(*archive.store().count(published), 2);
    }
};

QTEST_GUILESS_MAIN(TestImporter)
#include "tst_importer.moc"
