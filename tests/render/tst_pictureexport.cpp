// Pictures in exported sites and Markdown files (issue 17), on a real archive with real
// pictures (made with QImage, decoded by PictureDecoder, stored by the archive).

#include "TestArchive.h"
#include "TestPictures.h"
#include "export/ExportManifest.h"
#include "export/MarkdownExporter.h"
#include "export/SiteExporter.h"
#include "importer/ArticleImporter.h"
#include "importer/MarkdownPictures.h"
#include "media/PictureDecoder.h"
#include "render/PictureUrls.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QImage>
#include <QPainter>
#include <QRegularExpression>
#include <QTest>
#include <sys/stat.h>

using namespace newsroom;
using namespace newsroom::test;

namespace {

QByteArray readBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// A photo-like picture: a gradient with a disc, so that JPEG has something to encode.
QImage photo(int width, int height, QColor colour)
{
    QImage image(width, height, QImage::Format_RGB32);
    for (int y = 0; y < height; ++y) {
        for (int x = 0; x < width; ++x)
            image.setPixel(x, y, qRgb(x * 255 / width, y * 255 / height, colour.blue()));
    }
    QPainter painter(&image);
    painter.setBrush(colour);
    painter.drawEllipse(QPoint(width / 2, height / 2), width / 5, height / 5);
    return image;
}

QString media(const Picture &picture)
{
    return QStringLiteral("media:") + QString::fromLatin1(picture.hash);
}

QStringList filesUnder(const QString &folder, const QString &sub = QString())
{
    QStringList names;
    QDirIterator it(folder + sub, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext())
        names.append(QDir(folder).relativeFilePath(it.next()));
    names.sort();
    return names;
}

struct Desk
{
    TestArchive archive;
    Picture lead;
    Picture inBody;
    Article story;
};

void fillDesk(Desk &desk)
{
    desk.lead = storedPicture(desk.archive.store(),
                              encoded(photo(1300, 800, Qt::darkBlue), "JPEG", 90), "harbour.jpg");
    desk.inBody = storedPicture(desk.archive.store(), encoded(photo(700, 500, Qt::red), "PNG", 90),
                                "chart.png");
    QVERIFY(desk.archive.store().describePicture(desk.lead.hash, QStringLiteral("The harbour"),
                                                 QStringLiteral("Photo: Ana Ruiz"),
                                                 QStringLiteral("Cranes over the quay")));
    Article a = makeArticle(QStringLiteral("Cranes Return"));
    a.body = QStringLiteral("First.\n\n![A chart of arrivals](%1 \"Arrivals by month\")\n\n"
                            "More, with the chart inline ![chart](%1) too.")
                 .arg(media(desk.inBody));
    a.leadImage = {desk.lead.hash, QStringLiteral("Cranes at dawn"),
                   QStringLiteral("Photo: Ana Ruiz / Agency"), QStringLiteral("Two cranes")};
    a.status = ArticleStatus::Published;
    desk.story = desk.archive.saved(a);
}

SiteExporter::Report exportSite(ArticleStore &store, const QString &folder)
{
    SiteExporter::Options options;
    options.baseUrl = QStringLiteral("https://news.example.org");
    options.siteName = QStringLiteral("Harbor Daily");
    auto report = SiteExporter(store, options).exportTo(folder);
    if (!report)
        qFatal("export failed: %s", qPrintable(report.error().message));
    return *report;
}

} // namespace

