// What only the server archive has: its schema and upgrades, libpq's errors mapped to
// StoreError, a lost connection opened again, values sent apart from the SQL, the bounds
// of its search terms. On the test server (pg_cluster fixture); the store's behaviour
// itself is the contract suite's (tst_store_pg and the others).

#include "ArchiveUnderTest.h"
#include "search/PgArchiveSearch.h"
#include "store/ArchiveAddress.h"
#include "store/PgEditorAccess.h"
#include "store/PgMigrations.h"
#include "store/PgPictures.h"

#include <QCryptographicHash>
#include <QFile>
#include <QMutex>
#include <QSemaphore>
#include <QThread>
#include <libpq-fe.h>

using namespace newsroom;
using namespace newsroom::test;

namespace {
// A fresh, empty database on the test server, dropped at the end.
class EmptyDatabase
{
public:
    EmptyDatabase() : m_address(ArchiveUnderTest::createDatabase(&m_name)) {}
    ~EmptyDatabase() { ArchiveUnderTest::dropDatabase(m_name); }
    QString address() const { return m_address; }
    QString name() const { return m_name; }
    std::unique_ptr<PgConnection> connect() const
    {
        auto db = PgConnection::open(m_address);
        if (!db)
            qFatal("%s", qPrintable(db.error().message));
        return std::move(*db);
    }

private:
    QString m_name;
    QString m_address;
};

struct TestPicture
{
    Picture picture;
    QByteArray original;
};

TestPicture testPicture(const QByteArray &seed)
{
    TestPicture t;
    t.original = "picture bytes of " + seed;
    t.picture.hash = QCryptographicHash::hash(t.original, QCryptographicHash::Sha256).toHex();
    t.picture.fileName = QString::fromLatin1(seed + ".png");
    t.picture.mimeType = QStringLiteral("image/png");
    t.picture.width = 800;
    t.picture.height = 600;
    return t;
}

Picture addedPicture(ArticleStore &store, const QByteArray &seed)
{
    const TestPicture t = testPicture(seed);
    auto added = store.addPicture(t.picture, t.original, {});
    if (!added)
        qFatal("addPicture failed: %s", qPrintable(added.error().message));
    return *added;
}

// How many sessions of the archive's database wait for a lock now.
qint64 lockWaiters(const QString &address)
{
    static thread_local std::unique_ptr<PgConnection> watcher;
    static thread_local QString watched;
    if (!watcher || watched != address) {
        auto opened = PgConnection::open(address);
        if (!opened)
            return -1;
        watcher = std::move(*opened);
        watched = address;
    }
    auto waiting = watcher->query("SELECT count(*) FROM pg_stat_activity WHERE datname ="
                                  " current_database() AND wait_event_type = 'Lock'");
    return waiting ? waiting->int64(0, 0) : -1;
}

std::unique_ptr<PgConnection> admin()
{
    auto db = PgConnection::open(ArchiveUnderTest::serverAddress());
    if (!db)
        qFatal("%s", qPrintable(db.error().message));
    return std::move(*db);
}
} // namespace

