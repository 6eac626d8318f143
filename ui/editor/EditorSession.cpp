#include "EditorSession.h"

#include "ArchiveGateway.h"
#include "ArticleDocument.h"
#include "Autosaver.h"
#include "OnAnswer.h"
#include "checks/PublishVerdict.h"
#include "model/ArticleDiff.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcSession, "newsroom.session", QtWarningMsg)

namespace newsroom {

EditorSession::EditorSession(ArchiveGateway &gateway, const QString &archivePath,
                             const QString &journalFolder, QObject *parent)
    : QObject(parent), m_gateway(gateway), m_archivePath(archivePath),
      m_journalFolder(journalFolder), m_document(new ArticleDocument(this)),
      m_autosaver(new Autosaver(gateway, *m_document, this))
{
    // Read before this session writes a journal of its own.
    m_leftBehind = EditJournal::leftBehind(journalFolder, archivePath);
    m_autosaver->keepJournal(journalFolder, archivePath);
}

const Article &EditorSession::article() const
{
    return m_document->article();
}

void EditorSession::open(qint64 id)
{
    if (id == article().id && id != 0)
        return;
    ++m_openCount;
    m_autosaver->saveSoon(); // the article shown so far; its answer holds nothing up
    m_opening.ask(m_gateway.article(id), this, [this](const StoreResult<Article> &found) {
        if (found)
            load(*found);
        else
            Q_EMIT message(found.error().message);
    });
}

void EditorSession::load(const Article &article)
{
    ++m_openCount;
    m_opening.drop();
    m_document->load(article);
    Q_EMIT opened(article.id);
    offerKeptCopy(article.id);
}

void EditorSession::newArticle()
{
    m_autosaver->saveSoon();
    load(Article{});
}

void EditorSession::duplicate()
{
    if (article().isNew())
        return;
    m_autosaver->saveSoon();
    Article copy = article();
    copy.id = 0;
    copy.version = 0;
    copy.slug.clear();
    copy.headline = tr("%1 (copy)").arg(copy.headline);
    copy.status = ArticleStatus::Draft;
    copy.publishedAt = {};
    copy.createdAt = {};
    onAnswer(m_gateway.save(copy, SaveMode::KeepHistory), this,
             [this](const StoreResult<Article> &saved) {
                 if (!saved) {
                     Q_EMIT message(saved.error().message);
                     return;
                 }
                 load(*saved);
                 Q_EMIT listChanged(saved->id);
             });
}

void EditorSession::moveToTrash()
{
    if (article().isNew()) {
        newArticle();
        return;
    }
    m_autosaver->saveSoon();
    const qint64 id = article().id;
    const QString headline = article().headline;
    onAnswer(m_gateway.moveToTrash(id), this, [this, headline](const StoreStatus &done) {
        if (done)
            Q_EMIT movedToTrash(headline);
        else
            Q_EMIT message(done.error().message);
    });
}

void EditorSession::restoreFromTrash()
{
    const qint64 id = article().id;
    if (id == 0)
        return;
    const QString headline = article().headline;
    onAnswer(m_gateway.restoreFromTrash(id), this, [this, id, headline](const StoreStatus &done) {
        if (!done) {
            Q_EMIT message(done.error().message);
            return;
        }
        Q_EMIT listChanged(id);
        Q_EMIT message(tr("\u201c%1\u201d is back in the archive.").arg(headline));
    });
}

// The checks module's verdict decides; the article asked about must still be the one open.
void EditorSession::requestPublish(const CheckLimits &limits)
{
    if (article().status == ArticleStatus::Published)
        return;
    const qint64 id = article().id;
    onAnswer(m_gateway.checklist(article(), limits), this,
             [this, id](const StoreResult<QList<CheckFinding>> &findings) {
                 if (article().id != id)
                     return;
                 if (!findings) {
                     Q_EMIT publishBlocked({findings.error().message});
                     return;
                 }
                 const PublishVerdict verdict = PublishVerdict::of(*findings);
                 if (verdict.blocks())
                     Q_EMIT publishBlocked(verdict.errors);
                 else if (verdict.asks())
                     Q_EMIT publishNeedsConfirmation(verdict.warnings);
                 else
                     publish();
             });
}

void EditorSession::publish()
{
    m_document->edit(ArticleField::Status, int(ArticleStatus::Published), tr("Publish"));
    m_autosaver->saveSoon();
}

// Nothing of the editor's is dropped: their text is kept durably before theirs is shown,
// and offered back (compare, take it, discard) whenever this article is opened.
void EditorSession::loadTheirVersion()
{
    const Article mine = article();
    auto kept = EditJournal::keepCopy(m_journalFolder, m_archivePath, mine, mine.version);
    if (!kept) {
        Q_EMIT message(tr("Your version could not be kept aside, so it stays in the editor: %1")
                           .arg(kept.error().message));
        return;
    }
    m_autosaver->journalNow();
    onAnswer(m_gateway.article(mine.id), this,
             [this, id = mine.id](const StoreResult<Article> &theirs) {
                 if (article().id != id)
                     return;
                 if (!theirs) {
                     Q_EMIT message(theirs.error().message);
                     return;
                 }
                 load(*theirs); // offers the copy just kept
             });
}

void EditorSession::keepMine()
{
    m_autosaver->overwriteConflict();
}

void EditorSession::takeMerged(const Article &merged)
{
    if (article().id != merged.id || !m_autosaver->isInConflict()) {
        Q_EMIT message(tr("The conflict was settled otherwise meanwhile; nothing was merged."));
        return;
    }
    m_autosaver->settleConflictOn(merged.version);
    m_document->replaceContent(merged, tr("Merge with Their Version"));
    m_autosaver->saveSoon();
}

bool EditorSession::saveNow()
{
    return m_autosaver->saveNow();
}

void EditorSession::offerKeptCopy(qint64 id)
{
    if (id == 0)
        return;
    const QList<EditJournal::Entry> kept =
        EditJournal::keptCopies(m_journalFolder, m_archivePath, id);
    if (!kept.isEmpty())
        Q_EMIT recoveryOffered(kept.first(), article(), Recovered::KeptAside);
}

// One left-behind journal at a time; one whose text the archive already holds goes quietly.
void EditorSession::offerLeftBehind()
{
    if (m_leftBehind.isEmpty()) {
        Q_EMIT nothingToRecover();
        return;
    }
    const EditJournal::Entry entry = m_leftBehind.takeFirst();
    if (entry.article.id == 0) {
        Q_EMIT recoveryOffered(entry, std::nullopt, Recovered::LeftBehind);
        return;
    }
    onAnswer(m_gateway.article(entry.article.id), this,
             [this, entry](const StoreResult<Article> &inArchive) {
                 if (inArchive && compareArticles(*inArchive, entry.article).isEmpty()) {
                     EditJournal::discard(entry);
                     offerLeftBehind();
                     return;
                 }
                 qCInfo(lcSession) << "offering unsaved text from" << entry.file;
                 Q_EMIT recoveryOffered(entry, inArchive ? std::optional(*inArchive) : std::nullopt,
                                        Recovered::LeftBehind);
             });
}

void EditorSession::takeRecovered(const EditJournal::Entry &entry, Recovered kind)
{
    const auto bringBack = [this, entry, kind] {
        m_document->replaceContent(entry.article, tr("Restore Unsaved Text"));
        m_autosaver->journalNow(); // in this session's journal before the old one goes
        EditJournal::discard(entry);
        if (kind == Recovered::LeftBehind)
            offerLeftBehind();
        else
            Q_EMIT nothingToRecover();
    };
    const qint64 id = entry.article.id;
    if (id == 0 || id == article().id) {
        if (id == 0)
            newArticle();
        bringBack();
        return;
    }
    m_autosaver->saveSoon();
    m_opening.ask(m_gateway.article(id), this,
                  [this, bringBack](const StoreResult<Article> &found) {
                      if (found) {
                          m_document->load(*found);
                          Q_EMIT opened(found->id);
                      } else {
                          load(Article{}); // gone from the archive: it comes back as a new one
                      }
                      bringBack();
                  });
}

void EditorSession::discardRecovered(const EditJournal::Entry &entry, Recovered kind)
{
    EditJournal::discard(entry);
    if (kind == Recovered::LeftBehind)
        offerLeftBehind();
    else
        Q_EMIT nothingToRecover();
}

} // namespace newsroom
