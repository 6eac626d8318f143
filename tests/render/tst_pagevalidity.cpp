#include "TestArchive.h"
#include "export/SiteExporter.h"
#include "importer/SampleArticles.h"
#include "media/PictureDecoder.h"

#include <QDirIterator>
#include <QFile>
#include <QImage>
#include <QProcess>
#include <QStandardPaths>
#include <QTest>

using namespace newsroom;
using namespace newsroom::test;

// Every page of an exported site passes the Nu Html Checker (vnu-jar from npm,
// installed by scripts/install-deps.sh) without a single error.
class TestPageValidity : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void exportedSiteIsValidHtml()
    {
        const QString vnu = QStringLiteral(NEWSROOM_VNU_JAR);
        QVERIFY2(QFile::exists(vnu), "vnu.jar missing: run scripts/install-deps.sh");
        const QString java = QStandardPaths::findExecutable(QStringLiteral("java"));
        QVERIFY2(!java.isEmpty(), "java missing: run scripts/install-deps.sh");

        TestArchive archive;
        QVERIFY(SampleArticles::addIfEmpty(archive.store()));
        Article tricky =
            makeArticle(QStringLiteral("Tables, code & <odd> \"input\""),
                        QStringLiteral("| a | b |\n|---|---|\n| 1 | 2 |\n\n```\ncode <x>\n```\n\n"
                                       "<div>raw</div>\n\n![pic](p.png)\n\n# Top heading"));
        tricky.aiGenerated = true;
        // French words, dates and guillemets with narrow no-break spaces; the samples bring
        // Korean and Arabic (right to left) pages.
        tricky.language = QStringLiteral("fr");
        tricky.body += QStringLiteral("\n\nIl a dit \"oui\" -- c'est tout...");
        tricky.status = ArticleStatus::Published;
        tricky.publishedAt = QDateTime(QDate(2026, 4, 18), QTime(8, 30), Qt::UTC);
        tricky.related = {RelatedItem{QStringLiteral("Out"), QStringLiteral("There."), 0,
                                      QStringLiteral("https://example.org/")}};

        // Pictures: the lead figure, a figure and an inline picture (issue 17).
        QImage image(1300, 800, QImage::Format_RGB32);
        image.fill(Qt::darkCyan);
        auto decoded = PictureDecoder::fromImage(image, QStringLiteral("harbour.png"));
        QVERIFY2(decoded, decoded ? "" : qPrintable(decoded.error()));
        auto picture = archive.store().addPicture(decoded->picture, decoded->original,
                                                  decoded->renditions);
        QVERIFY2(picture, picture ? "" : qPrintable(picture.error().message));
        QVERIFY(archive.store().describePicture(picture->hash, QStringLiteral("The <harbour>"),
                                                QStringLiteral("Photo: A & B"),
                                                QStringLiteral("Cranes \"at\" dawn")));
        const QString media = QStringLiteral("media:") + QString::fromLatin1(picture->hash);
        tricky.leadImage = {picture->hash, QString(), QString(), QStringLiteral("Lead <alt>")};
        tricky.body += QStringLiteral("\n\n![A \"chart\"](%1 \"Its <caption>\")\n\nInline "
                                      "![pic](%1) too.\n\n![](media:%2)")
                           .arg(media, QString(64, u'f'));
        tricky.section = QStringLiteral("Data & <Graphics>");
        tricky.tags = {QStringLiteral("charts"), QStringLiteral("\"quoted\" tag")};
        archive.saved(tricky);

        SiteExporter::Options options;
        options.includeUnpublished = true;
        options.siteName = QStringLiteral("Harbor Daily");
        options.baseUrl = QStringLiteral("https://news.example.org");
        QTemporaryDir site;
        QVERIFY(SiteExporter(archive.store(), options).exportTo(site.path()));
        QStringList files;
        QDirIterator pages(site.path(), {QStringLiteral("*.html")}, QDir::Files,
                           QDirIterator::Subdirectories);
        while (pages.hasNext())
            files.append(pages.next());
        QCOMPARE(files.size(), 9 + 1 + 3 + 7); // articles, index, sections, tags

        QProcess checker;
        checker.setProcessChannelMode(QProcess::MergedChannels);
        checker.start(java,
                      QStringList{QStringLiteral("-jar"), vnu, QStringLiteral("--errors-only"),
                                  QStringLiteral("--format"), QStringLiteral("gnu")} +
                          files);
        QVERIFY(checker.waitForFinished(180000));
        const QByteArray report = checker.readAll();
        QVERIFY2(checker.exitCode() == 0 && report.trimmed().isEmpty(), report.constData());
    }
};

QTEST_GUILESS_MAIN(TestPageValidity)
#include "tst_pagevalidity.moc"
