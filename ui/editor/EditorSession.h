#pragma once

#include "LatestAnswer.h"
#include "checks/CheckLimits.h"
#include "model/Article.h"
#include "recovery/EditJournal.h"
#include "store/StoreError.h"

#include <QObject>
#include <optional>

namespace newsroom {

class ArchiveGateway;
class ArticleDocument;
class Autosaver;

// The article open in the editor and everything that happens to it: opening (the one
// before is saved first, without waiting), new, duplicate, trash and restore, the publish
// gate, conflicts and the text kept aside when the editor takes their version, and the
// journals left behind by a session that ended badly. Every archive call goes through the
// gateway; the window only shows what the signals say and asks what they ask.
class EditorSession : public QObject
{
    Q_OBJECT
public:
    // What a recovery offer is about.
    enum class Recovered
    {
        LeftBehind, // a journal from a session that ended before the archive had its text
        KeptAside,  // the editor's text, kept when they loaded another version in a conflict
    };

    EditorSession(ArchiveGateway &gateway, const QString &archivePath, const QString &journalFolder,
                  QObject *parent = nullptr);

    ArticleDocument *document() const { return m_document; }
    Autosaver *autosaver() const { return m_autosaver; }
    const Article &article() const;

    void open(qint64 id);
    // Counts every open and load: a default choice made on an old count is stale.
    quint64 openCount() const { return m_openCount; }
    void newArticle();
    void duplicate();
    void moveToTrash();
    void restoreFromTrash();
    // Runs the checklist; errors come back as publishBlocked, warnings as
    // publishNeedsConfirmation (then publish() if the editor agrees), nothing as published.
    void requestPublish(const CheckLimits &limits);
    void publish();
    // Conflict: keeps the editor's text aside (offered on the next open), shows theirs.
    void loadTheirVersion();
    void keepMine();
    // Conflict settled by hand: `merged` (fields picked from mine and theirs, on their
    // version) goes into the editor as one undoable step and is saved after theirs.
    void takeMerged(const newsroom::Article &merged);
    // Saves and waits for the archive (closing, quitting, before a backup is restored).
    bool saveNow();

    // Offers, one at a time, the journals left behind for this archive (recoveryOffered).
    void offerLeftBehind();
    void takeRecovered(const EditJournal::Entry &entry, Recovered kind);
    void discardRecovered(const EditJournal::Entry &entry, Recovered kind);

Q_SIGNALS:
    void opened(qint64 id); // the document holds it now
    void message(const QString &text);
    // Articles came or went (new, copy, trash, restore): the list shows them; `select` is
    // the one to select, 0 for none.
    void listChanged(qint64 select);
    void movedToTrash(const QString &headline);
    void publishBlocked(const QStringList &errors);
    void publishNeedsConfirmation(const QStringList &warnings);
    void recoveryOffered(const EditJournal::Entry &entry, const std::optional<Article> &inArchive,
                         EditorSession::Recovered kind);
    void nothingToRecover();

private:
    void load(const Article &article);
    void offerKeptCopy(qint64 id);

    ArchiveGateway &m_gateway;
    QString m_archivePath;
    QString m_journalFolder;
    ArticleDocument *m_document;
    Autosaver *m_autosaver;
    LatestAnswer<StoreResult<Article>> m_opening; // the newest open wins
    QList<EditJournal::Entry> m_leftBehind;       // still to offer
    quint64 m_openCount = 0;
};

} // namespace newsroom
