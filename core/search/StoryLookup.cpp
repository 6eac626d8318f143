#include "StoryLookup.h"

#include "store/SqliteDatabase.h"

#include <QStringList>
#include <algorithm>

namespace newsroom {

namespace {

// Headline and dek say what a story is; the body's many words count less.
constexpr const char *kBm25 = "bm25(article_search, 4.0, 2.0, 1.0, 1.0)";
// Counts are kept until the archive grows by this share (or this many articles).
constexpr qint64 kStaleShare = 100;
constexpr qint64 kStaleArticles = 8;
// A long session must not grow the remembered counts without end.
constexpr qsizetype kMaxRemembered = 200'000;

QString quoted(const QByteArray &term)
{
    QString text = QString::fromUtf8(term);
    text.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + text + QLatin1Char('"');
}

const QByteArray kStoryColumns = "a.id, a.slug, a.headline, a.dek, substr(a.body, 1, " +
                                 QByteArray::number(StoryText::kOpeningChars) + ")";

StoryText readStory(const SqliteStatement &row)
{
    return {row.int64(0), row.text(1), row.text(2), row.text(3), row.text(4)};
}

} // namespace

// The highest id stands in for the number of live articles: free, and close enough to
// scale rarities (counting the live rows costs milliseconds at 100k articles).
StoreResult<qint64> StoryLookup::archiveSize()
{
    return m_db.queryInt("SELECT coalesce(max(id), 0) FROM articles");
}

StoreResult<TermCounts> StoryLookup::termCounts(const QList<QByteArray> &terms, int cap)
{
    auto size = archiveSize();
    if (!size)
        return std::unexpected(size.error());
    const bool stale = *size < m_countedAt ||
                       *size > m_countedAt + std::max(kStaleArticles, m_countedAt / kStaleShare);
    if (stale || cap != m_cap || m_counts.size() > kMaxRemembered) {
        m_counts.clear();
        m_countedAt = *size;
        m_cap = cap;
    }
    TermCounts result{*size, {}};
    result.counts.reserve(terms.size());
    SqliteStatement statement =
        m_db.prepare("SELECT count(*) FROM (SELECT rowid FROM article_search"
                     " WHERE article_search MATCH ?1 LIMIT ?2)");
    for (const QByteArray &term : terms) {
        if (term.isEmpty() || result.counts.contains(term))
            continue;
        if (auto known = m_counts.constFind(term); known != m_counts.cend()) {
            result.counts.insert(term, *known);
            continue;
        }
        statement.reset();
        statement.bind(1, quoted(term)).bind(2, qint64(cap));
        if (!statement.next())
            return std::unexpected(statement.error());
        const int count = int(statement.int64(0));
        m_counts.insert(term, count);
        result.counts.insert(term, count);
    }
    return result;
}

// BM25 over the terms: articles holding more of them, and rarer ones, come first.
StoreResult<QList<StoryText>> StoryLookup::storiesSharing(const QList<QByteArray> &terms, int limit)
{
    QStringList alternatives;
    for (const QByteArray &term : terms) {
        if (!term.isEmpty())
            alternatives.append(quoted(term));
    }
    if (alternatives.isEmpty() || limit <= 0)
        return QList<StoryText>{};
    SqliteStatement statement = m_db.prepare(
        "SELECT " + kStoryColumns + " FROM (SELECT rowid AS id, " + kBm25 +
        " AS rank FROM article_search WHERE article_search MATCH ?1 ORDER BY rank LIMIT ?2) w"
        " JOIN articles a ON a.id = w.id ORDER BY w.rank");
    statement.bind(1, alternatives.join(QStringLiteral(" OR "))).bind(2, qint64(limit));
    QList<StoryText> found;
    while (statement.next())
        found.append(readStory(statement));
    if (statement.failed())
        return std::unexpected(statement.error());
    return found;
}

StoreResult<QList<StoryText>> StoryLookup::stories(qint64 afterId, int limit)
{
    SqliteStatement statement =
        m_db.prepare("SELECT " + kStoryColumns +
                     " FROM articles a WHERE a.id > ?1 AND a.trashed_at IS NULL"
                     " ORDER BY a.id LIMIT ?2");
    statement.bind(1, afterId).bind(2, qint64(limit));
    QList<StoryText> page;
    while (statement.next())
        page.append(readStory(statement));
    if (statement.failed())
        return std::unexpected(statement.error());
    return page;
}

StoreResult<QList<StoryText>> StoryLookup::storiesOf(const QList<qint64> &ids)
{
    QList<qint64> sorted = ids;
    std::sort(sorted.begin(), sorted.end());
    sorted.erase(std::unique(sorted.begin(), sorted.end()), sorted.end());
    SqliteStatement statement = m_db.prepare(
        "SELECT " + kStoryColumns + " FROM articles a WHERE a.id = ?1 AND a.trashed_at IS NULL");
    QList<StoryText> found;
    for (qint64 id : std::as_const(sorted)) {
        statement.reset();
        statement.bind(1, id);
        if (statement.next())
            found.append(readStory(statement));
        else if (statement.failed())
            return std::unexpected(statement.error());
    }
    return found;
}

} // namespace newsroom
