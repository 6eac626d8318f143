#include "Autosaver.h"

#include "ArticleDocument.h"
#include "store/ArticleStore.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcAutosave, "newsroom.autosave", QtWarningMsg)

namespace newsroom {

Autosaver::Autosaver(ArticleStore &store, ArticleDocument &document, QObject *parent)
    : QObject(parent), m_store(store), m_document(document)
{
    m_idle.setSingleShot(true);
    m_idle.setInterval(kIdleDelay);
    m_deadline.setSingleShot(true);
    m_deadline.setInterval(kMaxDelay);
    connect(&m_idle, &QTimer::timeout, this, &Autosaver::saveNow);
    connect(&m_deadline, &QTimer::timeout, this, &Autosaver::saveNow);
    connect(&m_document, &ArticleDocument::contentChanged, this, &Autosaver::onContentChanged);
    connect(&m_document, &ArticleDocument::loaded, this, &Autosaver::onLoaded);
}

void Autosaver::onLoaded()
{
    m_idle.stop();
    m_deadline.stop();
    m_dirty = false;
    m_conflict = false;
    m_sinceHistory.invalidate();
}

void Autosaver::onContentChanged()
{
    m_dirty = true;
    if (m_conflict)
        return;
    m_idle.start();
    if (!m_deadline.isActive())
        m_deadline.start();
}

bool Autosaver::saveNow()
{
    m_idle.stop();
    m_deadline.stop();
    if (!m_dirty || m_conflict)
        return !m_conflict;
    if (m_document.isEmpty()) { // nothing typed into a new article yet: nothing to keep
        m_dirty = false;
        return true;
    }
    const bool keepHistory =
        !m_sinceHistory.isValid() || m_sinceHistory.elapsed() >= kHistoryInterval;
    auto result = m_store.save(m_document.article(),
                               keepHistory ? SaveMode::KeepHistory : SaveMode::ReplaceOwnDraft);
    if (!result) {
        qCWarning(lcAutosave) << "autosave failed:" << result.error().message;
        if (result.error().code == StoreError::Code::Conflict) {
            m_conflict = true;
            Q_EMIT conflicted(result.error().message);
        } else {
            m_deadline.start(); // try again soon; the text stays in the editor
            Q_EMIT failed(result.error().message);
        }
        return false;
    }
    if (keepHistory)
        m_sinceHistory.start();
    m_dirty = false;
    m_document.adoptSaved(*result);
    Q_EMIT saved();
    return true;
}

bool Autosaver::overwriteConflict()
{
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
