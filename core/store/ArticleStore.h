#pragma once

#include "ArticleFilter.h"
#include "ArticleRecord.h"
#include "ArticleSummary.h"
#include "DeskThread.h"
#include "PictureLibrary.h"
#include "Revision.h"
#include "StoreError.h"
#include "StoryText.h"
#include "model/Article.h"
#include "search/SearchHit.h"
#include "search/SearchQuery.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <functional>
#include <memory>

namespace newsroom {

// What a save does with the version it replaces. The desktop editor saves every second
// while someone types; it keeps the version it opened and then one every few minutes,
// and replaces its own in-between saves instead of filling the history with them.
enum class SaveMode
{
    KeepHistory,     // the replaced version goes into the history
    ReplaceOwnDraft, // the replaced version was this editor's own autosave: drop it
};

// An article from an import, as the archive has it: just saved, or already there.
struct ImportedArticle
{
    Article article;
    bool alreadyImported = false; // the same file (or the same text) was imported before
};

// How many of the archive's live articles hold each of some terms: what tells a rare term
// from a common one (TermRarity).
struct TermCounts
{
    qint64 articles = 0;           // about how many live articles there are
    QHash<QByteArray, int> counts; // term -> live articles holding it, up to the cap asked
};

// The archive as the rest of the app sees it. The SQLite file is one implementation; a
// shared server database for a whole newsroom will be another. Every call reports
// failure as a StoreError a person can act on. Its pictures: PictureLibrary.
class ArticleStore : public PictureLibrary
{
public:
    virtual ~ArticleStore() = default;

    virtual StoreResult<Article> article(qint64 id) = 0;
    // The list row of one article (slug, headline, status...), without its body: cheap
    // enough to resolve every link on a page. Trashed articles are found too.
    virtual StoreResult<ArticleSummary> summary(qint64 id) = 0;
    // REF is an id ("42") or a slug ("city-budget-vote").
    virtual StoreResult<Article> articleByRef(const QString &ref) = 0;

    // Saves a new article (id 0) or a new version of an existing one. The article's
    // `version` must be the archive's newest, else Conflict and nothing is written. A
    // blank slug is made from the headline. Returns the article as saved, with its id,
    // new version and times. The replaced version stays in the history as a whole record
    // (unless `mode` says it was only an autosave). A related item whose title is the
    // linked article's headline follows that headline from then on.
    virtual StoreResult<Article> save(const Article &article,
                                      SaveMode mode = SaveMode::KeepHistory) = 0;
    // Saves articles (new ones, or new versions as save() does, with `mode`) in one
    // transaction; one failure saves none of them.
    virtual StoreResult<QList<Article>> saveAll(const QList<Article> &articles,
                                                SaveMode mode = SaveMode::KeepHistory) = 0;

    // Saves articles read from files, in one transaction, each with the SHA-256 of its
    // file's bytes (`sourceHashes`, one per article). An article whose file was imported
    // before (same hash), or which the archive already has (same slug, made from the
    // headline when blank, and the same headline, dek, byline and body), is not saved
    // again: it comes back as archived, marked alreadyImported, and the hash is recorded.
    // Trashed articles count. One failure saves none of them.
    virtual StoreResult<QList<ImportedArticle>>
    saveImported(const QList<Article> &articles, const QList<QByteArray> &sourceHashes) = 0;

    // The trash: trashed articles leave lists and search but keep their history.
    virtual StoreStatus moveToTrash(qint64 id) = 0;
    virtual StoreStatus restoreFromTrash(qint64 id) = 0;

    // Newest update first.
    virtual StoreResult<QList<ArticleSummary>> list(const ArticleFilter &filter, int limit = -1,
                                                    int offset = 0) = 0;
    virtual StoreResult<qint64> count(const ArticleFilter &filter) = 0;
    virtual StoreResult<QList<SearchHit>> search(const SearchQuery &query) = 0;

    // Every version of the article, the current one first.
    virtual StoreResult<QList<Revision>> revisions(qint64 id) = 0;
    virtual StoreResult<Article> revision(qint64 id, qint64 version) = 0;
    // Saves the content of an old revision as the newest version; `currentVersion` is
    // the version the editor is looking at (Conflict if the archive has a newer one).
    virtual StoreResult<Article> restoreRevision(qint64 id, qint64 version,
                                                 qint64 currentVersion) = 0;

    // The id of the live article whose dek is exactly `dek`, or 0.
    virtual StoreResult<qint64> findByDek(const QString &dek) = 0;

    // Every tag and every section the live archive uses, sorted, for completion.
    virtual StoreResult<QStringList> tags() = 0;
    virtual StoreResult<QStringList> sections() = 0;

