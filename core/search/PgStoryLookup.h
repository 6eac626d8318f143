#pragma once

#include "store/ArticleStore.h"

#include <QByteArray>
#include <QList>

namespace newsroom {

class PgConnection;

// The server archive's side of same-story detection (StoryLookup is the file's): how many
// live articles hold a term and which share an article's rarest terms, both answered by the
// server from the search terms' GIN index in one round trip each, never by reading the
// articles one by one.
class PgStoryLookup
{
public:
    explicit PgStoryLookup(PgConnection &db) : m_db(db) {}

    StoreResult<TermCounts> termCounts(const QList<QByteArray> &terms, int cap);
    StoreResult<QList<StoryText>> storiesSharing(const QList<QByteArray> &terms, int limit);
    StoreResult<QList<StoryText>> stories(qint64 afterId, int limit);
    StoreResult<QList<StoryText>> storiesOf(const QList<qint64> &ids);

private:
    StoreResult<qint64> archiveSize();

    PgConnection &m_db;
};

} // namespace newsroom
