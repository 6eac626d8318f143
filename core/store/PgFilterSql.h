#pragma once

#include "ArticleFilter.h"

#include <QByteArray>

namespace newsroom {

class PgParams;

// ArticleFilter as a condition on the table alias `a` (articles) for the server archive,
// shared by list, count and search as FilterSql is for the file. Its values are appended
// to `params`, numbered after those already there.
class PgFilterSql
{
public:
    PgFilterSql(const ArticleFilter &filter, PgParams &params);

    const QByteArray &condition() const { return m_condition; } // "a.trashed_at IS NULL AND ..."
    bool isEmpty() const { return m_empty; }                    // nothing but the trash clause

    // The ORDER BY clause a list uses for the filter's order (ties: the newest update).
    static QByteArray orderBy(const ArticleFilter &filter);

private:
    void add(const char *clause, PgParams &params); // `clause` holds one "$"

    QByteArray m_condition;
    bool m_empty = true;
};

} // namespace newsroom
