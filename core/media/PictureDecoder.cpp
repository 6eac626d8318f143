#include "PictureDecoder.h"

#include "ImageWarnings.h"
#include "PictureType.h"
#include "io/FileDescriptor.h"

#include <QBuffer>
#include <QColorSpace>
#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QImageReader>
#include <QImageWriter>
#include <QLoggingCategory>
#include <QtConcurrent/QtConcurrentMap>
#include <QtConcurrent/QtConcurrentRun>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>

Q_LOGGING_CATEGORY(lcMedia, "newsroom.media", QtWarningMsg)

namespace newsroom {

namespace {

// A picture of kMaxPixels as 32-bit pixels, and a little room: the reader refuses to
// allocate more, whatever a header claims.
constexpr int kAllocationLimitMb = int(Picture::kMaxPixels * 4 / (1024 * 1024)) + 1;
// A pasted picture at least this large and without transparency is a photo: JPEG.
constexpr qint64 kPastedPhotoPixels = 1'000'000;
constexpr int kPastedJpegQuality = 90;
constexpr int kFastDecodeQuality = 49;

using Result = std::expected<DecodedPicture, QString>;

QString shownName(const QString &fileName)
{
    const QString name = QFileInfo(fileName).fileName();
    return name.isEmpty() ? PictureDecoder::tr("The picture") : name;
}

QString megabytes(qint64 bytes)
{
    // One decimal: a file just over the limit must not read "20 MB, the limit is 20 MB".
    return QStringLiteral("%L1").arg(double(bytes) / (1024 * 1024), 0, 'f', 1);
}

QString tooLarge(const QString &name, qint64 bytes)
{
    return PictureDecoder::tr("%1 is %2 MB; the archive takes pictures up to %L3 MB. Save a "
                              "smaller copy (3000 pixels wide is plenty for any page) and add "
                              "that.")
        .arg(name, megabytes(bytes))
        .arg(Picture::kMaxFileBytes / (1024 * 1024));
}

QString damaged(const QString &name, const QString &why)
{
    return PictureDecoder::tr("%1 is damaged or incomplete (%2): part of the picture is "
                              "missing. Copy or download it again and add the new file.")
        .arg(name, why);
}

// Why a file of this kind, named so, is not taken; empty when it is.
QString typeProblem(PictureType::Kind kind, const QString &name)
{
    if (kind == PictureType::Empty) {
        return PictureDecoder::tr("%1 is empty: there is no picture in it. Save the picture "
                                  "itself and add that file.")
            .arg(name);
    }
    if (kind == PictureType::Svg) {
        return PictureDecoder::tr("%1 is an SVG drawing, which the archive does not take (a "
                                  "drawing can carry scripts and links). Export it as PNG and "
                                  "add that file.")
            .arg(name);
    }
    if (PictureType::isOtherPicture(kind)) {
        return PictureDecoder::tr("%1 is %2, which the archive does not take. Save it as JPEG "
                                  "or PNG and add that file.")
            .arg(name, PictureType::description(kind));
    }
    if (!PictureType::isAccepted(kind)) {
        return PictureDecoder::tr("%1 is not a picture: it is %2. Save the picture itself and "
                                  "add that file.")
            .arg(name, PictureType::description(kind));
    }
    const PictureType::Kind claimed = PictureType::claimedBy(name);
    if (claimed != PictureType::Unknown && claimed != kind) {
        const QString renamed =
            QFileInfo(name).completeBaseName() + u'.' + PictureType::suffix(kind);
        return PictureDecoder::tr("%1 is %2, but its name says %3. Rename it %4 and add it "
                                  "again.")
            .arg(name, PictureType::description(kind), PictureType::shortName(claimed), renamed);
    }
    if (!QImageReader::supportedImageFormats().contains(PictureType::qtFormat(kind))) {
        return PictureDecoder::tr("%1 is %2, which this computer cannot read (the package "
                                  "qt6-image-formats-plugins adds it). Save it as JPEG or PNG "
                                  "and add that file.")
            .arg(name, PictureType::description(kind));
    }
    return {};
}

QSize scaledTo(QSize size, int width)
{
    if (width >= size.width())
        return size;
    const qint64 height = (qint64(size.height()) * width + size.width() / 2) / size.width();
    return {width, int(qMax<qint64>(1, height))};
}

// Encodes the pixels alone, in sRGB: no text chunks, comments or XMP (QImage::text), no
// colour profile, so nothing of the original's metadata reaches a rendition.
QByteArray encode(QImage image, bool asJpeg, int quality)
{
    if (image.colorSpace().isValid() && image.colorSpace() != QColorSpace::SRgb)
        image.convertToColorSpace(QColorSpace::SRgb);
    QImage bare(image.constBits(), image.width(), image.height(), image.bytesPerLine(),
                image.format()); // shares `image`'s pixels, which outlive it
    if (image.format() == QImage::Format_Indexed8)
        bare.setColorTable(image.colorTable());
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QImageWriter writer(&buffer, asJpeg ? QByteArrayLiteral("jpeg") : QByteArrayLiteral("png"));
    if (asJpeg)
        writer.setQuality(quality);
    if (!writer.write(bare))
        qCWarning(lcMedia) << "Cannot encode a rendition:" << writer.errorString();
    return bytes;
}

QPair<int, QByteArray> rendition(const QImage &largest, int width, bool asJpeg)
{
    QImage image = width < largest.width()
                       ? largest.scaled(scaledTo(largest.size(), width), Qt::IgnoreAspectRatio,
                                        Qt::SmoothTransformation)
                       : largest;
    return {width, encode(std::move(image), asJpeg, PictureDecoder::kJpegQuality)};
}

QByteArray sha256(const QByteArray &bytes)
{
    return QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex();
}

QString readError(const QString &name, int error)
{
    switch (error) {
    case ELOOP:
        return PictureDecoder::tr("%1 is a symbolic link; the archive takes only the picture "
                                  "file itself. Add the file the link points to.")
            .arg(name);
    case ENOENT:
        return PictureDecoder::tr("%1: no such file.").arg(name);
    case EACCES:
        return PictureDecoder::tr("%1 cannot be read: you may not open it. Copy it somewhere "
                                  "you may and add the copy.")
            .arg(name);
    default:
        return PictureDecoder::tr("%1 cannot be read: %2.")
            .arg(name, QString::fromLocal8Bit(std::strerror(error)));
    }
}

// The file's bytes, never more than kMaxFileBytes + 1 of them, from a plain file only.
std::expected<QByteArray, QString> readPictureFile(const QString &path, const QString &name)
{
    const QByteArray native = QFile::encodeName(path);
    FileDescriptor file{
        ::open(native.constData(), O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_NOCTTY | O_CLOEXEC)};
    if (!file.isValid())
        return std::unexpected(readError(name, errno));
    struct stat info
    {
    };
    if (::fstat(file.get(), &info) != 0)
        return std::unexpected(readError(name, errno));
    if (S_ISDIR(info.st_mode)) {
        return std::unexpected(PictureDecoder::tr("%1 is a folder, not a picture. Add the "
                                                  "picture files in it instead.")
                                   .arg(name));
    }
    if (!S_ISREG(info.st_mode)) {
        return std::unexpected(PictureDecoder::tr("%1 is not a file but a device, a pipe or a "
                                                  "socket. Add the picture file itself.")
                                   .arg(name));
    }
    if (info.st_size > Picture::kMaxFileBytes)
        return std::unexpected(tooLarge(name, info.st_size));

    QByteArray data(qsizetype(qMin<qint64>(info.st_size, Picture::kMaxFileBytes) + 1),
                    Qt::Uninitialized);
    qsizetype total = 0;
    for (;;) {
        if (total == data.size()) { // grown since: one byte over the limit is enough to know
            if (total > Picture::kMaxFileBytes)
                break;
            data.resize(qMin<qsizetype>(data.size() * 2, Picture::kMaxFileBytes + 1));
        }
        const ssize_t got = ::read(file.get(), data.data() + total, size_t(data.size() - total));
        if (got < 0 && errno == EINTR)
            continue;
        if (got < 0)
            return std::unexpected(readError(name, errno));
        if (got == 0)
            break;
        total += got;
    }
    if (total > Picture::kMaxFileBytes)
        return std::unexpected(tooLarge(name, total));
    data.truncate(total);
    return data;
}

} // namespace

Result PictureDecoder::decode(const QByteArray &bytes, const QString &fileName)
{
    const QString name = shownName(fileName);
    if (bytes.size() > Picture::kMaxFileBytes)
        return std::unexpected(tooLarge(name, bytes.size()));
    const PictureType::Kind kind = PictureType::sniff(bytes);
    if (QString problem = typeProblem(kind, name); !problem.isEmpty())
        return std::unexpected(problem);
    if (!PictureType::isComplete(kind, bytes))
        return std::unexpected(damaged(name, tr("the file ends before the picture does")));

    QByteArray source = bytes; // shared, not copied: QBuffer wants a pointer
    QBuffer buffer(&source);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer, PictureType::qtFormat(kind));
    reader.setAutoDetectImageFormat(false); // what the bytes are was decided above
    reader.setAllocationLimit(kAllocationLimitMb);
    reader.setAutoTransform(true); // EXIF orientation: the picture as the camera held it
    const QSize stored = reader.size();
    if (!stored.isValid() || stored.isEmpty())
        return std::unexpected(damaged(name, reader.errorString()));
    if (qint64(stored.width()) * stored.height() > Picture::kMaxPixels) {
        return std::unexpected(
            tr("%1 is %L2 × %L3 pixels (%L4 megapixels); the archive takes pictures up to %L5 "
               "megapixels. Save a smaller copy (3000 pixels wide is plenty for any page) and "
               "add that.")
                .arg(name)
                .arg(stored.width())
                .arg(stored.height())
                .arg(double(stored.width()) * stored.height() / 1e6, 0, 'f', 1)
                .arg(Picture::kMaxPixels / 1'000'000));
    }
    const bool turned = reader.transformation().testFlag(QImageIOHandler::TransformationRotate90);
    const QSize shown = turned ? stored.transposed() : stored;
    // Decoded straight at the widest rendition's size: JPEG scales while decoding.
    const QSize widest = scaledTo(shown, qMin(shown.width(), kMaxRenditionWidth));
    if (widest != shown) {
        reader.setScaledSize(turned ? widest.transposed() : widest);
        // Below 50 Qt's JPEG reader takes libjpeg's fast IDCT and plain upsampling: a third
        // faster, and no difference a picture scaled down shows.
        reader.setQuality(kFastDecodeQuality);
    }

