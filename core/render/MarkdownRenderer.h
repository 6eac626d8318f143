#pragma once

#include "PictureShelf.h"

#include <QCoreApplication>
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
//   used thousands of times), and the rest is left out with a note;
// - md4c 0.4.8 itself is kept from work that grows faster than the text: a table of more
//   than kMaxTableColumns columns is left as text (as md4c 0.5.1 does), a link or image
//   whose target is longer than kMaxUrlBytes keeps only its text, and when bare web
//   addresses would cost md4c more than kAutolinkWork steps (its search for where each one
//   ends is quadratic) they stay text, with a note;
// - a picture of the archive, ![alt](media:HASH "caption"), shows only when `pictures` holds
//   it: standing alone in its paragraph as <figure> with its caption (the Markdown title,
//   else the library's) and credit, inside a sentence as an <img>, with srcset over its
//   renditions (PictureFigure); one it does not hold is a placeholder in the preview and
//   nothing in an export; every other scheme is still UrlPolicy's to refuse;
// - given a language, the text's quotes, apostrophes, dashes and dots are made typographic
//   for it (SmartPunctuation), never in code, addresses or raw HTML written as text.
class MarkdownRenderer
{
    Q_DECLARE_TR_FUNCTIONS(MarkdownRenderer)
public:
    static constexpr qsizetype kMaxTableColumns = 128;
    static constexpr qsizetype kMaxUrlBytes = 8 * 1024;
    static constexpr qint64 kAutolinkWork = 50'000'000;

    static constexpr qsizetype kOutputFactor = 32;
    static constexpr qsizetype kOutputSlack = 64 * 1024;
    static constexpr qsizetype kOutputCeiling = 4 * 1024 * 1024; // a bomb's page stays quick
    static constexpr qsizetype kCeilingFactor = 4;
    static qsizetype outputLimit(qsizetype markdownBytes)
    {
        return std::min(kOutputFactor * markdownBytes + kOutputSlack,
                        std::max(kOutputCeiling, kCeilingFactor * markdownBytes));
    }

    // `language`: the BCP 47 tag whose punctuation the text takes; empty keeps every
    // character as typed.
    static QString toHtml(const QString &markdown, const QString &language = {});
    static QString toHtml(const QString &markdown, const QString &language,
                          const PictureShelf &pictures);
};

} // namespace newsroom
