#pragma once

// The archive the store contract tests (tst_store, tst_revisions, tst_search, tst_suggest,
// tst_relatedlinks) run against: a fresh SQLite file, or with NEWSROOM_TEST_STORE=postgresql
// a fresh database on the test server whose address is in NEWSROOM_TEST_PG_URI (CTest runs
// each of those tests twice, the second time as <name>_pg with the pg_cluster fixture, which
// starts a throw-away server: scripts/pg-test-cluster.sh). One suite, both stores.
// A server that cannot be reached fails the test, saying why; it never skips.

#include "TestArchive.h"
#include "io/UserName.h"
#include "search/PgTextSearch.h"
#include "store/PgArticleStore.h"
#include "store/PgConnection.h"
#include "store/SqliteDatabase.h"

#include <QAtomicInteger>
#include <QCoreApplication>

namespace newsroom::test {

// The failure's message for QVERIFY2 (which reads its message even when the check passes).
template <typename T> QByteArray why(const std::expected<T, StoreError> &result)
{
    return result ? QByteArray() : result.error().message.toUtf8();
}

class ArchiveUnderTest
{
public:
    // True when the tests run against the server.
    static bool onServer()
    {
        return qEnvironmentVariable("NEWSROOM_TEST_STORE") == QLatin1StringView("postgresql");
    }

    // The test server's maintenance address (its `postgres` database).
    static QString serverAddress()
    {
        const QString uri = qEnvironmentVariable("NEWSROOM_TEST_PG_URI");
        if (uri.isEmpty())
            qFatal("NEWSROOM_TEST_STORE=postgresql, but NEWSROOM_TEST_PG_URI is not set: run "
                   "this test through ctest (its pg_cluster fixture starts a server with "
                   "scripts/pg-test-cluster.sh), or set it to a server's address");
        return uri;
    }

    // `address` with its database replaced by `database`.
    static QString withDatabase(const QString &address, const QString &database)
    {
        return address +
               (address.contains(QLatin1Char('?')) ? QLatin1Char('&') : QLatin1Char('?')) +
               QStringLiteral("dbname=") + database;
    }

    // A new empty database on the test server; its address.
    static QString createDatabase(QString *name = nullptr)
    {
        static QAtomicInteger<int> counter;
        const QString database = QStringLiteral("newsroom_test_%1_%2")
                                     .arg(QCoreApplication::applicationPid())
                                     .arg(counter.fetchAndAddRelaxed(1));
        auto admin = PgConnection::open(serverAddress());
        if (!admin)
            qFatal("cannot reach the test server: %s", qPrintable(admin.error().message));
        // Only digits and letters of our own making: an identifier cannot be a $n value.
        if (auto made = (*admin)->script(("CREATE DATABASE " + database).toUtf8().constData());
            !made)
            qFatal("cannot create a test database: %s", qPrintable(made.error().message));
        if (name)
            *name = database;
        return withDatabase(serverAddress(), database);
    }

    static void dropDatabase(const QString &database)
    {
        auto admin = PgConnection::open(serverAddress());
        if (admin)
            (void)(*admin)->script(
                ("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)").toUtf8().constData());
    }

    ArchiveUnderTest()
    {
        QStandardPaths::setTestModeEnabled(true);
        if (!onServer()) {
            m_address = m_dir.filePath(QStringLiteral("test.newsroom"));
            auto opened = SqliteArticleStore::open(m_address);
            if (!opened)
                qFatal("cannot open test archive: %s", qPrintable(opened.error().message));
            m_store = std::move(*opened);
            return;
        }
        m_address = createDatabase(&m_database);
        if (auto created = PgArticleStore::create(m_address); !created)
            qFatal("cannot create the archive on the server: %s",
                   qPrintable(created.error().message));
        auto opened = PgArticleStore::open(m_address);
        if (!opened)
            qFatal("cannot open the server archive: %s", qPrintable(opened.error().message));
        m_store = std::move(*opened);
    }

    ~ArchiveUnderTest()
    {
        m_store.reset();
        if (!m_database.isEmpty())
            dropDatabase(m_database);
    }

    ArchiveUnderTest(const ArchiveUnderTest &) = delete;
    ArchiveUnderTest &operator=(const ArchiveUnderTest &) = delete;

    ArticleStore &store() { return *m_store; }
    // The file archive, or null on the server (for the checks only SQLite has).
    SqliteArticleStore *file() { return dynamic_cast<SqliteArticleStore *>(m_store.get()); }
    PgArticleStore *server() { return dynamic_cast<PgArticleStore *>(m_store.get()); }
    QString address() const { return m_address; }
    QString folder() const { return m_dir.path(); }

    // Another connection to the same archive, as a second window or process would have.
    std::unique_ptr<ArticleStore> openAgain() const
    {
        if (!onServer()) {
            auto opened = SqliteArticleStore::open(m_address);
            return opened ? std::move(*opened) : nullptr;
        }
        auto opened = PgArticleStore::open(m_address);
        return opened ? std::move(*opened) : nullptr;
    }

    Article saved(const Article &article)
    {
        auto result = m_store->save(article);
        if (!result)
            qFatal("save failed: %s", qPrintable(result.error().message));
        return *result;
    }

    // Whom the history names as the saver: the account's full name for a file, the
    // PostgreSQL role on the server.
    QString author()
    {
        if (PgArticleStore *pg = server())
            return pg->connection().role();
        return username::current();
    }

    // The search index holds exactly the text of the live articles. The file asks FTS5 to
    // compare its index with the text; on the server each live article's terms must be
    // those its text makes now, and no trashed article may have any.
    bool searchIndexIsSound()
    {
        if (SqliteArticleStore *sqlite = file()) {
            return bool(sqlite->database().exec(
                "INSERT INTO article_search (article_search) VALUES ('integrity-check')"));
        }
        PgConnection &db = server()->connection();
        auto strays = db.query("SELECT count(*) FROM article_search s JOIN articles a"
                               " ON a.id = s.article_id WHERE a.trashed_at IS NOT NULL");
        auto missing = db.query("SELECT count(*) FROM articles a WHERE a.trashed_at IS NULL"
                                " AND NOT EXISTS (SELECT 1 FROM article_search s"
                                " WHERE s.article_id = a.id)");
        if (!strays || !missing || strays->int64(0, 0) != 0 || missing->int64(0, 0) != 0)
            return false;
        auto live = m_store->list({});
        if (!live)
            return false;
        for (const ArticleSummary &summary : *live) {
            auto article = m_store->article(summary.id);
            if (!article)
                return false;
            auto same =
                db.query("SELECT terms = $2::tsvector FROM article_search"
                         " WHERE article_id = $1",
                         PgParams()
                             .add(summary.id)
                             .add(QString::fromUtf8(pgtextsearch::documentVector(*article))));
            if (!same || same->rows() != 1 || !same->boolean(0, 0))
                return false;
        }
        return true;
    }

private:
    QTemporaryDir m_dir;
    QString m_address;
    QString m_database; // on the server, dropped at the end
    std::unique_ptr<ArticleStore> m_store;
};

} // namespace newsroom::test
