#include "MarkdownExporter.h"

#include "importer/MarkdownArticle.h"
#include "model/Slug.h"
#include "store/ArticleStore.h"

#include <QCoreApplication>
#include <QDir>
#include <QSaveFile>

namespace newsroom {

StoreResult<int> MarkdownExporter::exportTo(const QString &folder)
{
    const QDir dir(folder);
    if (!QDir().mkpath(folder)) {
        return storeFailure(
            StoreError::Code::Io,
            QCoreApplication::translate("Export", "Cannot create the folder %1.").arg(folder));
    }
    auto summaries = m_store.list({});
    if (!summaries)
        return std::unexpected(summaries.error());
    const auto slugOf = [this](qint64 id) {
        auto target = m_store.summary(id);
        return target ? target->slug : QString();
    };
    int written = 0;
    for (const ArticleSummary &summary : std::as_const(*summaries)) {
        auto article = m_store.article(summary.id);
        if (!article)
            return std::unexpected(article.error());
        if (!slug::isValid(article->slug))
            continue; // cannot happen for a stored article; never build a path from anything else
        const QString target = dir.filePath(article->slug + QStringLiteral(".md"));
        if (m_store.isArchiveFile(target)) {
            return storeFailure(StoreError::Code::Invalid,
                                QCoreApplication::translate(
                                    "Export", "Refused to write %1: it is the archive itself.")
                                    .arg(target));
        }
        QSaveFile file(target);
        const QByteArray bytes = markdownarticle::write(*article, slugOf).toUtf8();
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() ||
            !file.commit()) {
            return storeFailure(StoreError::Code::Io,
                                QCoreApplication::translate("Export", "Cannot write %1: %2.")
                                    .arg(file.fileName(), file.errorString()));
        }
        ++written;
    }
    return written;
}

} // namespace newsroom
