#pragma once

#include "model/Article.h"
#include "render/PageContext.h"
#include "render/PictureShelf.h"
#include "store/StoreError.h"

#include <QCoreApplication>
#include <QString>

namespace newsroom {

class ArticleStore;
class PictureLibrary;
class PageRenderer;

// One article's page as a file (File → Export → This Page, `newsroom-cli render -o`), with
// its pictures (issue 17): the page names media/HASH-WIDTH.EXT beside itself, and those
// renditions are written into media/ in the page's folder, as a site export writes them.
// Renditions only: an original, with whatever its camera wrote into it, never leaves the
// archive. Everything is written through ExportFolder (no link followed, a file replaced only
// if it is a plain file, each file renamed into place), the page last, so a failure never
// leaves a new page naming files that are not there.
class PageExporter
{
    Q_DECLARE_TR_FUNCTIONS(PageExporter)
public:
    struct Report
    {
        int pictures = 0;     // pictures the page shows (each at every width it names)
        int pictureFiles = 0; // their renditions written into media/
    };
    // Whether the page's folder is made when missing (the command line) or must be there
    // already (the app: its save dialog chose an existing folder).
    enum class Folder
    {
        MustExist,
        Create,
    };

    PageExporter(ArticleStore &store, const PageRenderer &renderer);

    // Renders `article` with `context` and the pictures it uses, and writes the page to
    // `path` with their renditions in media/ beside it. A picture the archive lacks is left
    // out of the page, as in a site.
    StoreResult<Report> exportTo(const Article &article, PageContext context, const QString &path,
                                 Folder folder = Folder::MustExist);

    // The pictures `article` uses that the archive holds, for a page beside its media/ folder
    // (PictureShelf::Target::Site). A picture the archive lacks is not on it; any other
    // failure to read one is returned.
    static StoreResult<PictureShelf> shelfFor(PictureLibrary &library, const Article &article);

private:
    ArticleStore &m_store;
    const PageRenderer &m_renderer;
};

} // namespace newsroom
