#pragma once

#include "media/Picture.h"

#include <QByteArray>
#include <QHash>
#include <QString>

namespace newsroom {

// The pictures a page may show (issue 17), given to the renderer so that it stays pure: it
// reads nothing from an archive. A media:HASH the shelf does not hold is shown as a visible
// placeholder in the preview and left out of an exported page. Cheap to copy (QHash is
// implicitly shared): a site export fills one shelf and every page's context shares it.
struct PictureShelf
{
    enum class Target
    {
        Site,    // media/HASH-WIDTH.EXT beside the page (PictureUrls.h)
        Preview, // media/HASH-WIDTH through the preview's own scheme
    };

    // What the theme's column is, for the browser to choose a rendition before it lays out
    // the page: the default theme's main is 40rem wide (--measure in style.css).
    static constexpr const char *kDefaultSizes = "(max-width: 40rem) 100vw, 40rem";

    Target target = Target::Site;
    QHash<QByteArray, Picture> pictures; // by hash
    QString sizes = QString::fromLatin1(kDefaultSizes);

    // A picture without renditions counts as not given: a page shows only renditions.
    const Picture *find(const QByteArray &hash) const
    {
        const auto it = pictures.constFind(hash);
        return it == pictures.cend() || it->renditionWidths.isEmpty() ? nullptr : &it.value();
    }
    void add(const Picture &picture) { pictures.insert(picture.hash, picture); }
};

} // namespace newsroom
