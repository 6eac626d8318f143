#pragma once

#include "model/ArticleStatus.h"

#include <QDateTime>
#include <array>
#include <optional>

namespace newsroom {

// Why a version was kept.
enum class RevisionKind
{
    Timed,     // a save like any other (the editor keeps one every few minutes)
    Status,    // the save changed the status (other than to published)
    Published, // the save published the article
    Restored,  // the save brought an older version back
};

// Stable machine names ("timed", "status", "published", "restored"): stored in the archive
// and printed by newsroom-cli, so never translated.
inline QLatin1StringView revisionKindName(RevisionKind kind)
{
    constexpr std::array names{QLatin1StringView("timed"), QLatin1StringView("status"),
                               QLatin1StringView("published"), QLatin1StringView("restored")};
    return names[size_t(kind)];
}

inline RevisionKind revisionKindFromName(QStringView name)
{
    for (RevisionKind kind :
         {RevisionKind::Status, RevisionKind::Published, RevisionKind::Restored}) {
        if (name == revisionKindName(kind))
            return kind;
    }
    return RevisionKind::Timed;
}

// One saved version of an article in its history.
struct Revision
{
    qint64 articleId = 0;
    qint64 version = 0;
    QDateTime savedAt;
    QString headline;
    RevisionKind kind = RevisionKind::Timed;
    // The account's full name (see username::current()) of whoever saved it; empty for
    // versions kept before the archive recorded it.
    QString author;
    ArticleStatus status = ArticleStatus::Draft;
    // Status and Published: the status the save changed.
    std::optional<ArticleStatus> previousStatus;
    // Restored: the version it brought back.
    qint64 restoredFrom = 0;
};

} // namespace newsroom
