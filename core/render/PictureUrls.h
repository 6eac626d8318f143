#pragma once

#include "media/Picture.h"

#include <QByteArray>
#include <QString>
#include <QStringView>
#include <optional>

namespace newsroom::pictureurls {

// Where a page finds a picture's bytes (issue 17). Pages name only renditions, at the widths
// of Picture::renditionWidths (PictureDecoder makes one at the picture's own width, capped,
// re-encoded without its metadata): the original, with whatever its camera wrote into it
// (a source's GPS position), never reaches a page. A picture without renditions is not shown.
//
// - Preview: "media/HASH-WIDTH", relative to the preview's page
//   (newsroom-preview://article/page.html), so the browser asks the app's scheme for
//   newsroom-preview://article/media/HASH-WIDTH. The scheme handler (ui/preview) answers with
//   PictureLibrary::pictureBytes(HASH, WIDTH) for a WIDTH of the picture's renditionWidths
//   (never 0, the original); parsePreviewPath() reads the path. No file://, no network.
// - Site: "media/HASH-WIDTH.EXT" relative to the page (every page sits at the site's root),
//   EXT from the picture's type (extension()); SiteExporter writes exactly those files.
inline constexpr QLatin1StringView kMediaFolder("media");

// The extension of a rendition's file, from its original's MIME type, as PictureDecoder
// encodes renditions: JPEG for a JPEG or WebP original, PNG for PNG and GIF ones ("img" for
// anything else). A WebP with transparency gets PNG renditions under ".jpg"; browsers read a
// picture's bytes, not its name, so it still shows.
QString extension(const QString &mimeType);
// The MIME type of its renditions' files, by the same rule.
QString renditionMimeType(const QString &mimeType);
// The widths a page may name: its renditions'.
QList<int> pageWidths(const Picture &picture);
// "HASH-WIDTH.EXT", a site's file name inside kMediaFolder.
QString siteFileName(const Picture &picture, int width);
// "media/HASH-WIDTH.EXT"
QString sitePath(const Picture &picture, int width);
// "media/HASH-WIDTH"
QString previewPath(const QByteArray &hash, int width);

struct PreviewRequest
{
    QByteArray hash; // 64 lower-case hex digits
    int width = 0;   // as named; the handler checks it is one of pageWidths()
};
// Reads a preview URL's path ("/media/HASH-WIDTH"); nullopt for anything else.
std::optional<PreviewRequest> parsePreviewPath(QStringView path);

} // namespace newsroom::pictureurls
