#pragma once

#include "model/Article.h"
#include "store/StoreError.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

namespace newsroom {

// What an editor held that the archive may not have: one journal file per editing session
// of an article, so a crash, a kill -9, a full or read-only archive or a conflict loses
// nothing typed. The file sits in the user's data folder (not beside the archive, so a
// full or read-only archive disk does not take it along), is named by the archive and the
// session, and is written durably: a temporary file, every byte written, fsync, its size
// checked, renamed over the last one, the folder fsynced. It is removed once the archive
// holds that text; a file left behind is offered back at the next start.
class EditJournal
{
    Q_DECLARE_TR_FUNCTIONS(EditJournal)
public:
    struct Entry
    {
        QString file;
        QString archivePath;
        qint64 baseVersion = 0; // the archive version the text was typed on (0: never saved)
        QDateTime written;
        Article article;
    };

    // A session's journal for the archive at archivePath, in folder (created when needed).
    EditJournal(const QString &folder, const QString &archivePath);
    ~EditJournal();
    EditJournal(const EditJournal &) = delete;
    EditJournal &operator=(const EditJournal &) = delete;

    // <AppDataLocation>/journal (~/.local/share/newsroom/journal).
    static QString defaultFolder();

    QString file() const { return m_file; }
    // Durably replaces the journal with this text; says plainly why when it cannot.
    StoreStatus write(const Article &article, qint64 baseVersion);
    // The archive holds the text: the journal goes.
    void clear();

    // Journals left in folder for this archive by sessions that ended without clearing
    // them (a crash, a kill, a save that never succeeded), newest first. A live session
    // holds a lock on its journal, so another window's work in progress is not offered.
    // Unreadable or oversized files are skipped.
    static QList<Entry> leftBehind(const QString &folder, const QString &archivePath);
    static bool discard(const Entry &entry);

    // The editor's text kept aside when they chose to load someone else's version in a
    // conflict: written durably like a journal (never offered at start, never locked) and
    // offered the next time that article is opened, until taken or discarded.
    static StoreResult<Entry> keepCopy(const QString &folder, const QString &archivePath,
                                       const Article &article, qint64 baseVersion);
    // Kept copies of the article `id`, newest first.
    static QList<Entry> keptCopies(const QString &folder, const QString &archivePath, qint64 id);

private:
    QString m_folder;
    QString m_archivePath;
    QString m_file;
    int m_lock = -1; // flock()ed while this session lives
};

} // namespace newsroom
