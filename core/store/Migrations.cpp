#include "Migrations.h"

#include "SqliteDatabase.h"

#include <QLoggingCategory>
#include <array>

Q_LOGGING_CATEGORY(lcMigrations, "newsroom.store.migrations", QtWarningMsg)

namespace newsroom::migrations {

namespace {

// Version 1: articles and everything that hangs off them. Times are Unix seconds (UTC).
constexpr const char *kArticles = R"sql(
-- Short columns first and the body last: filters and lists then read a row without
-- following the body's overflow pages.
CREATE TABLE articles (
    id           INTEGER PRIMARY KEY AUTOINCREMENT, -- AUTOINCREMENT: an id is never reused
    version      INTEGER NOT NULL DEFAULT 1,
    status       TEXT    NOT NULL DEFAULT 'draft'
                 CHECK (status IN ('draft', 'in-review', 'ready', 'published')),
    published_at INTEGER,
    created_at   INTEGER NOT NULL,
    updated_at   INTEGER NOT NULL,
    trashed_at   INTEGER,
    ai_generated INTEGER NOT NULL DEFAULT 0,
    slug         TEXT    NOT NULL UNIQUE,
    section      TEXT    NOT NULL DEFAULT '',
    language     TEXT    NOT NULL DEFAULT '',
    headline     TEXT    NOT NULL DEFAULT '',
    dek          TEXT    NOT NULL DEFAULT '',
    byline       TEXT    NOT NULL DEFAULT '',
    dateline     TEXT    NOT NULL DEFAULT '',
    disclosure   TEXT    NOT NULL DEFAULT '',
    body         TEXT    NOT NULL DEFAULT ''
);
CREATE INDEX articles_by_update ON articles (updated_at DESC, id DESC);
CREATE INDEX articles_by_section ON articles (section, updated_at DESC);

CREATE TABLE article_tags (
    article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    position   INTEGER NOT NULL,
    tag        TEXT    NOT NULL,
    PRIMARY KEY (article_id, position)
);
CREATE INDEX article_tags_by_tag ON article_tags (tag COLLATE NOCASE, article_id);

CREATE TABLE article_sources (
    article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    position   INTEGER NOT NULL,
    url        TEXT    NOT NULL,
    PRIMARY KEY (article_id, position)
);

-- target_id has no foreign key on purpose: when a linked article is purged the item
-- must stay in the list, to be flagged, never silently dropped.
CREATE TABLE related_items (
    article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    position   INTEGER NOT NULL,
    title      TEXT    NOT NULL,
    summary    TEXT    NOT NULL,
    target_id  INTEGER,
    url        TEXT,
    PRIMARY KEY (article_id, position),
    CHECK ((target_id IS NULL) <> (url IS NULL))
);
CREATE INDEX related_items_by_target ON related_items (target_id) WHERE target_id IS NOT NULL;

-- Every version a save replaced, as the whole record: ArticleJson, zlib-compressed
-- (qCompress). The newest version is the articles row itself.
CREATE TABLE revisions (
    article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    version    INTEGER NOT NULL,
    saved_at   INTEGER NOT NULL,
    headline   TEXT    NOT NULL,
    snapshot   BLOB    NOT NULL,
    UNIQUE (article_id, version)
);
)sql";

// Version 2: the full-text index. It keeps no copy of the text: FTS5 reads headline,
// dek, body and tags through a view (snippets need them); trashed articles are not indexed.
// Prefix indexes for 3 and 4 characters keep prefix* queries from merging the lists of
// every term that starts with them.
constexpr const char *kSearchIndex = R"sql(
CREATE VIEW article_search_source AS
SELECT a.id, a.headline, a.dek, a.body, a.trashed_at,
       (SELECT group_concat(tag, ' ') FROM
            (SELECT tag FROM article_tags WHERE article_id = a.id ORDER BY position)) AS tags
FROM articles a;

CREATE VIRTUAL TABLE article_search USING fts5 (
    headline, dek, body, tags,
    tokenize = 'newsroom', prefix = '3 4', content = 'article_search_source', content_rowid = 'id'
);
-- Bulk imports: collect 8 MB of terms before writing a segment and merge segments in
-- larger, rarer steps (measured at 100k articles: about +30% import rate, same search times).
INSERT INTO article_search (article_search, rank) VALUES ('hashsize', 8388608);
INSERT INTO article_search (article_search, rank) VALUES ('automerge', 16);
INSERT INTO article_search (article_search, rank) VALUES ('crisismerge', 64);
INSERT INTO article_search (rowid, headline, dek, body, tags)
SELECT id, headline, dek, body, tags FROM article_search_source WHERE trashed_at IS NULL;
)sql";

