#include "FilterSql.h"

#include "SqlTime.h"
#include "SqliteStatement.h"
#include "io/UserName.h"

namespace newsroom {

FilterSql::FilterSql(const ArticleFilter &filter, int firstParameter)
    : m_firstParameter(firstParameter)
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
    // "Me" in a file is the local user, the name its saves and notes are by.
    if (filter.assignedToMe)
        add("a.assignee = ?", username::current());
    if (!filter.assignee.isEmpty())
        add("a.assignee = ?", filter.assignee);
    if (filter.from.isValid())
        add("coalesce(a.published_at, a.created_at) >= ?", sqltime::toSeconds(filter.from));
    if (filter.to.isValid())
        add("coalesce(a.published_at, a.created_at) <= ?", sqltime::toSeconds(filter.to));
}

// `clause` holds one "?", which becomes this value's numbered parameter.
void FilterSql::add(const char *clause, std::variant<qint64, QString> value)
{
    const QByteArray parameter = '?' + QByteArray::number(m_firstParameter + m_values.size());
    m_condition += " AND " + QByteArray(clause).replace("?", parameter);
    m_values.append(std::move(value));
}

void FilterSql::bind(SqliteStatement &statement) const
{
    int index = m_firstParameter;
    for (const auto &value : m_values)
        std::visit([&](const auto &v) { statement.bind(index++, v); }, value);
}

} // namespace newsroom
