// libFuzzer harness for MarkdownRenderer (built with ASan and UBSan by scripts/fuzz.sh):
// any bytes as an article body must render without a crash into HTML that keeps every
// invariant of HtmlInvariants, within the size bound.

#include "HtmlInvariants.h"

#include "render/MarkdownRenderer.h"

#include <cstdint>
#include <cstdio>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString markdown =
        QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    const qsizetype sourceBytes = markdown.toUtf8().size();
    const QByteArray html = newsroom::MarkdownRenderer::toHtml(markdown).toUtf8();
    if (const QString why = newsroom::test::htmlViolation(html); !why.isEmpty()) {
        std::fprintf(stderr, "invariant broken: %s\n%s\n", qPrintable(why), html.constData());
        std::abort();
    }
    if (html.size() > newsroom::test::htmlSizeBound(sourceBytes)) {
        std::fprintf(stderr, "output of %lld bytes for %lld bytes of Markdown\n",
                     static_cast<long long>(html.size()), static_cast<long long>(sourceBytes));
        std::abort();
    }
    return 0;
}
