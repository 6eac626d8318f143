#pragma once

#include "ArticleFilter.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <variant>

namespace newsroom {

class SqliteStatement;

// ArticleFilter as an SQL condition on the table alias `a` (articles), shared by list,
// count and search so the three always agree on what a filter means.
class FilterSql
{
public:
    explicit FilterSql(const ArticleFilter &filter);

    const QByteArray &condition() const { return m_condition; } // "a.status = ? AND ..."
    // Binds this filter's values from parameter `first` on; returns the next free index.
    int bind(SqliteStatement &statement, int first) const;

private:
    void add(const char *clause, std::variant<qint64, QString> value);

    QByteArray m_condition;
    QList<std::variant<qint64, QString>> m_values;
};

} // namespace newsroom
