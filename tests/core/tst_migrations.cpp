#include "search/MultilingualTokenizer.h"
#include "store/Migrations.h"
#include "store/SqliteArticleStore.h"
#include "store/SqliteDatabase.h"

#include <QCryptographicHash>
#include <QTemporaryDir>
#include <QTest>

using namespace newsroom;

namespace {
std::unique_ptr<SqliteDatabase> rawDatabase(const QString &path)
{
    auto db = SqliteDatabase::open(path, true);
    if (!db || !MultilingualTokenizer::registerWith((*db)->handle()))
        return nullptr;
    (*db)->exec("PRAGMA foreign_keys = ON");
    return std::move(*db);
}

qint64 scalar(SqliteDatabase &db, const char *sql)
{
    auto value = db.queryInt(sql);
    return value ? *value : -1;
}
} // namespace

class TestMigrations : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    // Every step, run on an archive left at the step before, ends at its own version
    // with a sound database.
    void eachStepFromTheOneBefore()
    {
        for (int target = 1; target <= migrations::latestVersion(); ++target) {
            QTemporaryDir dir;
            auto db = rawDatabase(dir.filePath(QStringLiteral("a.newsroom")));
            QVERIFY(db);
            QVERIFY(migrations::migrate(*db, target - 1));
            QCOMPARE(scalar(*db, "PRAGMA user_version"), qint64(target - 1));
            QVERIFY2(migrations::migrate(*db, target), qPrintable(QString::number(target)));
            QCOMPARE(scalar(*db, "PRAGMA user_version"), qint64(target));
            QCOMPARE(scalar(*db, "PRAGMA application_id"), qint64(migrations::kApplicationId));
            auto check = db->prepare("PRAGMA integrity_check");
            QVERIFY(check.next());
            QCOMPARE(check.text(0), QStringLiteral("ok"));
        }
    }

    // Version 2 builds the search index over the articles version 1 already held.
    void searchIndexCoversExistingArticles()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("old.newsroom"));
        {
            auto db = rawDatabase(path);
            QVERIFY(migrations::migrate(*db, 1));
            QVERIFY(db->exec(
                "INSERT INTO articles (slug, headline, body, created_at, updated_at)"
                " VALUES ('old-one', 'Harbour dredging resumes', 'Barges returned.', 1, 1);"
                "INSERT INTO articles (slug, headline, body, created_at, updated_at,"
                " trashed_at) VALUES ('binned', 'Dredging story draft', '', 1, 1, 5);"
                "INSERT INTO article_tags VALUES (1, 0, 'ports');"));
        }
        auto store = SqliteArticleStore::open(path); // upgrades to the latest version
        QVERIFY2(store, store ? "" : qPrintable(store.error().message));
        auto hits = (*store)->search(SearchQuery{QStringLiteral("dredging"), {}, 10});
        QVERIFY(hits);
        QCOMPARE(hits->size(), 1); // the trashed one stays out of the index
        QCOMPARE(hits->front().article.slug, QStringLiteral("old-one"));
        auto byTag = (*store)->search(SearchQuery{QStringLiteral("ports"), {}, 10});
        QVERIFY(byTag);
        QCOMPARE(byTag->size(), 1);
        auto article = (*store)->articleByRef(QStringLiteral("old-one"));
        QVERIFY(article);
        QCOMPARE(article->headline, QStringLiteral("Harbour dredging resumes"));
        QCOMPARE(article->tags, QStringList{QStringLiteral("ports")});
    }

    // Version 4 records where imported articles came from. On an archive that already
    // has articles, a file with the same text as one of them is recognised (and its hash
    // recorded), deks are found through their new index, and a purged article's record
    // goes with it.
    void importSourcesOnAnOlderArchive()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("old.newsroom"));
        {
            auto db = rawDatabase(path);
            QVERIFY(migrations::migrate(*db, 3));
            QVERIFY(db->exec("INSERT INTO articles (slug, headline, dek, body, created_at,"
                             " updated_at) VALUES ('harbour-dredging-resumes',"
                             " 'Harbour dredging resumes', 'Barges returned.', 'Text.', 1, 1)"));
        }
        auto store = SqliteArticleStore::open(path); // upgrades to the latest version
        QVERIFY2(store, store ? "" : qPrintable(store.error().message));
        SqliteDatabase &db = (*store)->database();
        QCOMPARE(scalar(db, "PRAGMA user_version"), qint64(migrations::latestVersion()));
        QCOMPARE(scalar(db, "SELECT count(*) FROM import_sources"), qint64(0));

        Article same;
        same.headline = QStringLiteral("Harbour dredging resumes");
        same.dek = QStringLiteral("Barges returned.");
        same.body = QStringLiteral("Text.");
        const QByteArray hash = QCryptographicHash::hash("the file", QCryptographicHash::Sha256);
        auto imported = (*store)->saveImported({same}, {hash});
        QVERIFY(imported);
        QVERIFY(imported->front().alreadyImported);
        QCOMPARE(imported->front().article.id, qint64(1));
        QCOMPARE(scalar(db, "SELECT count(*) FROM articles"), qint64(1));
        QCOMPARE(scalar(db, "SELECT count(*) FROM import_sources WHERE article_id = 1"), qint64(1));
        // From now on the file is known by its hash, whatever the article says since.
        Article edited = same;
        edited.body = QStringLiteral("Edited since.");
        imported = (*store)->saveImported({edited}, {hash});
        QVERIFY(imported && imported->front().alreadyImported);
        QCOMPARE(imported->front().article.body, QStringLiteral("Text."));
        QCOMPARE(scalar(db, "SELECT count(*) FROM articles"), qint64(1));

        QCOMPARE(*(*store)->findByDek(QStringLiteral("Barges returned.")), qint64(1));
        auto plan = db.prepare("EXPLAIN QUERY PLAN SELECT id FROM articles WHERE dek = ?1"
                               " AND trashed_at IS NULL AND dek <> '' ORDER BY id LIMIT 1");
        QVERIFY(plan.next());
        QVERIFY2(plan.text(3).contains(QStringLiteral("articles_live_by_dek")),
                 qPrintable(plan.text(3)));
        plan.reset();

        QVERIFY(db.exec("DELETE FROM articles"));
        QCOMPARE(scalar(db, "SELECT count(*) FROM import_sources"), qint64(0));
    }

    // Version 5 notes why each version was kept. An archive from before it opens with its
    // history whole: every version reads as a timed save by nobody known, each with the
    // status its snapshot holds; the saves from then on are noted.
    void versionNotesOnAnOlderArchive()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("old.newsroom"));
        {
            auto db = rawDatabase(path);
            QVERIFY(migrations::migrate(*db, 4));
            QVERIFY(db->exec("INSERT INTO articles (slug, headline, body, status, published_at,"
                             " created_at, updated_at, version) VALUES ('ferry-strike',"
                             " 'Ferry strike ends', 'Now.', 'published', 300, 100, 300, 3)"));
            for (int version = 1; version <= 2; ++version) {
                const QByteArray json =
                    QByteArray(R"({"id":1,"version":)") + QByteArray::number(version) +
                    (version == 1 ? R"(,"status":"draft")" : R"(,"status":"published")") +
                    R"(,"headline":"Ferry strike","body":"Then."})";
                auto insert = db->prepare("INSERT INTO revisions (article_id, version, saved_at,"
                                          " headline, snapshot) VALUES (1, ?, ?, ?, ?)");
                QVERIFY(insert.bind(1, version)
                            .bind(2, 100 * version)
                            .bind(3, QStringLiteral("Ferry strike"))
                            .bindBlob(4, qCompress(json))
                            .run());
            }
        }
        auto store = SqliteArticleStore::open(path); // upgrades, and checks the schema
        QVERIFY2(store, store ? "" : qPrintable(store.error().message));
        SqliteDatabase &db = (*store)->database();
        QCOMPARE(scalar(db, "PRAGMA user_version"), qint64(migrations::latestVersion()));
        QCOMPARE(scalar(db, "SELECT count(*) FROM revisions WHERE kind = 'timed'"), qint64(2));
        QCOMPARE(scalar(db, "SELECT count(*) FROM articles WHERE version_kind = 'timed'"),
                 qint64(1));

        auto revisions = (*store)->revisions(1);
        QVERIFY(revisions);
        QCOMPARE(revisions->size(), 3);
        QList<ArticleStatus> statuses;
        for (const Revision &r : *revisions) {
            QCOMPARE(r.kind, RevisionKind::Timed);
            QVERIFY(r.author.isEmpty());
            QVERIFY(!r.previousStatus);
            statuses.append(r.status);
        }
        QCOMPARE(statuses, (QList<ArticleStatus>{ArticleStatus::Published, ArticleStatus::Published,
                                                 ArticleStatus::Draft}));
        QCOMPARE((*store)->revision(1, 1)->body, QStringLiteral("Then."));

        // From now on every save is noted.
        Article article = *(*store)->article(1);
        article.status = ArticleStatus::Draft;
        QVERIFY((*store)->save(article));
        revisions = (*store)->revisions(1);
        QCOMPARE(revisions->size(), 4);
        QCOMPARE(revisions->at(0).kind, RevisionKind::Status);
        QCOMPARE(revisions->at(0).previousStatus, std::optional(ArticleStatus::Published));
        QVERIFY(!revisions->at(0).author.isEmpty());
        QCOMPARE(revisions->at(1).kind, RevisionKind::Timed); // version 3, as it was
        QCOMPARE(revisions->at(1).status, ArticleStatus::Published);
        QVERIFY(revisions->at(1).author.isEmpty());
    }

    // Version 6 adds the length target: the articles of an older archive have none, and the
    // archive itself refuses a target no editor could mean.
    void wordTargetOnAnOlderArchive()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("old.newsroom"));
        {
            auto db = rawDatabase(path);
            QVERIFY(migrations::migrate(*db, 5));
            QVERIFY(db->exec("INSERT INTO articles (slug, headline, body, created_at,"
                             " updated_at) VALUES ('tram-line', 'Tram line opens', 'Now.', 1, 1)"));
        }
        auto store = SqliteArticleStore::open(path);
        QVERIFY2(store, store ? "" : qPrintable(store.error().message));
        SqliteDatabase &db = (*store)->database();
        QCOMPARE(scalar(db, "PRAGMA user_version"), qint64(migrations::latestVersion()));
        Article article = *(*store)->article(1);
        QCOMPARE(article.wordTarget, 0);
        article.wordTarget = 700;
        QVERIFY((*store)->save(article));
        QCOMPARE(scalar(db, "SELECT word_target FROM articles WHERE id = 1"), qint64(700));
        QCOMPARE((*store)->revision(1, 1)->wordTarget, 0); // the old version, as it was
        QVERIFY(!db.exec("UPDATE articles SET word_target = -1"));
        QVERIFY(!db.exec("UPDATE articles SET word_target = 100001"));
        QCOMPARE((*store)->article(1)->wordTarget, 700);
    }

    // Version 7 adds the desk's workflow: an archive made before keeps every article and
    // version, each read as assigned to nobody (its snapshots have no assignee at all), with
    // no notes; then assignees and notes work as on a new archive.
    void deskWorkflowOnAnOlderArchive()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("old.newsroom"));
        {
            auto db = rawDatabase(path);
            QVERIFY(migrations::migrate(*db, 6));
            QVERIFY(db->exec("INSERT INTO articles (slug, headline, body, created_at, updated_at,"
                             " version, status) VALUES ('ferry', 'Ferry fares rise', 'Now.', 1,"
                             " 2, 2, 'in-review')"));
            // Version 1 as a Newsroom before version 7 kept it: no "assignee" key.
            const QByteArray snapshot =
                qCompress(R"({"id":1,"version":1,"slug":"ferry","headline":"Ferry fares",)"
                          R"("status":"draft","body":"Soon.","word_target":0})");
            SqliteStatement revision =
                db->prepare("INSERT INTO revisions (article_id, version, saved_at, headline,"
                            " snapshot, kind, author, status) VALUES (1, 1, 1, 'Ferry fares', ?,"
                            " 'timed', 'Old Hand', 'draft')");
            revision.bindBlob(1, snapshot);
            QVERIFY(revision.run());
        }
        auto store = SqliteArticleStore::open(path);
        QVERIFY2(store, store ? "" : qPrintable(store.error().message));
        SqliteDatabase &db = (*store)->database();
        QCOMPARE(scalar(db, "PRAGMA user_version"), qint64(migrations::latestVersion()));
        Article article = *(*store)->article(1);
        QCOMPARE(article.headline, QStringLiteral("Ferry fares rise"));
        QCOMPARE(article.assignee, QString());
        auto old = (*store)->revision(1, 1);
        QVERIFY(old);
        QCOMPARE(old->headline, QStringLiteral("Ferry fares"));
        QCOMPARE(old->assignee, QString());
        QCOMPARE((*store)->deskThread(1)->notes.size(), 0);
        ArticleFilter mine;
        mine.assignedToMe = true;
        QCOMPARE(*(*store)->count(mine), 0);

        article.assignee = (*store)->currentUser();
        QVERIFY((*store)->save(article));
        QCOMPARE(*(*store)->count(mine), 1);
        QVERIFY((*store)->addNote(1, QStringLiteral("legal checked")));
        QCOMPARE((*store)->deskThread(1)->notes.front().text, QStringLiteral("legal checked"));
        QCOMPARE((*store)->revision(1, 2)->assignee, QString()); // the version before, as it was
        // The archive refuses a note longer than any the app writes.
        QVERIFY(!db.exec("INSERT INTO article_notes (article_id, written_at, author, text)"
                         " VALUES (1, 1, 'x', '')"));
    }

    // Version 9 adds pictures and lead images. An archive of version 8 keeps its articles
    // and versions, each read with no lead image; then pictures are stored, used and kept as
    // on a new archive, and the file refuses a use of a picture it does not have.
    void picturesOnAnOlderArchive()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("old.newsroom"));
        {
            auto db = rawDatabase(path);
            QVERIFY(migrations::migrate(*db, 8));
            QVERIFY(db->exec("INSERT INTO articles (slug, headline, body, created_at, updated_at,"
                             " version, status) VALUES ('crane', 'Crane arrives', 'Now.', 1,"
                             " 2, 2, 'draft')"));
            const QByteArray snapshot =
                qCompress(R"({"id":1,"version":1,"slug":"crane","headline":"Crane due",)"
                          R"("status":"draft","body":"Soon."})");
            SqliteStatement revision =
                db->prepare("INSERT INTO revisions (article_id, version, saved_at, headline,"
                            " snapshot, kind, author, status) VALUES (1, 1, 1, 'Crane due', ?,"
                            " 'timed', 'Old Hand', 'draft')");
            revision.bindBlob(1, snapshot);
            QVERIFY(revision.run());
        }
        auto store = SqliteArticleStore::open(path);
        QVERIFY2(store, store ? "" : qPrintable(store.error().message));
        SqliteDatabase &db = (*store)->database();
        QCOMPARE(scalar(db, "PRAGMA user_version"), qint64(migrations::latestVersion()));
        Article article = *(*store)->article(1);
        QCOMPARE(article.headline, QStringLiteral("Crane arrives"));
        QVERIFY(article.leadImage.isEmpty());
        QVERIFY((*store)->revision(1, 1)->leadImage.isEmpty());
        QVERIFY((*store)->pictures(QString(), 10)->isEmpty());

        const QByteArray original = "a picture's bytes";
        Picture picture;
        picture.hash = QCryptographicHash::hash(original, QCryptographicHash::Sha256).toHex();
        picture.fileName = QStringLiteral("crane.png");
        picture.mimeType = QStringLiteral("image/png");
        picture.width = 640;
        picture.height = 480;
        QVERIFY((*store)->addPicture(picture, original, {}));
        article.leadImage.hash = picture.hash;
        QVERIFY((*store)->save(article));
        QCOMPARE(*(*store)->pictureUsers(picture.hash), QList<qint64>{1});
        QCOMPARE(*(*store)->purgePictures({picture.hash}), 0);
        QVERIFY(!db.exec("INSERT INTO picture_uses (hash, article_id) VALUES ('nothing', 1)"));
        QVERIFY(!db.exec("DELETE FROM pictures"));
    }

    void migratingTwiceChangesNothing()
    {
        QTemporaryDir dir;
        auto db = rawDatabase(dir.filePath(QStringLiteral("a.newsroom")));
        QVERIFY(migrations::migrate(*db));
        const qint64 tables = scalar(*db, "SELECT count(*) FROM sqlite_schema");
        QVERIFY(migrations::migrate(*db));
        QCOMPARE(scalar(*db, "SELECT count(*) FROM sqlite_schema"), tables);
        QCOMPARE(scalar(*db, "PRAGMA user_version"), qint64(migrations::latestVersion()));
    }
};

QTEST_GUILESS_MAIN(TestMigrations)
#include "tst_migrations.moc"
