#pragma once

#include <QList>
#include <QString>

namespace newsroom {

// Turns what a person typed into an FTS5 MATCH expression that can never be a syntax
// error: every term is quoted, so FTS5 operators and column names in the text are words.
// Understood: words, "quoted phrases", prefix*, -excluded, OR between two terms. A lone
// CJK character becomes a prefix so it finds the two-character terms that start with it.
// Returns an empty string when nothing searchable is left.
QString buildFtsQuery(const QString &userText);

// One term of what the person typed, as the query builder and the snippet builder read it.
struct QueryTerm
{
    QString text;
    bool phrase = false;
    bool prefix = false; // typed with a trailing *
    bool negated = false;
    bool orWithPrevious = false;

    // Searched as a prefix: typed so with at least three characters, or a lone CJK character.
    bool searchedAsPrefix() const;
};

// The terms with searchable text, in order.
QList<QueryTerm> parseSearchText(const QString &userText);

} // namespace newsroom