class TestPgStore : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initCreatesTheSchemaAndSaysWhatItDid()
    {
        EmptyDatabase database;
        auto created = PgArticleStore::create(database.address());
        QVERIFY2(created, why(created).constData());
        QCOMPARE(created->from, 0);
        QCOMPARE(created->to, PgMigrations::latestVersion());
        QCOMPARE(created->applied.size(), PgMigrations::latestVersion());
        auto again = PgArticleStore::create(database.address());
        QVERIFY(again);
        QCOMPARE(again->from, PgMigrations::latestVersion());
        QVERIFY(again->applied.isEmpty());
        QVERIFY(PgArticleStore::open(database.address()));
    }

    void aDatabaseWithoutAnArchiveIsRefused()
    {
        EmptyDatabase database;
        auto opened = PgArticleStore::open(database.address());
        QVERIFY(!opened);
        QCOMPARE(opened.error().code, StoreError::Code::NotAnArchive);
        QVERIFY2(opened.error().message.contains(QStringLiteral("newsroom-cli --db ADDRESS init")),
                 qPrintable(opened.error().message));
        QCOMPARE(*PgMigrations::currentVersion(*database.connect()), 0); // nothing was made
    }

    void anotherProgramsTablesAreLeftAlone()
    {
        EmptyDatabase database;
        auto db = database.connect();
        QVERIFY(
            db->script("CREATE TABLE customers (id integer); INSERT INTO customers VALUES (7)"));
        auto created = PgArticleStore::create(database.address());
        QVERIFY(!created);
        QCOMPARE(created.error().code, StoreError::Code::NotAnArchive);
        QVERIFY(created.error().message.contains(QStringLiteral("another program")));
        QCOMPARE(db->query("SELECT count(*) FROM customers")->int64(0, 0), 1);
        QCOMPARE(db->query("SELECT to_regclass('articles') IS NULL")->boolean(0, 0), true);
    }

    // Version 2 adds the desk's workflow. An archive made at version 1 keeps its articles
    // and versions, each read as assigned to nobody; the editors, given every right on new
    // tables by the owner's default privileges, may add notes but never change or remove one.
    void version1UpgradesToTheDeskWorkflow()
    {
        EmptyDatabase database;
        const QString editor =
            QStringLiteral("desk_editor_%1").arg(QCoreApplication::applicationPid());
        {
            auto db = database.connect();
            auto created = PgMigrations::create(*db, 1);
            QVERIFY2(created, why(created).constData());
            QCOMPARE(created->to, 1);
            (void)admin()->script("CREATE ROLE newsroom_editor NOLOGIN"); // there already: fine
            QVERIFY(admin()->script(QStringLiteral("CREATE ROLE %1 LOGIN IN ROLE newsroom_editor")
                                        .arg(editor)
                                        .toUtf8()
                                        .constData()));
            auto granted = PgEditorAccess::grant(*db);
            QVERIFY2(granted, why(granted).constData());
            QVERIFY(granted->granted);
            QVERIFY(db->query("INSERT INTO articles (slug, headline, body, created_at, updated_at,"
                              " version) VALUES ('ferry', 'Ferry fares rise', 'Now.', now(),"
                              " now(), 2)"));
            // Version 1 as a Newsroom before this one kept it: no "assignee" key.
            QVERIFY(db->query("INSERT INTO revisions (article_id, version, saved_at, headline,"
                              " snapshot, author, status) SELECT id, 1, now(), 'Ferry fares',"
                              " '{\"slug\": \"ferry\", \"headline\": \"Ferry fares\"}',"
                              " 'old_hand', 'draft' FROM articles"));
        }
        auto store = PgArticleStore::open(database.address());
        QVERIFY2(store, why(store).constData());
        QCOMPARE(*PgMigrations::currentVersion(*database.connect()), PgMigrations::latestVersion());
        auto articles = (*store)->list({});
        QCOMPARE(articles->size(), 1);
        const qint64 id = articles->front().id;
        Article article = *(*store)->article(id);
        QCOMPARE(article.headline, QStringLiteral("Ferry fares rise"));
        QCOMPARE(article.assignee, QString());
        QCOMPARE((*store)->revision(id, 1)->headline, QStringLiteral("Ferry fares"));
        QCOMPARE((*store)->revision(id, 1)->assignee, QString());
        QCOMPARE((*store)->deskThread(id)->notes.size(), 0);

        auto users = (*store)->assignableUsers();
        QVERIFY2(users, why(users).constData());
        QVERIFY2(users->contains(editor), qPrintable(users->join(QLatin1Char(' '))));
        QVERIFY(users->contains((*store)->currentUser()));

        // As the editor: a note, yes; changing or removing one, no.
        auto db = database.connect();
        QVERIFY(db->script(QStringLiteral("SET ROLE %1").arg(editor).toUtf8().constData()));
        QVERIFY(db->query("INSERT INTO article_notes (article_id, text) VALUES ($1, 'legal ok')",
                          PgParams().add(id)));
        auto author = db->query("SELECT author FROM article_notes");
        QCOMPARE(author->text(0, 0), editor);
        QVERIFY(!db->query("UPDATE article_notes SET text = 'rewritten'"));
        QVERIFY(!db->query("DELETE FROM article_notes"));
        QVERIFY(db->script("RESET ROLE"));
        QCOMPARE((*store)->deskThread(id)->notes.front().text, QStringLiteral("legal ok"));
        store->reset();
        db.reset();
        ArchiveUnderTest::dropDatabase(database.name());
        QVERIFY(admin()->script(QStringLiteral("DROP ROLE %1").arg(editor).toUtf8().constData()));
    }

    // Version 4 adds pictures and lead images. An archive made at version 3 keeps its
    // articles, each read with no lead image; the editors may add, describe, read and purge
    // pictures, but never change a picture's bytes under its name.
    void version3UpgradesToPictures()
    {
        EmptyDatabase database;
        const QString editor =
            QStringLiteral("picture_editor_%1").arg(QCoreApplication::applicationPid());
        {
            auto db = database.connect();
            auto created = PgMigrations::create(*db, 3);
            QVERIFY2(created, why(created).constData());
            QCOMPARE(created->to, 3);
            (void)admin()->script("CREATE ROLE newsroom_editor NOLOGIN"); // there already: fine
            QVERIFY(admin()->script(QStringLiteral("CREATE ROLE %1 LOGIN IN ROLE newsroom_editor")
                                        .arg(editor)
                                        .toUtf8()
                                        .constData()));
            auto granted = PgEditorAccess::grant(*db);
            QVERIFY2(granted, why(granted).constData());
            QVERIFY(db->query("INSERT INTO articles (slug, headline, body, created_at, updated_at,"
                              " version) VALUES ('crane', 'Crane arrives', 'Now.', now(), now(),"
                              " 1)"));
        }
        auto store = PgArticleStore::open(database.address());
        QVERIFY2(store, why(store).constData());
        QCOMPARE(*PgMigrations::currentVersion(*database.connect()), PgMigrations::latestVersion());
        const qint64 id = (*store)->list({})->front().id;
        QVERIFY((*store)->article(id)->leadImage.isEmpty());

        auto db = database.connect();
        QVERIFY(db->script(QStringLiteral("SET ROLE %1").arg(editor).toUtf8().constData()));
        const QString hash(64, u'e');
        QVERIFY(db->query("INSERT INTO pictures (hash, mime_type, width, height, bytes)"
                          " VALUES ($1, 'image/png', 10, 10, 3)",
                          PgParams().add(hash)));
        QVERIFY(db->query("INSERT INTO picture_data (hash, width, data) VALUES ($1, 0, 'abc')",
                          PgParams().add(hash)));
        QVERIFY(db->query("UPDATE pictures SET caption = 'described' WHERE hash = $1",
                          PgParams().add(hash)));
        QVERIFY(db->query("SELECT data FROM picture_data"));
        QVERIFY(!db->query("UPDATE picture_data SET data = 'xyz'"));

        // The store's own way, as the editor: a picture added, and added again after damage
        // (a copy gone, one emptied, the original spoilt, the size out of bounds): what was
        // spoilt is removed and sent again, never changed in place.
        const TestPicture t = testPicture("by-an-editor");
        const QList<QPair<int, QByteArray>> copies{{480, "copy 480"}, {800, "copy 800"}};
        auto first = pgpictures::add(*db, t.picture, t.original, copies);
        QVERIFY2(first, why(first).constData());
        QCOMPARE(first->renditionWidths, (QList<int>{480, 800}));
        QVERIFY(db->script("RESET ROLE"));
        QVERIFY(db->query("DELETE FROM picture_data WHERE hash = $1 AND width = 480",
                          PgParams().add(QString::fromLatin1(t.picture.hash))));
        QVERIFY(db->query("UPDATE picture_data SET data = CASE width WHEN 0 THEN 'spoilt'::bytea"
                          " ELSE ''::bytea END WHERE hash = $1",
                          PgParams().add(QString::fromLatin1(t.picture.hash))));
        QVERIFY(db->query("UPDATE pictures SET width = 2000000000 WHERE hash = $1",
                          PgParams().add(QString::fromLatin1(t.picture.hash))));
        QVERIFY(db->script(QStringLiteral("SET ROLE %1").arg(editor).toUtf8().constData()));
        auto again = pgpictures::add(*db, t.picture, t.original, copies);
        QVERIFY2(again, why(again).constData());
        QCOMPARE(again->width, 800);
        QCOMPARE(again->renditionWidths, (QList<int>{480, 800}));
        for (const auto &[width, bytes] : QList<QPair<int, QByteArray>>{{0, t.original}} + copies) {
            auto stored = pgpictures::bytes(*db, t.picture.hash, width);
            QVERIFY2(stored, why(stored).constData());
            QCOMPARE(*stored, bytes);
        }
        QVERIFY(db->query("DELETE FROM picture_data WHERE hash = $1",
                          PgParams().add(QString::fromLatin1(t.picture.hash))));
        QVERIFY(db->query("DELETE FROM pictures WHERE hash = $1",
                          PgParams().add(QString::fromLatin1(t.picture.hash))));
        QVERIFY(db->query("INSERT INTO picture_uses (hash, article_id) VALUES ($1, $2)",
                          PgParams().add(hash).add(id)));
        QVERIFY(!db->query("DELETE FROM pictures")); // in use: RESTRICT
        QVERIFY(db->query("DELETE FROM picture_uses"));
        QVERIFY(db->query("DELETE FROM pictures"));
        QVERIFY(db->script("RESET ROLE"));
        store->reset();
        db.reset();
        ArchiveUnderTest::dropDatabase(database.name());
        QVERIFY(admin()->script(QStringLiteral("DROP ROLE %1").arg(editor).toUtf8().constData()));
    }

    // A purge and a save that uses the picture, at the same moment on two connections:
    // whichever comes second waits for the first, and no save ends with a use of a deleted
    // picture, nor a purge with a picture deleted under a use.
    void aSaveWaitingOnAPurgeRecordsNoUseOfIt()
    {
        ArchiveUnderTest archive;
        const Picture p = addedPicture(archive.store(), "raced");
        // The purge's own two steps, held open on another connection.
        auto purger = PgConnection::open(archive.address());
        QVERIFY2(purger, why(purger).constData());
        QVERIFY((*purger)->script("BEGIN"));
        QVERIFY((*purger)->query("SELECT hash FROM pictures WHERE hash = $1 FOR UPDATE",
                                 PgParams().add(QString::fromLatin1(p.hash))));
        QVERIFY((*purger)->query("DELETE FROM pictures p WHERE hash = $1 AND NOT EXISTS"
                                 " (SELECT 1 FROM picture_uses u WHERE u.hash = p.hash)",
                                 PgParams().add(QString::fromLatin1(p.hash))));
        StoreResult<Article> saved;
        std::unique_ptr<QThread> saver(QThread::create([&] {
            auto store = archive.openAgain();
            saved = store->save(
                makeArticle(QStringLiteral("Saved During A Purge"),
                            QStringLiteral("![crane](media:%1)").arg(QString::fromLatin1(p.hash))));
        }));
        saver->start();
        QTRY_VERIFY_WITH_TIMEOUT(lockWaiters(archive.address()) > 0, 30000);
        QVERIFY((*purger)->script("COMMIT"));
        QVERIFY(saver->wait(60000));
        QVERIFY2(saved, why(saved).constData());
        QCOMPARE(archive.store().picture(p.hash).error().code, StoreError::Code::NotFound);
        auto uses = archive.server()->connection().query("SELECT count(*) FROM picture_uses");
        QCOMPARE(uses->int64(0, 0), 0);
        QCOMPARE(archive.store().article(saved->id)->body,
                 QStringLiteral("![crane](media:%1)").arg(QString::fromLatin1(p.hash)));
    }

    void aPurgeWaitingOnASaveKeepsThePicture()
    {
        ArchiveUnderTest archive;
        const Picture p = addedPicture(archive.store(), "kept");
        const Article a = archive.saved(makeArticle(QStringLiteral("Will Use It")));
        // A save's use of the picture, held open on another connection (as recordUses does).
        auto saver = PgConnection::open(archive.address());
        QVERIFY2(saver, why(saver).constData());
        QVERIFY((*saver)->script("BEGIN"));
        QVERIFY((*saver)->query(
            "INSERT INTO picture_uses (hash, article_id, current) SELECT k.hash, $2, true FROM"
            " (SELECT hash FROM pictures WHERE hash = $1 FOR KEY SHARE) k",
            PgParams().add(QString::fromLatin1(p.hash)).add(a.id)));
        StoreResult<int> purged;
        std::unique_ptr<QThread> purger(QThread::create([&] {
            auto store = archive.openAgain();
            purged = store->purgePictures({p.hash});
        }));
        purger->start();
        QTRY_VERIFY_WITH_TIMEOUT(lockWaiters(archive.address()) > 0, 30000);
        QVERIFY((*saver)->script("COMMIT"));
        QVERIFY(purger->wait(60000));
        QVERIFY2(purged, why(purged).constData());
        QCOMPARE(*purged, 0);
        QVERIFY(archive.store().pictureBytes(p.hash));
        QCOMPARE(*archive.store().pictureUsers(p.hash), QList<qint64>{a.id});
    }

    // Many rounds of both at once, on two connections: every call succeeds.
    void purgesAndSavesRacingAlwaysSucceed()
    {
        ArchiveUnderTest archive;
        const QByteArray seed = "racing";
        const Picture p = addedPicture(archive.store(), seed);
        constexpr int kRounds = 30;
        QSemaphore go;
        int failures = 0;
        QString firstFailure;
        QMutex lock;
        const auto failed = [&](const StoreError &error) {
            QMutexLocker locked(&lock);
            if (failures++ == 0)
                firstFailure = error.message;
        };
        std::unique_ptr<QThread> saver(QThread::create([&] {
            auto store = archive.openAgain();
            go.acquire();
            for (int i = 0; i < kRounds; ++i) {
                auto saved = store->save(
                    makeArticle(QStringLiteral("Racing %1").arg(i),
                                QStringLiteral("![x](media:%1)").arg(QString::fromLatin1(p.hash))));
                if (!saved)
                    failed(saved.error());
            }
        }));
        std::unique_ptr<QThread> purger(QThread::create([&] {
            auto store = archive.openAgain();
            go.acquire();
            for (int i = 0; i < kRounds; ++i) {
                if (auto purged = store->purgePictures({p.hash}); !purged)
                    failed(purged.error());
                const TestPicture again = testPicture(seed);
                if (auto added = store->addPicture(again.picture, again.original, {}); !added)
                    failed(added.error());
            }
        }));
        saver->start();
        purger->start();
        go.release(2);
        QVERIFY(saver->wait(120000));
        QVERIFY(purger->wait(120000));
        QVERIFY2(failures == 0, qPrintable(firstFailure));
        auto dangling = archive.server()->connection().query(
            "SELECT count(*) FROM picture_uses u WHERE NOT EXISTS (SELECT 1 FROM pictures p"
            " WHERE p.hash = u.hash)");
        QCOMPARE(dangling->int64(0, 0), 0);
    }

    void aNewerSchemaIsRefused()
    {
        EmptyDatabase database;
        QVERIFY(PgArticleStore::create(database.address()));
        auto db = database.connect();
        QVERIFY(db->query("INSERT INTO newsroom_schema (version, description) VALUES ($1, $2)",
                          PgParams()
                              .add(PgMigrations::latestVersion() + 1)
                              .add(QStringLiteral("from the future"))));
        for (const auto &attempt : {PgArticleStore::open(database.address())}) {
            QVERIFY(!attempt);
            QCOMPARE(attempt.error().code, StoreError::Code::NotAnArchive);
            QVERIFY2(attempt.error().message.contains(QStringLiteral("newer Newsroom")),
                     qPrintable(attempt.error().message));
        }
        QVERIFY(!PgArticleStore::create(database.address()));
    }

    // Two clients of a newer Newsroom reach an old (here: empty) archive at the same moment:
    // the advisory lock lets one upgrade while the other waits, then finds nothing to do.
    void twoClientsUpgradingAtOnce()
    {
        for (int round = 0; round < 3; ++round) {
            EmptyDatabase database;
            QSemaphore ready;
            QSemaphore go;
            StoreResult<PgMigrations::Report> results[2];
            std::unique_ptr<QThread> threads[2];
            for (int i = 0; i < 2; ++i) {
                threads[i].reset(QThread::create([&, i] {
                    auto db = PgConnection::open(database.address());
                    ready.release();
                    go.acquire();
                    results[i] =
                        db ? PgMigrations::create(**db)
                           : StoreResult<PgMigrations::Report>(std::unexpected(db.error()));
                }));
                threads[i]->start();
            }
            ready.acquire(2);
            go.release(2);
            for (auto &thread : threads)
                QVERIFY(thread->wait(60000));
            int created = 0;
            for (const auto &result : results) {
                QVERIFY2(result, why(result).constData());
                QCOMPARE(result->to, PgMigrations::latestVersion());
                created += result->from == 0 ? 1 : 0;
            }
            QCOMPARE(created, 1);
            QCOMPARE(*PgMigrations::currentVersion(*database.connect()),
                     PgMigrations::latestVersion());
        }
    }

    void unreachableServerSaysSo()
    {
        auto opened = PgArticleStore::open(
            QStringLiteral("postgresql://%2Fnonexistent%2Fnewsroom/archive?connect_timeout=2"));
        QVERIFY(!opened);
        QCOMPARE(opened.error().code, StoreError::Code::Io);
        QVERIFY2(opened.error().message.contains(QStringLiteral("unreachable")) &&
                     opened.error().message.contains(QStringLiteral("Check that it runs")),
                 qPrintable(opened.error().message));
        // One line, as a person reads it (libpq's own words come with line breaks and tabs).
        QVERIFY2(!opened.error().message.contains(QLatin1Char('\n')) &&
                     !opened.error().message.contains(QLatin1Char('\t')),
                 qPrintable(opened.error().message));
    }

    // The server ends the connection (a restart, a network cut): the next call connects
    // again and goes through.
    void aLostConnectionIsOpenedAgain()
    {
        ArchiveUnderTest archive;
        const Article a = archive.saved(makeArticle(QStringLiteral("Ferry returns")));
        const int pid = PQbackendPID(archive.server()->connection().handle());
        QVERIFY(admin()->query("SELECT pg_terminate_backend($1)", PgParams().add(pid)));
        auto read = archive.store().article(a.id);
        QVERIFY2(read, why(read).constData());
        QCOMPARE(read->headline, a.headline);
        QVERIFY(
            admin()->query("SELECT pg_terminate_backend($1)",
                           PgParams().add(PQbackendPID(archive.server()->connection().handle()))));
        Article edit = *read;
        edit.body = QStringLiteral("Saved after the server dropped us.");
        auto saved = archive.store().save(edit);
        QVERIFY2(saved, why(saved).constData());
        QCOMPARE(saved->version, 2);
    }

    // Another session holds the article's row (a colleague's long change, a client stopped
    // halfway): a save gives up after the store's lock limit, says so, writes nothing, and
    // goes through once the row is free. The window never waits on it without end.
    void aSaveMeetingAHeldRowGivesUpAndSaysSo()
    {
        ArchiveUnderTest archive;
        const Article a = archive.saved(makeArticle(QStringLiteral("Tram depot expands")));
        auto holder = PgConnection::open(archive.address());
        QVERIFY2(holder, why(holder).constData());
        QVERIFY((*holder)->script("BEGIN"));
        QVERIFY((*holder)->query("SELECT id FROM articles WHERE id = $1 FOR UPDATE",
                                 PgParams().add(a.id)));
        Article edit = a;
        edit.body = QStringLiteral("Written while the row was held.");
        auto refused = archive.store().save(edit);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, StoreError::Code::Busy);
        QVERIFY2(refused.error().message.contains(QStringLiteral("held this article")),
                 qPrintable(refused.error().message));
        QCOMPARE(*archive.store().version(a.id), a.version);
        QVERIFY((*holder)->script("ROLLBACK"));
        auto saved = archive.store().save(edit);
        QVERIFY2(saved, why(saved).constData());
        QCOMPARE(saved->version, a.version + 1);
    }

    void serializationFailuresAreRetried()
    {
        ArchiveUnderTest archive;
        PgConnection &db = archive.server()->connection();
        int attempts = 0;
        const auto failOnce = [&]() -> StoreStatus {
            if (++attempts == 1) {
                auto failed = db.script("DO $$ BEGIN RAISE EXCEPTION 'collided'"
                                        " USING ERRCODE = 'serialization_failure'; END $$");
                if (!failed)
                    return failed;
            }
            return {};
        };
        QVERIFY(db.transaction(failOnce));
        QCOMPARE(attempts, 2);

        attempts = 0;
        const auto alwaysDeadlocked = [&]() -> StoreStatus {
            ++attempts;
            return db.script("DO $$ BEGIN RAISE EXCEPTION 'stuck'"
                             " USING ERRCODE = 'deadlock_detected'; END $$");
        };
        auto given = db.transaction(alwaysDeadlocked);
        QVERIFY(!given);
        QCOMPARE(given.error().code, StoreError::Code::Busy);
        QCOMPARE(attempts, PgConnection::kTransactionAttempts);
    }

    void errorsSayWhatHappened()
    {
        ArchiveUnderTest archive;
        PgConnection &db = archive.server()->connection();
        const char *insert = "INSERT INTO articles (slug, created_at, updated_at)"
                             " VALUES ('twice', now(), now())";
        QVERIFY(db.query(insert));
        auto duplicate = db.query(insert);
        QVERIFY(!duplicate);
        QCOMPARE(duplicate.error().code, StoreError::Code::Conflict);

        QVERIFY(db.query("SET statement_timeout = '50ms'"));
        auto cancelled = db.query("SELECT pg_sleep(5)");
        QVERIFY(!cancelled);
        QCOMPARE(cancelled.error().code, StoreError::Code::Busy);
        QVERIFY2(cancelled.error().message.contains(QStringLiteral("cancelled")),
                 qPrintable(cancelled.error().message));
        QVERIFY(db.query("SET statement_timeout = 0"));

        // A NUL character: text the server cannot store is the request's fault.
        Article withNul = makeArticle(QStringLiteral("Nul"));
        withNul.body = QStringLiteral("before") + QChar(0) + QStringLiteral("after");
        auto refused = archive.store().save(withNul);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, StoreError::Code::Invalid);
    }

    // The statements the server runs hold $1, $2... and never the article's text: the
    // server's log of every statement (log_statement = all, parameters left out) has the
    // SQL, not the headline.
    void valuesTravelApartFromTheStatements()
    {
        EmptyDatabase database;
        QVERIFY(PgArticleStore::create(database.address()));
        auto db = database.connect();
        auto name = db->query("SELECT current_database()");
        QVERIFY(admin()->script(("ALTER DATABASE " + name->text(0, 0) +
                                 " SET log_statement = 'all'; ALTER DATABASE " + name->text(0, 0) +
                                 " SET log_parameter_max_length = 0")
                                    .toUtf8()
                                    .constData()));
        auto dataDir = admin()->query("SHOW data_directory");
        QFile log(QFileInfo(dataDir->text(0, 0)).dir().filePath(QStringLiteral("server.log")));
        QVERIFY2(log.open(QIODevice::ReadOnly), qPrintable(log.fileName()));
        log.seek(log.size());

        auto store = PgArticleStore::open(database.address());
        QVERIFY(store);
        const QString marker = QStringLiteral("Quokka'); DROP TABLE articles; -- 7f3a");
        auto saved = (*store)->save(makeArticle(marker));
        QVERIFY(saved);
        QCOMPARE((*store)->article(saved->id)->headline, marker);
        auto found = (*store)->search({QStringLiteral("quokka"), {}, 5});
        QCOMPARE(found->size(), 1);
        const QByteArray logged = log.readAll();
        QVERIFY2(logged.contains("INSERT INTO articles"), logged.left(2000).constData());
        QVERIFY(!logged.contains("Quokka"));
        QVERIFY(!logged.contains("quokka"));
    }

    void outsideChangesCountOthersOnly()
    {
        ArchiveUnderTest archive;
        auto other = archive.openAgain();
        const qint64 before = *archive.store().outsideChanges();
        Article mine = archive.saved(makeArticle(QStringLiteral("Mine")));
        QCOMPARE(*archive.store().outsideChanges(), before); // its own change
        QVERIFY(other->save(makeArticle(QStringLiteral("Theirs"))));
        QVERIFY(*archive.store().outsideChanges() != before);
        const qint64 seen = *archive.store().outsideChanges();
        QCOMPARE(*archive.store().outsideChanges(), seen); // nothing new since
        QVERIFY(other->moveToTrash(mine.id));
        QVERIFY(*archive.store().outsideChanges() != seen);
    }

    // Two editors save the same version at the same moment: one wins, the other is told.
    void simultaneousSavesOfOneVersion()
    {
        ArchiveUnderTest archive;
        const Article a = archive.saved(makeArticle(QStringLiteral("Contested")));
        QSemaphore go;
        StoreResult<Article> results[2];
        std::unique_ptr<QThread> threads[2];
        for (int i = 0; i < 2; ++i) {
            threads[i].reset(QThread::create([&, i] {
                auto store = archive.openAgain();
                Article edit = a;
                edit.body = QStringLiteral("Editor %1's text.").arg(i);
                go.acquire();
                results[i] = store->save(edit);
            }));
            threads[i]->start();
        }
        go.release(2);
        for (auto &thread : threads)
            QVERIFY(thread->wait(60000));
        QCOMPARE(int(bool(results[0])) + int(bool(results[1])), 1);
        const auto &lost = results[0] ? results[1] : results[0];
        QCOMPARE(lost.error().code, StoreError::Code::Conflict);
        QCOMPARE(archive.store().article(a.id)->version, 2);
        QCOMPARE(archive.store().revisions(a.id)->size(), 2);
    }

    // A word in every article: only the newest kRankWindow matches are ranked, so the
    // oldest never come back, however many match.
    void aCommonWordRanksOnlyTheNewest()
    {
        ArchiveUnderTest archive;
        QList<Article> many;
        for (int i = 0; i < PgArchiveSearch::kRankWindow + 100; ++i)
            many.append(makeArticle(QStringLiteral("Flood update %1").arg(i)));
        auto saved = archive.store().saveAll(many);
        QVERIFY(saved);
        const qint64 oldestRanked = saved->at(100).id;
        auto hits = archive.store().search({QStringLiteral("flood"), {}, 50});
        QVERIFY(hits);
        QCOMPARE(hits->size(), 50);
        for (const SearchHit &hit : *hits)
            QVERIFY(hit.article.id >= oldestRanked);
        ArticleFilter world;
        world.section = QStringLiteral("world");
        QCOMPARE(archive.store().search({QStringLiteral("flood"), world, 50})->size(), 50);
    }

    // The index knows which articles hold a phrase's words, not where: one old article with
    // the words together is found behind a thousand newer ones holding them apart, with a
    // filter too; an excluded phrase leaves those apart in.
    void aPhraseIsFoundBehindManyArticlesWithItsWordsApart()
    {
        ArchiveUnderTest archive;
        QList<Article> many{makeArticle(QStringLiteral("The harbour authority agreed"))};
        const int apart = 2 * PgArchiveSearch::kRankWindow + 50; // more than a rank window
        for (int i = 0; i < apart; ++i)
            many.append(makeArticle(QStringLiteral("Authority over the harbour, part %1").arg(i)));
        auto saved = archive.store().saveAll(many);
        QVERIFY(saved);
        auto hits = archive.store().search({QStringLiteral("\"harbour authority\""), {}, 20});
        QVERIFY2(hits, why(hits).constData());
        QCOMPARE(hits->size(), 1);
        QCOMPARE(hits->front().article.id, saved->front().id);
        ArticleFilter world;
        world.section = QStringLiteral("world");
        QCOMPARE(
            archive.store().search({QStringLiteral("\"harbour authority\""), world, 20})->size(),
            1);
        world.section = QStringLiteral("sport");
        QCOMPARE(
            archive.store().search({QStringLiteral("\"harbour authority\""), world, 20})->size(),
            0);
        auto others =
            archive.store().search({QStringLiteral("harbour -\"harbour authority\""), {}, 20});
        QVERIFY2(others, why(others).constData());
        QCOMPARE(others->size(), 20);
        for (const SearchHit &hit : *others)
            QVERIFY(hit.article.id != saved->front().id);
    }

    // Phrases inside OR groups, excluded, and of three words: only their
    // articles, however many newer ones hold the words apart.
    void phrasesAreCheckedWhereverTheyStand()
    {
        ArchiveUnderTest archive;
        QList<Article> many{makeArticle(QStringLiteral("Port authority board meets")),
                            makeArticle(QStringLiteral("Lighthouse reopens"))};
        for (int i = 0; i < PgArchiveSearch::kRankWindow + 50; ++i)
            many.append(makeArticle(QStringLiteral("Authority over the port, board %1").arg(i)));
        auto saved = archive.store().saveAll(many);
        QVERIFY2(saved, why(saved).constData());
        const auto ids = [&](const QString &text) {
            QList<qint64> found;
            const auto hits = archive.store().search({text, {}, 20});
            for (const SearchHit &hit : hits.value_or(QList<SearchHit>{}))
                found.append(hit.article.id);
            std::sort(found.begin(), found.end());
            return found;
        };
        const qint64 board = saved->at(0).id;
        const qint64 lighthouse = saved->at(1).id;
        // Before the table has statistics the planner chooses how to find the newest
        // matches; after, the search does (collecting them all from the index, here).
        for (const bool analysed : {false, true}) {
            if (analysed) {
                auto db = PgConnection::open(archive.address());
                QVERIFY(db && (*db)->script("ANALYZE article_search"));
            }
            QCOMPARE(ids(QStringLiteral("\"port authority board\"")), QList<qint64>{board});
            QCOMPARE(ids(QStringLiteral("\"port authority\" OR lighthouse")),
                     (QList<qint64>{board, lighthouse}));
            const QList<qint64> others = ids(QStringLiteral("board -\"port authority\""));
            QCOMPARE(others.size(), 20);
            QVERIFY(!others.contains(board));
            ArticleFilter world;
            world.section = QStringLiteral("world");
            const auto filtered =
                archive.store().search({QStringLiteral("\"port authority\""), world, 20});
            QVERIFY(filtered && filtered->size() == 1 && filtered->front().article.id == board);
        }
    }

    // The numbered slugs of many articles with one headline are found in a few round trips,
    // across the batches they are looked up in.
    void manyArticlesWithOneHeadline()
    {
        ArchiveUnderTest archive;
        QList<Article> same;
        for (int i = 0; i < 40; ++i)
            same.append(makeArticle(QStringLiteral("Untitled")));
        auto saved = archive.store().saveAll(same);
        QVERIFY2(saved, why(saved).constData());
        QCOMPARE(saved->at(0).slug, QStringLiteral("untitled"));
        QCOMPARE(saved->at(16).slug, QStringLiteral("untitled-17"));
        QCOMPARE(saved->at(39).slug, QStringLiteral("untitled-40"));
        QCOMPARE(archive.saved(makeArticle(QStringLiteral("Untitled"))).slug,
                 QStringLiteral("untitled-41"));
    }

    // A body with far more distinct words than a tsvector holds still saves; its opening,
    // and every other field, stays searchable.
    void aHugeBodyStillSaves()
    {
        ArchiveUnderTest archive;
        QString body = QStringLiteral("The lighthouse keeper's log. ");
        for (int i = 0; body.size() < 4 * 1024 * 1024; ++i)
            body += QStringLiteral("w%1 ").arg(i, 0, 36);
        Article a = makeArticle(QStringLiteral("Logbook"), body);
        auto saved = archive.store().save(a);
        QVERIFY2(saved, why(saved).constData());
        QCOMPARE(archive.store().search({QStringLiteral("lighthouse"), {}, 5})->size(), 1);
        QCOMPARE(archive.store().search({QStringLiteral("logbook"), {}, 5})->size(), 1);
        QVERIFY(pgtextsearch::documentVector(a).size() < 4 * 1024 * 1024);
    }

    void queriesAreBuiltFromTheAppsTokens()
    {
        using pgtextsearch::queryFor;
        QCOMPARE(queryFor(QStringLiteral("Harbour  Dredging")),
                 QStringLiteral("'harbour' & 'dredging'"));
        QCOMPARE(queryFor(QStringLiteral("\"harbour authority\"")),
                 QStringLiteral("('harbour' <-> 'authority')"));
        QCOMPARE(queryFor(QStringLiteral("dredg* -fishing")),
                 QStringLiteral("('dredg':*) & !('fishing')"));
        QCOMPARE(queryFor(QStringLiteral("fishing OR council")),
                 QStringLiteral("('fishing' | 'council')"));
        QCOMPARE(queryFor(QStringLiteral("데이터센터")),
                 QStringLiteral("('데이' <-> '이터' <-> '터센' <-> '센터')"));
        QCOMPARE(queryFor(QStringLiteral("센")), QStringLiteral("'센':*"));
        QCOMPARE(queryFor(QStringLiteral("Café")), QStringLiteral("'cafe'"));
        QCOMPARE(queryFor(QStringLiteral("it's")), QStringLiteral("('it' <-> 's')"));
        QCOMPARE(queryFor(QStringLiteral("' \\ & | !")), QString());
        QCOMPARE(queryFor(QStringLiteral("-only")), QString());
    }

    // The looser query the index answers alone: a phrase's words anywhere; an excluded
    // phrase is checked on the candidates only.
    void candidatesHoldEveryMatch()
    {
        using pgtextsearch::candidatesFor;
        QCOMPARE(candidatesFor(QStringLiteral("dredg* -fishing")),
                 pgtextsearch::queryFor(QStringLiteral("dredg* -fishing")));
        QCOMPARE(candidatesFor(QStringLiteral("\"harbour authority\" OR council -\"city hall\"")),
                 QStringLiteral("(('harbour' & 'authority') | 'council')"));
        QCOMPARE(candidatesFor(QStringLiteral("데이터센터 -port")),
                 QStringLiteral("(('데이' & '이터' & '터센' & '센터')) & !('port')"));
    }

    void documentVectorsWeighTheFields()
    {
        Article a;
        a.headline = QStringLiteral("Harbour");
        a.dek = QStringLiteral("harbour news");
        a.tags = {QStringLiteral("Ports")};
        a.body = QStringLiteral("O'Brien's harbour");
        QCOMPARE(pgtextsearch::documentVector(a),
                 QByteArray("'harbour':1A,4B,14D 'news':5B 'ports':8C 'o':11D 'brien':12D "
                            "'s':13D"));
    }

    void passwordsNeverShow()
    {
        QCOMPARE(ArchiveAddress::forDisplay(
                     QStringLiteral("postgresql://dana:s3cret@db.example.org:5432/newsroom")),
                 QStringLiteral("postgresql://dana@db.example.org:5432/newsroom"));
        QCOMPARE(
            ArchiveAddress::forDisplay(QStringLiteral(
                "postgres://db.example.org/newsroom?user=dana&password=s3cret&sslmode=require")),
            QStringLiteral("postgres://db.example.org/newsroom?user=dana&sslmode=require"));
        QCOMPARE(ArchiveAddress::forDisplay(QStringLiteral("/home/dana/archive.newsroom")),
                 QStringLiteral("/home/dana/archive.newsroom"));
        QVERIFY(ArchiveAddress::isServer(QStringLiteral("POSTGRESQL://x/y")));
        QVERIFY(!ArchiveAddress::isServer(QStringLiteral("postgresql.newsroom")));
        // A failed connection's message names no password either.
        auto opened = PgArticleStore::open(
            ArchiveUnderTest::withDatabase(ArchiveUnderTest::serverAddress(),
                                           QStringLiteral("no_such_database")) +
            QStringLiteral("&password=s3cret"));
        QVERIFY(!opened);
        QVERIFY(!opened.error().message.contains(QStringLiteral("s3cret")));
    }
};

QTEST_GUILESS_MAIN(TestPgStore)
#include "tst_pgstore.moc"