    auto hash = QtConcurrent::run(sha256, bytes);
    QImage image;
    {
        const ImageWarnings warnings;
        if (!reader.read(&image))
            return std::unexpected(damaged(name, reader.errorString()));
        if (!warnings.messages().isEmpty())
            return std::unexpected(damaged(name, warnings.messages().constFirst()));
    }
    const bool asJpeg =
        (kind == PictureType::Jpeg || kind == PictureType::WebP) && !image.hasAlphaChannel();
    if (image.format() != QImage::Format_RGB32 && image.format() != QImage::Format_ARGB32 &&
        image.format() != QImage::Format_Indexed8)
        image.convertTo(image.hasAlphaChannel() ? QImage::Format_ARGB32_Premultiplied
                                                : QImage::Format_RGB32);

    DecodedPicture decoded;
    decoded.renditions = QtConcurrent::blockingMapped(
        renditionWidthsFor(shown.width()),
        [&image, asJpeg](int width) { return rendition(image, width, asJpeg); });
    decoded.original = bytes;
    Picture &picture = decoded.picture;
    picture.hash = hash.result();
    picture.fileName = QFileInfo(fileName).fileName();
    picture.mimeType = PictureType::mimeType(kind);
    picture.width = shown.width();
    picture.height = shown.height();
    picture.bytes = bytes.size();
    for (const auto &[width, encoded] : decoded.renditions)
        picture.renditionWidths.append(width);
    qCDebug(lcMedia) << "Decoded" << name << shown << "with renditions" << picture.renditionWidths;
    return decoded;
}