class TestPictureExport : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void siteWritesEveryRenditionItsPagesName()
    {
        Desk desk;
        fillDesk(desk);
        if (QTest::currentTestFailed())
            return;
        QTemporaryDir out;
        const auto report = exportSite(desk.archive.store(), out.path());
        QVERIFY2(report.notes.size() == 0, qPrintable(report.notes.join('\n')));
        const QStringList mediaFiles = filesUnder(out.path(), QStringLiteral("/media"));
        const int expected =
            int(desk.lead.renditionWidths.size() + desk.inBody.renditionWidths.size());
        QCOMPARE(mediaFiles.size(), expected);
        QCOMPARE(report.pictureFilesWritten, expected);
        // Every file a page or the feed names is there, and each is the archive's rendition.
        const QString page =
            QString::fromUtf8(readBytes(out.filePath(QStringLiteral("cranes-return.html"))));
        static const QRegularExpression named(
            QStringLiteral("media/[0-9a-f]{64}-\\d+\\.(jpg|png)"));
        QSet<QString> referenced;
        for (auto it = named.globalMatch(page); it.hasNext();)
            referenced.insert(it.next().captured(0));
        QCOMPARE(referenced.size(), expected);
        for (const QString &path : referenced) {
            QVERIFY2(mediaFiles.contains(path), qPrintable(path));
            const QStringList parts = QFileInfo(path).completeBaseName().split(u'-');
            const auto bytes =
                desk.archive.store().pictureBytes(parts[0].toLatin1(), parts[1].toInt());
            QVERIFY(bytes);
            QCOMPARE(readBytes(out.filePath(path)), *bytes);
        }
        // The originals never go into the site.
        for (const Picture &p : {desk.lead, desk.inBody}) {
            const QByteArray original = *desk.archive.store().pictureBytes(p.hash, 0);
            for (const QString &name : filesUnder(out.path()))
                QVERIFY2(readBytes(out.filePath(name)) != original, qPrintable(name));
        }
        QVERIFY(page.contains(QStringLiteral("<figure class=\"lead\">")));
        QVERIFY(page.contains(QStringLiteral("<figcaption>Arrivals by month</figcaption>")));
        QVERIFY(
            page.contains(QStringLiteral("og:image\" content=\"https://news.example.org/media/")));
        const QString feed = QString::fromUtf8(readBytes(out.filePath(QStringLiteral("feed.xml"))));
        QVERIFY2(feed.contains(QStringLiteral("rel=\"enclosure\"")), qPrintable(feed));
        static const QRegularExpression length(
            QStringLiteral("length=\"(\\d+)\" href=\"https://news.example.org/(media/[^\"]+)\""));
        const auto enclosure = length.match(feed);
        QVERIFY(enclosure.hasMatch());
        QCOMPARE(enclosure.captured(1).toLongLong(),
                 QFileInfo(out.filePath(enclosure.captured(2))).size());
    }

    void unchangedPicturesAreNotWrittenAgain()
    {
        Desk desk;
        fillDesk(desk);
        if (QTest::currentTestFailed())
            return;
        QTemporaryDir out;
        const auto first = exportSite(desk.archive.store(), out.path());
        QVERIFY(first.pictureFilesWritten > 0);
        QHash<QString, qint64> inodes;
        for (const QString &name : filesUnder(out.path(), QStringLiteral("/media"))) {
            struct stat info;
            QCOMPARE(::stat(QFile::encodeName(out.filePath(name)).constData(), &info), 0);
            inodes.insert(name, qint64(info.st_ino)); // a rewrite renames a new file over it
        }
        const auto again = exportSite(desk.archive.store(), out.path());
        QCOMPARE(again.pictureFilesWritten, 0);
        QCOMPARE(again.pictureFilesUnchanged, first.pictureFilesWritten);
        QCOMPARE(again.written, 0);
        for (auto it = inodes.cbegin(); it != inodes.cend(); ++it) {
            struct stat info;
            QCOMPARE(::stat(QFile::encodeName(out.filePath(it.key())).constData(), &info), 0);
            QCOMPARE(qint64(info.st_ino), it.value());
        }
        // A file that went missing is written again; only it.
        const QString gone = inodes.cbegin().key();
        QVERIFY(QFile::remove(out.filePath(gone)));
        const auto third = exportSite(desk.archive.store(), out.path());
        QCOMPARE(third.pictureFilesWritten, 1);
        QVERIFY(QFile::exists(out.filePath(gone)));
    }

    // Pages are read and written a few hundred at a time, their pictures with them: a picture
    // first named in one batch and again in a later one is read and written once.
    void aPictureManyBatchesNameIsWrittenOnce()
    {
        Desk desk;
        fillDesk(desk);
        if (QTest::currentTestFailed())
            return;
        QList<Article> more;
        for (int i = 0; i < 600; ++i) {
            Article a = makeArticle(QStringLiteral("Harbour Notes %1").arg(i));
            a.status = ArticleStatus::Published;
            a.leadImage = desk.story.leadImage;
            if (i % 2 == 0)
                a.body = QStringLiteral("The chart again: ![chart](%1)").arg(media(desk.inBody));
            more.append(a);
        }
        QVERIFY(desk.archive.store().saveAll(more, SaveMode::KeepHistory));
        QTemporaryDir out;
        const auto report = exportSite(desk.archive.store(), out.path());
        const int renditions =
            int(desk.lead.renditionWidths.size() + desk.inBody.renditionWidths.size());
        QCOMPARE(report.articles, 601);
        QCOMPARE(report.pictureFilesWritten, renditions);
        QCOMPARE(filesUnder(out.path(), QStringLiteral("/media")).size(), renditions);
        const QString last = QString::fromUtf8(
            readBytes(out.filePath(QStringLiteral("harbour-notes-598.html"))));
        QVERIFY2(last.contains(QStringLiteral("media/") + QString::fromLatin1(desk.inBody.hash)),
                 "a page of the last batch names the picture the first one wrote");
    }

    void picturesNoPageUsesAreRemovedOnlyWhenOurs()
    {
        Desk desk;
        fillDesk(desk);
        if (QTest::currentTestFailed())
            return;
        QTemporaryDir out;
        exportSite(desk.archive.store(), out.path());
        const QStringList before = filesUnder(out.path(), QStringLiteral("/media"));
        QVERIFY(!before.isEmpty());
        // Someone's own file in media/, named like ours but never written by an export.
        const QString theirs = QStringLiteral("media/%1-480.jpg").arg(QString(64, u'e'));
        QVERIFY(writeBytes(out.filePath(theirs), "mine"));
        // One of ours edited by hand since: it no longer holds what we wrote.
        const QString edited = before.first();
        QVERIFY(writeBytes(out.filePath(edited), "retouched"));

        // The body's picture leaves the story (the lead stays).
        Article story = *desk.archive.store().article(desk.story.id);
        story.body = QStringLiteral("No chart any more.");
        desk.archive.saved(story);
        const auto report = exportSite(desk.archive.store(), out.path());
        const QStringList after = filesUnder(out.path(), QStringLiteral("/media"));
        for (int width : desk.inBody.renditionWidths) {
            const QString path = pictureurls::sitePath(desk.inBody, width);
            QCOMPARE(after.contains(path), path == edited);
        }
        for (int width : desk.lead.renditionWidths)
            QVERIFY(after.contains(pictureurls::sitePath(desk.lead, width)));
        QVERIFY(after.contains(theirs));
        QCOMPARE(readBytes(out.filePath(theirs)), QByteArray("mine"));
        QVERIFY(report.removed >= int(desk.inBody.renditionWidths.size()) - 1);

        // The story unpublished: every picture file of ours goes.
        story = *desk.archive.store().article(desk.story.id);
        story.status = ArticleStatus::Draft;
        story.publishedAt = {};
        desk.archive.saved(story);
        exportSite(desk.archive.store(), out.path());
        const QStringList last = filesUnder(out.path(), QStringLiteral("/media"));
        QVERIFY2(last.size() <= 2,
                 qPrintable(last.join(' '))); // theirs, and the edited one if lead
        QVERIFY(last.contains(theirs));
    }

    void aLinkInTheMediaFolderIsNeverFollowed()
    {
        Desk desk;
        fillDesk(desk);
        if (QTest::currentTestFailed())
            return;
        QTemporaryDir out;
        QTemporaryDir elsewhere;
        QVERIFY(QFile::link(elsewhere.path(), out.filePath(QStringLiteral("media"))));
        SiteExporter::Options options;
        auto report = SiteExporter(desk.archive.store(), options).exportTo(out.path());
        QVERIFY(!report);
        QVERIFY2(report.error().message.contains(QStringLiteral("link")),
                 qPrintable(report.error().message));
        QVERIFY(QDir(elsewhere.path()).isEmpty());
    }

    void markdownRoundTripGivesBackThePictures()
    {
        Desk desk;
        fillDesk(desk);
        if (QTest::currentTestFailed())
            return;
        QTemporaryDir folder;
        const auto exported = MarkdownExporter(desk.archive.store()).exportTo(folder.path());
        QVERIFY(exported);
        QCOMPARE(exported->picturesWritten, 2);
        QVERIFY2(exported->skipped.isEmpty(), qPrintable(exported->skipped.join('\n')));
        const QString leadFile = MarkdownPictures::fileName(desk.story.slug, desk.lead);
        const QString bodyFile = MarkdownPictures::fileName(desk.story.slug, desk.inBody);
        QStringList expected{desk.story.slug + QStringLiteral(".md"), leadFile, bodyFile};
        expected.sort();
        QCOMPARE(filesUnder(folder.path()), expected);
        // The originals, byte for byte.
        QCOMPARE(readBytes(folder.filePath(leadFile)),
                 *desk.archive.store().pictureBytes(desk.lead.hash));
        const QString md = QString::fromUtf8(readBytes(folder.filePath(desk.story.slug + ".md")));
        QVERIFY2(md.contains(QStringLiteral("image: \"%1\"").arg(leadFile)), qPrintable(md));
        QVERIFY(md.contains(QStringLiteral("image_alt: \"Two cranes\"")));
        QVERIFY(md.contains(QStringLiteral("image_credit: \"Photo: Ana Ruiz / Agency\"")));
        QVERIFY(md.contains(
            QStringLiteral("![A chart of arrivals](%1 \"Arrivals by month\")").arg(bodyFile)));
        QVERIFY(!md.contains(QStringLiteral("media:")));

        // Into a fresh archive: the same articles, the same pictures.
        TestArchive fresh;
        const auto outcomes =
            ArticleImporter(fresh.store()).importFiles({folder.filePath(desk.story.slug + ".md")});
        QCOMPARE(outcomes.size(), 1);
        QVERIFY2(outcomes[0].error.isEmpty() && outcomes[0].warning.isEmpty(),
                 qPrintable(outcomes[0].error + outcomes[0].warning));
        const Article back = *fresh.store().article(outcomes[0].article->id);
        const Article was = *desk.archive.store().article(desk.story.id);
        QCOMPARE(back.body, was.body);
        QCOMPARE(back.leadImage, was.leadImage);
        QCOMPARE(back.headline, was.headline);
        QCOMPARE(back.slug, was.slug);
        for (const Picture &p : {desk.lead, desk.inBody}) {
            const auto theirs = fresh.store().picture(p.hash);
            QVERIFY(theirs);
            QCOMPARE(theirs->width, p.width);
            QCOMPARE(*fresh.store().pictureBytes(p.hash),
                     *desk.archive.store().pictureBytes(p.hash));
            QCOMPARE(theirs->renditionWidths, p.renditionWidths);
        }

        // Exported again: the pictures are already there and are not written again.
        const auto again = MarkdownExporter(desk.archive.store()).exportTo(folder.path());
        QCOMPARE(again->picturesWritten, 0);
        QCOMPARE(again->picturesUnchanged, 2);
    }

    void markdownNeverOverwritesAFileItDidNotWrite()
    {
        Desk desk;
        fillDesk(desk);
        if (QTest::currentTestFailed())
            return;
        QTemporaryDir folder;
        const QString leadFile = MarkdownPictures::fileName(desk.story.slug, desk.lead);
        QVERIFY(writeBytes(folder.filePath(leadFile), "someone's own file"));
        const auto exported = MarkdownExporter(desk.archive.store()).exportTo(folder.path());
        QVERIFY(exported);
        QCOMPARE(readBytes(folder.filePath(leadFile)), QByteArray("someone's own file"));
        QCOMPARE(exported->picturesWritten, 1);
        QVERIFY2(exported->skipped.join('\n').contains(leadFile),
                 qPrintable(exported->skipped.join('\n')));
        const QString md = QString::fromUtf8(readBytes(folder.filePath(desk.story.slug + ".md")));
        QVERIFY(!md.contains(QStringLiteral("image:")));
    }

    void importReadsOnlyPicturesInsideTheFolder()
    {
        QTemporaryDir root;
        QVERIFY(QDir(root.path()).mkpath(QStringLiteral("site/images")));
        const QByteArray jpeg = encoded(photo(900, 600, Qt::darkGreen), "JPEG", 90);
        QVERIFY(writeBytes(root.filePath(QStringLiteral("outside.jpg")), jpeg));
        QVERIFY(writeBytes(root.filePath(QStringLiteral("site/images/inside.jpg")), jpeg));
        QVERIFY(QFile::link(root.filePath(QStringLiteral("outside.jpg")),
                            root.filePath(QStringLiteral("site/linked.jpg"))));
        QVERIFY(QFile::link(root.filePath(QStringLiteral("site/images")),
                            root.filePath(QStringLiteral("site/via"))));
        const auto importWith = [&](const QString &image, const QString &body) {
            const QString path = root.filePath(QStringLiteral("site/story.md"));
            writeBytes(path, QStringLiteral("---\ntitle: \"Story\"\nimage: \"%1\"\n---\n\n%2\n")
                                 .arg(image, body)
                                 .toUtf8());
            TestArchive fresh;
            auto outcomes = ArticleImporter(fresh.store()).importFiles({path});
            auto library = fresh.store().pictures(QString(), 10);
            return std::tuple{outcomes.value(0), library ? int(library->size()) : -1};
        };
        for (const QString &refused :
             {QStringLiteral("../outside.jpg"), root.filePath(QStringLiteral("outside.jpg")),
              QStringLiteral("linked.jpg"), QStringLiteral("via/inside.jpg"),
              QStringLiteral("images/../../outside.jpg"), QStringLiteral("missing.jpg")}) {
            const auto [outcome, pictures] = importWith(refused, QStringLiteral("Text."));
            QVERIFY2(outcome.error.isEmpty(), qPrintable(outcome.error));
            QVERIFY2(outcome.warning.contains(QStringLiteral("was not read")),
                     qPrintable(refused + outcome.warning));
            QVERIFY(outcome.article && outcome.article->leadImage.isEmpty());
            QCOMPARE(pictures, 0);
            // The same in the body: the path stays as it was.
            const auto [inBody, bodyPictures] =
                importWith(QString(), QStringLiteral("![x](%1)").arg(refused));
            QVERIFY2(inBody.warning.contains(QStringLiteral("was not read")) ||
                         refused.startsWith(u'/'), // an absolute path is no file beside it
                     qPrintable(refused + inBody.warning));
            QCOMPARE(bodyPictures, 0);
            QVERIFY(inBody.article->body.contains(refused));
        }
        const auto [good, pictures] = importWith(QStringLiteral("images/inside.jpg"),
                                                 QStringLiteral("![x](images/inside.jpg)"));
        QVERIFY2(good.warning.isEmpty(), qPrintable(good.warning));
        QCOMPARE(pictures, 1);
        const QByteArray hash = QCryptographicHash::hash(jpeg, QCryptographicHash::Sha256).toHex();
        QCOMPARE(good.article->leadImage.hash, hash);
        QCOMPARE(good.article->body,
                 QStringLiteral("![x](media:%1)").arg(QString::fromLatin1(hash)));
        // Something not a picture named .jpg: refused with the decoder's words, nothing added.
        QVERIFY(writeBytes(root.filePath(QStringLiteral("site/fake.jpg")), "<html><script>"));
        const auto [fake, none] = importWith(QStringLiteral("fake.jpg"), QStringLiteral("Text."));
        QVERIFY(!fake.warning.isEmpty());
        QCOMPARE(none, 0);
    }
};

QTEST_MAIN(TestPictureExport)
#include "tst_pictureexport.moc"
