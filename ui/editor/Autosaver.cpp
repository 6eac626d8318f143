#include "Autosaver.h"

#include "ArticleDocument.h"
#include "JournalWriter.h"

#include <QLoggingCategory>
#include <QThread>

Q_LOGGING_CATEGORY(lcAutosave, "newsroom.autosave", QtWarningMsg)

namespace newsroom {

Autosaver::Autosaver(ArticleStore &store, ArticleDocument &document, StoreOpener openWorkerStore,
                     QObject *parent)
    : QObject(parent), m_store(store), m_document(document),
      m_openWorkerStore(std::move(openWorkerStore))
{
    m_idle.setSingleShot(true);
    m_idle.setInterval(kIdleDelay);
    m_deadline.setSingleShot(true);
    m_deadline.setInterval(kMaxDelay);
    connect(&m_idle, &QTimer::timeout, this, &Autosaver::onTimer);
    connect(&m_deadline, &QTimer::timeout, this, &Autosaver::onTimer);
    m_journalDeadline.setSingleShot(true);
    m_journalDeadline.setInterval(kJournalDelay);
    connect(&m_journalDeadline, &QTimer::timeout, this, &Autosaver::writeJournal);
    connect(&m_document, &ArticleDocument::contentChanged, this, &Autosaver::onContentChanged);
    connect(&m_document, &ArticleDocument::loaded, this, &Autosaver::onLoaded);
    if (m_openWorkerStore) {
        m_thread = new QThread(this);
        m_worker = new QObject;
        m_worker->moveToThread(m_thread);
        connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
        m_thread->start();
    }
}

void Autosaver::keepJournal(const QString &folder, const QString &archivePath)
{
    m_journal = new JournalWriter(folder, archivePath, this);
}

void Autosaver::writeJournal()
{
    if (!m_journal || !m_dirty || m_journaledSerial == m_serial || m_document.isEmpty())
        return;
    m_journaledSerial = m_serial;
    m_journal->write(m_document.article(), m_document.article().version);
}

void Autosaver::journalNow()
{
    if (!m_journal)
        return;
    writeJournal();
    m_journal->waitUntilDone();
}

// The journal first, whatever becomes of the save.
void Autosaver::onTimer()
{
    writeJournal();
    saveInBackground();
}

Autosaver::~Autosaver()
{
    if (m_result.valid())
        m_result.wait();
    if (m_thread) {
        m_thread->quit();
        m_thread->wait();
    }
}

void Autosaver::onLoaded()
{
    finishInFlight(false); // a save still running belongs to the article shown before
    m_idle.stop();
    m_deadline.stop();
    m_dirty = false;
    m_conflict = false;
    m_sinceHistory.invalidate();
    m_journaledSerial = m_serial;
    if (m_journal)
        m_journal->startSession();
}

void Autosaver::onContentChanged()
{
    ++m_serial;
    m_dirty = true;
    m_idle.start(); // in a conflict the timers still keep the journal
    if (m_journal && !m_journalDeadline.isActive())
        m_journalDeadline.start();
    if (!m_deadline.isActive())
        m_deadline.start();
}

// What to save next, or nothing (saved already, in conflict, nothing typed yet).
std::optional<Autosaver::Attempt> Autosaver::nextAttempt()
{
    m_idle.stop();
    m_deadline.stop();
    if (!m_dirty || m_conflict)
        return std::nullopt;
    if (m_document.isEmpty()) { // nothing typed into a new article yet: nothing to keep
        m_dirty = false;
        return std::nullopt;
    }
    const bool keepHistory =
        !m_sinceHistory.isValid() || m_sinceHistory.elapsed() >= kHistoryInterval;
    return Attempt{m_document.article(),
                   keepHistory ? SaveMode::KeepHistory : SaveMode::ReplaceOwnDraft, m_serial};
}

void Autosaver::saveInBackground()
{
    if (!m_thread) {
        saveNow();
        return;
    }
    if (m_inFlight) {
        m_deadline.start(); // again once the one running is done
        return;
    }
    const std::optional<Attempt> attempt = nextAttempt();
    if (!attempt)
        return;
    m_inFlight = attempt;
    const quint64 ticket = ++m_ticket;
    auto promise = std::make_shared<std::promise<StoreResult<Article>>>();
    m_result = promise->get_future();
    QMetaObject::invokeMethod(m_worker, [this, attempt = *attempt, promise, ticket] {
        // A connection that cannot be opened is a failed save like any other: reported,
        // and tried again (never a save left "in flight" for ever).
        auto opened =
            m_workerStore ? StoreResult<std::unique_ptr<ArticleStore>>() : m_openWorkerStore();
        if (!m_workerStore && opened)
            m_workerStore = std::move(*opened);
        auto saved = m_workerStore ? m_workerStore->save(attempt.article, attempt.mode)
                                   : StoreResult<Article>(std::unexpected(opened.error()));
        // A connection that failed (read-only on a damaged archive since restored, say) is
        // opened afresh for the next try; a conflict is the article's, not the connection's.
        if (!saved && saved.error().code != StoreError::Code::Conflict)
            m_workerStore.reset();
        promise->set_value(std::move(saved));
        QMetaObject::invokeMethod(
            this, [this, ticket] { onWorkerDone(ticket); }, Qt::QueuedConnection);
    });
}

void Autosaver::onWorkerDone(quint64 ticket)
{
    if (ticket == m_ticket) // else saveNow() or a load has taken that result already
        finishInFlight();
}

void Autosaver::finishInFlight(bool adopt)
{
    if (!m_inFlight)
        return;
    const Attempt attempt = *std::exchange(m_inFlight, std::nullopt);
    ++m_ticket; // the worker's own "done" for it, still queued, is stale now
    const StoreResult<Article> result = m_result.get();
    if (adopt)
        handle(attempt, result);
    else if (!result)
        qCWarning(lcAutosave) << "autosave of a closed article failed:" << result.error().message;
}

bool Autosaver::saveNow()
{
    writeJournal();
    finishInFlight();
    const std::optional<Attempt> attempt = nextAttempt();
    if (!attempt)
        return !m_conflict;
    const auto result = m_store.save(attempt->article, attempt->mode);
    handle(*attempt, result);
    return result.has_value();
}

void Autosaver::handle(const Attempt &attempt, const StoreResult<Article> &result)
{
    if (!result) {
        qCWarning(lcAutosave) << "autosave failed:" << result.error().message;
        if (result.error().code == StoreError::Code::Conflict) {
            m_conflict = true;
            Q_EMIT conflicted(result.error().message);
        } else {
            m_deadline.start(); // try again soon; the text stays in the editor
            Q_EMIT failed(result.error().message);
        }
        return;
    }
    if (attempt.mode == SaveMode::KeepHistory)
        m_sinceHistory.start();
    m_document.adoptSaved(*result);
    if (m_serial == attempt.serial) {
        m_dirty = false;
        if (m_journal)
            m_journal->clear(); // the archive holds everything typed
    } else if (!m_deadline.isActive()) {
        m_deadline.start(); // typed on while it saved: that part goes next
    }
    Q_EMIT saved();
}

void Autosaver::noticeConflict(const QString &message)
{
    if (m_conflict)
        return;
    m_conflict = true;
    Q_EMIT conflicted(message);
}

bool Autosaver::overwriteConflict()
{
    finishInFlight();
    if (!m_conflict)
        return saveNow();
    const Article &mine = m_document.article();
    auto current = m_store.article(mine.id);
    if (!current) {
        Q_EMIT failed(current.error().message);
        return false;
    }
    Article adopted = mine;
    adopted.version = current->version;
    m_document.adoptSaved(adopted);
    m_conflict = false;
    m_dirty = true;
    m_sinceHistory.invalidate(); // their version goes into the history
    return saveNow();
}

} // namespace newsroom
