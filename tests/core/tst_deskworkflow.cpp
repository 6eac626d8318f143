// The desk's workflow in the store's contract, run against both archives: a file, and
// (tst_deskworkflow_pg) a server. Assignees kept in every version, "Assigned to" filters,
// the notes thread (order, author, bounds, trash, copy) and the last status change.
#include "ArchiveUnderTest.h"
#include "model/ArticleDiff.h"
#include "store/ArchiveCopier.h"

#include <QTest>

using namespace newsroom;
using namespace newsroom::test;

class TestDeskWorkflow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void theStoreKnowsWhoIsMe()
    {
        ArchiveUnderTest archive;
        QVERIFY(!archive.store().currentUser().isEmpty());
        QCOMPARE(archive.store().currentUser(), archive.author());
    }

    void theAssigneeIsKeptInEveryVersion()
    {
        ArchiveUnderTest archive;
        Article a = makeArticle(QStringLiteral("Harbour Dredging Begins"));
        a.assignee = QStringLiteral("ana");
        const Article first = archive.saved(a);
        QCOMPARE(first.assignee, QStringLiteral("ana"));

        Article reassigned = first;
        reassigned.assignee = QStringLiteral("ben");
        const Article second = archive.saved(reassigned);
        Article unassigned = second;
        unassigned.assignee.clear();
        const Article third = archive.saved(unassigned);

        auto fresh = archive.openAgain();
        QCOMPARE(fresh->article(first.id)->assignee, QString());
        QCOMPARE(fresh->revision(first.id, first.version)->assignee, QStringLiteral("ana"));
        QCOMPARE(fresh->revision(first.id, second.version)->assignee, QStringLiteral("ben"));
        QCOMPARE(fresh->revisions(first.id)->size(), 3);

        // The revisions compare shows who had it before and after.
        const QList<FieldChange> changes = compareArticles(
            *fresh->revision(first.id, first.version), *fresh->revision(first.id, second.version));
        QCOMPARE(changes.size(), 1);
        QCOMPARE(changes.front().field, QStringLiteral("assignee"));
        QCOMPARE(changes.front().before, QStringLiteral("ana"));
        QCOMPARE(changes.front().after, QStringLiteral("ben"));
        QCOMPARE(third.version, 3);
    }

    void filtersFindAssignedToMeAndToAnyone()
    {
        ArchiveUnderTest archive;
        ArticleStore &store = archive.store();
        const QString me = store.currentUser();
        Article mine = makeArticle(QStringLiteral("Mine In Review"));
        mine.assignee = me;
        mine.status = ArticleStatus::InReview;
        const qint64 mineId = archive.saved(mine).id;
        Article mineDraft = makeArticle(QStringLiteral("Mine Still A Draft"));
        mineDraft.assignee = me;
        const qint64 mineDraftId = archive.saved(mineDraft).id;
        Article theirs = makeArticle(QStringLiteral("Theirs In Review"));
        theirs.assignee = QStringLiteral("someone-else");
        theirs.status = ArticleStatus::InReview;
        const qint64 theirsId = archive.saved(theirs).id;
        archive.saved(makeArticle(QStringLiteral("Nobody's")));

        ArticleFilter toMe;
        toMe.assignedToMe = true;
        auto listed = store.list(toMe);
        QVERIFY2(listed, why(listed).constData());
        QCOMPARE(listed->size(), 2);
        QList<qint64> ids{listed->at(0).id, listed->at(1).id};
        std::sort(ids.begin(), ids.end());
        QCOMPARE(ids, (QList<qint64>{mineId, mineDraftId}));
        QCOMPARE(*store.count(toMe), 2);

        ArticleFilter mineInReview = toMe;
        mineInReview.status = ArticleStatus::InReview;
        QCOMPARE(store.list(mineInReview)->size(), 1);
        QCOMPARE(store.list(mineInReview)->front().id, mineId);

        ArticleFilter inReview;
        inReview.status = ArticleStatus::InReview;
        QCOMPARE(*store.count(inReview), 2);

        ArticleFilter toThem;
        toThem.assignee = QStringLiteral("someone-else");
        QCOMPARE(store.list(toThem)->size(), 1);
        QCOMPARE(store.list(toThem)->front().id, theirsId);

        // Search narrows the same way.
        SearchQuery query;
        query.text = QStringLiteral("review");
        query.filter = toMe;
        auto hits = store.search(query);
        QVERIFY2(hits, why(hits).constData());
        QCOMPARE(hits->size(), 1);
        QCOMPARE(hits->front().article.id, mineId);

        // A trashed article leaves the filter.
        QVERIFY(store.moveToTrash(mineId));
        QCOMPARE(*store.count(toMe), 1);
    }

    void assignableUsersAreMeAndEveryNameUsed()
    {
        ArchiveUnderTest archive;
        Article a = makeArticle(QStringLiteral("Assigned To A Stringer"));
        a.assignee = QStringLiteral("Zoë Stringer");
        archive.saved(a);
        auto users = archive.store().assignableUsers();
        QVERIFY2(users, why(users).constData());
        QVERIFY(users->contains(archive.store().currentUser()));
        QVERIFY(users->contains(QStringLiteral("Zoë Stringer")));
        QCOMPARE(users->count(archive.store().currentUser()), 1);
        QVERIFY(!users->contains(QString()));
    }

    void notesAreAppendedInOrderByMe()
    {
        ArchiveUnderTest archive;
        const Article a = archive.saved(makeArticle(QStringLiteral("Council Budget")));
        const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-1);
        for (const QString &text :
             {QStringLiteral("cut to 600 words"), QStringLiteral("legal checked"),
              QStringLiteral("사진 확인 완료")}) {
            auto note = archive.store().addNote(a.id, text);
            QVERIFY2(note, why(note).constData());
            QCOMPARE(note->text, text);
            QCOMPARE(note->author, archive.author());
            QVERIFY(note->id > 0);
        }
        auto fresh = archive.openAgain();
        auto thread = fresh->deskThread(a.id);
        QVERIFY2(thread, why(thread).constData());
        QCOMPARE(thread->notes.size(), 3);
        QCOMPARE(thread->notes[0].text, QStringLiteral("cut to 600 words"));
        QCOMPARE(thread->notes[1].text, QStringLiteral("legal checked"));
        QCOMPARE(thread->notes[2].text, QStringLiteral("사진 확인 완료"));
        for (const ArticleNote &note : thread->notes) {
            QCOMPARE(note.author, archive.author());
            QCOMPARE(note.articleId, a.id);
            QVERIFY(note.writtenAt >= before);
            QVERIFY(note.writtenAt <= QDateTime::currentDateTimeUtc().addSecs(1));
        }
        QVERIFY(thread->notes[0].id < thread->notes[1].id);
        // A note is not a version of the article.
        QCOMPARE(*fresh->version(a.id), a.version);
    }

    void notesAreBounded()
    {
        ArchiveUnderTest archive;
        const Article a = archive.saved(makeArticle(QStringLiteral("Long Notes")));
        ArticleStore &store = archive.store();
        for (const QString &blank : {QString(), QStringLiteral("   "), QStringLiteral("\n\t")}) {
            auto refused = store.addNote(a.id, blank);
            QVERIFY(!refused);
            QCOMPARE(refused.error().code, StoreError::Code::Invalid);
        }
        // 500 characters, each outside the BMP (two UTF-16 units): the limit is characters.
        QString longest;
        for (int i = 0; i < ArticleNote::kMaxLength; ++i)
            longest += QString::fromUcs4(U"\U0001F4F0");
        auto kept = store.addNote(a.id, longest);
        QVERIFY2(kept, why(kept).constData());
        QCOMPARE(store.deskThread(a.id)->notes.front().text, longest);
        auto tooLong = store.addNote(a.id, longest + QLatin1Char('x'));
        QVERIFY(!tooLong);
        QCOMPARE(tooLong.error().code, StoreError::Code::Invalid);
        QVERIFY(tooLong.error().message.contains(QStringLiteral("500")));

        // Control characters (a line break from a script) become spaces.
        auto cleaned = store.addNote(a.id, QStringLiteral("  legal\nchecked\x1b  "));
        QVERIFY2(cleaned, why(cleaned).constData());
        QCOMPARE(cleaned->text, QStringLiteral("legal checked"));

        auto nowhere = store.addNote(a.id + 1000, QStringLiteral("lost"));
        QVERIFY(!nowhere);
        QCOMPARE(nowhere.error().code, StoreError::Code::NotFound);

        for (int i = 2; i < ArticleNote::kMaxPerArticle; ++i)
            QVERIFY(store.addNote(a.id, QStringLiteral("note %1").arg(i)));
        QCOMPARE(store.deskThread(a.id)->notes.size(), ArticleNote::kMaxPerArticle);
        auto full = store.addNote(a.id, QStringLiteral("one too many"));
        QVERIFY(!full);
        QCOMPARE(full.error().code, StoreError::Code::Invalid);
        QCOMPARE(store.deskThread(a.id)->notes.size(), ArticleNote::kMaxPerArticle);
    }

    void notesSurviveTheTrash()
    {
        ArchiveUnderTest archive;
        const Article a = archive.saved(makeArticle(QStringLiteral("Trashed With Notes")));
        QVERIFY(archive.store().addNote(a.id, QStringLiteral("hold for legal")));
        QVERIFY(archive.store().moveToTrash(a.id));
        QCOMPARE(archive.store().deskThread(a.id)->notes.size(), 1);
        auto refused = archive.store().addNote(a.id, QStringLiteral("while trashed"));
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, StoreError::Code::Conflict);
        QVERIFY(archive.store().restoreFromTrash(a.id));
        auto thread = archive.store().deskThread(a.id);
        QCOMPARE(thread->notes.size(), 1);
        QCOMPARE(thread->notes.front().text, QStringLiteral("hold for legal"));
    }

    void theLastStatusChangeSaysWhoAndWhen()
    {
        ArchiveUnderTest archive;
        Article a = archive.saved(makeArticle(QStringLiteral("Status Moves")));
        auto thread = archive.store().deskThread(a.id);
        QVERIFY2(thread, why(thread).constData());
        QVERIFY(!thread->lastStatusChange);

        a.status = ArticleStatus::InReview;
        a = archive.saved(a);
        a.body += QStringLiteral("\n\nA later edit.");
        a = archive.saved(a); // a timed version after the status change
        thread = archive.store().deskThread(a.id);
        QVERIFY(thread->lastStatusChange);
        QCOMPARE(thread->lastStatusChange->status, ArticleStatus::InReview);
        QVERIFY(thread->lastStatusChange->previousStatus);
        QCOMPARE(*thread->lastStatusChange->previousStatus, ArticleStatus::Draft);
        QCOMPARE(thread->lastStatusChange->author, archive.author());
        QCOMPARE(thread->lastStatusChange->version, 2);
        QVERIFY(thread->lastStatusChange->savedAt.isValid());

        a.status = ArticleStatus::Published;
        a = archive.saved(a);
        thread = archive.store().deskThread(a.id);
        QCOMPARE(thread->lastStatusChange->status, ArticleStatus::Published);
        QCOMPARE(thread->lastStatusChange->version, a.version);
    }

    void notesAndAssigneeGoWithACopy()
    {
        ArchiveUnderTest from;
        ArchiveUnderTest to;
        Article a = makeArticle(QStringLiteral("Copied With Its Thread"));
        a.assignee = QStringLiteral("ana");
        a = from.saved(a);
        a.assignee = QStringLiteral("ben");
        a = from.saved(a);
        QVERIFY(from.store().addNote(a.id, QStringLiteral("first")));
        QVERIFY(from.store().addNote(a.id, QStringLiteral("second")));
        const QList<ArticleNote> notes = from.store().deskThread(a.id)->notes;

        // Notes as another archive had them, by other people at other times.
        ArticleRecord record;
        record.article = makeArticle(QStringLiteral("Put With Old Notes"));
        record.article.id = 500;
        record.article.version = 1;
        record.article.slug = QStringLiteral("put-with-old-notes");
        record.article.createdAt = record.article.updatedAt =
            QDateTime(QDate(2026, 1, 2), QTime(3, 4, 5), Qt::UTC);
        record.note.version = 1;
        record.notes = {ArticleNote{0, 500, QStringLiteral("Old Hand"),
                                    QDateTime(QDate(2026, 1, 2), QTime(3, 5, 0), Qt::UTC),
                                    QStringLiteral("from the old desk")}};
        QVERIFY(from.store().putRecord(record, QByteArray(32, 'k')));

        ArchiveCopier copier(from.store(), QStringLiteral("from"), to.store());
        auto report = copier.run();
        QVERIFY2(report, why(report).constData());
        QCOMPARE(report->copied, 2);
        auto copied = to.store().deskThread(a.id);
        QVERIFY2(copied, why(copied).constData());
        QCOMPARE(copied->notes.size(), 2);
        for (qsizetype i = 0; i < notes.size(); ++i) {
            QCOMPARE(copied->notes[i].text, notes[i].text);
            QCOMPARE(copied->notes[i].author, notes[i].author);
            QCOMPARE(copied->notes[i].writtenAt, notes[i].writtenAt);
        }
        QCOMPARE(to.store().article(a.id)->assignee, QStringLiteral("ben"));
        QCOMPARE(to.store().revision(a.id, 1)->assignee, QStringLiteral("ana"));
        auto old = to.store().deskThread(500);
        QVERIFY2(old, why(old).constData());
        QCOMPARE(old->notes.size(), 1);
        QCOMPARE(old->notes.front().author, QStringLiteral("Old Hand"));
        QCOMPARE(old->notes.front().writtenAt,
                 QDateTime(QDate(2026, 1, 2), QTime(3, 5, 0), Qt::UTC));
    }
};

QTEST_GUILESS_MAIN(TestDeskWorkflow)
#include "tst_deskworkflow.moc"
