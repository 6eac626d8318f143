// libFuzzer harness for the front matter on its own (built with ASan and UBSan by
// scripts/fuzz.sh). markdownarticle::read keeps its YAML reading inside, so the harness
// feeds it a fixed frame and lets the fuzzer spend every byte on the YAML:
//     ---\n<input>\n---\n\nThe body stays as it is.\n
// NUL bytes are dropped from the input first, as ArticleImporter::readText drops them from
// every file (a NUL in a field can then only come from the YAML itself, "\0", "\x00", ...).
// Invariants: those of ArticleInvariants.h (headline, no U+0000, size bound, round trip),
// and "frame": while the input holds no line starting with --- (which ends the front matter
// early), the body is the frame's body, unless the YAML was unreadable, when the whole text
// is kept as the body.

#include "ArticleInvariants.h"
#include "FuzzCheck.h"

#include "importer/ImportLimits.h"
#include "importer/MarkdownArticle.h"

using namespace newsroom;
using namespace newsroom::test;

namespace {
const QString kBody = QStringLiteral("The body stays as it is.");
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    QString yaml = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    yaml.remove(QChar(0));
    const QString text =
        QStringLiteral("---\n") + yaml + QStringLiteral("\n---\n\n") + kBody + QLatin1Char('\n');
    const StoreResult<markdownarticle::Parsed> read = markdownarticle::read(text);
    if (!read) {
        return runChecks([&] { checkRefusal(read.error()); });
    }
    const markdownarticle::Parsed &parsed = *read;
    return runChecks([&] {
        checkHeadline(parsed.article);
        checkNoNul(parsed.article, parsed.relatedSlugs);
        checkSize(parsed.article, text.size());
        QString normalized = QLatin1Char('\n') + yaml + QLatin1Char('\n');
        normalized.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
        normalized.replace(QLatin1Char('\r'), QLatin1Char('\n')); // as the importer reads it
        if (!normalized.contains(QStringLiteral("\n---"))) {
            const QString &body = parsed.article.body;
            const bool unreadable = !parsed.warning.isEmpty() && body != kBody;
            if (!(body == kBody ||
                  (unreadable &&
                   body == ImportLimits::withoutControls(
                               QString(text)
                                   .replace(QStringLiteral("\r\n"), QStringLiteral("\n"))
                                   .replace(QLatin1Char('\r'), QLatin1Char('\n'))
                                   .trimmed(),
                               ImportLimits::Lines::Multiple)
                               .trimmed())))
                fail(QStringLiteral("frame"), QStringLiteral("the body is %1 (warning: %2)")
                                                  .arg(excerpt(body), parsed.warning));
            if (parsed.warning.isEmpty() && body != kBody)
                fail(QStringLiteral("frame"),
                     QStringLiteral("no warning but the body is %1").arg(excerpt(body)));
        }
        checkRoundTrip(parsed.article);
    });
}
