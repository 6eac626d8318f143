#pragma once

// For tests that plant hostile files: what a folder tree holds, as lstat sees it, so a test
// can prove that nothing in it was written, replaced, removed or added; a tree of decoys
// for planted links to point at; and archives holding what only a crafted file can.

#include <QByteArray>
#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QMap>
#include <QString>
#include <sqlite3.h>
#include <sys/stat.h>
#include <unistd.h>

namespace newsroom::test {

// Path (relative to `root`) -> "dir", "link -> <target>" or "file <inode> <SHA-256>". Links
// are recorded, never followed; a file replaced by an identical copy still differs (inode).
inline QMap<QString, QByteArray> snapshot(const QString &root)
{
    QMap<QString, QByteArray> entries;
    QDirIterator it(root, QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories); // no FollowSymlinks
    const QDir base(root);
    while (it.hasNext()) {
        const QString path = it.next();
        const QByteArray native = QFile::encodeName(path);
        struct stat info;
        if (::lstat(native.constData(), &info) != 0) {
            entries.insert(base.relativeFilePath(path), "vanished");
            continue;
        }
        QByteArray entry;
        if (S_ISLNK(info.st_mode)) {
            char target[4096];
            const ssize_t n = ::readlink(native.constData(), target, sizeof target);
            entry = "link -> " + QByteArray(target, n < 0 ? 0 : n);
        } else if (S_ISDIR(info.st_mode)) {
            entry = "dir";
        } else if (S_ISREG(info.st_mode)) {
            QFile file(path);
            entry =
                "file " + QByteArray::number(quint64(info.st_ino)) + ' ' +
                (file.open(QIODevice::ReadOnly)
                     ? QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256).toHex()
                     : QByteArray("unreadable"));
        } else {
            entry = "other " + QByteArray::number(quint64(info.st_ino));
        }
        entries.insert(base.relativeFilePath(path), entry);
    }
    return entries;
}

inline bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

inline QByteArray sha1Hex(const QByteArray &bytes)
{
    return QCryptographicHash::hash(bytes, QCryptographicHash::Sha1).toHex();
}

// Outside any export folder: files, a folder of pages named like the ones an export
// writes, and a hidden folder, for links to point at.
inline bool makeDecoyTree(const QString &root)
{
    return QDir().mkpath(root + QStringLiteral("/folder/.hidden")) &&
           writeFile(root + QStringLiteral("/precious.txt"), "keep me\n") &&
           writeFile(root + QStringLiteral("/feed.xml"), "<not-a-feed/>\n") &&
           writeFile(root + QStringLiteral("/folder/politics.html"), "<p>not ours</p>\n") &&
           writeFile(root + QStringLiteral("/folder/index.html"), "<p>not ours</p>\n") &&
           writeFile(root + QStringLiteral("/folder/.hidden/config"), "[core]\n");
}

// Sets an article's slug with SQL, as a crafted archive holds it (the store refuses such
// slugs). `slug` is UTF-8 and may hold NUL.
inline bool setSlugDirectly(const QString &archive, qint64 id, const QByteArray &slug)
{
    sqlite3 *db = nullptr;
    sqlite3_stmt *statement = nullptr;
    bool ok = sqlite3_open_v2(QFile::encodeName(archive).constData(), &db, SQLITE_OPEN_READWRITE,
                              nullptr) == SQLITE_OK;
    sqlite3_busy_timeout(db, 10000);
    ok = ok && sqlite3_prepare_v2(db, "UPDATE articles SET slug = ? WHERE id = ?", -1, &statement,
                                  nullptr) == SQLITE_OK;
    ok = ok &&
         sqlite3_bind_text(statement, 1, slug.constData(), int(slug.size()), SQLITE_TRANSIENT) ==
             SQLITE_OK &&
         sqlite3_bind_int64(statement, 2, id) == SQLITE_OK &&
         sqlite3_step(statement) == SQLITE_DONE && sqlite3_changes(db) == 1;
    sqlite3_finalize(statement);
    sqlite3_close(db);
    return ok;
}

} // namespace newsroom::test
