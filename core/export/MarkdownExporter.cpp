#include "MarkdownExporter.h"

#include "ExportFolder.h"
#include "importer/MarkdownArticle.h"
#include "store/ArticleStore.h"

namespace newsroom {

StoreResult<MarkdownExporter::Report> MarkdownExporter::exportTo(const QString &folder)
{
    ExportFolder target;
    target.setProtected([this](const QString &path) { return m_store.isArchiveFile(path); });
    if (auto opened = target.open(folder); !opened)
        return std::unexpected(opened.error());
    auto summaries = m_store.list({});
    if (!summaries)
        return std::unexpected(summaries.error());
    target.removeLeftovers();
    const auto slugOf = [this](qint64 id) {
        auto linked = m_store.summary(id);
        return linked ? linked->slug : QString();
    };
    Report report;
    for (const ArticleSummary &summary : std::as_const(*summaries)) {
        auto article = m_store.article(summary.id);
        if (!article)
            return std::unexpected(article.error());
        const QString fileName = article->slug + QStringLiteral(".md");
        if (const QString skipped = ExportFolder::whyArticleIsSkipped(article->id, fileName);
            !skipped.isEmpty()) {
            report.skipped.append(skipped);
            continue;
        }
        if (auto done = target.writeFileAtomically(
                fileName, markdownarticle::write(*article, slugOf).toUtf8());
            !done)
            return std::unexpected(done.error());
        ++report.written;
    }
    return report;
}

} // namespace newsroom
