#pragma once

#include <QString>
#include <algorithm>

namespace newsroom {

// Article Markdown to an HTML fragment, with md4c: CommonMark plus tables, strikethrough
// and autolinks. The result is safe to place in a page as it is:
// - raw HTML in the body is shown as text, never passed through;
// - a link or image survives only with an allowed target (UrlPolicy); otherwise the link
//   becomes its plain text and the image its alt text;
// - the page's headline is its only h1, so a "# heading" in the body becomes an h2;
// - the HTML is well formed whatever order md4c's callbacks come in;
// - it grows to at most kOutputFactor times the Markdown plus kOutputSlack, and past
//   kOutputCeiling to at most kCeilingFactor times (plus what closes the open elements):
//   beyond that it is a bomb (a table of thousands of empty columns, one long link target
//   used thousands of times), and the rest is left out with a note.
class MarkdownRenderer
{
public:
    static constexpr qsizetype kOutputFactor = 32;
    static constexpr qsizetype kOutputSlack = 64 * 1024;
    static constexpr qsizetype kOutputCeiling = 8 * 1024 * 1024;
    static constexpr qsizetype kCeilingFactor = 4;
    static qsizetype outputLimit(qsizetype markdownBytes)
    {
        return std::min(kOutputFactor * markdownBytes + kOutputSlack,
                        std::max(kOutputCeiling, kCeilingFactor * markdownBytes));
    }

    static QString toHtml(const QString &markdown);
};

} // namespace newsroom
