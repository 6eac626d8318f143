#pragma once

#include "store/ArticleStore.h"

#include <QByteArray>
#include <QHash>
#include <QList>

namespace newsroom {

class SqliteDatabase;

// The SQLite archive's side of same-story detection: how many articles hold a term, and
// which articles share an article's rarest terms, both from the FTS5 index (article_search),
// never by reading the articles one by one. Counts are remembered between calls (an import
// or an editor's checklist asks for the same terms again and again) until the archive has
// grown by a hundredth. One object per connection.
class StoryLookup
{
public:
    explicit StoryLookup(SqliteDatabase &db) : m_db(db) {}

    StoreResult<TermCounts> termCounts(const QList<QByteArray> &terms, int cap);
    StoreResult<QList<StoryText>> storiesSharing(const QList<QByteArray> &terms, int limit);
    StoreResult<QList<StoryText>> stories(qint64 afterId, int limit);
    StoreResult<QList<StoryText>> storiesOf(const QList<qint64> &ids);

private:
    StoreResult<qint64> archiveSize();

    SqliteDatabase &m_db;
    QHash<QByteArray, int> m_counts;
    qint64 m_countedAt = -1; // the archive's size when m_counts were counted
    int m_cap = 0;
};

} // namespace newsroom
