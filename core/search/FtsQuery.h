#pragma once

#include <QString>

namespace newsroom {

// Turns what a person typed into an FTS5 MATCH expression that can never be a syntax
// error: every term is quoted, so FTS5 operators and column names in the text are words.
// Understood: words, "quoted phrases", prefix*, -excluded, OR between two terms. A lone
// CJK character becomes a prefix so it finds the two-character terms that start with it.
// Returns an empty string when nothing searchable is left.
QString buildFtsQuery(const QString &userText);

} // namespace newsroom
