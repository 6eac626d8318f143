#pragma once

#include <QString>

namespace newsroom::markdowntext {

// A Markdown text as it reads, for a search snippet or a page's description: without the
// marks that make headings, quotes, list items, emphasis, code and link targets, and without
// its pictures (![alt](target "title")), which are not words of the text. A link target
// goes with any search marks inside it (a mark pair never spans a space or a parenthesis).
QString withoutMarks(QString text);

} // namespace newsroom::markdowntext
