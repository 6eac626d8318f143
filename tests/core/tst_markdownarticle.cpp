#include "TestArchive.h"
#include "importer/ArticleImporter.h"
#include "importer/ImportLimits.h"
#include "importer/MarkdownArticle.h"

#include <QElapsedTimer>
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
    a.wordTarget = 850;
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

    // A length target written by hand is a whole number of words in range, or none: the
    // article is never refused for it.
    void wordTargetFromHand_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<int>("target");
        QTest::newRow("words") << QStringLiteral("800") << 800;
        QTest::newRow("quoted") << QStringLiteral("\"1200\"") << 1200;
        QTest::newRow("the most") << QStringLiteral("100000") << 100000;
        QTest::newRow("too many") << QStringLiteral("100001") << 0;
        QTest::newRow("huge") << QStringLiteral("99999999999999999999") << 0;
        QTest::newRow("negative") << QStringLiteral("-5") << 0;
        QTest::newRow("fraction") << QStringLiteral("800.5") << 0;
        QTest::newRow("words, not a number") << QStringLiteral("eight hundred") << 0;
        QTest::newRow("a list") << QStringLiteral("[800, 900]") << 0;
        QTest::newRow("a map") << QStringLiteral("{words: 800}") << 0;
    }

    void wordTargetFromHand()
    {
        QFETCH(QString, value);
        QFETCH(int, target);
        const auto parsed = markdownarticle::read(
            QStringLiteral("---\ntitle: \"Harbour dredging\"\nword_target: %1\n---\nText.\n")
                .arg(value));
        QVERIFY(parsed);
        QCOMPARE(parsed->article.headline, QStringLiteral("Harbour dredging"));
        QCOMPARE(parsed->article.wordTarget, target);
    }

    void assigneeTravelsWhenSet()
    {
        Article a = everything();
        a.assignee = QStringLiteral("Zoë Stringer");
        const QString text = markdownarticle::write(a, {});
        QVERIFY2(text.contains(QStringLiteral("\nassignee: \"Zoë Stringer\"\n")), qPrintable(text));
        const auto parsed = markdownarticle::read(text);
        QVERIFY(parsed);
        QCOMPARE(parsed->article.assignee, QStringLiteral("Zoë Stringer"));
        a.assignee.clear();
        QVERIFY(!markdownarticle::write(a, {}).contains(QLatin1StringView("assignee")));
    }

    void noTargetWritesNoKey()
    {
        Article a = everything();
        QVERIFY(markdownarticle::write(a, {}).contains(QLatin1StringView("\nword_target: 850\n")));
        a.wordTarget = 0;
        QVERIFY(!markdownarticle::write(a, {}).contains(QLatin1StringView("word_target")));
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

    // Hostile front matter (issue 11) is refused before yaml-cpp builds anything from it:
    // each case would cost seconds and gigabytes if read out.
    void hostileFrontMatterIsRefused_data()
    {
        QTest::addColumn<QString>("yaml");
        QTest::addColumn<QString>("message"); // a part of the refusal

        // Billion laughs: nine aliases of nine aliases ... of a 300-byte string, 3 KB of
        // text naming gigabytes.
        QString laughs = QStringLiteral("title: Laughs\na: &a [\"%1\"]\n").arg(QString(300, 'l'));
        QString previous = QStringLiteral("a");
        for (const QChar name : QStringLiteral("bcdefghi")) {
            QStringList aliases(9, QLatin1Char('*') + previous);
            laughs += QStringLiteral("%1: &%1 [%2]\n").arg(name).arg(aliases.join(", "));
            previous = name;
        }
        laughs += QStringLiteral("tags: *i\n");
        QTest::newRow("billion laughs") << laughs << "alias *";

        // One long text named thousands of times: 60 KB that would become 180 MB of tags.
        QTest::newRow("one text aliased often")
            << QStringLiteral("title: T\nx: &x \"%1\"\ntags: [%2]\n")
                   .arg(QString(30'000, 'A'), QStringList(1000, QStringLiteral("*x")).join(','))
            << "alias *x";
        // The same through related items, each a map of three long fields.
        QTest::newRow("related items aliased")
            << QStringLiteral("title: T\nr: &r {title: \"%1\", summary: \"%1\"}\nrelated: [%2]\n")
                   .arg(QString(5000, 'S'), QStringList(100, QStringLiteral("*r")).join(','))
            << "alias *r";

        QTest::newRow("deep flow nesting") << QStringLiteral("title: Deep\ntags: %1%2\n")
                                                  .arg(QString(30'000, '['), QString(30'000, ']'))
                                           << "deep";
        QString blockNesting = QStringLiteral("title: Deep\n");
        for (int level = 0; level < 40; ++level)
            blockNesting += QString(2 * level, ' ') + QStringLiteral("k%1:\n").arg(level);
        QTest::newRow("deep block nesting") << blockNesting << "deep";

        // 1.5 million keys were 13 MB: anything past 256 KB is refused unread ...
        QString manyKeys = QStringLiteral("title: Keys\n");
        for (int i = 0; i < 40'000; ++i)
            manyKeys += QStringLiteral("k%1: %1\n").arg(i, 0, 36);
        QTest::newRow("keys past the size") << manyKeys << "the limit is 256 KB";
        // ... and within it, no map or list holds more than 1,000 entries,
        QString thousandsOfKeys = QStringLiteral("title: Keys\n");
        for (int i = 0; i < 2000; ++i)
            thousandsOfKeys += QStringLiteral("%1: 0\n").arg(i, 0, 36);
        QTest::newRow("keys within the size") << thousandsOfKeys << "more than 1,000 entries";
        // ... nor the whole more than 10,000 nodes.
        QString manyLists = QStringLiteral("title: Lists\n");
        for (int i = 0; i < 12; ++i)
            manyLists += QStringLiteral("l%1: [%2]\n").arg(i).arg(QStringList(999, "1").join(','));
        QTest::newRow("many items in many lists") << manyLists << "10,000 keys, values";

        QTest::newRow("alias inside its own anchor")
            << QStringLiteral("title: Loop\na: &a [1, *a]\ntags: *a\n") << "";
    }
    void hostileFrontMatterIsRefused()
    {
        QFETCH(QString, yaml);
        QFETCH(QString, message);
        QElapsedTimer timer;
        timer.start();
        const auto parsed =
            markdownarticle::read(QStringLiteral("---\n") + yaml + QStringLiteral("---\nBody.\n"));
        // The refusal is structural (counted, not timed); the clock is only a safety net.
        QVERIFY2(timer.elapsed() < 5000, qPrintable(QString::number(timer.elapsed())));
        if (message.isEmpty()) {
            // yaml-cpp itself may refuse a loop as an unknown anchor: kept as text then.
            QVERIFY(!parsed || !parsed->warning.isEmpty());
            return;
        }
        QVERIFY2(!parsed, qPrintable(parsed ? parsed->article.headline : QString()));
        QVERIFY2(parsed.error().message.contains(message), qPrintable(parsed.error().message));
        QVERIFY(parsed.error().message.contains(QStringLiteral("front matter")));
    }

    // An article with every list full and long texts throughout still exports to front
    // matter that import reads back whole: the limits refuse bombs, not articles.
    void fullArticleReadsBack()
    {
        Article a = everything();
        a.headline = QString(ImportLimits::kHeadline, QLatin1Char('h'));
        a.dek = QString(ImportLimits::kDek, QLatin1Char('d'));
        a.disclosure = QString(ImportLimits::kDisclosure, QLatin1Char('s'));
        a.tags.clear();
        for (int i = 0; i < ImportLimits::kTags; ++i)
            a.tags.append(QString::number(i) + QString(ImportLimits::kTag - 3, QLatin1Char('t')));
        a.sources.clear();
        for (int i = 0; i < ImportLimits::kSources; ++i)
            a.sources.append(QStringLiteral("https://example.org/%1/").arg(i) + QString(200, 'u'));
        a.related.clear();
        for (int i = 0; i < ImportLimits::kRelated; ++i) {
            a.related.append(
                RelatedItem{QString(ImportLimits::kRelatedTitle, QLatin1Char('t')),
                            QString(ImportLimits::kRelatedSummary, QLatin1Char('s')), 0,
                            QStringLiteral("https://example.net/") + QString(300, 'x')});
        }
        const QString text = markdownarticle::write(a, {});
        QVERIFY(text.size() > 150 * 1024);
        const auto parsed = markdownarticle::read(text);
        QVERIFY2(parsed, qPrintable(parsed ? QString() : parsed.error().message));
        QVERIFY2(parsed->warning.isEmpty(), qPrintable(parsed->warning));
        QCOMPARE(parsed->article.related, a.related);
        QCOMPARE(parsed->article.tags, a.tags);
        QCOMPARE(parsed->article.headline, a.headline);
    }

    // Aliases are not banned: one that stays the size of an article's fields is read.
    void modestAliasesAreRead()
    {
        const auto parsed = markdownarticle::read(QStringLiteral(
            "---\ntitle: &t \"Port Strike\"\ndescription: *t\ntags: [&c climate, *c]\n---\nB."));
        QVERIFY(parsed);
        QCOMPARE(parsed->article.headline, QStringLiteral("Port Strike"));
        QCOMPARE(parsed->article.dek, QStringLiteral("Port Strike"));
        QCOMPARE(parsed->article.tags, (QStringList{"climate", "climate"}));
    }

    // A refused file is reported with its name and the reason, and nothing of it is saved;
    // the other files of the import go in.
    void refusedFileIsAnImportError()
    {
        TestArchive archive;
        QString bomb = QStringLiteral("---\ntitle: Bomb\nx: &x \"%1\"\ntags: [%2]\n---\nB.\n")
                           .arg(QString(20'000, 'A'), QStringList(50, "*x").join(','));
        const auto outcomes =
            ArticleImporter(archive.store())
                .importTexts({{QStringLiteral("bomb.md"), bomb},
                              {QStringLiteral("fine.md"),
                               QStringLiteral("---\ntitle: Fine\n---\nText.\n")}});
        QCOMPARE(outcomes.size(), 2);
        QVERIFY(!outcomes[0].article);
        QVERIFY2(outcomes[0].error.startsWith(QStringLiteral("bomb.md: ")),
                 qPrintable(outcomes[0].error));
        QVERIFY(outcomes[0].error.contains(QStringLiteral("alias *x")));
        QVERIFY2(outcomes[1].article, qPrintable(outcomes[1].error));
        QCOMPARE(archive.store().list({})->size(), 1);
    }

    // A "\0" escape in YAML is a NUL in the text; it, ESC, BEL and C1 controls never
    // reach a field. Body-like fields keep their line breaks and tabs.
    void controlCharactersAreStripped()
    {
        const auto parsed = markdownarticle::read(QStringLiteral(
            "---\ntitle: \"Head\\0line\\e[31m\\a\\x85\\x9b red\"\n"
            "description: \"First\\0 line\\nsecond\\tline\\x07\"\n"
            "byline: \"Ann\\x1b Lee\"\ntags: [\"cli\\0mate\", \"a\\nb\"]\n"
            "related: [{title: \"T\\0\", summary: \"S\\x07\", url: \"https://e.org/\\0x\"}]\n"
            "---\nBody \x1b[2J with\x07 bell\x01 and \u0085 C1\n\n\tIndented\x7f.\n"));
        QVERIFY(parsed);
        const Article &a = parsed->article;
        QCOMPARE(a.headline, QStringLiteral("Headline[31m red"));
        QCOMPARE(a.dek, QStringLiteral("First line\nsecond\tline"));
        QCOMPARE(a.byline, QStringLiteral("Ann Lee"));
        QCOMPARE(a.tags, (QStringList{"climate", "a b"}));
        QCOMPARE(a.related.front().title, QStringLiteral("T"));
        QCOMPARE(a.related.front().summary, QStringLiteral("S"));
        QCOMPARE(a.related.front().url, QStringLiteral("https://e.org/x"));
        QCOMPARE(a.body, QStringLiteral("Body [2J with bell and  C1\n\n\tIndented."));
        QVERIFY(parsed->warning.isEmpty()); // nothing was cut, only cleaned
    }

    // A title that was nothing but control characters is no title: the first heading is.
    void titleOfControlsFallsBackToTheHeading()
    {
        const auto parsed =
            markdownarticle::read(QStringLiteral("---\ntitle: \"\\0\\e\"\n---\n# The Heading\n"));
        QVERIFY(parsed);
        QCOMPARE(parsed->article.headline, QStringLiteral("The Heading"));
    }

    // Fields past their limits are cut, and the import's note says which.
    void longFieldsAreCutWithANote()
    {
        QStringList tags;
        for (int i = 0; i < 70; ++i)
            tags.append(QStringLiteral("tag%1").arg(i));
        tags[0] = QString(500, 't');
        const auto parsed = markdownarticle::read(
            QStringLiteral("---\ntitle: \"%1\"\ndescription: \"%2\"\ntags: [%3]\n"
                           "sources: [\"https://example.org/%4\", \"https://example.org/ok\"]\n"
                           "---\nBody.\n")
                .arg(QString(5000, 'H'), QString(3000, 'd'), tags.join(','), QString(3000, 'u')));
        QVERIFY(parsed);
        const Article &a = parsed->article;
        QCOMPARE(a.headline.size(), ImportLimits::kHeadline);
        QVERIFY(a.headline.endsWith(QChar(0x2026)));
        QCOMPARE(a.dek.size(), ImportLimits::kDek);
        QCOMPARE(a.tags.size(), ImportLimits::kTags);
        QCOMPARE(a.tags.front().size(), ImportLimits::kTag);
        QCOMPARE(a.sources, QStringList{QStringLiteral("https://example.org/ok")});
        const QString &note = parsed->warning;
        QVERIFY2(note.contains(QStringLiteral("the headline was cut to 300 characters")),
                 qPrintable(note));
        QVERIFY(note.contains(QStringLiteral("the dek was cut to 1,000 characters")));
        QVERIFY(note.contains(QStringLiteral("only the first 50 of 70 tags were kept")));
        QVERIFY(note.contains(QStringLiteral("1 of 50 tags was cut to 100 characters")));
        QVERIFY(note.contains(QStringLiteral("1 link longer than 2,048 characters was left out")));
    }
};

QTEST_GUILESS_MAIN(TestMarkdownArticle)
#include "tst_markdownarticle.moc"
