#include "MarkdownExporter.h"

#include "ExportFolder.h"
#include "SitePictures.h"
#include "importer/MarkdownArticle.h"
#include "importer/MarkdownPictures.h"
#include "media/PictureRefs.h"
#include "store/ArticleStore.h"

#include <QCoreApplication>
#include <QCryptographicHash>

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
    // The pictures' descriptions, once; an archive that cannot give them exports its
    // articles with media:HASH left in (and says so when an article has a picture).
    auto shelf = sitepictures::loadShelf(m_store);
    if (shelf)
        m_pictures = shelf->pictures;
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
        if (!shelf && !picturerefs::usedBy(*article).isEmpty())
            report.skipped.append(QCoreApplication::translate("MarkdownExporter",
                                                              "The pictures of %1 were not "
                                                              "written: %2")
                                      .arg(fileName, shelf.error().message));
        auto pictures = writePictures(target, *article, report);
        if (!pictures)
            return std::unexpected(pictures.error());
        if (auto done = target.writeFileAtomically(
                fileName, markdownarticle::write(*article, slugOf, *pictures).toUtf8());
            !done)
            return std::unexpected(done.error());
        ++report.written;
    }
    return report;
}

StoreResult<QHash<QByteArray, QString>>
MarkdownExporter::writePictures(ExportFolder &target, const Article &article, Report &report)
{
    QHash<QByteArray, QString> paths;
    for (const QByteArray &hash : picturerefs::usedBy(article)) {
        const auto known = m_pictures.constFind(hash);
        if (known == m_pictures.cend())
            continue; // not in the archive: media:HASH stays, as it was
        const QString name = MarkdownPictures::fileName(article.slug, *known);
        if (target.isReplaceableFile(name)) {
            // Ours only if it holds this very picture (its name says which).
            auto there = target.readFile(name, Picture::kMaxFileBytes);
            if (there &&
                QCryptographicHash::hash(*there, QCryptographicHash::Sha256).toHex() == hash) {
                paths.insert(hash, name);
                ++report.picturesUnchanged;
            } else {
                report.skipped.append(
                    QCoreApplication::translate("MarkdownExporter",
                                                "%1 is already in the folder and holds something "
                                                "else; it was left as it is, and %2 keeps the "
                                                "picture as media:%3.")
                        .arg(name, article.slug + QStringLiteral(".md"),
                             QString::fromLatin1(hash)));
            }
            continue;
        }
        auto bytes = m_store.pictureBytes(hash, 0);
        if (!bytes)
            return std::unexpected(bytes.error());
        if (auto done = target.writeFileAtomically(name, *bytes); !done) {
            report.skipped.append(done.error().message); // a link or a folder of that name
            continue;
        }
        paths.insert(hash, name);
        ++report.picturesWritten;
    }
    return paths;
}

} // namespace newsroom
