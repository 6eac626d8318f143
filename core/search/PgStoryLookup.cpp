#include "PgStoryLookup.h"

#include "PgTextSearch.h"
#include "StoryOrder.h"
#include "store/PgConnection.h"

#include <QHash>
#include <QStringList>
#include <algorithm>

namespace newsroom {

namespace {

// Articles read for one term of storiesSharing, as the file archive reads them.
constexpr int kMaxHolders = 5000;

const QByteArray kStoryColumns =
    "id, slug, headline, dek, left(body, " + QByteArray::number(StoryText::kOpeningChars) + ")";

QList<StoryText> readStories(const PgResult &rows)
{
    QList<StoryText> stories;
    stories.reserve(rows.rows());
    for (int row = 0; row < rows.rows(); ++row) {
        stories.append({rows.int64(row, 0), rows.text(row, 1), rows.text(row, 2), rows.text(row, 3),
                        rows.text(row, 4)});
    }
    return stories;
}

QStringList queries(const QList<QByteArray> &terms)
{
    QStringList quoted;
    for (const QByteArray &term : terms) {
        if (!term.isEmpty())
            quoted.append(pgtextsearch::quotedTerm(term));
    }
    return quoted;
}

} // namespace

// The highest id stands in for the number of live articles, as in the file archive.
StoreResult<qint64> PgStoryLookup::archiveSize()
{
    auto row = m_db.query("SELECT coalesce(max(id), 0) FROM articles");
    if (!row)
        return std::unexpected(row.error());
    return row->int64(0, 0);
}

StoreResult<TermCounts> PgStoryLookup::termCounts(const QList<QByteArray> &terms, int cap)
{
    auto size = archiveSize();
    if (!size)
        return std::unexpected(size.error());
    TermCounts result{*size, {}};
    QList<QByteArray> asked;
    for (const QByteArray &term : terms) {
        if (!term.isEmpty() && !asked.contains(term))
            asked.append(term);
    }
    if (asked.isEmpty())
        return result;
    auto rows = m_db.query("SELECT (SELECT count(*) FROM (SELECT 1 FROM article_search"
                           " WHERE terms @@ q::tsquery LIMIT $2) c) FROM unnest($1::text[])"
                           " WITH ORDINALITY AS u (q, n) ORDER BY n",
                           PgParams().addArray(queries(asked)).add(qint64(cap)));
    if (!rows)
        return std::unexpected(rows.error());
    for (int row = 0; row < rows->rows() && row < asked.size(); ++row)
        result.counts.insert(asked[row], int(rows->int64(row, 0)));
    return result;
}

// Each term's holders (the terms asked are rare, so the lists are short), every article
// scoring the rarity of the terms it holds: the most of the rarest terms first.
StoreResult<QList<StoryText>> PgStoryLookup::storiesSharing(const QList<QByteArray> &terms,
                                                            int limit)
{
    const QStringList asked = queries(terms);
    if (asked.isEmpty() || limit <= 0)
        return QList<StoryText>{};
    auto size = archiveSize();
    if (!size)
        return std::unexpected(size.error());
    auto rows = m_db.query(
        "WITH h AS (SELECT u.q, s.article_id FROM unnest($1::text[]) AS u (q) CROSS JOIN LATERAL"
        " (SELECT article_id FROM article_search WHERE terms @@ u.q::tsquery LIMIT $4) s),"
        " r AS (SELECT q, ln(($2 + 1.0) / (count(*) + 1.0)) AS rarity FROM h GROUP BY q)"
        " SELECT h.article_id, sum(r.rarity) AS score FROM h JOIN r USING (q)"
        " GROUP BY h.article_id ORDER BY score DESC, h.article_id DESC LIMIT $3",
        PgParams().addArray(asked).add(*size).add(qint64(limit)).add(qint64(kMaxHolders)));
    if (!rows)
        return std::unexpected(rows.error());
    QHash<qint64, double> scores;
    QList<qint64> best;
    for (int row = 0; row < rows->rows(); ++row) {
        best.append(rows->int64(row, 0));
        scores.insert(best.last(), rows->real(row, 1));
    }
    auto found = storiesOf(best);
    if (!found)
        return std::unexpected(found.error());
    sortByScore(*found, scores);
    return found;
}

StoreResult<QList<StoryText>> PgStoryLookup::stories(qint64 afterId, int limit)
{
    auto rows = m_db.query("SELECT " + kStoryColumns +
                               " FROM articles WHERE id > $1 AND trashed_at IS NULL"
                               " ORDER BY id LIMIT $2",
                           PgParams().add(afterId).add(qint64(limit)));
    if (!rows)
        return std::unexpected(rows.error());
    return readStories(*rows);
}

StoreResult<QList<StoryText>> PgStoryLookup::storiesOf(const QList<qint64> &ids)
{
    if (ids.isEmpty())
        return QList<StoryText>{};
    auto rows = m_db.query("SELECT " + kStoryColumns +
                               " FROM articles WHERE id = ANY($1::bigint[])"
                               " AND trashed_at IS NULL ORDER BY id",
                           PgParams().addArray(ids));
    if (!rows)
        return std::unexpected(rows.error());
    return readStories(*rows);
}

} // namespace newsroom
