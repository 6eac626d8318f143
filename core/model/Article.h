#pragma once

#include "ArticleStatus.h"
#include "LeadImage.h"
#include "RelatedItem.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace newsroom {

// One article as the desk edits it. A plain value: copy it freely, hand copies to other
// threads. `version` is the archive's version this copy was read at (0 = never saved);
// the store refuses a save whose version is not the newest.
struct Article
{
    static constexpr int kMaxWordTarget = 100000; // longer than any story, so surely a typo
    static constexpr int kMaxAssignee = 200;      // characters: a role name or a full name

    qint64 id = 0;
    qint64 version = 0;
    QString slug;
    QString headline;
    QString dek;
    QString byline;
    QString dateline;
    QString section;
    QString language; // BCP 47 tag ("en", "ko"); empty means "detect from the text"
    QStringList tags;
    QString body; // Markdown; a picture of the archive is ![alt](media:HASH "caption")
    LeadImage leadImage;
    ArticleStatus status = ArticleStatus::Draft;
    QDateTime publishedAt; // set while status is Published
    bool aiGenerated = false;
    QString disclosure;  // the reader-facing AI disclosure text
    QStringList sources; // URLs the piece is based on
    QList<RelatedItem> related;
    int wordTarget = 0; // the length the desk asked for, in words; 0: none set
    // Who on the desk has the story now: a server archive's role name, a file archive's
    // local user name (username::current()); empty: nobody.
    QString assignee;
    QDateTime createdAt;
    QDateTime updatedAt;
    // Not content but a note for the next save: this copy brings back the archive's version
    // `restoredFrom` of the article (the revisions dialog's Restore), and the history is to
    // say so. 0: an edit like any other.
    qint64 restoredFrom = 0;

    bool isNew() const { return id == 0; }
    // The date readers see and filters use: when it was published, else when it was begun.
    QDateTime date() const { return publishedAt.isValid() ? publishedAt : createdAt; }
    friend bool operator==(const Article &, const Article &) = default;
};

} // namespace newsroom
