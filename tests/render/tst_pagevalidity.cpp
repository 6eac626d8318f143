#include "TestArchive.h"
#include "importer/SampleArticles.h"
#include "render/PageLinks.h"
#include "render/PageRenderer.h"

#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTest>

using namespace newsroom;
using namespace newsroom::test;

// Every page the default theme makes passes the Nu Html Checker (vnu-jar from npm,
// installed by scripts/install-deps.sh) without a single error.
class TestPageValidity : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void samplePagesAreValidHtml()
    {
        const QString vnu = QStringLiteral(NEWSROOM_VNU_JAR);
        QVERIFY2(QFile::exists(vnu), "vnu.jar missing: run scripts/install-deps.sh");
        const QString java = QStandardPaths::findExecutable(QStringLiteral("java"));
        QVERIFY2(!java.isEmpty(), "java missing: run scripts/install-deps.sh");

        TestArchive archive;
        QVERIFY(SampleArticles::addIfEmpty(archive.store()));
        Article tricky = makeArticle(QStringLiteral("Tables, code & <odd> \"input\""),
                                     QStringLiteral("| a | b |\n|---|---|\n| 1 | 2 |\n\n```\ncode <x>\n```\n\n"
                                                    "<div>raw</div>\n\n![pic](p.png)\n\n# Top heading"));
        tricky.aiGenerated = true;
        tricky.related = {RelatedItem{QStringLiteral("Out"), QStringLiteral("There."), 0, QStringLiteral("https://example.org/")}};
        archive.saved(tricky);

        auto renderer = PageRenderer::create(Theme::builtIn());
        QVERIFY(renderer);
        PageContext site;
        site.siteName = QStringLiteral("Harbor Daily");
        site.baseUrl = QStringLiteral("https://news.example.org");
        QStringList files;
        const QList<ArticleSummary> all = *archive.store().list({});
        for (const ArticleSummary &summary : all) {
            const Article article = *archive.store().article(summary.id);
            const auto page = (*renderer)->render(article, pagelinks::contextFor(archive.store(), article, site));
            QVERIFY(page);
            const QString path = archive.folder() + QLatin1Char('/') + pagelinks::pagePath(article.slug);
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(page->toUtf8());
            files.append(path);
        }
        QCOMPARE(files.size(), 7);

        QProcess checker;
        checker.setProcessChannelMode(QProcess::MergedChannels);
        checker.start(java, QStringList{QStringLiteral("-jar"), vnu, QStringLiteral("--errors-only"),
                                        QStringLiteral("--format"), QStringLiteral("gnu")} + files);
        QVERIFY(checker.waitForFinished(180000));
        const QByteArray report = checker.readAll();
        QVERIFY2(checker.exitCode() == 0 && report.trimmed().isEmpty(), report.constData());
    }
};

QTEST_GUILESS_MAIN(TestPageValidity)
#include "tst_pagevalidity.moc"
