#include "TestArchive.h"
#include "model/ArticleDiff.h"

#include <QTest>

using namespace newsroom;
using namespace newsroom::test;

class TestRevisions : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void everySaveIsKept()
    {
        TestArchive archive;
        Article a = archive.saved(makeArticle(QStringLiteral("Version One")));
        a.headline = QStringLiteral("Version Two");
        a.tags.append(QStringLiteral("added"));
        a = archive.saved(a);
        a.headline = QStringLiteral("Version Three");
        a.related = {RelatedItem{QStringLiteral("Linked"), QStringLiteral("Blurb"), 0,
                                 QStringLiteral("https://example.net/")}};
        a = archive.saved(a);

        auto revisions = archive.store().revisions(a.id);
        QVERIFY(revisions);
        QCOMPARE(revisions->size(), 3);
        QCOMPARE(revisions->at(0).version, 3);
        QCOMPARE(revisions->at(0).headline, QStringLiteral("Version Three"));
        QCOMPARE(revisions->at(2).headline, QStringLiteral("Version One"));

        auto first = archive.store().revision(a.id, 1);
        QVERIFY(first);
        QCOMPARE(first->headline, QStringLiteral("Version One"));
        QCOMPARE(first->tags, (QStringList{"climate", "energy"}));
        QVERIFY(first->related.isEmpty());
        auto second = archive.store().revision(a.id, 2);
        QCOMPARE(second->tags.last(), QStringLiteral("added"));
    }

    // The desktop autosave replaces its own in-between saves; the version it opened stays.
    void autosaveReplacesItsOwnDrafts()
    {
        TestArchive archive;
        Article a = archive.saved(makeArticle(QStringLiteral("As opened")));
        a.headline = QStringLiteral("First autosave");
        a = *archive.store().save(a, SaveMode::KeepHistory);
        a.headline = QStringLiteral("Second autosave");
        a = *archive.store().save(a, SaveMode::ReplaceOwnDraft);
        a.headline = QStringLiteral("Third autosave");
        a = *archive.store().save(a, SaveMode::ReplaceOwnDraft);
        QCOMPARE(a.version, 4);
        auto revisions = archive.store().revisions(a.id);
        QVERIFY(revisions);
        QStringList headlines;
        for (const Revision &r : *revisions)
            headlines.append(r.headline);
        QCOMPARE(headlines, (QStringList{"Third autosave", "As opened"}));
        // A stale autosave is still a conflict and writes nothing.
        Article stale = a;
        stale.version = 2;
        stale.headline = QStringLiteral("Stale");
        QCOMPARE(archive.store().save(stale, SaveMode::ReplaceOwnDraft).error().code,
                 StoreError::Code::Conflict);
        QCOMPARE(archive.store().article(a.id)->headline, QStringLiteral("Third autosave"));
    }

    void compareNamesEveryChangedField()
    {
        TestArchive archive;
        Article a = archive.saved(makeArticle(QStringLiteral("Before")));
        a.headline = QStringLiteral("After");
        a.tags = {QStringLiteral("climate")};
        a.related = {RelatedItem{QStringLiteral("Linked"), QStringLiteral("Blurb"), 7, QString()}};
        a.aiGenerated = true;
        a = archive.saved(a);
        const auto changes =
            compareArticles(*archive.store().revision(a.id, 1), *archive.store().revision(a.id, 2));
        QStringList fields;
        for (const FieldChange &change : changes)
            fields.append(change.field);
        QCOMPARE(fields, (QStringList{"ai_generated", "headline", "related", "tags"}));
        const auto headline =
            std::find_if(changes.begin(), changes.end(), [](const FieldChange &c) {
                return c.field == QLatin1StringView("headline");
            });
        QCOMPARE(headline->before, QStringLiteral("Before"));
        QCOMPARE(headline->after, QStringLiteral("After"));
        const auto related = std::find_if(changes.begin(), changes.end(), [](const FieldChange &c) {
            return c.field == QLatin1StringView("related");
        });
        QCOMPARE(related->after, QStringLiteral("Linked — Blurb (#7)"));
    }

    void restoreMakesANewVersion()
    {
        TestArchive archive;
        Article a = archive.saved(makeArticle(QStringLiteral("Good Headline")));
        a.headline = QStringLiteral("Bad Headline");
        a.body = QStringLiteral("Mangled.");
        a = archive.saved(a);

        auto restored = archive.store().restoreRevision(a.id, 1, a.version);
        QVERIFY(restored);
        QCOMPARE(restored->version, 3);
        QCOMPARE(restored->headline, QStringLiteral("Good Headline"));
        QCOMPARE(restored->body, makeArticle(QString()).body);
        QCOMPARE(archive.store().revisions(a.id)->size(), 3); // nothing was lost
        QCOMPARE(archive.store().revision(a.id, 2)->headline, QStringLiteral("Bad Headline"));
        QCOMPARE(archive.store().search({QStringLiteral("mangled"), {}, 5})->size(), 0);
        QCOMPARE(archive.store().search({QStringLiteral("good"), {}, 5})->size(), 1);
    }

    void restoreOverANewerVersionIsAConflict()
    {
        TestArchive archive;
        Article a = archive.saved(makeArticle(QStringLiteral("One")));
        a.headline = QStringLiteral("Two");
        a = archive.saved(a);
        auto result = archive.store().restoreRevision(a.id, 1, 1); // the editor saw version 1
        QVERIFY(!result);
        QCOMPARE(result.error().code, StoreError::Code::Conflict);
        QCOMPARE(archive.store().article(a.id)->headline, QStringLiteral("Two"));
    }

    void missingRevisions()
    {
        TestArchive archive;
        const Article a = archive.saved(makeArticle(QStringLiteral("Only")));
        QCOMPARE(archive.store().revision(a.id, 9).error().code, StoreError::Code::NotFound);
        QCOMPARE(archive.store().revisions(999).error().code, StoreError::Code::NotFound);
    }
};

QTEST_GUILESS_MAIN(TestRevisions)
#include "tst_revisions.moc"
