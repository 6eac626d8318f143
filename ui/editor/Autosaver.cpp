#include "Autosaver.h"

#include "ArchiveGateway.h"
#include "ArticleDocument.h"
#include "JournalWriter.h"
#include "OnAnswer.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcAutosave, "newsroom.autosave", QtWarningMsg)

namespace newsroom {

Autosaver::Autosaver(ArchiveGateway &gateway, ArticleDocument &document, QObject *parent)
    : QObject(parent), m_gateway(gateway), m_document(document)
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
    saveSoon();
}

Autosaver::~Autosaver() = default; // a save in flight finishes on the gateway's lane

void Autosaver::onLoaded()
{
    // A save still running belongs to the article shown before: its answer is only logged.
    if (m_inFlight) {
        m_inFlight.reset();
        ++m_ticket;
    }
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

// A save asked for while another is in flight is queued behind it on the write lane (which
// runs one call at a time, in order) and saved on the version that one makes; it supersedes
// it, so only its answer is taken into the document. So nothing typed waits for an answer,
// and switching articles mid-save still sends the last keystrokes.
void Autosaver::saveSoon()
{
    const std::optional<Attempt> attempt = nextAttempt();
    if (!attempt)
        return;
    const std::optional<QFuture<StoreResult<Article>>> previous =
        m_inFlight ? std::optional(m_result) : std::nullopt;
    m_inFlight = attempt;
    const quint64 ticket = ++m_ticket;
    m_result = m_gateway.run<Article>(
        ArchiveGateway::Lane::Writes,
        [previous, attempt = *attempt](ArticleStore &store) -> StoreResult<Article> {
            Article article = attempt.article;
            if (previous) {
                const StoreResult<Article> prior = previous->result(); // finished by now
                if (!prior)
                    return std::unexpected(prior.error());
                article.id = prior->id;
                article.version = prior->version;
            }
            return store.save(article, attempt.mode);
        });
    onAnswer(m_result, this,
             [this, ticket](const StoreResult<Article> &result) { onSaveDone(ticket, result); });
}

void Autosaver::onSaveDone(quint64 ticket, const StoreResult<Article> &result)
{
    if (ticket == m_ticket) // else saveNow() has taken it already, or another article is open
        finishInFlight();
    else if (!result)
        qCWarning(lcAutosave) << "autosave of a closed article failed:" << result.error().message;
}

void Autosaver::finishInFlight()
{
    if (!m_inFlight)
        return;
    const Attempt attempt = *std::exchange(m_inFlight, std::nullopt);
    ++m_ticket; // the continuation still queued for it is stale now
    m_result.waitForFinished();
    handle(attempt, m_result.result());
}

bool Autosaver::saveNow()
{
    writeJournal();
    finishInFlight();
    const std::optional<Attempt> attempt = nextAttempt();
    if (!attempt)
        return !m_conflict;
    const StoreResult<Article> result = m_gateway.save(attempt->article, attempt->mode).result();
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

void Autosaver::overwriteConflict()
{
    finishInFlight();
    if (!m_conflict) {
        saveSoon();
        return;
    }
    const qint64 id = m_document.article().id;
    onAnswer(m_gateway.version(id), this, [this, id](const StoreResult<qint64> &current) {
        if (!m_conflict || m_document.article().id != id)
            return; // decided otherwise, or another article, while it asked
        if (!current) {
            Q_EMIT failed(current.error().message);
            return;
        }
        Article adopted = m_document.article();
        adopted.version = *current;
        m_document.adoptSaved(adopted);
        m_conflict = false;
        m_dirty = true;
        m_sinceHistory.invalidate(); // their version goes into the history
        saveSoon();
    });
}

void Autosaver::settleConflictOn(qint64 version)
{
    finishInFlight();
    Article adopted = m_document.article();
    adopted.version = version;
    m_document.adoptSaved(adopted);
    m_conflict = false;
    m_dirty = true;
    m_sinceHistory.invalidate(); // their version goes into the history
}

} // namespace newsroom
