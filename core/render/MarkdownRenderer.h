#pragma once

#include <QString>

namespace newsroom {

// Article Markdown to an HTML fragment, with md4c: CommonMark plus tables, strikethrough
// and autolinks. The result is safe to place in a page as it is:
// - raw HTML in the body is shown as text, never passed through;
// - a link or image survives only with an allowed target (UrlPolicy); otherwise the link
//   becomes its plain text and the image its alt text;
// - the page's headline is its only h1, so a "# heading" in the body becomes an h2.
class MarkdownRenderer
{
public:
    static QString toHtml(const QString &markdown);
};

} // namespace newsroom
