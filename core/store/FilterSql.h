#pragma once

#include "ArticleFilter.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <variant>

namespace newsroom {

class SqliteStatement;

// ArticleFilter as an SQL condition on the table alias `a` (articles), shared by list,
// count and search so the three always agree on what a filter means. Its parameters are
// numbered from `firstParameter` (?3, ?4, ...), clear of the query's own ?1 and ?2.
class FilterSql
{
public:
    FilterSql(const ArticleFilter &filter, int firstParameter);

    const QByteArray &condition() const { return m_condition; } // "a.status = ?3 AND ..."
    bool isEmpty() const { return m_values.isEmpty(); }         // nothing but the trash clause
    void bind(SqliteStatement &statement) const;

private:
    void add(const char *clause, std::variant<qint64, QString> value);

    QByteArray m_condition;
    int m_firstParameter;
    QList<std::variant<qint64, QString>> m_values;
};

} // namespace newsroom