// The widths to make: each listed one narrower than the picture, and the picture's own width
// up to kMaxRenditionWidth. Pages use only these copies, never the original, whose metadata
// may say where a source was (EXIF GPS); a copy is re-encoded and carries none.
QList<int> PictureDecoder::renditionWidthsFor(int width)
{
    const int widest = qMin(width, int(kMaxRenditionWidth));
    QList<int> widths;
    for (int w : kRenditionWidths)
        if (w < widest)
            widths.append(w);
    widths.append(widest);
    return widths;
}

Result PictureDecoder::decodeFile(const QString &path)
{
    const QString name = QFileInfo(path).fileName();
    auto bytes = readPictureFile(path, name.isEmpty() ? path : name);
    if (!bytes)
        return std::unexpected(bytes.error());
    return decode(*bytes, name);
}

Result PictureDecoder::fromImage(const QImage &image, const QString &fileName)
{
    if (image.isNull() || image.width() <= 0 || image.height() <= 0)
        return std::unexpected(tr("There is no picture to add (the clipboard holds none)."));
    const qint64 pixels = qint64(image.width()) * image.height();
    if (pixels > Picture::kMaxPixels) {
        return std::unexpected(tr("The pasted picture is %L1 × %L2 pixels; the archive takes "
                                  "pictures up to %L3 megapixels. Paste a smaller copy.")
                                   .arg(image.width())
                                   .arg(image.height())
                                   .arg(Picture::kMaxPixels / 1'000'000));
    }
    const bool asJpeg = !image.hasAlphaChannel() && pixels >= kPastedPhotoPixels;
    const PictureType::Kind kind = asJpeg ? PictureType::Jpeg : PictureType::Png;
    // The name follows what the bytes are, so the picture is never mislabelled.
    QString base = QFileInfo(fileName).fileName();
    if (PictureType::claimedBy(base) != PictureType::Unknown)
        base = QFileInfo(base).completeBaseName();
    if (base.isEmpty())
        base = tr("pasted picture");
    const QByteArray bytes = encode(image, asJpeg, kPastedJpegQuality);
    if (bytes.isEmpty())
        return std::unexpected(tr("The pasted picture could not be encoded."));
    return decode(bytes, base + u'.' + PictureType::suffix(kind));
}

} // namespace newsroom
