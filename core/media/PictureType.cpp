#include "PictureType.h"

#include <QFileInfo>
#include <array>

namespace newsroom {

namespace {

bool startsWith(QByteArrayView bytes, QByteArrayView prefix, qsizetype at = 0)
{
    return bytes.size() >= at + prefix.size() && bytes.sliced(at, prefix.size()) == prefix;
}

quint32 bigEndian32(QByteArrayView bytes, qsizetype at)
{
    return quint32(quint8(bytes[at])) << 24 | quint32(quint8(bytes[at + 1])) << 16 |
           quint32(quint8(bytes[at + 2])) << 8 | quint32(quint8(bytes[at + 3]));
}

// The start of a text file, lower-cased, after a byte order mark, blanks and comments
// ("<?xml …?>" and "<!-- … -->" stay, as they tell XML from HTML).
QByteArray textStart(QByteArrayView bytes)
{
    QByteArrayView text = bytes.first(qMin<qsizetype>(bytes.size(), 4096));
    if (startsWith(text, "\xEF\xBB\xBF"))
        text = text.sliced(3);
    return text.trimmed().toByteArray().toLower();
}

PictureType::Kind sniffText(QByteArrayView bytes)
{
    const QByteArray start = textStart(bytes);
    if (start.startsWith("<svg") || start.startsWith("<!doctype svg") || start.contains("<svg"))
        return PictureType::Svg;
    if (start.startsWith("<!doctype html") || start.startsWith("<html") ||
        start.startsWith("<head") || start.startsWith("<body") || start.contains("<html"))
        return PictureType::Html;
    if (start.startsWith("<?xml"))
        return PictureType::Xml;
    // Text: no control bytes but blanks in the first bytes (UTF-8 passes: its bytes are high).
    const QByteArrayView sample = bytes.first(qMin<qsizetype>(bytes.size(), 4096));
    for (char c : sample) {
        const auto u = quint8(c);
        if (u < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f')
            return PictureType::Unknown;
    }
    return PictureType::Text;
}

// ISO base media files (HEIF, AVIF): "ftyp" and a brand at byte 4.
PictureType::Kind sniffFtyp(QByteArrayView bytes)
{
    if (!startsWith(bytes, "ftyp", 4) || bytes.size() < 12)
        return PictureType::Unknown;
    const QByteArrayView brand = bytes.sliced(8, 4);
    if (brand == "avif" || brand == "avis")
        return PictureType::Avif;
    if (brand == "heic" || brand == "heix" || brand == "mif1" || brand == "msf1" ||
        brand == "hevc")
        return PictureType::Heif;
    return PictureType::Unknown;
}

// CRC-32 as PNG uses it (ISO 3309), for its chunks.
quint32 crc32(QByteArrayView bytes)
{
    static const auto table = [] {
        std::array<quint32, 256> t{};
        for (quint32 n = 0; n < 256; ++n) {
            quint32 c = n;
            for (int k = 0; k < 8; ++k)
                c = (c & 1) ? 0xEDB88320u ^ (c >> 1) : c >> 1;
            t[n] = c;
        }
        return t;
    }();
    quint32 crc = 0xFFFFFFFFu;
    for (char c : bytes)
        crc = table[(crc ^ quint8(c)) & 0xFF] ^ (crc >> 8);
    return crc ^ 0xFFFFFFFFu;
}

// Segments up to the first scan, then the end marker after it (entropy-coded data stuffs
// every 0xFF, so FF D9 there is the end; progressive scans and tables may come between).
bool jpegComplete(QByteArrayView bytes)
{
    qsizetype at = 2;
    while (at + 4 <= bytes.size()) {
        if (quint8(bytes[at]) != 0xFF)
            return false;
        const auto marker = quint8(bytes[at + 1]);
        if (marker == 0xFF) { // fill byte
            ++at;
            continue;
        }
        if (marker == 0xD9)
            return false; // ends before any picture
        if (marker == 0x01 || (marker >= 0xD0 && marker <= 0xD7)) {
            at += 2;
            continue;
        }
        const qsizetype length = (quint8(bytes[at + 2]) << 8) | quint8(bytes[at + 3]);
        if (length < 2)
            return false;
        if (marker == 0xDA)
            return bytes.sliced(at + 2 + length > bytes.size() ? bytes.size() : at + 2 + length)
                       .indexOf(QByteArrayView("\xFF\xD9")) >= 0;
        at += 2 + length;
    }
    return false;
}

bool pngComplete(QByteArrayView bytes)
{
    qsizetype at = 8;
    while (at + 12 <= bytes.size()) {
        const quint32 length = bigEndian32(bytes, at);
        if (length > 0x7FFFFFFFu || qsizetype(length) > bytes.size() - at - 12)
            return false;
        const QByteArrayView typeAndData = bytes.sliced(at + 4, 4 + qsizetype(length));
        if (crc32(typeAndData) != bigEndian32(bytes, at + 8 + qsizetype(length)))
            return false;
        if (typeAndData.first(4) == "IEND")
            return true;
        at += 12 + qsizetype(length);
    }
    return false;
}

bool webpComplete(QByteArrayView bytes)
{
    if (bytes.size() < 12)
        return false;
    const quint32 riff = quint32(quint8(bytes[4])) | quint32(quint8(bytes[5])) << 8 |
                         quint32(quint8(bytes[6])) << 16 | quint32(quint8(bytes[7])) << 24;
    return qint64(riff) + 8 <= bytes.size();
}

} // namespace

PictureType::Kind PictureType::sniff(QByteArrayView bytes)
{
    if (bytes.isEmpty())
        return Empty;
    if (startsWith(bytes, "\xFF\xD8\xFF"))
        return Jpeg;
    if (startsWith(bytes, "\x89PNG\r\n\x1A\n"))
        return Png;
    if (startsWith(bytes, "GIF87a") || startsWith(bytes, "GIF89a"))
        return Gif;
    if (startsWith(bytes, "RIFF") && startsWith(bytes, "WEBP", 8))
        return WebP;
    if (startsWith(bytes, "%PDF-"))
        return Pdf;
    if (startsWith(bytes, "BM") && bytes.size() >= 26)
        return Bmp;
    if (startsWith(bytes, QByteArrayView("II*\0", 4)) || startsWith(bytes, QByteArrayView("MM\0*", 4)))
        return Tiff;
    if (startsWith(bytes, QByteArrayView("\0\0\1\0", 4)))
        return Icon;
    if (startsWith(bytes, "PK\x03\x04"))
        return Zip;
    if (startsWith(bytes, "\x1F\x8B"))
        return Gzip;
    if (const Kind iso = sniffFtyp(bytes); iso != Unknown)
        return iso;
    return sniffText(bytes);
}

PictureType::Kind PictureType::claimedBy(const QString &fileName)
{
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    if (suffix == u"jpg" || suffix == u"jpeg" || suffix == u"jpe" || suffix == u"jfif")
        return Jpeg;
    if (suffix == u"png")
        return Png;
    if (suffix == u"gif")
        return Gif;
    if (suffix == u"webp")
        return WebP;
    if (suffix == u"svg" || suffix == u"svgz")
        return Svg;
    if (suffix == u"bmp")
        return Bmp;
    if (suffix == u"tif" || suffix == u"tiff")
        return Tiff;
    if (suffix == u"heic" || suffix == u"heif")
        return Heif;
    if (suffix == u"avif")
        return Avif;
    return Unknown;
}

bool PictureType::isOtherPicture(Kind kind)
{
    return kind == Svg || kind == Bmp || kind == Tiff || kind == Heif || kind == Avif ||
           kind == Icon;
}

QString PictureType::description(Kind kind)
{
    switch (kind) {
    case Jpeg: return tr("a JPEG picture");
    case Png: return tr("a PNG picture");
    case Gif: return tr("a GIF picture");
    case WebP: return tr("a WebP picture");
    case Svg: return tr("an SVG drawing");
    case Html: return tr("an HTML page");
    case Xml: return tr("an XML file");
    case Pdf: return tr("a PDF document");
    case Bmp: return tr("a BMP picture");
    case Tiff: return tr("a TIFF picture");
    case Heif: return tr("a HEIF picture (as phones save them)");
    case Avif: return tr("an AVIF picture");
    case Icon: return tr("an icon file");
    case Zip: return tr("a ZIP archive (or an office document)");
    case Gzip: return tr("a compressed (gzip) file");
    case Text: return tr("a text file");
    case Empty: return tr("an empty file");
    case Unknown: break;
    }
    return tr("a file of an unknown kind");
}

QString PictureType::shortName(Kind kind)
{
    switch (kind) {
    case Jpeg: return QStringLiteral("JPEG");
    case Png: return QStringLiteral("PNG");
    case Gif: return QStringLiteral("GIF");
    case WebP: return QStringLiteral("WebP");
    case Svg: return QStringLiteral("SVG");
    case Bmp: return QStringLiteral("BMP");
    case Tiff: return QStringLiteral("TIFF");
    case Heif: return QStringLiteral("HEIF");
    case Avif: return QStringLiteral("AVIF");
    default: return description(kind);
    }
}

QByteArray PictureType::qtFormat(Kind kind)
{
    switch (kind) {
    case Jpeg: return QByteArrayLiteral("jpeg");
    case Png: return QByteArrayLiteral("png");
    case Gif: return QByteArrayLiteral("gif");
    case WebP: return QByteArrayLiteral("webp");
    default: return {};
    }
}

QString PictureType::mimeType(Kind kind)
{
    switch (kind) {
    case Jpeg: return QStringLiteral("image/jpeg");
    case Png: return QStringLiteral("image/png");
    case Gif: return QStringLiteral("image/gif");
    case WebP: return QStringLiteral("image/webp");
    default: return QStringLiteral("application/octet-stream");
    }
}

QString PictureType::suffix(Kind kind)
{
    switch (kind) {
    case Jpeg: return QStringLiteral("jpg");
    case Png: return QStringLiteral("png");
    case Gif: return QStringLiteral("gif");
    case WebP: return QStringLiteral("webp");
    default: return {};
    }
}

bool PictureType::isComplete(Kind kind, QByteArrayView bytes)
{
    switch (kind) {
    case Jpeg: return jpegComplete(bytes);
    case Png: return pngComplete(bytes);
    case Gif: return bytes.size() > 13 && bytes.back() == '\x3B';
    case WebP: return webpComplete(bytes);
    default: return false;
    }
}

} // namespace newsroom
