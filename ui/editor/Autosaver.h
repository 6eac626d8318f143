#pragma once

#include "model/Article.h"
#include "store/ArticleStore.h"

#include <QElapsedTimer>
#include <QFuture>
#include <QObject>
#include <QTimer>
#include <optional>

namespace newsroom {

class ArchiveGateway;
class ArticleDocument;
class JournalWriter;

// Saves the document without being asked: kIdleDelay after the last change, and at the
// latest kMaxDelay after the first unsaved one, so steady typing still reaches the
// archive every second (a crash or kill -9 loses at most that). The version the editor
// opened is kept in the history, then one every kHistoryInterval; the saves in between
// replace each other. A conflict stops saving until the editor decides.
//
// The timed saves go through the gateway's write lane (a 5,000-word article takes 6–25 ms
// to save and re-index at 100k articles, more on a server: typing must not wait for it);
// only saveNow(), for closing and quitting, waits for the archive.
//
// With a journal, every change also reaches the article's journal file at the latest
// kJournalDelay after it (and before every save), whether or not the archive takes it
// (full disk, conflict, archive gone); the journal is cleared once the archive holds
// everything typed.
class Autosaver : public QObject
{
    Q_OBJECT
public:
    static constexpr int kIdleDelay = 300;                    // ms
    static constexpr int kMaxDelay = 1000;                    // ms
    static constexpr qint64 kHistoryInterval = 5 * 60 * 1000; // ms
    static constexpr int kJournalDelay = 500;                 // ms, at the latest

    Autosaver(ArchiveGateway &gateway, ArticleDocument &document, QObject *parent = nullptr);
    ~Autosaver() override;

    // Keeps a journal of every change in folder (see EditJournal) from the next load on.
    void keepJournal(const QString &folder, const QString &archivePath);
    JournalWriter *journal() const { return m_journal; }
    // Writes what the editor holds to the journal now and waits until it is on disk.
    void journalNow();

    bool hasUnsavedChanges() const { return m_dirty; }
    bool isInConflict() const { return m_conflict; }
    bool isSaving() const { return m_inFlight.has_value(); }
    // The archive has a newer version than the one this editor's text is based on (seen
    // before any save of ours ran into it): saving stops until the editor decides.
    void noticeConflict(const QString &message);
    // Starts a save of anything unsaved now, without waiting for it (queued behind the save
    // in flight, if there is one, on the version that one makes).
    void saveSoon();
    // Saves anything unsaved and waits for the archive (closing, quitting). Returns false
    // (and says why) when it could not.
    bool saveNow();
    // After a conflict: save this editor's text as the newest version anyway (saved() or
    // failed() says how it went).
    void overwriteConflict();
    // After a conflict settled by hand: the editor's text is now based on `version` (theirs),
    // so the next save is an ordinary one after it (and keeps theirs in the history).
    void settleConflictOn(qint64 version);

Q_SIGNALS:
    void saved();
    void conflicted(const QString &message);
    void failed(const QString &message);

private:
    struct Attempt
    {
        Article article;
        SaveMode mode = SaveMode::KeepHistory;
        quint64 serial = 0; // the document's change count it was taken at
    };

    void onContentChanged();
    void onLoaded();
    std::optional<Attempt> nextAttempt();
    // Takes the result of the save in flight into the document (waiting if need be).
    void finishInFlight();
    void onSaveDone(quint64 ticket, const StoreResult<Article> &result);
    void onTimer();
    void writeJournal();
    void handle(const Attempt &attempt, const StoreResult<Article> &result);

    ArchiveGateway &m_gateway;
    ArticleDocument &m_document;
    std::optional<Attempt> m_inFlight;
    quint64 m_ticket = 0; // which save in flight an answer is about
    QFuture<StoreResult<Article>> m_result;
    QTimer m_idle;
    QTimer m_deadline;
    QTimer m_journalDeadline;
    QElapsedTimer m_sinceHistory; // invalid until this editor keeps a version
    quint64 m_serial = 0;
    quint64 m_journaledSerial = 0; // the change count the journal last got
    JournalWriter *m_journal = nullptr;
    bool m_dirty = false;
    bool m_conflict = false;
};

} // namespace newsroom