// Version 3: the desktop app's list. Its queries are about live articles, so the indexes
// hold only those: counting 100k live articles reads a small index instead of the whole
// table (measured: 229 ms -> 4 ms), the list sorts by headline without sorting the
// archive, and the section picker reads the distinct sections from an index.
constexpr const char *kLiveIndexes = R"sql(
DROP INDEX articles_by_update;
DROP INDEX articles_by_section;
CREATE INDEX articles_live_by_update ON articles (updated_at DESC, id DESC)
    WHERE trashed_at IS NULL;
CREATE INDEX articles_live_by_section ON articles (section, updated_at DESC)
    WHERE trashed_at IS NULL;
CREATE INDEX articles_live_by_headline ON articles (headline COLLATE NOCASE, id)
    WHERE trashed_at IS NULL;
)sql";

// Version 4: where imported articles came from. An import records the SHA-256 of each
// file's bytes with the article it became, so the same file is never imported twice (a
// killed import is run again and completes). Live articles' deks are indexed: an import
// links every related blurb that is the dek of an archived article, one lookup a blurb.
constexpr const char *kImportSources = R"sql(
CREATE TABLE import_sources (
    hash       BLOB    PRIMARY KEY, -- SHA-256 of the file's bytes
    article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE
) WITHOUT ROWID;
CREATE INDEX import_sources_by_article ON import_sources (article_id);
CREATE INDEX articles_live_by_dek ON articles (dek) WHERE trashed_at IS NULL AND dek <> '';
)sql";

// Version 5: why each version was kept, and by whom, so the history answers "what did we
// publish, and when?". The newest version's note is on its articles row and moves with it
// into revisions when a save replaces it. kind: timed (a save like any other), status (the
// save changed the status), published (it published the article), restored (it brought
// version restored_from back); author: the saving account's full name ('' when unknown);
// previous_status: for status and published, the status the save changed. A revision kept
// before version 5 reads as timed, by nobody known, its status NULL (read from its snapshot).
// The new articles columns come after the body, so lists never read them; only a save and
// the history do.
constexpr const char *kVersionNotes = R"sql(
ALTER TABLE articles ADD COLUMN version_kind TEXT NOT NULL DEFAULT 'timed'
    CHECK (version_kind IN ('timed', 'status', 'published', 'restored'));
ALTER TABLE articles ADD COLUMN version_author TEXT NOT NULL DEFAULT '';
ALTER TABLE articles ADD COLUMN version_previous_status TEXT;
ALTER TABLE articles ADD COLUMN version_restored_from INTEGER;
ALTER TABLE revisions ADD COLUMN kind TEXT NOT NULL DEFAULT 'timed'
    CHECK (kind IN ('timed', 'status', 'published', 'restored'));
ALTER TABLE revisions ADD COLUMN author TEXT NOT NULL DEFAULT '';
ALTER TABLE revisions ADD COLUMN status TEXT;
ALTER TABLE revisions ADD COLUMN previous_status TEXT;
ALTER TABLE revisions ADD COLUMN restored_from INTEGER;
)sql";

// Version 6: the length the desk asked for, in words (0: none), shown against the count
// while the story is written. After the body too: only the editor reads it.
constexpr const char *kWordTarget = R"sql(
ALTER TABLE articles ADD COLUMN word_target INTEGER NOT NULL DEFAULT 0
    CHECK (word_target BETWEEN 0 AND 100000);
)sql";

// Version 7: the desk's workflow. Who has the story (assignee: a user name, '' for nobody;
// after the body, read by the editor, and by "Assigned to me" through its own index of live
// assigned articles), and the desk's notes on it: appended, never changed (the store has no
// call that would), kept through the trash, gone only with their article.
constexpr const char *kDeskWorkflow = R"sql(
ALTER TABLE articles ADD COLUMN assignee TEXT NOT NULL DEFAULT '';
CREATE INDEX articles_live_by_assignee ON articles (assignee, updated_at DESC)
    WHERE trashed_at IS NULL AND assignee <> '';
CREATE TABLE article_notes (
    id         INTEGER PRIMARY KEY AUTOINCREMENT,
    article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    written_at INTEGER NOT NULL,
    author     TEXT    NOT NULL,
    text       TEXT    NOT NULL CHECK (length(text) BETWEEN 1 AND 500)
);
CREATE INDEX article_notes_by_article ON article_notes (article_id, id);
)sql";

// Version 8: who has which article open (PresenceBook), one row a window and article,
// renewed every 30 s; `origin` names the window, `seen_at` is in Unix seconds. Deleted
// with its article.
constexpr const char *kPresence = R"sql(
CREATE TABLE presence (
    article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    origin     TEXT    NOT NULL,
    who        TEXT    NOT NULL,
    seen_at    INTEGER NOT NULL,
    PRIMARY KEY (article_id, origin)
) WITHOUT ROWID;
CREATE INDEX presence_by_time ON presence (seen_at);
)sql";

