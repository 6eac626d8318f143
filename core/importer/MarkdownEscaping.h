#pragma once

#include <QString>

namespace newsroom {

// Makes a line of plain text safe to place in a Markdown body: characters that would
// start emphasis, code, links, raw HTML or a block (heading, quote, list) are escaped,
// so the text reads exactly as typed once rendered.
QString escapeMarkdownText(const QString &line);

} // namespace newsroom
