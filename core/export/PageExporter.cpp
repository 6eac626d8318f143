#include "PageExporter.h"

#include "ExportFolder.h"
#include "SitePictures.h"
#include "media/PictureRefs.h"
#include "render/PageRenderer.h"
#include "store/ArticleStore.h"

#include <QDir>
#include <QFileInfo>
#include <QSet>

namespace newsroom {

PageExporter::PageExporter(ArticleStore &store, const PageRenderer &renderer)
    : m_store(store), m_renderer(renderer)
{}

StoreResult<PictureShelf> PageExporter::shelfFor(PictureLibrary &library, const Article &article)
{
    PictureShelf shelf;
    shelf.target = PictureShelf::Target::Site;
    for (const QByteArray &hash : picturerefs::usedBy(article)) {
        auto picture = library.picture(hash);
        if (picture)
            shelf.add(*picture);
        else if (picture.error().code != StoreError::Code::NotFound)
            return std::unexpected(picture.error());
    }
    return shelf;
}

StoreResult<PageExporter::Report> PageExporter::exportTo(const Article &article,
                                                         PageContext context, const QString &path,
                                                         Folder folder)
{
    const QFileInfo target(path);
    if (folder == Folder::MustExist && !target.dir().exists())
        return storeFailure(
            StoreError::Code::Io,
            tr("Could not write %1: the folder %2 does not exist.")
                .arg(QDir::toNativeSeparators(path), QDir::toNativeSeparators(target.path())));
    auto shelf = shelfFor(m_store, article);
    if (!shelf)
        return std::unexpected(shelf.error());
    context.pictures = std::move(*shelf);
    auto page = m_renderer.renderUtf8(article, context);
    if (!page)
        return std::unexpected(page.error());

    // The folder is the one chosen (links and all); everything inside it is reached
    // without following a link: media/, each rendition and the page itself.
    ExportFolder out;
    out.setProtected([this](const QString &file) { return m_store.isArchiveFile(file); });
    if (auto opened = out.open(target.path()); !opened)
        return std::unexpected(opened.error());
    Report report;
    QSet<QByteArray> shown;
    for (const sitepictures::MediaFile &file :
         sitepictures::filesFor({article}, context.pictures)) {
        auto bytes = sitepictures::bytesOf(m_store, *context.pictures.find(file.hash), file.width);
        if (!bytes)
            return std::unexpected(bytes.error());
        if (auto written = out.writeFileAtomically(file.path, *bytes); !written)
            return std::unexpected(written.error());
        ++report.pictureFiles;
        shown.insert(file.hash);
    }
    report.pictures = int(shown.size());
    // Last: until now an old page there (if any) still names only what it named before.
    if (auto written = out.writeFileAtomically(target.fileName(), *page); !written)
        return std::unexpected(written.error());
    return report;
}

} // namespace newsroom
