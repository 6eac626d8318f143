#pragma once

#include <QString>

// Names that come from an archive (an article's slug, a section's or tag's page name) become
// file and folder names when exporting. An archive can be crafted, so every writer checks
// such a name here, and only here, before it reaches the disk.
namespace newsroom::safefilename {

// Bytes of UTF-8. File systems allow 255; the longest valid slug (80 characters of three
// bytes) with ".html" is 245.
constexpr int kMaxBytes = 250;

// Why `name` cannot name a file or folder inside an export folder, for a person to read
// ("it holds a control character"); empty when it can. Refused: empty names, NUL and other
// control characters, `/` and `\`, `.` and `..`, a leading dot (hidden files, such as our
// own bookkeeping), Windows device names (con, nul.html...), text that is not valid Unicode
// and names longer than kMaxBytes.
QString problem(const QString &name);

// `name` as it can be shown in a message or a terminal: control characters as \xNN or
// \uNNNN, and a long name shortened in the middle.
QString forDisplay(const QString &name);

} // namespace newsroom::safefilename
