#pragma once

// Pictures made by the tests themselves (never copied from elsewhere): good ones of each kind
// the archive takes, with the metadata a source's camera leaves in them, and the hostile ones
// a decoder must refuse.

#include "media/PictureDecoder.h"
#include "store/ArticleStore.h"

#include <QBuffer>
#include <QByteArray>
#include <QFile>
#include <QImage>
#include <QImageWriter>
#include <QPainter>
#include <QRandomGenerator>
#include <QString>
#include <array>

namespace newsroom::test {

// What the original's metadata says and no rendition may repeat.
inline constexpr char kSecretPlace[] = "Shot at 48.85837N 2.29448E";
inline constexpr char kSecretComment[] = "source-phone-of-Ana";

// A photo-like picture: gradients and noise, so it does not compress to nothing; a red
// block in its top left corner tells which way up it is.
inline QImage photoImage(int width, int height, quint32 seed = 1)
{
    QImage image(width, height, QImage::Format_RGB32);
    QRandomGenerator random(seed);
    for (int y = 0; y < height; ++y) {
        auto *line = reinterpret_cast<QRgb *>(image.scanLine(y));
        for (int x = 0; x < width; ++x) {
            const int noise = int(random.bounded(24));
            line[x] = qRgb((x * 255 / width + noise) % 256, (y * 255 / height + noise) % 256,
                           (128 + (x + y) % 64 + noise) % 256);
        }
    }
    QPainter painter(&image);
    painter.fillRect(0, 0, width / 8, height / 8, Qt::red);
    return image;
}

inline QByteArray encoded(const QImage &image, const char *format, int quality = -1)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QImageWriter writer(&buffer, format);
    writer.setQuality(quality);
    writer.write(image);
    return bytes;
}

inline void append16(QByteArray &bytes, quint16 value)
{
    bytes.append(char(value >> 8)).append(char(value & 0xFF));
}

inline void append32(QByteArray &bytes, quint32 value)
{
    append16(bytes, quint16(value >> 16));
    append16(bytes, quint16(value & 0xFFFF));
}

// An EXIF APP1 segment as cameras write it: the orientation, and a description holding a
// place (standing in for the GPS position a source's phone records).
inline QByteArray exifSegment(quint16 orientation)
{
    QByteArray tiff("MM\0*", 4);
    append32(tiff, 8);      // the first IFD
    append16(tiff, 2);      // entries
    append16(tiff, 0x0112); // Orientation, SHORT, 1
    append16(tiff, 3);
    append32(tiff, 1);
    append16(tiff, orientation);
    append16(tiff, 0);
    const QByteArray place = QByteArray(kSecretPlace) + '\0';
    append16(tiff, 0x010E); // ImageDescription, ASCII
    append16(tiff, 2);
    append32(tiff, quint32(place.size()));
    append32(tiff, 8 + 2 + 2 * 12 + 4);
    append32(tiff, 0); // no next IFD
    tiff.append(place);
    const QByteArray payload = QByteArray("Exif\0\0", 6) + tiff;
    QByteArray segment("\xFF\xE1");
    append16(segment, quint16(payload.size() + 2));
    return segment + payload;
}

// A JPEG with an EXIF orientation and a comment, as a phone saves it.
inline QByteArray cameraJpeg(int width, int height, quint16 orientation = 1)
{
    QImage image = photoImage(width, height);
    image.setText(QStringLiteral("Description"), QString::fromLatin1(kSecretComment));
    const QByteArray jpeg = encoded(image, "jpeg", 90);
    return jpeg.left(2) + exifSegment(orientation) + jpeg.mid(2);
}

inline quint32 crc32(const QByteArray &bytes)
{
    quint32 crc = 0xFFFFFFFFu;
    for (char c : bytes) {
        crc ^= quint8(c);
        for (int k = 0; k < 8; ++k)
            crc = (crc & 1) ? 0xEDB88320u ^ (crc >> 1) : crc >> 1;
    }
    return crc ^ 0xFFFFFFFFu;
}

inline QByteArray pngChunk(const QByteArray &type, const QByteArray &data)
{
    QByteArray chunk;
    append32(chunk, quint32(data.size()));
    chunk.append(type).append(data);
    append32(chunk, crc32(type + data));
    return chunk;
}

// A PNG whose header claims width × height over a tiny IDAT (every CRC right): what a
// decompression bomb looks like to a reader that trusts headers.
inline QByteArray pngClaiming(quint32 width, quint32 height)
{
    QByteArray header;
    append32(header, width);
    append32(header, height);
    header.append(char(8)).append(char(2)).append(char(0)).append(char(0)).append(char(0));
    const QByteArray zlib = qCompress(QByteArray(64, '\0')).mid(4); // qCompress: size, then zlib
    return QByteArray("\x89PNG\r\n\x1A\n") + pngChunk("IHDR", header) + pngChunk("IDAT", zlib) +
           pngChunk("IEND", {});
}

// Where the first chunk of `type` starts (its length field) in a PNG.
inline qsizetype pngChunkAt(const QByteArray &png, const QByteArray &type)
{
    return png.indexOf(type) - 4;
}

// A GIF of width × height in 128 greys, made by hand (Qt writes no GIF): 8-bit LZW codes
// with a clear code often enough that the code width never grows.
inline QByteArray greyGif(quint16 width, quint16 height)
{
    QByteArray gif("GIF89a");
    auto le16 = [&gif](quint16 v) { gif.append(char(v & 0xFF)).append(char(v >> 8)); };
    le16(width);
    le16(height);
    gif.append(char(0xF6)).append(char(0)).append(char(0)); // a global table of 128 colours
    for (int i = 0; i < 128; ++i)
        gif.append(char(i * 2)).append(char(i * 2)).append(char(i * 2));
    gif.append(',');
    le16(0);
    le16(0);
    le16(width);
    le16(height);
    gif.append(char(0));
    gif.append(char(7)); // LZW minimum code size: codes are 8 bits, one a byte
    QByteArray codes;
    const int pixels = int(width) * height;
    for (int p = 0; p < pixels; ++p) {
        if (p % 100 == 0)
            codes.append(char(128)); // clear
        codes.append(char(((p % width) * 127 / qMax(1, width - 1)) & 0x7F));
    }
    codes.append(char(129)); // end of information
    for (qsizetype at = 0; at < codes.size(); at += 255) {
        const QByteArray block = codes.mid(at, 255);
        gif.append(char(block.size())).append(block);
    }
    gif.append(char(0)).append(';');
    return gif;
}

inline bool writeBytes(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size() && file.flush();
}

// Decoded and stored as the editor would: the archive's own picture.
inline Picture storedPicture(ArticleStore &store, const QByteArray &bytes, const QString &name)
{
    auto decoded = PictureDecoder::decode(bytes, name);
    if (!decoded)
        qFatal("decode failed: %s", qPrintable(decoded.error()));
    auto added = store.addPicture(decoded->picture, decoded->original, decoded->renditions);
    if (!added)
        qFatal("addPicture failed: %s", qPrintable(added.error().message));
    return *added;
}

} // namespace newsroom::test
