// The history's contract, run against both archives: a file, and (tst_revisions_pg) a server.
#include "ArchiveUnderTest.h"
#include "io/UserName.h"
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
        ArchiveUnderTest archive;
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
        ArchiveUnderTest archive;
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
        ArchiveUnderTest archive;
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
        ArchiveUnderTest archive;
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
        ArchiveUnderTest archive;
        Article a = archive.saved(makeArticle(QStringLiteral("One")));
        a.headline = QStringLiteral("Two");
        a = archive.saved(a);
        auto result = archive.store().restoreRevision(a.id, 1, 1); // the editor saw version 1
        QVERIFY(!result);
        QCOMPARE(result.error().code, StoreError::Code::Conflict);
        QCOMPARE(archive.store().article(a.id)->headline, QStringLiteral("Two"));
    }

    // Every version says why it was kept and who saved it; a status change names both
    // statuses, a publication the one before, a restore the version it brought back.
    void kindsAndAuthors()
    {
        ArchiveUnderTest archive;
        Article a = archive.saved(makeArticle(QStringLiteral("Harbour dredging")));
        a.body += QStringLiteral("\n\nMore.");
        a = archive.saved(a);
        a.status = ArticleStatus::Ready;
        a = archive.saved(a);
        a.status = ArticleStatus::Published;
        a = archive.saved(a);
        QVERIFY(a.publishedAt.isValid());
        auto restored = archive.store().restoreRevision(a.id, 2, a.version);
        QVERIFY(restored);
        QCOMPARE(restored->restoredFrom, 2);

        auto revisions = archive.store().revisions(a.id);
        QVERIFY(revisions);
        QCOMPARE(revisions->size(), 5);
        const QString me = archive.author(); // the account's name; on a server, the role
        QVERIFY(!me.isEmpty());
        for (const Revision &r : *revisions)
            QCOMPARE(r.author, me);
        const Revision &restore = revisions->at(0);
        QCOMPARE(restore.version, 5);
        QCOMPARE(restore.kind, RevisionKind::Restored);
        QCOMPARE(restore.restoredFrom, 2);
        QCOMPARE(restore.status, ArticleStatus::Draft); // version 2's status came back too
        QCOMPARE(restore.previousStatus, std::optional(ArticleStatus::Published));
        const Revision &published = revisions->at(1);
        QCOMPARE(published.kind, RevisionKind::Published);
        QCOMPARE(published.status, ArticleStatus::Published);
        QCOMPARE(published.previousStatus, std::optional(ArticleStatus::Ready));
        const Revision &ready = revisions->at(2);
        QCOMPARE(ready.kind, RevisionKind::Status);
        QCOMPARE(ready.status, ArticleStatus::Ready);
        QCOMPARE(ready.previousStatus, std::optional(ArticleStatus::Draft));
        for (const Revision &timed : {revisions->at(3), revisions->at(4)}) {
            QCOMPARE(timed.kind, RevisionKind::Timed);
            QCOMPARE(timed.status, ArticleStatus::Draft);
            QVERIFY(!timed.previousStatus);
            QCOMPARE(timed.restoredFrom, 0);
        }
        // Read back, the article carries no restore note.
        QCOMPARE(archive.store().article(a.id)->restoredFrom, 0);
    }

    // The report: written, published and retitled within the timed interval, the story kept
    // one version. The publication, and the text just before it, stay whatever the autosave
    // asks; the autosaves in between still replace each other.
    void publishingAlwaysKeepsAVersion()
    {
        ArchiveUnderTest archive;
        Article a = archive.saved(makeArticle(QStringLiteral("Ferry strike")));
        a.body = QStringLiteral("First draft.");
        a = *archive.store().save(a, SaveMode::KeepHistory); // the first autosave keeps "opened"
        a.body = QStringLiteral("Second draft.");
        a = *archive.store().save(a, SaveMode::ReplaceOwnDraft);
        a.body = QStringLiteral("Final text.");
        a = *archive.store().save(a, SaveMode::ReplaceOwnDraft);
        a.status = ArticleStatus::Published;
        a = *archive.store().save(a, SaveMode::ReplaceOwnDraft);
        const qint64 publishedVersion = a.version;
        a.headline = QStringLiteral("Ferry strike ends");
        a = *archive.store().save(a, SaveMode::ReplaceOwnDraft);
        a.headline = QStringLiteral("Ferry strike ends after talks");
        a = *archive.store().save(a, SaveMode::ReplaceOwnDraft);

        auto revisions = archive.store().revisions(a.id);
        QVERIFY(revisions);
        QStringList shape;
        for (const Revision &r : *revisions) {
            shape.append(QStringLiteral("%1 %2 %3")
                             .arg(r.version)
                             .arg(revisionKindName(r.kind), statusName(r.status)));
        }
        QCOMPARE(shape, (QStringList{"7 timed published", "5 published published", "4 timed draft",
                                     "1 timed draft"}));
        QCOMPARE(revisions->at(1).version, publishedVersion);
        auto published = archive.store().revision(a.id, publishedVersion);
        QCOMPARE(published->headline, QStringLiteral("Ferry strike"));
        QCOMPARE(published->body, QStringLiteral("Final text."));
        QCOMPARE(archive.store().revision(a.id, 4)->body, QStringLiteral("Final text."));
        QCOMPARE(archive.store().revision(a.id, 4)->status, ArticleStatus::Draft);
    }

    void aStatusChangeKeepsAVersion()
    {
        ArchiveUnderTest archive;
        Article a = archive.saved(makeArticle(QStringLiteral("Budget vote")));
        a.body = QStringLiteral("Typed.");
        a = *archive.store().save(a, SaveMode::KeepHistory);
        a.status = ArticleStatus::InReview;
        a = *archive.store().save(a, SaveMode::ReplaceOwnDraft);
        a.body = QStringLiteral("Typed more.");
        a = *archive.store().save(a, SaveMode::ReplaceOwnDraft);
        auto revisions = archive.store().revisions(a.id);
        QVERIFY(revisions);
        QCOMPARE(revisions->size(), 4); // now, the status change, before it, as opened
        QCOMPARE(revisions->at(1).kind, RevisionKind::Status);
        QCOMPARE(revisions->at(1).previousStatus, std::optional(ArticleStatus::Draft));
        QCOMPARE(revisions->at(1).status, ArticleStatus::InReview);
        QCOMPARE(revisions->at(2).version, 2);
        // A status that did not change is no status change.
        a.body = QStringLiteral("Typed even more.");
        a = *archive.store().save(a, SaveMode::ReplaceOwnDraft);
        QCOMPARE(archive.store().revisions(a.id)->size(), 4); // its own autosave replaced
        QCOMPARE(archive.store().revisions(a.id)->at(0).kind, RevisionKind::Timed);
    }

    // The editor's way: a save of content that says it restores a version (the dialog's
    // Restore, then the autosave), even an autosave that would replace its own draft.
    void anEditorRestoreIsNoted()
    {
        ArchiveUnderTest archive;
        Article a = archive.saved(makeArticle(QStringLiteral("Good")));
        const Article good = a;
        a.headline = QStringLiteral("Bad");
        a = *archive.store().save(a, SaveMode::KeepHistory);
        Article back = good;
        back.id = a.id;
        back.version = a.version;
        back.restoredFrom = 1;
        auto saved = archive.store().save(back, SaveMode::ReplaceOwnDraft);
        QVERIFY(saved);
        QCOMPARE(saved->restoredFrom, 1);
        auto revisions = archive.store().revisions(a.id);
        QCOMPARE(revisions->size(), 3); // "Bad" stays: a restore keeps what it replaced
        QCOMPARE(revisions->at(0).kind, RevisionKind::Restored);
        QCOMPARE(revisions->at(0).restoredFrom, 1);
        QCOMPARE(revisions->at(1).headline, QStringLiteral("Bad"));
        // A note naming a version the article never had is no restore.
        Article odd = *saved;
        odd.headline = QStringLiteral("Odd");
        odd.restoredFrom = 99;
        saved = archive.store().save(odd, SaveMode::KeepHistory);
        QCOMPARE(saved->restoredFrom, 0);
        QCOMPARE(archive.store().revisions(a.id)->at(0).kind, RevisionKind::Timed);
    }

    void namesFromTheAccount()
    {
        QCOMPARE(username::fromAccount("Dana Scully,Room 42,555-0100,,", "dana"),
                 QStringLiteral("Dana Scully"));
        QCOMPARE(username::fromAccount("", "dana"), QStringLiteral("dana"));
        QCOMPARE(username::fromAccount(",,,", "dana"), QStringLiteral("dana"));
        QCOMPARE(username::fromAccount("  ", "dana"), QStringLiteral("dana"));
        QCOMPARE(username::fromAccount("& Jones", "bob"), QStringLiteral("Bob Jones"));
        QCOMPARE(username::fromAccount("Inés Carvalho", "ines"), QStringLiteral("Inés Carvalho"));
        QCOMPARE(username::fromAccount("", ""), QString());
    }

    void missingRevisions()
    {
        ArchiveUnderTest archive;
        const Article a = archive.saved(makeArticle(QStringLiteral("Only")));
        QCOMPARE(archive.store().revision(a.id, 9).error().code, StoreError::Code::NotFound);
        QCOMPARE(archive.store().revisions(999).error().code, StoreError::Code::NotFound);
    }
};

QTEST_GUILESS_MAIN(TestRevisions)
#include "tst_revisions.moc"
