#pragma once

#include <QString>

namespace newsroom::wordcount {

constexpr int kWordsPerMinute = 250; // a reader's pace, for the reading time

// Words of a Markdown body as a reader counts them: runs of letters and digits (with
// inner apostrophes and hyphens), the targets of links left out.
int count(const QString &markdown);
// Minutes to read `words`, rounded up; 0 for none.
int readingMinutes(int words);

} // namespace newsroom::wordcount
