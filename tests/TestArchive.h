#pragma once

// Shared by the core tests: a real archive file in a temporary folder, and articles
// with every field set.

#include "store/SqliteArticleStore.h"

#include <QCryptographicHash>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <memory>
#include <sqlite3.h>
#include <sys/mount.h>

namespace newsroom::test {

class TestArchive
{
public:
    TestArchive()
    {
        QStandardPaths::setTestModeEnabled(true);
        auto opened = SqliteArticleStore::open(path());
        if (!opened)
            qFatal("cannot open test archive: %s", qPrintable(opened.error().message));
        m_store = std::move(*opened);
    }

    QString path() const { return m_dir.filePath(QStringLiteral("test.newsroom")); }
    QString folder() const { return m_dir.path(); }
    SqliteArticleStore &store() { return *m_store; }
    // Another connection to the same file, as a second window or process would have.
    std::unique_ptr<SqliteArticleStore> openAgain() const
    {
        auto opened = SqliteArticleStore::open(path());
        return opened ? std::move(*opened) : nullptr;
    }

    Article saved(const Article &article)
    {
        auto result = m_store->save(article);
        if (!result)
            qFatal("save failed: %s", qPrintable(result.error().message));
        return *result;
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<SqliteArticleStore> m_store;
};

inline Article makeArticle(const QString &headline, const QString &body = QString())
{
    Article a;
    a.headline = headline;
    a.dek = QStringLiteral("A short dek for ") + headline;
    a.byline = QStringLiteral("Jo Reporter");
    a.dateline = QStringLiteral("LISBON");
    a.section = QStringLiteral("World");
    a.tags = {QStringLiteral("climate"), QStringLiteral("energy")};
    a.body =
        body.isEmpty() ? QStringLiteral("First paragraph.\n\n## A heading\n\nMore text.") : body;
    a.sources = {QStringLiteral("https://example.org/source-one")};
    return a;
}

// SHA-256 of a file's bytes, to show it was left as it was. Only while no connection of this
// process has the file open, if it is an archive (closing this read drops SQLite's locks).
inline QByteArray digest(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly)
               ? QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256)
               : QByteArray();
}

// PRAGMA integrity_check on a connection of its own: "ok", or what SQLite found wrong.
inline QString integrityCheck(const QString &path)
{
    sqlite3 *db = nullptr;
    sqlite3_open_v2(path.toUtf8().constData(), &db, SQLITE_OPEN_READONLY, nullptr);
    sqlite3_stmt *statement = nullptr;
    sqlite3_prepare_v2(db, "PRAGMA integrity_check", -1, &statement, nullptr);
    QString result;
    while (sqlite3_step(statement) == SQLITE_ROW)
        result +=
            QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(statement, 0)));
    if (!statement)
        result = QString::fromUtf8(sqlite3_errmsg(db));
    sqlite3_finalize(statement);
    sqlite3_close(db);
    return result;
}

// Overwrites the cells of a leaf page in the middle of `table` with junk, as a failing disk or
// a torn copy would. Only while no connection has the file open. False if the table has fewer
// than three leaf pages.
inline bool damageMiddlePage(const QString &path, const char *table)
{
    QList<qint64> pages;
    qint64 pageSize = 0;
    sqlite3 *db = nullptr;
    sqlite3_open_v2(path.toUtf8().constData(), &db, SQLITE_OPEN_READONLY, nullptr);
    sqlite3_stmt *statement = nullptr;
    sqlite3_prepare_v2(db, "PRAGMA page_size", -1, &statement, nullptr);
    if (sqlite3_step(statement) == SQLITE_ROW)
        pageSize = sqlite3_column_int64(statement, 0);
    sqlite3_finalize(statement);
    sqlite3_prepare_v2(db,
                       "SELECT pageno FROM dbstat WHERE name = ? AND pagetype = 'leaf'"
                       " ORDER BY pageno",
                       -1, &statement, nullptr);
    sqlite3_bind_text(statement, 1, table, -1, SQLITE_STATIC);
    while (sqlite3_step(statement) == SQLITE_ROW)
        pages.append(sqlite3_column_int64(statement, 0));
    sqlite3_finalize(statement);
    sqlite3_close(db);
    if (pages.size() < 3 || pageSize <= 0)
        return false;
    QFile file(path);
    const qint64 junk = pageSize - 16; // past the page header: the cell pointers and cells
    return file.open(QIODevice::ReadWrite) &&
           file.seek((pages[pages.size() / 2] - 1) * pageSize + 8) &&
           file.write(QByteArray(junk, char(0xa5))) == junk;
}

// A small tmpfs in a temporary folder, unmounted when it goes: a real full or read-only
// disk for the fault tests. Mounting needs root (CI runs as root).
class SmallDisk
{
public:
    explicit SmallDisk(const char *size)
        : m_where(QFile::encodeName(m_dir.path())),
          m_mounted(::mount("tmpfs", m_where.constData(), "tmpfs", 0,
                            QByteArray(QByteArray("size=") + size).constData()) == 0)
    {}
    ~SmallDisk()
    {
        if (m_mounted)
            ::umount2(m_where.constData(), MNT_DETACH);
    }
    SmallDisk(const SmallDisk &) = delete;
    SmallDisk &operator=(const SmallDisk &) = delete;

    bool isMounted() const { return m_mounted; }
    QString filePath(const QString &name) const { return m_dir.filePath(name); }
    bool remountReadOnly()
    {
        return ::mount("tmpfs", m_where.constData(), "tmpfs", MS_REMOUNT | MS_RDONLY, nullptr) == 0;
    }

private:
    QTemporaryDir m_dir;
    QByteArray m_where;
    bool m_mounted;
};

} // namespace newsroom::test
