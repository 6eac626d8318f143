#pragma once

#include "model/ArticleStatus.h"

#include <QDateTime>
#include <QString>
#include <optional>

namespace newsroom {

// How a list is ordered. Ties fall back to the newest update.
enum class ArticleOrder
{
    Updated,
    Headline,
    Status,
    Section,
};

// Narrows (and, for lists, orders) a list or a search. An article's date is Article::date(): its
// publication time, or its creation time while it is unpublished. Unset members do not filter.
struct ArticleFilter
{
    std::optional<ArticleStatus> status;
    QString section;  // exact, case-insensitive
    QString tag;      // exact, case-insensitive
    QDateTime from;   // inclusive
    QDateTime to;     // inclusive
    QString assignee; // exact: the articles assigned to this user
    // The articles assigned to whoever the store acts as (ArticleStore::currentUser()).
    bool assignedToMe = false;
    bool trashed = false; // the trash instead of the live archive
    ArticleOrder order = ArticleOrder::Updated;
    bool descending = true;
};

} // namespace newsroom