// Version 9: pictures (PictureLibrary), stored once by the SHA-256 of their bytes (the
// hash's 64 hex digits name them), the original and its smaller copies in picture_data
// (width 0: the original), and which articles use them. A use is recorded for every version
// a save writes and stays with older versions, so a picture any version ever used is never
// purged; `current` marks the newest version's (pictureUsers). RESTRICT: a picture with a
// use cannot go. search_text: the folded words of caption, credit, alt text and file name.
// The lead image's columns come after the body, as version 5's do.
constexpr const char *kPictures = R"sql(
CREATE TABLE pictures (
    hash        TEXT    PRIMARY KEY CHECK (length(hash) = 64),
    file_name   TEXT    NOT NULL DEFAULT '',
    mime_type   TEXT    NOT NULL,
    width       INTEGER NOT NULL CHECK (width > 0),
    height      INTEGER NOT NULL CHECK (height > 0),
    bytes       INTEGER NOT NULL CHECK (bytes > 0),
    caption     TEXT    NOT NULL DEFAULT '',
    credit      TEXT    NOT NULL DEFAULT '',
    alt_text    TEXT    NOT NULL DEFAULT '',
    added_at    INTEGER NOT NULL,
    search_text TEXT    NOT NULL DEFAULT ''
) WITHOUT ROWID;
CREATE INDEX pictures_by_time ON pictures (added_at DESC, hash);
CREATE TABLE picture_data (
    hash  TEXT    NOT NULL REFERENCES pictures (hash) ON DELETE CASCADE,
    width INTEGER NOT NULL CHECK (width >= 0),
    data  BLOB    NOT NULL,
    PRIMARY KEY (hash, width)
);
CREATE TABLE picture_uses (
    hash       TEXT    NOT NULL REFERENCES pictures (hash) ON DELETE RESTRICT,
    article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    current    INTEGER NOT NULL DEFAULT 1,
    PRIMARY KEY (hash, article_id)
) WITHOUT ROWID;
CREATE INDEX picture_uses_by_article ON picture_uses (article_id);
ALTER TABLE articles ADD COLUMN lead_hash TEXT NOT NULL DEFAULT '';
ALTER TABLE articles ADD COLUMN lead_caption TEXT NOT NULL DEFAULT '';
ALTER TABLE articles ADD COLUMN lead_credit TEXT NOT NULL DEFAULT '';
ALTER TABLE articles ADD COLUMN lead_alt TEXT NOT NULL DEFAULT '';
)sql";

struct Migration
{
    int version;
    const char *description;
    const char *sql;
};

constexpr std::array kMigrations{
    Migration{1, "articles, tags, sources, related items, revisions", kArticles},
    Migration{2, "full-text search index", kSearchIndex},
    Migration{3, "indexes of the live articles", kLiveIndexes},
    Migration{4, "import sources, index of live deks", kImportSources},
    Migration{5, "why and by whom each version was kept", kVersionNotes},
    Migration{6, "a length target for each article", kWordTarget},
    Migration{7, "assignee and the desk's notes", kDeskWorkflow},
    Migration{8, "who has which article open", kPresence},
    Migration{9, "pictures, their data and uses; lead images", kPictures},
};

StoreStatus apply(SqliteDatabase &db, const Migration &migration)
{
    qCInfo(lcMigrations) << "Upgrading archive to version" << migration.version << "-"
                         << migration.description;
    SqliteTransaction transaction(db);
    if (auto begun = transaction.begin(); !begun)
        return begun;
    // Another process may have upgraded the file while this one waited for the lock.
    auto current = db.queryInt("PRAGMA user_version");
    if (!current)
        return std::unexpected(current.error());
    if (*current >= migration.version)
        return {};
    if (auto done = db.exec(migration.sql); !done)
        return done;
    const QByteArray setVersion = "PRAGMA user_version = " + QByteArray::number(migration.version);
    if (auto done = db.exec(setVersion.constData()); !done)
        return done;
    const QByteArray setId = "PRAGMA application_id = " + QByteArray::number(kApplicationId);
    if (auto done = db.exec(setId.constData()); !done)
        return done;
    return transaction.commit();
}

} // namespace

int latestVersion()
{
    return kMigrations.back().version;
}

StoreStatus migrate(SqliteDatabase &db, int target)
{
    if (target < 0)
        target = latestVersion();
    auto current = db.queryInt("PRAGMA user_version");
    if (!current)
        return std::unexpected(current.error());
    for (const Migration &migration : kMigrations) {
        if (migration.version <= *current || migration.version > target)
            continue;
        if (auto done = apply(db, migration); !done)
            return done;
    }
    return {};
}

} // namespace newsroom::migrations
