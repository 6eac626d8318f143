#pragma once

#include "ArticleSummary.h"
#include "SqlTime.h"
#include "SqliteStatement.h"

namespace newsroom {

// Reads the list columns every summary query selects, in this order from `first`:
// id, slug, headline, status, section, updated_at, coalesce(published_at, 0).
inline ArticleSummary readSummary(const SqliteStatement &row, int first = 0)
{
    ArticleSummary a;
    a.id = row.int64(first);
    a.slug = row.text(first + 1);
    a.headline = row.text(first + 2);
    a.status = statusFromName(row.text(first + 3)).value_or(ArticleStatus::Draft);
    a.section = row.text(first + 4);
    a.updatedAt = sqltime::fromSeconds(row.int64(first + 5));
    a.publishedAt = sqltime::fromSeconds(row.int64(first + 6));
    return a;
}

} // namespace newsroom
