#pragma once

// One page exported with its pictures (issue 17), the same checks for PageExporter
// (tst_pageexport), `newsroom-cli render -o` (tst_cli) and File → Export → This Page
// (tst_export): the page and exactly the renditions it names beside it, never an original;
// a link planted at media/, at a rendition's name or at the page is refused, never followed.

#include "HostileFiles.h"
#include "TestPictures.h"
#include "media/PictureDecoder.h"
#include "media/PictureRefs.h"
#include "model/Article.h"
#include "render/PictureUrls.h"
#include "store/ArticleStore.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <functional>

namespace newsroom::test {

struct PicturedStory
{
    Picture lead;      // a phone's JPEG: its original holds kSecretPlace
    Picture inBody;    // a PNG, twice in the body: its original holds kSecretComment
    QByteArray absent; // named in the body, not in the archive
    Article story;
};

inline PicturedStory picturedStory(ArticleStore &store)
{
    PicturedStory s;
    s.lead = storedPicture(store, cameraJpeg(1600, 1000), QStringLiteral("harbour.jpg"));
    QImage chart = photoImage(700, 500, 7);
    chart.setText(QStringLiteral("Comment"), QString::fromLatin1(kSecretComment)); // a tEXt chunk
    s.inBody = storedPicture(store, encoded(chart, "png"), QStringLiteral("chart.png"));
    s.absent = QByteArray(64, 'e');
    Article a;
    a.headline = QStringLiteral("Cranes Return");
    a.dek = QStringLiteral("The harbour's cranes are back."); // else the body gives the description
    a.body = QStringLiteral("First.\n\n![A chart of arrivals](media:%1 \"Arrivals by month\")\n\n"
                            "![Gone](media:%2 \"Not in the archive\")\n\n"
                            "The chart again ![chart](media:%1).")
                 .arg(QString::fromLatin1(s.inBody.hash), QString::fromLatin1(s.absent));
    a.leadImage = {s.lead.hash, QStringLiteral("Cranes at dawn"), QStringLiteral("Photo: Ana Ruiz"),
                   QStringLiteral("Two cranes")};
    a.status = ArticleStatus::Published;
    auto saved = store.save(a);
    if (!saved)
        qFatal("save failed: %s", qPrintable(saved.error().message));
    s.story = *saved;
    return s;
}

inline QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// Every file under `folder`, relative to it, sorted.
inline QStringList filesIn(const QString &folder)
{
    QStringList names;
    QDirIterator it(folder, QDir::Files | QDir::Hidden | QDir::System,
                    QDirIterator::Subdirectories);
    while (it.hasNext())
        names.append(QDir(folder).relativeFilePath(it.next()));
    names.sort();
    return names;
}

// `folder` holds `pageName` and exactly the renditions the page names (every width of both
// pictures), each the archive's bytes; no file holds an original or its camera's words; the
// picture the archive lacks is not on the page.
inline void checkPageWithPictures(ArticleStore &store, const PicturedStory &s,
                                  const QString &folder, const QString &pageName)
{
    const QByteArray page = fileBytes(QDir(folder).filePath(pageName));
    QVERIFY2(page.startsWith("<!DOCTYPE html>"), page.left(200).constData());
    QSet<QString> expected;
    for (const Picture &p : {s.lead, s.inBody}) {
        QVERIFY(!p.renditionWidths.isEmpty());
        for (int width : p.renditionWidths)
            expected.insert(pictureurls::sitePath(p, width));
    }
    // What the page names: src and every srcset candidate.
    static const QRegularExpression attribute(QStringLiteral("(src|srcset)=\"([^\"]*)\""));
    QSet<QString> named;
    for (auto it = attribute.globalMatch(QString::fromUtf8(page)); it.hasNext();) {
        const auto match = it.next();
        for (const QString &candidate : match.captured(2).split(u',', Qt::SkipEmptyParts))
            named.insert(candidate.trimmed().section(u' ', 0, 0));
    }
    QCOMPARE(named, expected);
    QStringList files(expected.cbegin(), expected.cend());
    files.append(pageName);
    files.sort();
    QCOMPARE(filesIn(folder), files);
    QVERIFY(page.contains("<figure class=\"lead\">"));
    QVERIFY(page.contains("<figcaption>Arrivals by month</figcaption>"));
    QVERIFY(!page.contains(s.absent));
    QVERIFY(!page.contains("Not in the archive"));
    QVERIFY(!page.contains("media:"));
    for (const QString &path : std::as_const(expected)) {
        const QStringList parts = QFileInfo(path).completeBaseName().split(u'-');
        const auto rendition = store.pictureBytes(parts[0].toLatin1(), parts[1].toInt());
        QVERIFY(rendition);
        QCOMPARE(fileBytes(QDir(folder).filePath(path)), *rendition);
    }
    const QByteArray original = *store.pictureBytes(s.lead.hash, 0);
    QVERIFY(original.contains(kSecretPlace)); // the test means something
    QVERIFY(store.pictureBytes(s.inBody.hash, 0)->contains(kSecretComment));
    for (const QString &name : filesIn(folder)) {
        const QByteArray bytes = fileBytes(QDir(folder).filePath(name));
        QVERIFY2(!bytes.contains(kSecretPlace) && !bytes.contains(kSecretComment),
                 qPrintable(name));
        QVERIFY2(bytes != original && bytes != *store.pictureBytes(s.inBody.hash, 0),
                 qPrintable(name));
    }
}

// `exportPage` writes the story's page to the path given and returns the error's message
// (empty when written). A link at media/ (to a folder outside), at a rendition's name (to a
// file outside) or at the page itself is refused, the outside left as it was, and no page
// is written that names files which are not there.
inline void checkPlantedLinksAreRefused(const std::function<QString(const QString &)> &exportPage,
                                        const PicturedStory &s, const QString &root)
{
    const QString decoy = root + QStringLiteral("/decoy");
    QVERIFY(makeDecoyTree(decoy));
    const auto outside = snapshot(decoy);

    const QString linkedFolder = root + QStringLiteral("/linked-folder");
    QVERIFY(QDir().mkpath(linkedFolder));
    QVERIFY(
        QFile::link(decoy + QStringLiteral("/folder"), linkedFolder + QStringLiteral("/media")));
    QString error = exportPage(linkedFolder + QStringLiteral("/page.html"));
    QVERIFY2(error.contains(QStringLiteral("symbolic link")), qPrintable(error));
    QVERIFY2(error.contains(QStringLiteral("media")), qPrintable(error));
    QVERIFY(!QFileInfo::exists(linkedFolder + QStringLiteral("/page.html")));
    QCOMPARE(snapshot(decoy), outside);

    const QString linkedFile = root + QStringLiteral("/linked-file");
    QVERIFY(QDir().mkpath(linkedFile + QStringLiteral("/media")));
    const QString rendition = pictureurls::sitePath(s.inBody, s.inBody.renditionWidths.first());
    QVERIFY(QFile::link(decoy + QStringLiteral("/precious.txt"),
                        linkedFile + QLatin1Char('/') + rendition));
    error = exportPage(linkedFile + QStringLiteral("/page.html"));
    QVERIFY2(error.contains(QStringLiteral("symbolic link")), qPrintable(error));
    QVERIFY2(error.contains(QStringLiteral("-%1.png").arg(s.inBody.renditionWidths.first())),
             qPrintable(error)); // the name, its hash shortened
    QVERIFY(!QFileInfo::exists(linkedFile + QStringLiteral("/page.html")));
    QVERIFY(QFileInfo(linkedFile + QLatin1Char('/') + rendition).isSymLink());
    QCOMPARE(snapshot(decoy), outside);

    const QString linkedPage = root + QStringLiteral("/linked-page");
    QVERIFY(QDir().mkpath(linkedPage));
    QVERIFY(QFile::link(decoy + QStringLiteral("/precious.txt"),
                        linkedPage + QStringLiteral("/page.html")));
    error = exportPage(linkedPage + QStringLiteral("/page.html"));
    QVERIFY2(error.contains(QStringLiteral("page.html: it is a symbolic link")), qPrintable(error));
    QVERIFY(QFileInfo(linkedPage + QStringLiteral("/page.html")).isSymLink());
    QCOMPARE(snapshot(decoy), outside);

    // A plain file of ours already there is replaced: the export goes through again.
    QVERIFY(QFile::remove(linkedFile + QLatin1Char('/') + rendition));
    QVERIFY(writeFile(linkedFile + QLatin1Char('/') + rendition, "stale"));
    error = exportPage(linkedFile + QStringLiteral("/page.html"));
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(fileBytes(linkedFile + QLatin1Char('/') + rendition) != "stale");
    QVERIFY(QFileInfo::exists(linkedFile + QStringLiteral("/page.html")));
}

} // namespace newsroom::test
