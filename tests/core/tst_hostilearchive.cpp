// Archives from outside are data, never code: a crafted .newsroom with a trigger, an
// endless view, a hidden table or an altered search view is refused by name and left as it
// was; and on every connection nothing in a schema can run (triggers off, defensive mode,
// no extensions, limits on what a statement may be).

#include "TestArchive.h"
#include "store/SqliteArticleStore.h"
#include "store/SqliteDatabase.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>
#include <sqlite3.h>

using namespace newsroom;
using namespace newsroom::test;

namespace {

// As an attacker would: the plain sqlite3 library, none of Newsroom's guards.
bool tamper(const QString &path, const QByteArray &sql)
{
    sqlite3 *db = nullptr;
    bool ok = sqlite3_open_v2(path.toUtf8().constData(), &db, SQLITE_OPEN_READWRITE, nullptr) ==
                  SQLITE_OK &&
              sqlite3_exec(db, "PRAGMA journal_mode = DELETE", nullptr, nullptr, nullptr) ==
                  SQLITE_OK;
    char *error = nullptr;
    ok = ok && sqlite3_exec(db, sql.constData(), nullptr, nullptr, &error) == SQLITE_OK;
    if (error)
        qWarning("tamper: %s", error);
    sqlite3_free(error);
    sqlite3_close(db);
    return ok;
}

} // namespace

class TestHostileArchive : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString soundArchive(const QString &name)
    {
        const QString path = m_dir.filePath(name + QStringLiteral(".newsroom"));
        auto store = SqliteArticleStore::open(path);
        if (!store)
            return {};
        for (int i = 0; i < 3; ++i) {
            Article article = makeArticle(QStringLiteral("Harbour story %1").arg(i));
            article.status = ArticleStatus::Draft;
            if (!(*store)->save(article))
                return {};
        }
        return path;
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void craftedSchemaIsRefusedByName_data()
    {
        QTest::addColumn<QByteArray>("sql");
        QTest::addColumn<QString>("named");
        QTest::newRow("trigger publishing with a phishing link")
            << QByteArray("CREATE TRIGGER publish AFTER INSERT ON articles BEGIN "
                          "UPDATE articles SET status = 'published', body = body || "
                          "' [Log in](https://phish.example)' WHERE id = new.id; END;")
            << QStringLiteral("trigger \"publish\"");
        QTest::newRow("trigger copying bodies")
            << QByteArray("CREATE TABLE stash (body TEXT);"
                          "CREATE TRIGGER copy AFTER UPDATE ON articles BEGIN "
                          "INSERT INTO stash VALUES (new.body); END;")
            << QStringLiteral("trigger \"copy\"");
        QTest::newRow("endless view")
            << QByteArray("CREATE VIEW forever AS WITH RECURSIVE n(x) AS "
                          "(SELECT 1 UNION ALL SELECT x + 1 FROM n) SELECT x FROM n;")
            << QStringLiteral("view \"forever\"");
        QTest::newRow("altered search view")
            << QByteArray("DROP VIEW article_search_source;"
                          "CREATE VIEW article_search_source AS SELECT a.id, a.headline, a.dek, "
                          "a.body || zeroblob(100000000) AS body, a.trashed_at, '' AS tags "
                          "FROM articles a;")
            << QStringLiteral("altered view \"article_search_source\"");
        QTest::newRow("hidden table") << QByteArray("CREATE TABLE notes (text TEXT);")
                                      << QStringLiteral("table \"notes\"");
        QTest::newRow("extra index")
            << QByteArray("CREATE INDEX by_byline ON articles (byline);")
            << QStringLiteral("index \"by_byline\"");
        QTest::newRow("missing index") << QByteArray("DROP INDEX articles_live_by_dek;")
                                       << QStringLiteral("lacks index \"articles_live_by_dek\"");
    }

    void craftedSchemaIsRefusedByName()
    {
        QFETCH(QByteArray, sql);
        QFETCH(QString, named);
        const QString path = soundArchive(QString::fromLatin1(QTest::currentDataTag()));
        QVERIFY(!path.isEmpty());
        QVERIFY(tamper(path, sql));
        const QByteArray before = digest(path);

        auto refused = SqliteArticleStore::open(path);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, StoreError::Code::NotAnArchive);
        QVERIFY2(refused.error().message.contains(named) &&
                     refused.error().message.contains(path),
                 qPrintable(refused.error().message));
        QVERIFY(!SqliteArticleStore::opener(path)()); // nor a worker's connection
        QCOMPARE(digest(path), before);
        QVERIFY(!QFileInfo::exists(path + QStringLiteral("-wal")));
    }

    // Statistics from "PRAGMA optimize" in another tool are SQLite's own, not a threat.
    void statisticsAreNoThreat()
    {
        const QString path = soundArchive(QStringLiteral("analyzed"));
        QVERIFY(tamper(path, "ANALYZE;"));
        auto store = SqliteArticleStore::open(path);
        QVERIFY2(store, store ? "" : qPrintable(store.error().message));
        QCOMPARE(*(*store)->count({}), 3);
    }

    // Even on our own connection, a trigger that got into the file never fires, and the
    // schema cannot be rewritten behind SQLite's back.
    void nothingInASchemaRuns()
    {
        const QString path = soundArchive(QStringLiteral("own"));
        auto store = SqliteArticleStore::open(path);
        QVERIFY(store);
        SqliteDatabase &db = (*store)->database();
        QVERIFY(db.exec("CREATE TABLE fired (n INTEGER);"
                        "CREATE TRIGGER spy AFTER UPDATE ON articles BEGIN "
                        "INSERT INTO fired VALUES (1); END;"));
        Article article = *(*store)->article(1);
        article.headline = QStringLiteral("Harbour story, updated");
        QVERIFY((*store)->save(article));
        QCOMPARE(*db.queryInt("SELECT count(*) FROM fired"), 0);

        QVERIFY(!db.exec("PRAGMA writable_schema = ON;"
                         "UPDATE sqlite_schema SET sql = 'x' WHERE name = 'articles';"));
        QVERIFY(!db.exec("INSERT INTO article_search_data VALUES (999, x'00');"));
        QVERIFY(!db.exec("SELECT load_extension('/tmp/evil.so');"));
        QByteArray deep = "SELECT ";
        for (int i = 0; i < 400; ++i)
            deep += "(1 + ";
        deep += "1" + QByteArray(400, ')');
        QVERIFY(!db.exec(deep.constData())); // expression depth
        store->reset();
        QCOMPARE(integrityCheck(path), QStringLiteral("ok"));
    }
};

QTEST_GUILESS_MAIN(TestHostileArchive)
#include "tst_hostilearchive.moc"
