// libFuzzer harness for MarkdownRenderer (built with ASan and UBSan by scripts/fuzz.sh):
// any bytes as an article body must render without a crash into HTML that keeps every
// invariant of HtmlInvariants, within the size bound; as typed and with smart punctuation
// in a language picked by the input's length. Smart punctuation changes prose only: the
// code and the link and image targets of both renderings are the same.

#include "HtmlInvariants.h"

#include "render/MarkdownRenderer.h"

#include <QList>
#include <QRegularExpression>
#include <array>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace {

constexpr std::array kLanguages{"en", "de", "fr", "es", "ko", "ar", "ja", "pl", "qq"};

void check(const QByteArray &html, qsizetype sourceBytes, const char *language)
{
    if (const QString why = newsroom::test::htmlViolation(html); !why.isEmpty()) {
        std::fprintf(stderr, "invariant broken (%s): %s\n%s\n", language, qPrintable(why),
                     html.constData());
        std::abort();
    }
    if (html.size() > newsroom::test::htmlSizeBound(sourceBytes)) {
        std::fprintf(stderr, "output of %lld bytes for %lld bytes of Markdown (%s)\n",
                     static_cast<long long>(html.size()), static_cast<long long>(sourceBytes),
                     language);
        std::abort();
    }
}

// Code elements and link and image targets, in order.
QStringList untouchable(const QString &html)
{
    static const QRegularExpression pattern(
        QStringLiteral("<code[^>]*>.*?</code>|\\s(?:href|src)=\"[^\"]*\""),
        QRegularExpression::DotMatchesEverythingOption);
    QStringList found;
    for (auto it = pattern.globalMatch(html); it.hasNext();)
        found.append(it.next().captured());
    return found;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString markdown =
        QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    const qsizetype sourceBytes = markdown.toUtf8().size();
    const QString typed = newsroom::MarkdownRenderer::toHtml(markdown);
    check(typed.toUtf8(), sourceBytes, "none");
    const char *language = kLanguages[size % kLanguages.size()];
    const QString smart =
        newsroom::MarkdownRenderer::toHtml(markdown, QString::fromLatin1(language));
    check(smart.toUtf8(), sourceBytes, language);
    // A page cut short (a note says so) may be cut at another place.
    static const QString note = QStringLiteral("class=\"render-note\"");
    if (!typed.contains(note) && !smart.contains(note) &&
        untouchable(typed) != untouchable(smart)) {
        std::fprintf(stderr, "smart punctuation (%s) changed code or a link:\n%s\n---\n%s\n",
                     language, qPrintable(typed), qPrintable(smart));
        std::abort();
    }
    return 0;
}
