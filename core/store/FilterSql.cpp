#include "FilterSql.h"

#include "SqlTime.h"
#include "SqliteStatement.h"

namespace newsroom {

FilterSql::FilterSql(const ArticleFilter &filter)
{
    m_condition = filter.trashed ? "a.trashed_at IS NOT NULL" : "a.trashed_at IS NULL";
    if (filter.status)
        add("a.status = ?", statusName(*filter.status));
    if (!filter.section.isEmpty())
        add("a.section = ? COLLATE NOCASE", filter.section);
    if (!filter.tag.isEmpty()) {
        add("EXISTS (SELECT 1 FROM article_tags t WHERE t.article_id = a.id"
            " AND t.tag = ? COLLATE NOCASE)",
            filter.tag);
    }
    if (filter.from.isValid())
        add("coalesce(a.published_at, a.created_at) >= ?", sqltime::toSeconds(filter.from));
    if (filter.to.isValid())
        add("coalesce(a.published_at, a.created_at) <= ?", sqltime::toSeconds(filter.to));
}

void FilterSql::add(const char *clause, std::variant<qint64, QString> value)
{
    m_condition += " AND ";
    m_condition += clause;
    m_values.append(std::move(value));
}

int FilterSql::bind(SqliteStatement &statement, int first) const
{
    for (const auto &value : m_values) {
        std::visit([&](const auto &v) { statement.bind(first, v); }, value);
        ++first;
    }
    return first;
}

} // namespace newsroom
