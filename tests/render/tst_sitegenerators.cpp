#include "TestArchive.h"
#include "export/MarkdownExporter.h"
#include "importer/SampleArticles.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTest>

using namespace newsroom;
using namespace newsroom::test;

namespace {
void copyTree(const QString &from, const QString &to)
{
    QDirIterator it(from, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString source = it.next();
        const QString target = to + source.mid(from.size());
        QDir().mkpath(QFileInfo(target).absolutePath());
        QFile::copy(source, target);
    }
}

QString readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

QByteArray build(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(program, arguments);
    if (!process.waitForFinished(180000) || process.exitCode() != 0)
        return "failed: " + process.readAll();
    return {};
}
} // namespace

// export-md's front matter is read by the generators newsrooms publish with: Hugo and Jekyll
// build the exported sample articles, titles, deks and tables included.
class TestSiteGenerators : public QObject
{
    Q_OBJECT

    TestArchive m_archive;

private Q_SLOTS:
    void initTestCase() { QVERIFY(SampleArticles::addIfEmpty(m_archive.store())); }

    void hugoBuildsTheExport()
    {
        const QString hugo = QStandardPaths::findExecutable(QStringLiteral("hugo"));
        QVERIFY2(!hugo.isEmpty(), "hugo missing: run scripts/install-deps.sh");
        QTemporaryDir site;
        copyTree(QStringLiteral(NEWSROOM_HUGO_SITE), site.path());
        QCOMPARE(MarkdownExporter(m_archive.store())
                     .exportTo(site.filePath(QStringLiteral("content/news")))
                     ->written,
                 8);
        const QByteArray failure =
            build(hugo, {QStringLiteral("--quiet"), QStringLiteral("--buildDrafts"),
                         QStringLiteral("--source"), site.path()});
        QVERIFY2(failure.isEmpty(), failure.constData());
        const QString page = readAll(site.filePath(
            QStringLiteral("public/news/divers-count-fewer-bleached-corals/index.html")));
        QVERIFY(page.contains(
            QStringLiteral("<h1>Divers Count Fewer Bleached Corals in Spring Reef Survey</h1>")));
        QVERIFY(page.contains(QStringLiteral("<table>")));
        QVERIFY(page.contains(
            QStringLiteral("River Valley Braces for Record Heat"))); // related, from front matter
    }

    void jekyllBuildsTheExport()
    {
        const QString jekyll = QStandardPaths::findExecutable(QStringLiteral("jekyll"));
        QVERIFY2(!jekyll.isEmpty(), "jekyll missing: run scripts/install-deps.sh");
        QTemporaryDir site;
        copyTree(QStringLiteral(NEWSROOM_TEST_DATA "/jekyll-site"), site.path());
        QCOMPARE(MarkdownExporter(m_archive.store())
                     .exportTo(site.filePath(QStringLiteral("news")))
                     ->written,
                 8);
        const QByteArray failure = build(
            jekyll, {QStringLiteral("build"), QStringLiteral("--quiet"), QStringLiteral("-s"),
                     site.path(), QStringLiteral("-d"), site.filePath(QStringLiteral("out"))});
        QVERIFY2(failure.isEmpty(), failure.constData());
        const QString page = readAll(
            site.filePath(QStringLiteral("out/news/harbor-city-rowers-win-regional-cup.html")));
        QVERIFY(page.contains(
            QStringLiteral("<h1>Harbor City Rowers Win Regional Cup on Final Stroke</h1>")));
        QVERIFY(page.contains(QStringLiteral("Dev Patel | Sport | rowing, harbor city")));
        QVERIFY(page.contains(QStringLiteral("<h2 id=\"a-late-push\">A Late Push</h2>")));
    }
};

QTEST_GUILESS_MAIN(TestSiteGenerators)
#include "tst_sitegenerators.moc"