    // The live articles most like `article` ("more like this" over its distinctive
    // terms, recent ones weighted up), best first; never the article itself nor one its
    // related list already links to.
    virtual StoreResult<QList<SearchHit>> suggestRelated(const Article &article, int limit) = 0;

    // For same-story detection (SameStoryFinder, RelatedChecks). Terms are spelt as
    // MultilingualTokenizer spells them, and count in any of headline, dek, body and tags.
    // How many live articles hold each term, counted up to `cap` (a term in more tells
    // little, and counting on would cost time); stale counts of a moment ago are fine.
    virtual StoreResult<TermCounts> termCounts(const QList<QByteArray> &terms, int cap) = 0;
    // The live articles that hold the most of `terms`, rare terms counting most, best first.
    virtual StoreResult<QList<StoryText>> storiesSharing(const QList<QByteArray> &terms,
                                                         int limit) = 0;
    // Every live article's story, a page at a time: the first `limit` in id order after
    // the id `afterId`.
    virtual StoreResult<QList<StoryText>> stories(qint64 afterId, int limit) = 0;
    // The stories of these articles, in id order; trashed or missing ones are left out.
    virtual StoreResult<QList<StoryText>> storiesOf(const QList<qint64> &ids) = 0;

    // True when `path` is the archive's own file or one SQLite keeps beside it (by name,
    // link or inode). Nothing may write it, and nothing but the store may even read it:
    // closing any other descriptor of the file drops the process's locks on it. Safe to
    // call from any thread; a server archive has no such files.
    virtual bool isArchiveFile(const QString &path) const = 0;
    // Opened for reading and exporting only (a read-only file, folder or disk, or damage).
    virtual bool isReadOnly() const = 0;
    // What the check on open found wrong with the archive, for a person; empty when it is
    // sound. A damaged archive is read-only: every write fails with this message.
    virtual QString damageFound() const = 0;
    // Opens the archive again, e.g. after a backup was restored into a damaged one.
    virtual StoreStatus reopen() = 0;
    // The role a server archive acts as (what its history records as the author), for the
    // window to say who is signed in; empty for a file.
    virtual QString signedInAs() const { return {}; }
    // Gives back memory kept only to answer faster (a file's page cache), when the app is
    // idle: the next call reads what it needs again.
    virtual void releaseMemory() {}

    // The desk's workflow. Who "me" is: the role a server archive acts as (current_user),
    // the local user's name for a file (username::current()); what "Assigned to me" means
    // and who a new note is by.
    virtual QString currentUser() const = 0;
    // Who an article may be assigned to, sorted: on a server the members of the editors'
    // group role (PgEditorAccess), in a file the local user; both add every name already
    // assigned.
    virtual StoreResult<QStringList> assignableUsers() = 0;
    // The desk's notes on the article (oldest first) and its last status change. Trashed
    // articles keep theirs.
    virtual StoreResult<DeskThread> deskThread(qint64 id) = 0;
    // Appends a note by currentUser(), now; notes are never changed or removed. Invalid when
    // the text is blank or longer than ArticleNote::kMaxLength, or the article has
    // ArticleNote::kMaxPerArticle notes already; Conflict when it is in the trash. The
    // article's version does not change.
    virtual StoreResult<ArticleNote> addNote(qint64 id, const QString &text) = 0;

    // Moving whole archives (newsroom-cli copy-to). Every article's id, the trashed ones
    // too, ascending; and the highest id the archive holds.
    virtual StoreResult<QList<qint64>> allIds() = 0;
    virtual StoreResult<qint64> highestId() = 0;
    // Writes `record` under its own id, with its versions, times, notes and desk notes as
    // they are, in
    // one transaction, and notes `key` with it. Conflict, writing nothing, when the id or
    // the slug is taken.
    virtual StoreStatus putRecord(const ArticleRecord &record, const QByteArray &key) = 0;
    // The id of the article put with `key`, or 0.
    virtual StoreResult<qint64> articleWithKey(const QByteArray &key) = 0;

    // A number that changes whenever another connection (another window, another process,
    // a colleague) has committed a change since the last call: cheap enough to poll.
    virtual StoreResult<qint64> outsideChanges() = 0;
    // The archive's current version of the article (cheaper than reading it).
    virtual StoreResult<qint64> version(qint64 id) = 0;
};

// Opens another connection to the same archive, for a worker thread (a store object
// belongs to one thread). Whoever knows the implementation makes one; the rest use it.
using StoreOpener = std::function<StoreResult<std::unique_ptr<ArticleStore>>()>;

} // namespace newsroom
