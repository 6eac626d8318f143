#pragma once

#include "Picture.h"

#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <expected>

class QImage;

namespace newsroom {

// A picture read from outside and made ready for the archive: checked, measured, hashed,
// with its renditions encoded.
struct DecodedPicture
{
    Picture picture; // hash, fileName, mimeType, width, height, bytes, renditionWidths
    QByteArray original;
    QList<QPair<int, QByteArray>> renditions; // width -> encoded bytes, ascending
};

// Every picture file is hostile (issue 17): what its bytes are decides its type, never its
// name; decoding is bounded (QImageReader's allocation limit, Picture::kMaxFileBytes and
// kMaxPixels checked before any pixel is decoded); SVG and anything not a JPEG, PNG, WebP or
// GIF is refused. A refusal is a sentence a person can act on.
class PictureDecoder
{
    Q_DECLARE_TR_FUNCTIONS(PictureDecoder)

public:
    // The widths renditions are made at (only those narrower than the picture), and always
    // one more at the picture's own width, up to kMaxRenditionWidth: pages never need the
    // original, whose metadata (EXIF, XMP) may hold a source's GPS position.
    static constexpr int kRenditionWidths[] = {480, 960, 1600};
    static constexpr int kMaxRenditionWidth = 2400;
    static constexpr int kJpegQuality = 82; // renditions of photos

    // The widths of the renditions made for a picture `width` pixels wide, ascending.
    static QList<int> renditionWidthsFor(int width);

    // `fileName` is only remembered (and named in a refusal).
    static std::expected<DecodedPicture, QString> decode(const QByteArray &bytes,
                                                         const QString &fileName);
    // Reads the file (no symlink followed, no more than kMaxFileBytes read) and decodes it.
    static std::expected<DecodedPicture, QString> decodeFile(const QString &path);
    // A picture pasted from the clipboard: encoded as PNG (JPEG when it is a large photo).
    static std::expected<DecodedPicture, QString> fromImage(const QImage &image,
                                                            const QString &fileName);
};

} // namespace newsroom
