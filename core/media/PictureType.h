#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QString>

namespace newsroom {

// What a file's bytes are, read from its first bytes (magic numbers), never from its name.
// Only the first four are pictures the archive takes; the others are named so that a
// refusal can say what the file is.
class PictureType
{
    Q_DECLARE_TR_FUNCTIONS(PictureType)

public:
    enum Kind
    {
        Jpeg,
        Png,
        Gif,
        WebP,
        Svg,
        Html,
        Xml,
        Pdf,
        Bmp,
        Tiff,
        Heif,
        Avif,
        Icon,
        Zip,
        Gzip,
        Text,
        Empty,
        Unknown,
    };

    static Kind sniff(QByteArrayView bytes);
    // The kind a file name's suffix claims ("photo.JPG": Jpeg), Unknown for any other suffix.
    static Kind claimedBy(const QString &fileName);

    static bool isAccepted(Kind kind) { return kind <= WebP; }
    // A picture of a kind the archive does not take (Svg, Bmp, Tiff, Heif, Avif, Icon).
    static bool isOtherPicture(Kind kind);
    // "a PNG picture", "an HTML page": for sentences.
    static QString description(Kind kind);
    // "PNG": what a name says.
    static QString shortName(Kind kind);
    static QByteArray qtFormat(Kind kind); // QImageReader's name: "jpeg", "png"…
    static QString mimeType(Kind kind);
    static QString suffix(Kind kind); // "jpg", "png", "gif", "webp"

    // False when an accepted picture's bytes end before the picture does (no JPEG end
    // marker after the first scan, no PNG IEND or a chunk whose CRC is wrong, no GIF
    // trailer, a WebP shorter than its RIFF header says): decoders fill what is missing
    // with grey instead of failing, so this is looked at before any of them runs.
    static bool isComplete(Kind kind, QByteArrayView bytes);
};

} // namespace newsroom
