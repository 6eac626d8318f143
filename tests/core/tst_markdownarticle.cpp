#include "TestArchive.h"
#include "importer/ArticleImporter.h"
#include "importer/MarkdownArticle.h"

#include <QFile>
#include <QTest>

using namespace newsroom;
using namespace newsroom::test;

namespace {
Article everything()
{
    Article a = makeArticle(
        QStringLiteral("Quotes \"inside\": colons, # hashes & 'single' — done"),
        QStringLiteral(
            "First paragraph.\n\n---\n\n## After a rule\n\n- a list\n\n```\ncode: yes\n```"));
    a.slug = QStringLiteral("quotes-inside");
    a.dek = QStringLiteral("- starts like a list item: and has a colon");
    a.byline = QStringLiteral("Zoë Ångström");
    a.dateline = QStringLiteral("SEOUL —");
    a.section = QStringLiteral("World: Asia");
    a.language = QStringLiteral("en-GB");
    a.tags = {QStringLiteral("yes"), QStringLiteral("null"), QStringLiteral("123"),
              QStringLiteral("센터")};
    a.status = ArticleStatus::Published;
    a.publishedAt = QDateTime(QDate(2026, 2, 3), QTime(4, 5, 6), Qt::UTC);
    a.createdAt = QDateTime(QDate(2026, 2, 1), QTime(0, 0, 0), Qt::UTC);
    a.aiGenerated = true;
    a.disclosure = QStringLiteral("Line one.\nLine two with \"quotes\".");
    a.sources = {QStringLiteral("https://example.org/a?b=c&d=e"),
                 QStringLiteral("https://example.org/b")};
    a.related = {RelatedItem{QStringLiteral("Outside: view"),
                             QStringLiteral("A blurb, with \"quotes\"."), 0,
                             QStringLiteral("https://example.net/x")}};
    return a;
}
} // namespace

class TestMarkdownArticle : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void roundTripKeepsEveryField()
    {
        const Article original = everything();
        const auto parsed = markdownarticle::read(markdownarticle::write(original, {}));
        QVERIFY(parsed);
        QVERIFY(parsed->warning.isEmpty());
        Article back = parsed->article;
        Article expected = original;
        expected.id = 0; // ids, versions and the archive's own times are the archive's
        expected.version = 0;
        expected.updatedAt = back.updatedAt;
        QCOMPARE(back.headline, expected.headline);
        QCOMPARE(back.body, expected.body);
        QCOMPARE(back.tags, expected.tags);
        QCOMPARE(back.disclosure, expected.disclosure);
        QCOMPARE(back, expected);
    }

    void relatedItemsNamedBySlug()
    {
        Article a = everything();
        a.related = {
            RelatedItem{QStringLiteral("Old title"), QStringLiteral("Blurb"), 42, QString()}};
        const QString text = markdownarticle::write(
            a, [](qint64 id) { return id == 42 ? QStringLiteral("target-story") : QString(); });
        QVERIFY(text.contains(QStringLiteral("slug: \"target-story\"")));
        const auto parsed = markdownarticle::read(text);
        QCOMPARE(parsed->relatedSlugs, QStringList{QStringLiteral("target-story")});
        QCOMPARE(parsed->article.related.front().targetId, 0); // linked on import, by the store
    }

    void readsHugoStyleFiles()
    {
        const auto parsed = markdownarticle::read(
            QStringLiteral("---\ntitle: Plain Hugo Post\ndate: 2025-06-01\ndraft: false\ntags: "
                           "[port, ships]\n---\n# Not the title\n\nText."));
        QCOMPARE(parsed->article.headline, QStringLiteral("Plain Hugo Post"));
        QCOMPARE(parsed->article.status, ArticleStatus::Published);
        QCOMPARE(parsed->article.tags, (QStringList{"port", "ships"}));
        QCOMPARE(parsed->article.publishedAt, QDateTime(QDate(2025, 6, 1), QTime(0, 0), Qt::UTC));
        QCOMPARE(parsed->article.body, QStringLiteral("# Not the title\n\nText."));
    }

    void neverRefusesText()
    {
        const auto broken = markdownarticle::read(
            QStringLiteral("---\ntitle: [unclosed\n---\n# Heading Here\n\nBody."));
        QVERIFY(!broken->warning.isEmpty());
        QCOMPARE(broken->article.headline, QStringLiteral("Heading Here"));
        QVERIFY(broken->article.body.contains(QStringLiteral("Body.")));
        const auto plain =
            markdownarticle::read(QStringLiteral("No front matter at all.\n\nJust text."));
        QCOMPARE(plain->article.headline, QStringLiteral("Untitled"));
        QCOMPARE(plain->article.status, ArticleStatus::Draft);
        const auto unclosed =
            markdownarticle::read(QStringLiteral("---\ntitle: x\nno closing fence"));
        QVERIFY(!unclosed->warning.isEmpty());
    }

    // Export from one archive, import into another: the same articles, linked the same way.
    void archiveToArchive()
    {
        TestArchive from;
        const Article target = from.saved(makeArticle(QStringLiteral("Target Story")));
        Article source = everything();
        source.related.append(
            RelatedItem{QStringLiteral("stale title"), QStringLiteral("b"), target.id, QString()});
        from.saved(source);
        QStringList files;
        const QList<ArticleSummary> all = *from.store().list({});
        for (const ArticleSummary &summary : all) {
            const Article a = *from.store().article(summary.id);
            const QString path = from.folder() + QLatin1Char('/') + a.slug + QStringLiteral(".md");
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(markdownarticle::write(a, [&](qint64 id) {
                           return from.store().article(id)->slug;
                       }).toUtf8());
            files.append(path);
        }
        TestArchive to;
        const auto outcomes = ArticleImporter(to.store()).importFiles(files);
        for (const auto &outcome : outcomes)
            QVERIFY2(outcome.article, qPrintable(outcome.error));
        const Article copy = *to.store().articleByRef(QStringLiteral("quotes-inside"));
        QCOMPARE(copy.related.size(), 2);
        QCOMPARE(copy.related[1].targetId,
                 to.store().articleByRef(QStringLiteral("target-story"))->id);
        QCOMPARE(copy.related[1].title, QStringLiteral("Target Story")); // takes the headline
        QCOMPARE(copy.status, ArticleStatus::Published);
        QCOMPARE(copy.publishedAt, source.publishedAt);
        QCOMPARE(copy.body, source.body);
    }
};

QTEST_GUILESS_MAIN(TestMarkdownArticle)
#include "tst_markdownarticle.moc"
