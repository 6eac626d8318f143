#include "PgFilterSql.h"

#include "PgParams.h"

namespace newsroom {

PgFilterSql::PgFilterSql(const ArticleFilter &filter, PgParams &params)
{
    m_condition = filter.trashed ? "a.trashed_at IS NOT NULL" : "a.trashed_at IS NULL";
    if (filter.status) {
        params.add(statusName(*filter.status));
        add("a.status = $", params);
    }
    if (!filter.section.isEmpty()) {
        params.add(filter.section);
        add("lower(a.section) = lower($)", params);
    }
    if (!filter.tag.isEmpty()) {
        params.add(filter.tag.left(200));
        add("EXISTS (SELECT 1 FROM article_tags t WHERE t.article_id = a.id"
            " AND lower(left(t.tag, 200)) = lower($))",
            params);
        // Only the first 200 characters are indexed; the whole tag must still be the same.
        params.add(filter.tag);
        add("EXISTS (SELECT 1 FROM article_tags t WHERE t.article_id = a.id"
            " AND lower(t.tag) = lower($))",
            params);
    }
    // "Me" on a server is the role signed in, the one its saves and notes are by.
    if (filter.assignedToMe) {
        m_condition += " AND a.assignee = current_user";
        m_empty = false;
    }
    if (!filter.assignee.isEmpty()) {
        params.add(filter.assignee);
        add("a.assignee = $", params);
    }
    if (filter.from.isValid()) {
        params.addTime(filter.from);
        add("coalesce(a.published_at, a.created_at) >= to_timestamp($)", params);
    }
    if (filter.to.isValid()) {
        params.addTime(filter.to);
        add("coalesce(a.published_at, a.created_at) <= to_timestamp($)", params);
    }
}

void PgFilterSql::add(const char *clause, PgParams &params)
{
    const QByteArray parameter = '$' + QByteArray::number(params.size());
    m_condition += " AND " + QByteArray(clause).replace("$", parameter);
    m_empty = false;
}

QByteArray PgFilterSql::orderBy(const ArticleFilter &filter)
{
    const QByteArray direction = filter.descending ? " DESC" : " ASC";
    switch (filter.order) {
    case ArticleOrder::Headline:
        return " ORDER BY lower(left(a.headline, 200))" + direction + ", a.id" + direction;
    case ArticleOrder::Status:
        return " ORDER BY a.status COLLATE \"C\"" + direction + ", a.updated_at DESC, a.id DESC";
    case ArticleOrder::Section:
        return " ORDER BY lower(left(a.section, 200))" + direction +
               ", a.updated_at DESC, a.id DESC";
    case ArticleOrder::Updated:
        break;
    }
    return " ORDER BY a.updated_at" + direction + ", a.id" + direction;
}

} // namespace newsroom
