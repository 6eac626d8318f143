// libFuzzer harness for the Markdown importer (markdownarticle::read: YAML front matter
// through yaml-cpp, then the body), built with ASan and UBSan by scripts/fuzz.sh. Any bytes,
// read as the importer reads a .md file, must give an article that keeps the invariants of
// ArticleInvariants.h: a headline, no U+0000 in any field (YAML escapes such as "\0" or
// "\x00" included), no runaway size (alias bombs), and the round trip MarkdownArticle
// promises (write it, read it back: the same fields). Time and memory are bounded by
// libFuzzer (-timeout, -rss_limit_mb in scripts/fuzz.sh).

#include "ArticleInvariants.h"
#include "FuzzCheck.h"
#include "ImportedText.h"

#include "importer/MarkdownArticle.h"

using namespace newsroom;
using namespace newsroom::test;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = importedText(data, size, QStringLiteral("input.md"));
    const StoreResult<markdownarticle::Parsed> read = markdownarticle::read(text);
    if (!read) {
        return runChecks([&] { checkRefusal(read.error()); });
    }
    const markdownarticle::Parsed &parsed = *read;
    return runChecks([&] {
        checkHeadline(parsed.article);
        checkNoNul(parsed.article, parsed.relatedSlugs);
        checkSize(parsed.article, text.size());
        if (parsed.relatedSlugs.size() != parsed.article.related.size())
            fail(QStringLiteral("related-slugs"), QStringLiteral("%1 related items but %2 slugs")
                                                      .arg(parsed.article.related.size())
                                                      .arg(parsed.relatedSlugs.size()));
        checkRoundTrip(parsed.article);
    });
}
