#pragma once

#include "model/Article.h"

#include <QMutex>
#include <QObject>
#include <QWaitCondition>
#include <memory>
#include <variant>

class QThread;

namespace newsroom {

class EditJournal;

// Keeps the open article's journal (EditJournal) on a thread of its own: an fsync never
// stalls typing, and an archive that is busy, full or gone never delays the journal.
// Requests run in order; a write waiting behind another is replaced by the newer text.
class JournalWriter : public QObject
{
    Q_OBJECT
public:
    JournalWriter(const QString &folder, const QString &archivePath, QObject *parent = nullptr);
    ~JournalWriter() override; // finishes what was asked

    // Another article (or a new one) is in the editor: its own journal file from now on.
    // The previous one stays on disk unless it was cleared.
    void startSession();
    void write(const Article &article, qint64 baseVersion);
    // The archive holds the text: the session's journal goes.
    void clear();
    // Returns once every request so far is done (closing, restoring).
    void waitUntilDone();

Q_SIGNALS:
    void failed(const QString &message); // a write could not be made durable
    void recovered();                    // a write succeeded after failures

private:
    struct StartSession
    {
    };
    struct Write
    {
        Article article;
        qint64 baseVersion = 0;
    };
    struct Clear
    {
    };
    using Request = std::variant<StartSession, Write, Clear>;

    void enqueue(Request request);
    void drain(); // on the thread

    QString m_folder;
    QString m_archivePath;
    QThread *m_thread = nullptr;
    QObject *m_worker = nullptr;            // lives on m_thread
    std::unique_ptr<EditJournal> m_journal; // used on m_thread only
    bool m_failing = false;                 // m_thread only
    QMutex m_mutex;
    QWaitCondition m_idle;
    QList<Request> m_queue;  // guarded by m_mutex
    bool m_draining = false; // guarded by m_mutex
};

} // namespace newsroom
