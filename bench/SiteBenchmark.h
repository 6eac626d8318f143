#pragma once

#include "store/StoreError.h"

#include <QJsonObject>
#include <QString>

namespace newsroom {
class ArticleStore;
}

namespace newsroom::bench {

// Rendering and site export, beside Hugo building the same articles.
class SiteBenchmark
{
public:
    // Markdown plus theme for one 5,000-word article: render_p95_ms; the preview's patch of
    // it with 20 pictures in the body (figures with srcset): preview_patch_pictures_p95_ms.
    static QJsonObject measureRender(int repeats);
    // The whole archive at `archivePath` as a site (every article, each with a lead image:
    // given one the first time, a distinct picture each): export_per_s; then the same
    // articles exported as Markdown (the pictures beside them) and built by Hugo with a
    // minimal layout, which copies the picture files into its site. Beside both, the file
    // system's floor: the same files (names, sizes) written from memory and synced,
    // export_floor_s; export_vs_floor is how far above it the export is.
    static QJsonObject measureExport(const QString &archivePath, const QString &folder,
                                     bool withPeer = true);
    // Gives every article of the archive a lead image of its own (a small JPEG made here,
    // through PictureDecoder as an import would), once: an archive whose first article
    // has one already is left as it is. Returns how many pictures were added.
    static StoreResult<int> addLeadImages(ArticleStore &store);
};

} // namespace newsroom::bench
