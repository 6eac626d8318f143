// The store's contract, run against both archives: a file, and (tst_store_pg) a server.
#include "ArchiveUnderTest.h"

#include <QTest>

using namespace newsroom;
using namespace newsroom::test;

class TestStore : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void everyFieldRoundTrips()
    {
        ArchiveUnderTest archive;
        Article a = makeArticle(QStringLiteral("Ferry Fares Rise"));
        a.language = QStringLiteral("en");
        a.status = ArticleStatus::Published;
        a.publishedAt = QDateTime(QDate(2026, 3, 1), QTime(9, 30), Qt::UTC);
        a.aiGenerated = true;
        a.disclosure = QStringLiteral("Drafted with an AI model and checked by an editor.");
        a.related = {RelatedItem{QStringLiteral("Outside view"), QStringLiteral("A blurb."), 0,
                                 QStringLiteral("https://example.com/x")}};
        a.wordTarget = 650;
        const Article saved = archive.saved(a);
        QVERIFY(saved.id > 0);
        QCOMPARE(saved.version, 1);
        QCOMPARE(saved.slug, QStringLiteral("ferry-fares-rise"));
        QVERIFY(saved.createdAt.isValid());

        auto fresh = archive.openAgain();
        auto loaded = fresh->article(saved.id);
        QVERIFY(loaded);
        QCOMPARE(*loaded, saved);
        QCOMPARE(loaded->publishedAt, a.publishedAt);
        QCOMPARE(loaded->related.front().url, QStringLiteral("https://example.com/x"));
        QCOMPARE(loaded->wordTarget, 650);
    }

    void publishingSetsThePublishedTime()
    {
        ArchiveUnderTest archive;
        Article a = makeArticle(QStringLiteral("Bridge Reopens"));
        a.status = ArticleStatus::Published;
        QVERIFY(archive.saved(a).publishedAt.isValid());
    }

    void slugsAreUniqueAndValidated()
    {
        ArchiveUnderTest archive;
        const Article first = archive.saved(makeArticle(QStringLiteral("Same Headline")));
        const Article second = archive.saved(makeArticle(QStringLiteral("Same Headline")));
        QCOMPARE(first.slug, QStringLiteral("same-headline"));
        QCOMPARE(second.slug, QStringLiteral("same-headline-2"));

        Article taken = makeArticle(QStringLiteral("Another"));
        taken.slug = QStringLiteral("same-headline");
        auto refused = archive.store().save(taken);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, StoreError::Code::Invalid);
        QVERIFY(refused.error().message.contains(QStringLiteral("already used")));

        Article climbing = makeArticle(QStringLiteral("Sneaky"));
        climbing.slug = QStringLiteral("../../etc/passwd");
        auto invalid = archive.store().save(climbing);
        QVERIFY(!invalid);
        QCOMPARE(invalid.error().code, StoreError::Code::Invalid);
        QCOMPARE(*archive.store().count({}), 2);
    }

    void staleSaveIsAConflictAndOverwritesNothing()
    {
        ArchiveUnderTest archive;
        const Article original = archive.saved(makeArticle(QStringLiteral("Tram Line Approved")));
        auto other = archive.openAgain(); // a second window or process
        Article theirs = *other->article(original.id);
        theirs.body = QStringLiteral("Their newer text.");
        QVERIFY(other->save(theirs));

        Article mine = original; // still at version 1
        mine.body = QStringLiteral("My stale text.");
        auto result = archive.store().save(mine);
        QVERIFY(!result);
        QCOMPARE(result.error().code, StoreError::Code::Conflict);
        QVERIFY(result.error().message.contains(QStringLiteral("changed elsewhere")));
        auto stored = archive.store().article(original.id);
        QCOMPARE(stored->body, QStringLiteral("Their newer text."));
        QCOMPARE(stored->version, 2);
        QVERIFY(archive.searchIndexIsSound());
    }

    void savingAMissingArticleFails()
    {
        ArchiveUnderTest archive;
        Article ghost = makeArticle(QStringLiteral("Ghost"));
        ghost.id = 4242;
        ghost.version = 1;
        auto result = archive.store().save(ghost);
        QVERIFY(!result);
        QCOMPARE(result.error().code, StoreError::Code::NotFound);
    }

    void trashAndRestore()
    {
        ArchiveUnderTest archive;
        const Article a = archive.saved(makeArticle(QStringLiteral("Pier Collapse Inquiry")));
        archive.saved(makeArticle(QStringLiteral("Unrelated Story")));
        QVERIFY(archive.store().moveToTrash(a.id));
        QVERIFY(archive.store().moveToTrash(a.id)); // twice is harmless
        QCOMPARE(*archive.store().count({}), 1);
        ArticleFilter trash;
        trash.trashed = true;
        QCOMPARE(archive.store().list(trash)->front().id, a.id);
        QVERIFY(archive.store().search({QStringLiteral("pier"), {}, 10})->isEmpty());

        Article edit = a;
        edit.body = QStringLiteral("Edited while in the trash");
        auto refused = archive.store().save(edit);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, StoreError::Code::Conflict);

        QVERIFY(archive.store().restoreFromTrash(a.id));
        QCOMPARE(*archive.store().count({}), 2);
        QCOMPARE(archive.store().search({QStringLiteral("pier"), {}, 10})->size(), 1);
        QVERIFY(archive.searchIndexIsSound());
        QCOMPARE(archive.store().moveToTrash(999).error().code, StoreError::Code::NotFound);
    }

    void listIsNewestFirstAndFiltered()
    {
        ArchiveUnderTest archive;
        Article sport = makeArticle(QStringLiteral("Derby Ends Level"));
        sport.section = QStringLiteral("Sport");
        sport.tags = {QStringLiteral("football")};
        const Article s = archive.saved(sport);
        Article news = makeArticle(QStringLiteral("Budget Vote Delayed"));
        news.status = ArticleStatus::Ready;
        const Article n = archive.saved(news);
        // Same second: the later id comes first.
        const auto all = archive.store().list({});
        QCOMPARE(all->size(), 2);
        QCOMPARE(all->front().id, n.id);

        ArticleFilter bySection;
        bySection.section = QStringLiteral("sport"); // case does not matter
        QCOMPARE(archive.store().list(bySection)->front().id, s.id);
        ArticleFilter byTag;
        byTag.tag = QStringLiteral("FOOTBALL");
        QCOMPARE(*archive.store().count(byTag), 1);
        ArticleFilter byStatus;
        byStatus.status = ArticleStatus::Ready;
        QCOMPARE(archive.store().list(byStatus)->front().id, n.id);
        ArticleFilter future;
        future.from = QDateTime::currentDateTimeUtc().addDays(1);
        QCOMPARE(*archive.store().count(future), 0);
        QCOMPARE(archive.store().list({}, 1, 1)->front().id, s.id); // paging
    }

    void listsSortByEveryColumn()
    {
        ArchiveUnderTest archive;
        Article b = makeArticle(QStringLiteral("banana"));
        b.section = QStringLiteral("Sport");
        b.status = ArticleStatus::Ready;
        archive.saved(b);
        Article a = makeArticle(QStringLiteral("Apple"));
        a.section = QStringLiteral("Arts");
        archive.saved(a);
        archive.saved(makeArticle(QStringLiteral("cherry")));
        auto headlines = [&](ArticleOrder order, bool descending) {
            ArticleFilter filter;
            filter.order = order;
            filter.descending = descending;
            QStringList result;
            const auto rows = archive.store().list(filter);
            for (const ArticleSummary &row : *rows)
                result.append(row.headline);
            return result;
        };
        QCOMPARE(headlines(ArticleOrder::Headline, false),
                 (QStringList{"Apple", "banana", "cherry"})); // case does not split the list
        QCOMPARE(headlines(ArticleOrder::Headline, true),
                 (QStringList{"cherry", "banana", "Apple"}));
        QCOMPARE(headlines(ArticleOrder::Section, false).first(), QStringLiteral("Apple"));
        QCOMPARE(headlines(ArticleOrder::Status, false).first(), QStringLiteral("cherry")); // draft
        QCOMPARE(headlines(ArticleOrder::Updated, true).first(), QStringLiteral("cherry"));
    }

    void tagsAndSectionsForCompletion()
    {
        ArchiveUnderTest archive;
        Article a = makeArticle(QStringLiteral("One"));
        a.tags = {QStringLiteral("Weather"), QStringLiteral("floods")};
        archive.saved(a);
        Article b = makeArticle(QStringLiteral("Two"));
        b.section = QStringLiteral("Business");
        b.tags = {QStringLiteral("floods"), QStringLiteral("insurance")};
        const qint64 trashed = archive.saved(b).id;
        QCOMPARE(*archive.store().tags(), (QStringList{"floods", "insurance", "Weather"}));
        QCOMPARE(*archive.store().sections(), (QStringList{"Business", "World"}));
        QVERIFY(archive.store().moveToTrash(trashed));
        QCOMPARE(*archive.store().tags(), (QStringList{"floods", "Weather"}));
        QCOMPARE(*archive.store().sections(), (QStringList{"World"}));
    }

    void resolvesIdsAndSlugs()
    {
        ArchiveUnderTest archive;
        const Article a = archive.saved(makeArticle(QStringLiteral("Lighthouse Sold")));
        QCOMPARE(archive.store().articleByRef(QString::number(a.id))->id, a.id);
        QCOMPARE(archive.store().articleByRef(QStringLiteral("lighthouse-sold"))->id, a.id);
        const auto summary = archive.store().summary(a.id);
        QVERIFY(summary);
        QCOMPARE(summary->slug, QStringLiteral("lighthouse-sold"));
        QCOMPARE(summary->headline, QStringLiteral("Lighthouse Sold"));
        QCOMPARE(archive.store().summary(4242).error().code, StoreError::Code::NotFound);
        auto missing = archive.store().articleByRef(QStringLiteral("no-such-slug"));
        QVERIFY(!missing);
        QCOMPARE(missing.error().code, StoreError::Code::NotFound);
    }

    void saveAllIsOneTransaction()
    {
        ArchiveUnderTest archive;
        Article bad = makeArticle(QStringLiteral("Bad slug"));
        bad.slug = QStringLiteral("Not Valid");
        auto result = archive.store().saveAll({makeArticle(QStringLiteral("Fine one")), bad});
        QVERIFY(!result);
        QCOMPARE(*archive.store().count({}), 0); // the good one was not kept either
        QVERIFY(archive.store().saveAll(
            {makeArticle(QStringLiteral("A")), makeArticle(QStringLiteral("B"))}));
        QCOMPARE(*archive.store().count({}), 2);
    }

    // A save that changes no indexed text (status, related items) leaves the index as it
    // is; one that changes the headline, dek, body or tags re-indexes.
    void indexFollowsTextChangesOnly()
    {
        ArchiveUnderTest archive;
        Article a = archive.saved(makeArticle(QStringLiteral("Ferry timetable"),
                                              QStringLiteral("The winter schedule starts.")));
        const auto hits = [&](const char *query) {
            return archive.store().search({QString::fromUtf8(query), {}, 10})->size();
        };
        a.status = ArticleStatus::Ready;
        a.related = {RelatedItem{QStringLiteral("Elsewhere"), QStringLiteral("A blurb."), 0,
                                 QStringLiteral("https://example.org/x")}};
        a = archive.saved(a);
        QCOMPARE(hits("winter"), 1);
        QCOMPARE(hits("blurb"), 0);
        a.tags = {QStringLiteral("harbours")};
        a = archive.saved(a);
        QCOMPARE(hits("harbours"), 1);
        QCOMPARE(hits("climate"), 0);
        a.body = QStringLiteral("The summer schedule starts.");
        a = archive.saved(a);
        QCOMPARE(hits("winter"), 0);
        QCOMPARE(hits("summer"), 1);
        QVERIFY(archive.searchIndexIsSound());
        if (SqliteArticleStore *file = archive.file()) {
            QCOMPARE(integrityCheck(archive.address()), QStringLiteral("ok"));
            auto check = file->database().prepare(
                "INSERT INTO article_search (article_search, rank) VALUES ('integrity-check', 1)");
            QVERIFY(check.run());
        }
    }

    void findsArticleByDek()
    {
        ArchiveUnderTest archive;
        Article a = makeArticle(QStringLiteral("Quarry Plan"));
        a.dek = QStringLiteral("The county will decide on the quarry \"expansion\" in May.");
        const Article saved = archive.saved(a);
        QCOMPARE(*archive.store().findByDek(a.dek), saved.id);
        QCOMPARE(*archive.store().findByDek(QStringLiteral("The county will decide")), 0);
        QCOMPARE(*archive.store().findByDek(QString()), 0);
        QCOMPARE(*archive.store().findByDek(QStringLiteral("— …")), 0);
    }
};

QTEST_GUILESS_MAIN(TestStore)
#include "tst_store.moc"
