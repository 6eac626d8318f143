#include "TestArchive.h"
#include "store/ArchiveBackup.h"
#include "store/ArchiveCheck.h"
#include "store/ArchiveFile.h"
#include "store/Migrations.h"
#include "store/SqliteArticleStore.h"
#include "store/SqliteDatabase.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QScopeGuard>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <sqlite3.h>
#include <sys/mount.h>
#include <unistd.h>

using namespace newsroom;

namespace {
void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(bytes);
}

// Another program's SQLite database, made with SQLite itself.
void writeForeignDatabase(const QString &path)
{
    sqlite3 *db = nullptr;
    QCOMPARE(sqlite3_open(path.toUtf8().constData(), &db), SQLITE_OK);
    QCOMPARE(sqlite3_exec(db,
                          "CREATE TABLE invoices (id INTEGER, total REAL);"
                          "INSERT INTO invoices VALUES (1, 9.5);",
                          nullptr, nullptr, nullptr),
             SQLITE_OK);
    sqlite3_close(db);
}
} // namespace

class TestArchiveFile : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void newPathBecomesEmptyArchive()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("nested/folder/new.newsroom"));
        auto store = SqliteArticleStore::open(path);
        QVERIFY2(store, store ? "" : qPrintable(store.error().message));
        QVERIFY(QFile::exists(path));
        auto count = (*store)->count({});
        QVERIFY(count);
        QCOMPARE(*count, 0);
    }

    void refusesAndLeavesUntouched_data()
    {
        QTest::addColumn<QByteArray>("kind");
        QTest::addColumn<int>("code");
        QTest::newRow("text file") << QByteArray("text") << int(StoreError::Code::NotAnArchive);
        QTest::newRow("random bytes")
            << QByteArray("random") << int(StoreError::Code::NotAnArchive);
        QTest::newRow("sqlite header then garbage")
            << QByteArray("garbage") << int(StoreError::Code::NotAnArchive);
        QTest::newRow("truncated archive")
            << QByteArray("truncated") << int(StoreError::Code::NotAnArchive);
        QTest::newRow("foreign sqlite")
            << QByteArray("foreign") << int(StoreError::Code::NotAnArchive);
        QTest::newRow("newer archive")
            << QByteArray("newer") << int(StoreError::Code::NotAnArchive);
        QTest::newRow("blank database of another program")
            << QByteArray("blank-foreign") << int(StoreError::Code::NotAnArchive);
        QTest::newRow("foreign, rows only in its write-ahead log")
            << QByteArray("foreign-wal") << int(StoreError::Code::NotAnArchive);
    }
    void refusesAndLeavesUntouched()
    {
        QFETCH(QByteArray, kind);
        QFETCH(int, code);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("input.newsroom"));
        if (kind == "text") {
            writeFile(path, "Headline\nThis is not a database at all.\n");
        } else if (kind == "random") {
            QByteArray bytes(8192, '\0');
            for (int i = 0; i < bytes.size(); ++i)
                bytes[i] = char((i * 7919 + 13) % 251);
            writeFile(path, bytes);
        } else if (kind == "garbage") {
            QByteArray bytes("SQLite format 3", 16);
            bytes += QByteArray(4080, '\x5a');
            writeFile(path, bytes);
        } else if (kind == "truncated") {
            {
                auto store = SqliteArticleStore::open(path);
                QVERIFY(store);
                Article a;
                a.headline = QStringLiteral("Soon cut short");
                a.body = QString(20000, QLatin1Char('x'));
                QVERIFY((*store)->save(a));
            }
            QFile file(path);
            QVERIFY(file.resize(file.size() / 2));
        } else if (kind == "foreign") {
            writeForeignDatabase(path);
        } else if (kind == "blank-foreign") {
            sqlite3 *db = nullptr;
            sqlite3_open(path.toUtf8().constData(), &db);
            sqlite3_exec(db, "PRAGMA application_id = 12345; PRAGMA user_version = 7;", nullptr,
                         nullptr, nullptr);
            sqlite3_close(db);
        } else if (kind == "foreign-wal") {
            // Another program killed with its rows still in the -wal: a checkpoint on our
            // close would rewrite its database.
            const QString copy = dir.filePath(QStringLiteral("snapshot"));
            sqlite3 *db = nullptr;
            sqlite3_open(path.toUtf8().constData(), &db);
            sqlite3_exec(db,
                         "PRAGMA journal_mode = WAL; PRAGMA wal_autocheckpoint = 0;"
                         "CREATE TABLE invoices (id INTEGER, total REAL);"
                         "INSERT INTO invoices VALUES (1, 9.5);",
                         nullptr, nullptr, nullptr);
            // Copy the main file and its log as they are while the connection is open.
            QVERIFY(QFile::copy(path, copy) && QFile::copy(path + "-wal", copy + "-wal"));
            sqlite3_close(db);
            QVERIFY(QFile::remove(path) && QFile::rename(copy, path));
            QFile::remove(path + "-wal");
            QVERIFY(QFile::rename(copy + "-wal", path + "-wal"));
            QVERIFY(QFileInfo(path + "-wal").size() > 0);
        } else if (kind == "newer") {
            {
                QVERIFY(SqliteArticleStore::open(path));
            }
            sqlite3 *db = nullptr;
            sqlite3_open(path.toUtf8().constData(), &db);
            sqlite3_exec(db, "PRAGMA journal_mode = DELETE; PRAGMA user_version = 99;", nullptr,
                         nullptr, nullptr);
            sqlite3_close(db);
        }
        const QByteArray before = test::digest(path);
        QVERIFY(!before.isEmpty());

        auto store = SqliteArticleStore::open(path);
        QVERIFY(!store);
        QCOMPARE(int(store.error().code), code);
        QVERIFY2(store.error().message.contains(path), qPrintable(store.error().message));
        QCOMPARE(test::digest(path), before);
        if (kind == "foreign-wal")
            QVERIFY(QFileInfo(path + "-wal").size() > 0); // its log is its own business
    }

    // Damaged pages in a small archive: refused on open and left as they are, while
    // check-archive's way in (no damage check) still opens it to say what is wrong.
    void damagedPagesAreRefusedOnOpen()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("damaged.newsroom"));
        {
            auto store = SqliteArticleStore::open(path);
            QVERIFY(store);
            for (int i = 0; i < 40; ++i) {
                const QString body =
                    QStringLiteral("Paragraph %1 of the story. ").arg(i).repeated(100);
                QVERIFY((*store)->save(test::makeArticle(QStringLiteral("Story %1").arg(i), body)));
            }
        }
        QVERIFY(ArchiveFile::open(path)); // sound: opens
        QVERIFY(test::damageMiddlePage(path, "articles"));
        const QByteArray before = test::digest(path);

        auto refused = ArchiveFile::open(path);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, StoreError::Code::Corrupt);
        QVERIFY2(refused.error().message.contains(path) &&
                     refused.error().message.contains(QStringLiteral("check-archive")),
                 qPrintable(refused.error().message));
        QVERIFY(!refused.error().message.contains(QLatin1Char('\n')));
        QCOMPARE(test::digest(path), before);

        auto inspected = ArchiveFile::open(path, ArchiveFile::Creation::MustExist,
                                           ArchiveFile::DamageCheck::None);
        QVERIFY2(inspected, inspected ? "" : qPrintable(inspected.error().message));
        auto damage = ArchiveCheck::pageDamage(**inspected, ArchiveCheck::Depth::Quick);
        QVERIFY(damage);
        QVERIFY(!damage->isEmpty());
    }

    // A crafted file can hold millions of bad rows: each check keeps its first 100 findings
    // and says how many more there are, so a report stays small.
    void aCheckKeepsAHundredFindings()
    {
        QTemporaryDir dir;
        auto store = SqliteArticleStore::open(dir.filePath(QStringLiteral("many.newsroom")));
        QVERIFY2(store, store ? "" : qPrintable(store.error().message));
        SqliteDatabase &db = (*store)->database();
        QVERIFY(db.exec("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n"
                        " WHERE i < 150) INSERT INTO pictures (hash, mime_type, width, height,"
                        " bytes, added_at) SELECT printf('%064d', i), 'image/png', 100, 100, 1, 0"
                        " FROM n"));
        auto report = ArchiveCheck::run(db, {});
        QVERIFY2(report, report ? "" : qPrintable(report.error().message));
        QCOMPARE(report->problems.size(), 2); // no data; so no copies either
        for (const ArchiveProblem &problem : std::as_const(report->problems)) {
            QCOMPARE(problem.details.size(), 101);
            QCOMPARE(problem.details.last(), QStringLiteral("50 more like these"));
            QVERIFY2(problem.message.contains(QStringLiteral("(and more: see the details)")),
                     qPrintable(problem.message));
        }
    }

    // The store opens a damaged archive read-only: what is sound can be read, every write
    // is refused with the damage report, the file stays as it was; restoring a backup into
    // it (the damaged content kept aside) and reopening makes it writable again.
    void damagedArchiveOpensReadOnlyUntilRestored()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("damaged.newsroom"));
        const QString backup = dir.filePath(QStringLiteral("backup.newsroom"));
        {
            auto store = SqliteArticleStore::open(path);
            QVERIFY(store);
            for (int i = 0; i < 40; ++i) {
                const QString body =
                    QStringLiteral("Paragraph %1 of the story. ").arg(i).repeated(100);
                QVERIFY((*store)->save(test::makeArticle(QStringLiteral("Story %1").arg(i), body)));
            }
            QVERIFY(ArchiveBackup::write((*store)->database(), backup));
        }
        QVERIFY(test::damageMiddlePage(path, "articles"));
        const QByteArray before = test::digest(path);
        {
            auto store = SqliteArticleStore::open(path);
            QVERIFY2(store, store ? "" : qPrintable(store.error().message));
            QVERIFY((*store)->isReadOnly());
            const QString damage = (*store)->damageFound();
            QVERIFY2(damage.contains(u"is damaged") && damage.contains(u"check-archive"),
                     qPrintable(damage));
            QCOMPARE((*store)->article(1)->headline, QStringLiteral("Story 0"));
            auto saved = (*store)->save(test::makeArticle(QStringLiteral("Not here")));
            QVERIFY(!saved);
            QCOMPARE(saved.error().code, StoreError::Code::Corrupt);
            QCOMPARE(saved.error().message, damage);
            QVERIFY(!(*store)->moveToTrash(1));
        }
        QCOMPARE(test::digest(path), before);

        auto store = SqliteArticleStore::open(path);
        QVERIFY(store);
        auto restored = ArchiveBackup::restore(path, backup);
        QVERIFY2(restored, restored ? "" : qPrintable(restored.error().message));
        QCOMPARE(restored->articles, 40);
        QVERIFY((*store)->reopen());
        QVERIFY((*store)->damageFound().isEmpty());
        QVERIFY(!(*store)->isReadOnly());
        QVERIFY((*store)->save(test::makeArticle(QStringLiteral("Saved after the restore"))));
        QCOMPARE(*(*store)->count({}), 41);
        store->reset();
        QCOMPARE(test::integrityCheck(path), QStringLiteral("ok"));
        // The damaged content was kept aside as it was, damage and all.
        auto aside = ArchiveFile::open(restored->keptAside);
        QVERIFY(!aside);
        QCOMPARE(aside.error().code, StoreError::Code::Corrupt);
    }

    // A read-only disk (a tmpfs remounted read-only; mounting needs root, as in CI): the
    // archive opens for reading, a save says why it cannot be made, the file stays as it was.
    void readOnlyDiskOpensForReading()
    {
        if (geteuid() != 0)
            QSKIP("mounting a tmpfs needs root (CI runs as root)");
        test::SmallDisk disk("4m");
        QVERIFY(disk.isMounted());
        const QString path = disk.filePath(QStringLiteral("ro.newsroom"));
        {
            auto store = SqliteArticleStore::open(path);
            QVERIFY(store);
            Article a;
            a.headline = QStringLiteral("Kept on a read-only disk");
            QVERIFY((*store)->save(a));
        }
        QVERIFY(disk.remountReadOnly());
        const QByteArray before = test::digest(path);
        auto store = SqliteArticleStore::open(path);
        QVERIFY2(store, store ? "" : qPrintable(store.error().message));
        QVERIFY((*store)->isReadOnly());
        QCOMPARE((*store)->article(1)->headline, QStringLiteral("Kept on a read-only disk"));
        QCOMPARE((*store)->search({QStringLiteral("kept"), {}, 10})->size(), 1);
        Article b;
        b.headline = QStringLiteral("Cannot be saved here");
        auto saved = (*store)->save(b);
        QVERIFY(!saved);
        QVERIFY2(saved.error().message.contains(u"read-only"), qPrintable(saved.error().message));
        store->reset();
        QCOMPARE(test::digest(path), before);
    }

    void directoryIsRefused()
    {
        QTemporaryDir dir;
        auto store = SqliteArticleStore::open(dir.path());
        QVERIFY(!store);
        QCOMPARE(store.error().code, StoreError::Code::Io);
    }

    void unreadableFileIsRefused()
    {
        if (geteuid() == 0)
            QSKIP("root reads every file; permissions cannot be tested as root");
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("locked.newsroom"));
        {
            QVERIFY(SqliteArticleStore::open(path));
        }
        QFile::setPermissions(path, QFileDevice::Permissions());
        auto store = SqliteArticleStore::open(path);
        QVERIFY(!store);
        QCOMPARE(store.error().code, StoreError::Code::Io);
    }

    void reopensItsOwnArchive()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("mine.newsroom"));
        {
            auto store = SqliteArticleStore::open(path);
            Article a;
            a.headline = QStringLiteral("Kept across sessions");
            QVERIFY((*store)->save(a));
        }
        auto store = SqliteArticleStore::open(path);
        QVERIFY(store);
        QCOMPARE(*(*store)->count({}), 1);
    }

    void defaultPathIsUnderDataLocation()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(ArchiveFile::defaultPath().endsWith(QStringLiteral("/newsroom/archive.newsroom")));
        QVERIFY(ArchiveFile::defaultPath().startsWith(
            QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation)));
    }
};

QTEST_GUILESS_MAIN(TestArchiveFile)
#include "tst_archivefile.moc"
