#include "TestPictures.h"
#include "media/PictureDecoder.h"

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QImageReader>
#include <QLocale>
#include <QTemporaryDir>
#include <QTest>

using namespace newsroom;
using namespace newsroom::test;

// Every picture is hostile (issue 17): what the decoder takes, what it makes of it, and each
// way a file is refused, with the message naming the problem.
class TestPictureDecoder : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString path(const QString &name) const { return m_dir.filePath(name); }
    QString written(const QString &name, const QByteArray &bytes)
    {
        const QString file = path(name);
        if (!writeBytes(file, bytes))
            qFatal("cannot write %s", qPrintable(file));
        return file;
    }

    static QList<int> widthsOf(const DecodedPicture &decoded)
    {
        QList<int> widths;
        for (const auto &rendition : decoded.renditions)
            widths.append(rendition.first);
        return widths;
    }

    // Each rendition decodes at its width, as `format`, and repeats none of the original's
    // metadata.
    static void checkRenditions(const DecodedPicture &decoded, const char *format)
    {
        QCOMPARE(widthsOf(decoded), decoded.picture.renditionWidths);
        for (const auto &[width, bytes] : decoded.renditions) {
            QByteArray copy = bytes;
            QBuffer buffer(&copy);
            buffer.open(QIODevice::ReadOnly);
            QImageReader reader(&buffer);
            QCOMPARE(reader.format(), QByteArray(format));
            const QImage image = reader.read();
            QVERIFY2(!image.isNull(), qPrintable(reader.errorString()));
            QCOMPARE(image.width(), width);
            const int height = int(qRound(double(decoded.picture.height) * width /
                                          decoded.picture.width));
            QVERIFY(qAbs(image.height() - height) <= 1);
            QVERIFY(!bytes.contains("Exif"));
            QVERIFY(!bytes.contains(kSecretPlace));
            QVERIFY(!bytes.contains(kSecretComment));
        }
    }

    static void checkRefused(const std::expected<DecodedPicture, QString> &result,
                             const QStringList &words)
    {
        QVERIFY2(!result, "a hostile picture was taken");
        for (const QString &word : words)
            QVERIFY2(result.error().contains(word, Qt::CaseInsensitive),
                     qPrintable(QStringLiteral("\"%1\" lacks \"%2\"").arg(result.error(), word)));
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void jpegFromCameraIsTurnedAndStripped()
    {
        // Stored 2000 × 1200 on its side (orientation 6: turn 90° clockwise to show).
        const QByteArray original = cameraJpeg(2000, 1200, 6);
        QVERIFY(original.contains(kSecretPlace));
        auto decoded = PictureDecoder::decodeFile(written("harbour.jpg", original));
        QVERIFY2(decoded, qPrintable(decoded.error()));
        const Picture &picture = decoded->picture;
        QCOMPARE(picture.fileName, "harbour.jpg");
        QCOMPARE(picture.mimeType, "image/jpeg");
        QCOMPARE(picture.width, 1200);
        QCOMPARE(picture.height, 2000);
        QCOMPARE(picture.bytes, original.size());
        QCOMPARE(decoded->original, original);
        QCOMPARE(picture.hash, QCryptographicHash::hash(original, QCryptographicHash::Sha256).toHex());
        QCOMPARE(picture.renditionWidths, (QList<int>{480, 960, 1200}));
        checkRenditions(*decoded, "jpeg");
        // The red corner, stored top left, shows top right once turned.
        const QImage widest = QImage::fromData(decoded->renditions.constLast().second);
        QVERIFY(qRed(widest.pixel(widest.width() - 20, 20)) > 200);
        QVERIFY(qGreen(widest.pixel(widest.width() - 20, 20)) < 60);
        QVERIFY(qRed(widest.pixel(20, 20)) < 200 || qGreen(widest.pixel(20, 20)) > 60);
    }

    void largePictureIsCappedAtTheWidestRendition()
    {
        auto decoded = PictureDecoder::decode(encoded(photoImage(3000, 2000), "jpeg", 85),
                                              QStringLiteral("wide.jpeg"));
        QVERIFY2(decoded, qPrintable(decoded.error()));
        QCOMPARE(decoded->picture.width, 3000);
        QCOMPARE(decoded->picture.renditionWidths,
                 (QList<int>{480, 960, 1600, PictureDecoder::kMaxRenditionWidth}));
        checkRenditions(*decoded, "jpeg");
    }

    void smallPictureHasOneCopyOfItsOwnWidth()
    {
        auto decoded =
            PictureDecoder::decode(encoded(photoImage(300, 200), "jpeg"), QStringLiteral("a"));
        QVERIFY2(decoded, qPrintable(decoded.error()));
        QCOMPARE(decoded->picture.renditionWidths, QList<int>{300}); // pages never use the original
        checkRenditions(*decoded, "jpeg");
    }

    void pngKeepsItsTransparency()
    {
        QImage image(1000, 800, QImage::Format_ARGB32);
        image.fill(Qt::transparent);
        QPainter(&image).fillRect(100, 100, 400, 300, QColor(0, 128, 255, 200));
        image.setText(QStringLiteral("XML:com.adobe.xmp"), QString::fromLatin1(kSecretPlace));
        const QByteArray png = encoded(image, "png");
        QVERIFY(png.contains(kSecretPlace));
        auto decoded = PictureDecoder::decodeFile(written("logo.png", png));
        QVERIFY2(decoded, qPrintable(decoded.error()));
        QCOMPARE(decoded->picture.mimeType, "image/png");
        QCOMPARE(decoded->picture.renditionWidths, (QList<int>{480, 960, 1000}));
        checkRenditions(*decoded, "png");
        const QImage widest = QImage::fromData(decoded->renditions.constLast().second);
        QVERIFY(widest.hasAlphaChannel());
        QCOMPARE(qAlpha(widest.pixel(5, 5)), 0);
        QVERIFY(qAbs(qAlpha(widest.pixel(300, 250)) - 200) <= 2);
    }

    void gifIsTaken()
    {
        auto decoded = PictureDecoder::decodeFile(written("chart.gif", greyGif(600, 40)));
        QVERIFY2(decoded, qPrintable(decoded.error()));
        QCOMPARE(decoded->picture.mimeType, "image/gif");
        QCOMPARE(decoded->picture.width, 600);
        QCOMPARE(decoded->picture.height, 40);
        QCOMPARE(decoded->picture.renditionWidths, (QList<int>{480, 600}));
        checkRenditions(*decoded, "png");
    }

    void webpIsTakenWhenQtReadsIt()
    {
        if (!QImageReader::supportedImageFormats().contains("webp"))
            QFAIL("Qt's WebP plugin is missing: scripts/install-deps.sh installs "
                  "qt6-image-formats-plugins");
        auto decoded = PictureDecoder::decode(encoded(photoImage(800, 600), "webp", 80),
                                              QStringLiteral("boat.webp"));
        QVERIFY2(decoded, qPrintable(decoded.error()));
        QCOMPARE(decoded->picture.mimeType, "image/webp");
        QCOMPARE(decoded->picture.renditionWidths, (QList<int>{480, 800}));
        checkRenditions(*decoded, "jpeg");
    }

    void samePictureSameHash()
    {
        const QByteArray bytes = encoded(photoImage(200, 100), "png");
        auto a = PictureDecoder::decode(bytes, QStringLiteral("a.png"));
        auto b = PictureDecoder::decode(bytes, QStringLiteral("b.png"));
        QVERIFY(a && b);
        QCOMPARE(a->picture.hash, b->picture.hash);
        QCOMPARE(a->picture.hash.size(), 64);
    }

    void pastedPictures()
    {
        QImage shot(300, 200, QImage::Format_ARGB32);
        shot.fill(QColor(10, 20, 30, 128));
        auto small = PictureDecoder::fromImage(shot, QStringLiteral("Pasted.jpg"));
        QVERIFY2(small, qPrintable(small.error()));
        QCOMPARE(small->picture.mimeType, "image/png");
        QCOMPARE(small->picture.fileName, "Pasted.png"); // named as what it is
        auto photo = PictureDecoder::fromImage(photoImage(1500, 1000), QString());
        QVERIFY2(photo, qPrintable(photo.error()));
        QCOMPARE(photo->picture.mimeType, "image/jpeg");
        QVERIFY(photo->picture.fileName.endsWith(".jpg"));
        QCOMPARE(photo->picture.renditionWidths, (QList<int>{480, 960, 1500}));
        checkRefused(PictureDecoder::fromImage(QImage(), QStringLiteral("x")), {"no picture"});
    }

    // The refusals: each says what the file is and what to do.
    void truncatedJpeg()
    {
        const QByteArray jpeg = cameraJpeg(800, 600);
        checkRefused(PictureDecoder::decode(jpeg.left(jpeg.size() * 2 / 3), "cut.jpg"),
                     {"cut.jpg", "incomplete"});
        // Cut, but with an end marker after the cut: the decoder itself notices.
        checkRefused(PictureDecoder::decode(jpeg.left(jpeg.size() * 2 / 3) + "\xFF\xD9", "c.jpg"),
                     {"c.jpg", "damaged"});
    }

    void corruptPng()
    {
        QByteArray png = encoded(photoImage(400, 300), "png");
        const qsizetype idat = pngChunkAt(png, "IDAT");
        QByteArray badCrc = png;
        badCrc[idat + 20] = char(badCrc[idat + 20] ^ 0x55);
        checkRefused(PictureDecoder::decode(badCrc, "crc.png"), {"crc.png", "damaged"});
        // Garbage pixel data with a right CRC.
        QByteArray garbage(2000, '\0');
        for (char &c : garbage)
            c = char(QRandomGenerator::global()->bounded(256));
        const QByteArray header = png.left(pngChunkAt(png, "IHDR") + 25);
        checkRefused(PictureDecoder::decode(header + pngChunk("IDAT", garbage) + pngChunk("IEND", {}),
                                            "garbage.png"),
                     {"garbage.png", "damaged"});
        checkRefused(PictureDecoder::decode(png.left(png.size() - 30), "short.png"),
                     {"short.png", "incomplete"});
    }

    void decompressionBombs()
    {
        QElapsedTimer timer;
        timer.start();
        checkRefused(PictureDecoder::decode(pngClaiming(100000, 100000), "bomb.png"),
                     {"bomb.png", QLocale().toString(100000), "megapixels", "smaller copy"});
        // Just over the limit: 7072 × 7072 is 50.01 megapixels.
        checkRefused(PictureDecoder::decodeFile(written("big.png", pngClaiming(7072, 7072))),
                     {"big.png", QLocale().toString(7072), "megapixels"});
        QVERIFY2(timer.elapsed() < 2000, "a header over the limit was decoded");
    }

    void fileOverTheLimit()
    {
        const QString big = path("huge.jpg");
        QFile file(big);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QVERIFY(file.write(cameraJpeg(100, 100)));
        QVERIFY(file.resize(Picture::kMaxFileBytes + 1)); // sparse: nothing written to disk
        file.close();
        checkRefused(PictureDecoder::decodeFile(big), {"huge.jpg", QLocale().toString(20.0, 'f', 1) + " MB", "up to 20 MB"});
        checkRefused(PictureDecoder::decode(QByteArray(Picture::kMaxFileBytes + 1, 'x'), "m.png"),
                     {"m.png", "MB"});
    }

    void notPictures_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QStringList>("words");
        const QByteArray svg = "<?xml version=\"1.0\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\">"
                               "<script>alert(1)</script></svg>";
        QTest::newRow("svg") << "map.svg" << svg << QStringList{"map.svg", "SVG", "PNG"};
        QTest::newRow("svg named png") << "map.png" << svg << QStringList{"map.png", "SVG"};
        QTest::newRow("html named png")
            << "harbour.png" << QByteArray("<!DOCTYPE html><html><body>Not found</body></html>")
            << QStringList{"harbour.png is not a picture: it is an HTML page",
                           "Save the picture itself"};
        QTest::newRow("png named jpg") << "crane.jpg" << encoded(photoImage(50, 50), "png")
                                       << QStringList{"crane.jpg is a PNG picture",
                                                      "its name says JPEG", "crane.png"};
        QTest::newRow("jpeg named gif") << "x.gif" << encoded(photoImage(50, 50), "jpeg")
                                        << QStringList{"JPEG picture", "x.jpg"};
        QTest::newRow("empty") << "nothing.png" << QByteArray() << QStringList{"nothing.png", "empty"};
        QTest::newRow("pdf") << "scan.jpg" << QByteArray("%PDF-1.7\n%\xE2\xE3\n")
                             << QStringList{"scan.jpg", "PDF"};
        QTest::newRow("tiff") << "raw.tif" << QByteArray("II*\0\x08\0\0\0", 8)
                              << QStringList{"TIFF", "JPEG or PNG"};
        QTest::newRow("text") << "note.png" << QByteArray("caption: the harbour at dawn\n")
                              << QStringList{"note.png is not a picture", "text file"};
        QTest::newRow("noise") << "noise.jpg" << QByteArray("\x01\x02\x03\x04\x05\x06\x07\x08", 8)
                               << QStringList{"noise.jpg is not a picture", "unknown"};
    }
    void notPictures()
    {
        QFETCH(QString, name);
        QFETCH(QByteArray, bytes);
        QFETCH(QStringList, words);
        checkRefused(PictureDecoder::decode(bytes, name), words);
        checkRefused(PictureDecoder::decodeFile(written(name, bytes)), words);
    }

    void symbolicLinkIsNotFollowed()
    {
        const QString target = written("real.jpg", cameraJpeg(200, 100));
        QVERIFY(PictureDecoder::decodeFile(target));
        QVERIFY(QFile::link(target, path("link.jpg")));
        checkRefused(PictureDecoder::decodeFile(path("link.jpg")),
                     {"link.jpg", "symbolic link", "file the link points to"});
    }

    void folderAndMissingFile()
    {
        QVERIFY(QDir(m_dir.path()).mkpath("photos.jpg"));
        checkRefused(PictureDecoder::decodeFile(path("photos.jpg")), {"photos.jpg", "folder"});
        checkRefused(PictureDecoder::decodeFile(path("gone.jpg")), {"gone.jpg", "no such file"});
    }
};

QTEST_GUILESS_MAIN(TestPictureDecoder)
#include "tst_picturedecoder.moc"
