#include "PictureBenchmark.h"

#include "Stats.h"
#include "media/PictureDecoder.h"

#include <QBuffer>
#include <QElapsedTimer>
#include <QFile>
#include <QImage>
#include <QImageWriter>
#include <QJsonArray>
#include <QRandomGenerator>

namespace newsroom::bench {

namespace {

constexpr int kWidth = 4000; // 4000 × 3000: 12 megapixels, as a phone or a DSLR takes them
constexpr int kHeight = 3000;

// Gradients and noise: a photo's texture, so the JPEG is of a photo's size (a few MB), not
// a flat colour's.
QByteArray photoJpeg()
{
    QImage image(kWidth, kHeight, QImage::Format_RGB32);
    QRandomGenerator random(17);
    for (int y = 0; y < kHeight; ++y) {
        auto *line = reinterpret_cast<QRgb *>(image.scanLine(y));
        for (int x = 0; x < kWidth; ++x) {
            const int noise = int(random.bounded(32));
            line[x] = qRgb((x * 255 / kWidth + noise) % 256, (y * 255 / kHeight + noise) % 256,
                           (96 + ((x / 7) ^ (y / 5)) % 96 + noise) % 256);
        }
    }
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QImageWriter writer(&buffer, "jpeg");
    writer.setQuality(90);
    writer.write(image);
    return bytes;
}

} // namespace

QJsonObject PictureBenchmark::measure(const QString &folder, int repeats)
{
    const QString path = folder + QStringLiteral("/photo-12mp.jpg");
    const QByteArray jpeg = photoJpeg();
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(jpeg) != jpeg.size())
        return {{QStringLiteral("error"), QStringLiteral("cannot write %1").arg(path)}};
    file.close();

    QList<double> samples;
    QJsonArray widths;
    PictureDecoder::decodeFile(path); // warms the plugins' loading, as any import after the first
    for (int i = 0; i < std::max(5, repeats); ++i) {
        QElapsedTimer timer;
        timer.start();
        const auto decoded = PictureDecoder::decodeFile(path);
        samples.append(double(timer.nsecsElapsed()) / 1e6);
        if (!decoded)
            return {{QStringLiteral("error"), decoded.error()}};
        if (widths.isEmpty()) {
            for (int width : decoded->picture.renditionWidths)
                widths.append(width);
        }
    }
    return {{QStringLiteral("import_12mp_ms"), percentile(samples, 50)},
            {QStringLiteral("import_12mp_max_ms"), percentile(samples, 100)},
            {QStringLiteral("jpeg_mb"), double(jpeg.size()) / 1e6},
            {QStringLiteral("rendition_widths"), widths},
            {QStringLiteral("target_import_le_300ms"), percentile(samples, 50) <= 300}};
}

} // namespace newsroom::bench
