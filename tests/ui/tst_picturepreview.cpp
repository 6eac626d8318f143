// The live preview shows the archive's pictures (issue 17) through its own scheme: the real
// window on a real archive file, the real Qt WebEngine, headless. Only renditions are ever
// served, a picture is read once and kept, and one the archive lacks is a placeholder that
// asks for nothing.

#include "EditorTest.h"
#include "MainWindow.h"
#include "TestArchive.h"
#include "TestGateway.h"
#include "TestPictures.h"
#include "WebEngineTest.h"
#include "editor/ArticleDocument.h"
#include "media/PictureDecoder.h"
#include "preview/PreviewPage.h"
#include "preview/PreviewPictures.h"
#include "preview/PreviewSchemeHandler.h"
#include "preview/PreviewWidget.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>
#include <QWebEnginePage>
#include <QWebEngineProfile>

using namespace newsroom;
using namespace newsroom::test;

namespace {

DecodedPicture decoded(const QByteArray &bytes, const QString &name)
{
    auto picture = PictureDecoder::decode(bytes, name);
    if (!picture)
        qFatal("cannot decode %s: %s", qPrintable(name), qPrintable(picture.error()));
    return *picture;
}

QString bodyWith(const QByteArray &hash, const QString &alt = QStringLiteral("A chart"))
{
    return QStringLiteral("First paragraph.\n\n![%1](media:%2 \"The chart\")\n\nLast paragraph.")
        .arg(alt, QString::fromLatin1(hash));
}

// Each picture of the story as the page has it: "complete|naturalWidth|src|srcset|alt|currentSrc".
constexpr const char *kImagesScript = R"js(
Array.from(document.querySelectorAll('#story img')).map(function (img) {
  return [img.complete, img.naturalWidth, img.getAttribute('src'), img.getAttribute('srcset'),
          img.alt, img.currentSrc].join('|');
})
)js";

} // namespace

class TestPicturePreview : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestArchive> m_archive;
    std::unique_ptr<MainWindow> m_window;
    DecodedPicture m_lead;  // a camera's JPEG, its metadata in the original only
    DecodedPicture m_chart; // a PNG

    Picture add(const DecodedPicture &picture)
    {
        // The test's own connection: to the window, another process adding it.
        auto added =
            m_archive->store().addPicture(picture.picture, picture.original, picture.renditions);
        if (!added)
            qFatal("addPicture failed: %s", qPrintable(added.error().message));
        return *added;
    }

    bool openWindowOn(Article article)
    {
        article = m_archive->saved(article);
        m_window = std::make_unique<MainWindow>(openGateway(m_archive->path()), m_archive->path());
        m_window->resize(1400, 1000);
        m_window->show();
        return openAndWait(*m_window, article.id) &&
               QTest::qWaitFor([&] { return storyText().contains(article.headline); }, 60000);
    }

    QVariant js(const QString &script) { return evaluate(m_window->preview()->page(), script); }
    QString storyText()
    {
        return js(QStringLiteral("document.getElementById('story').innerText")).toString();
    }
    QStringList images() { return js(QLatin1StringView(kImagesScript)).toStringList(); }
    int loadedImages()
    {
        int loaded = 0;
        for (const QString &image : images())
            loaded += image.startsWith(QStringLiteral("true|")) &&
                      !image.startsWith(QStringLiteral("true|0|"));
        return loaded;
    }
    int placeholders()
    {
        return js(QStringLiteral("document.querySelectorAll('#story .picture-missing').length"))
            .toInt();
    }
    PreviewSchemeHandler *scheme() const
    {
        return m_window->preview()->findChild<PreviewSchemeHandler *>();
    }
    PreviewPictures *pictures() const { return m_window->findChild<PreviewPictures *>(); }

    // Loads `path` of the preview scheme as a page of its own in the preview's profile:
    // whether it loaded, and what the browser took it for.
    std::pair<bool, QString> probe(const QString &path)
    {
        QWebEnginePage page(m_window->preview()->page()->profile());
        QSignalSpy finished(&page, &QWebEnginePage::loadFinished);
        page.load(QUrl(QStringLiteral("newsroom-preview://article/") + path));
        if (!finished.wait(20000))
            return {false, QStringLiteral("<timeout>")};
        const bool ok = finished.first().first().toBool();
        return {ok, ok ? evaluate(&page, QStringLiteral("document.contentType + ' ' + "
                                                        "(document.images[0] || {}).naturalWidth"))
                             .toString()
                       : QString()};
    }

    Article story()
    {
        Article a =
            makeArticle(QStringLiteral("Cranes at the harbour"), bodyWith(m_chart.picture.hash));
        a.leadImage.hash = m_lead.picture.hash;
        a.leadImage.altText = QStringLiteral("Cranes at dawn");
        return a;
    }

public:
    static void initMain() { prepareWebEngine(); }

private Q_SLOTS:
    void initTestCase()
    {
        m_lead = decoded(cameraJpeg(640, 420), QStringLiteral("cranes.jpg"));
        m_chart = decoded(encoded(photoImage(520, 300, 7), "png"), QStringLiteral("chart.png"));
        QCOMPARE(m_lead.picture.renditionWidths, (QList<int>{480, 640}));
        QCOMPARE(m_chart.picture.renditionWidths, (QList<int>{480, 520}));
    }

    void init() { m_archive = std::make_unique<TestArchive>(); }

    void cleanup()
    {
        m_window.reset();
        m_archive.reset();
    }

    // The lead image and a picture in the body load in the real page, named only by their
    // renditions on the preview's scheme.
    void leadAndBodyPicturesLoad()
    {
        add(m_lead);
        add(m_chart);
        QVERIFY(openWindowOn(story()));
        QTRY_COMPARE_WITH_TIMEOUT(loadedImages(), 2, 30000);
        QCOMPARE(placeholders(), 0);
        QCOMPARE(js(QStringLiteral("document.querySelectorAll('#story figure.lead img').length"))
                     .toInt(),
                 1);
        for (const QString &image : images()) {
            const QStringList parts = image.split(u'|');
            QCOMPARE(parts.size(), 6);
            const DecodedPicture &picture = parts[4] == u"Cranes at dawn" ? m_lead : m_chart;
            const QString prefix =
                QStringLiteral("media/") + QString::fromLatin1(picture.picture.hash) + u'-';
            const QList<int> widths = picture.picture.renditionWidths;
            // What the browser chose and decoded is a rendition, at one of their widths.
            const QString chosen = QStringLiteral("newsroom-preview://article/") + prefix;
            QVERIFY2(parts[5].startsWith(chosen) &&
                         widths.contains(parts[5].mid(chosen.size()).toInt()),
                     qPrintable(image));
            QVERIFY2(parts[2].startsWith(prefix) &&
                         widths.contains(parts[2].mid(prefix.size()).toInt()),
                     qPrintable(image));
            const QStringList candidates = parts[3].split(QStringLiteral(", "));
            QCOMPARE(candidates.size(), widths.size());
            for (int i = 0; i < widths.size(); ++i)
                QCOMPARE(candidates[i], QString(prefix + QString::number(widths[i]) + u' ' +
                                                QString::number(widths[i]) + u'w'));
        }
        QVERIFY(scheme()->archiveReads() >= 2);
        QVERIFY(scheme()->archiveReads() <= 4); // each rendition read at most once
    }

    // The scheme serves a rendition with its type, from its cache the second time, and
    // never the original (width 0) or a width the picture has no rendition at.
    void onlyRenditionsAreServed()
    {
        add(m_lead);
        add(m_chart);
        QVERIFY(openWindowOn(story()));
        QTRY_COMPARE_WITH_TIMEOUT(loadedImages(), 2, 30000);
        const QString lead = QStringLiteral("media/") + QString::fromLatin1(m_lead.picture.hash);
        const QString chart = QStringLiteral("media/") + QString::fromLatin1(m_chart.picture.hash);

        QCOMPARE(probe(lead + QStringLiteral("-480")),
                 std::make_pair(true, QStringLiteral("image/jpeg 480")));
        const int reads = scheme()->archiveReads();
        const int requests = scheme()->pictureRequests();
        QCOMPARE(probe(lead + QStringLiteral("-480")).second, QStringLiteral("image/jpeg 480"));
        QCOMPARE(scheme()->pictureRequests(), requests + 1); // asked again…
        QCOMPARE(scheme()->archiveReads(), reads);           // …and answered from the cache
        QCOMPARE(probe(chart + QStringLiteral("-520")),
                 std::make_pair(true, QStringLiteral("image/png 520")));

        const QStringList refused = {
            lead + QStringLiteral("-0"),   // the original
            lead + QStringLiteral("-960"), // no rendition so wide
            lead + QStringLiteral("-641"),
            lead + QStringLiteral("-+480"),
            lead,
            lead.toUpper(),
            QStringLiteral("media/") + QString(64, u'a') + QStringLiteral("-480"), // not there
            QStringLiteral("page.html/../") + lead + QStringLiteral("-0"),
            QStringLiteral("other.html"),
        };
        for (const QString &path : refused)
            QVERIFY2(!probe(path).first, qPrintable(path));

        // In the page too: the original asked for by an <img> of its own does not load,
        // while a rendition so asked for does.
        QVERIFY(
            js(QStringLiteral("for (const w of [0, 480]) { const i = document.createElement('img');"
                              " i.id = 'probe' + w; i.src = '%1-' + w;"
                              " document.getElementById('story').append(i); } true")
                   .arg(lead))
                .toBool());
        const QString state =
            QStringLiteral("(function (i) { return i.complete + ' ' + i.naturalWidth; })"
                           "(document.getElementById('%1'))");
        QTRY_COMPARE_WITH_TIMEOUT(js(state.arg(QStringLiteral("probe480"))).toString(),
                                  QStringLiteral("true 480"), 20000);
        QTRY_COMPARE_WITH_TIMEOUT(js(state.arg(QStringLiteral("probe0"))).toString(),
                                  QStringLiteral("true 0"), 20000);

        // The scheme serves its pictures without opening the page to files: a picture on
        // disk, asked for by file:// URL, does not load.
        const QString onDisk = QDir(m_archive->folder()).filePath(QStringLiteral("on-disk.png"));
        QVERIFY(writeBytes(onDisk, encoded(photoImage(40, 30), "png")));
        QVERIFY(js(QStringLiteral("const i = document.createElement('img'); i.id = 'disk';"
                                  " i.src = %1; document.getElementById('story').append(i); true")
                       .arg(QString::fromUtf8(
                                QJsonDocument(QJsonArray{QUrl::fromLocalFile(onDisk).toString()})
                                    .toJson(QJsonDocument::Compact))
                                .mid(1)
                                .chopped(1)))
                    .toBool());
        QTRY_COMPARE_WITH_TIMEOUT(js(state.arg(QStringLiteral("disk"))).toString(),
                                  QStringLiteral("true 0"), 20000);
    }

    // A picture the article names before the archive has it shows once it is added
    // (elsewhere: the window hears of it as of any outside change), patched in, not reloaded.
    void aPictureAddedLaterShows()
    {
        add(m_lead);
        QVERIFY(openWindowOn(story()));
        QTRY_COMPARE_WITH_TIMEOUT(loadedImages(), 1, 30000);
        QTRY_COMPARE_WITH_TIMEOUT(placeholders(), 1, 10000);
        QVERIFY(storyText().contains(QStringLiteral("Picture not in the archive")));

        QSignalSpy reloads(m_window->preview()->page(), &QWebEnginePage::loadStarted);
        add(m_chart);
        QTRY_COMPARE_WITH_TIMEOUT(loadedImages(), 2, 30000);
        QCOMPARE(placeholders(), 0);
        QVERIFY(!storyText().contains(QStringLiteral("Picture not in the archive")));
        QCOMPARE(reloads.count(), 0);
    }

    // A picture the archive does not have is a placeholder, asked for once (again only after
    // forget(), as after any change to the archive): however often the page is rendered, the
    // archive is not asked again and the page asks the scheme for nothing.
    void anUnknownPictureIsAPlaceholderAskedForOnce()
    {
        const QByteArray unknown = QByteArray(64, 'a');
        Article a = makeArticle(QStringLiteral("Nothing to see"), bodyWith(unknown));
        a.leadImage.hash = QByteArray(64, 'b');
        add(m_chart); // the archive has pictures, not these
        {
            auto gateway = openGateway(m_archive->path());
            PreviewPictures lookups(*gateway);
            QSignalSpy answers(&lookups, &PreviewPictures::picturesChanged);
            QVERIFY(lookups.shelfFor(a).pictures.isEmpty());
            QCOMPARE(gateway->pendingRequests(), 1);
            QVERIFY(lookups.shelfFor(a).pictures.isEmpty());
            QCOMPARE(gateway->pendingRequests(), 1); // one lookup at a time
            QVERIFY(answers.wait(10000));
            QVERIFY(settled(*gateway));
            for (int render = 0; render < 20; ++render) {
                const PictureShelf shelf = lookups.shelfFor(a);
                QVERIFY(shelf.pictures.isEmpty());
                QCOMPARE(shelf.target, PictureShelf::Target::Preview);
                QCOMPARE(gateway->pendingRequests(), 0);
            }
            QCOMPARE(answers.count(), 1);
            lookups.forget();
            QVERIFY(lookups.shelfFor(a).pictures.isEmpty());
            QCOMPARE(gateway->pendingRequests(), 1);
            QVERIFY(settled(*gateway));
            // A known picture is on the shelf at once, without asking.
            Article known = a;
            known.body = bodyWith(m_chart.picture.hash);
            QVERIFY(lookups.shelfFor(known).pictures.isEmpty());
            QVERIFY(settled(*gateway));
            QVERIFY(lookups.shelfFor(known).find(m_chart.picture.hash));
            QCOMPARE(gateway->pendingRequests(), 0);
        }

        QVERIFY(openWindowOn(a));
        QTRY_COMPARE_WITH_TIMEOUT(placeholders(), 2, 30000);
        typeInBody(*m_window, QStringLiteral(" Still typing."));
        QTRY_VERIFY_WITH_TIMEOUT(storyText().contains(QStringLiteral("Still typing.")), 10000);
        QVERIFY(settled(*m_window->gateway()));
        QCOMPARE(placeholders(), 2);
        QCOMPARE(images().size(), 0);
        QCOMPARE(scheme()->pictureRequests(), 0);
    }

    // Typing after the pictures show patches the page without reading them again, even when
    // an <img> itself is replaced (its alt text changed).
    void typingDoesNotReadPicturesAgain()
    {
        add(m_lead);
        add(m_chart);
        QVERIFY(openWindowOn(story()));
        QTRY_COMPARE_WITH_TIMEOUT(loadedImages(), 2, 30000);
        QVERIFY(settled(*m_window->gateway()));
        const int reads = scheme()->archiveReads();
        const int requests = scheme()->pictureRequests();
        QSignalSpy reloads(m_window->preview()->page(), &QWebEnginePage::loadStarted);

        typeInBody(*m_window, QStringLiteral(" More words."));
        QTRY_VERIFY_WITH_TIMEOUT(storyText().contains(QStringLiteral("More words.")), 10000);
        m_window->document()->edit(ArticleField::Body,
                                   bodyWith(m_chart.picture.hash, QStringLiteral("A new chart")));
        QTRY_VERIFY_WITH_TIMEOUT(images().join(u'\n').contains(QStringLiteral("|A new chart")),
                                 10000);
        QTRY_COMPARE_WITH_TIMEOUT(loadedImages(), 2, 10000);
        QCOMPARE(reloads.count(), 0);
        QCOMPARE(scheme()->archiveReads(), reads);
        qInfo("picture requests while typing: %d (none read from the archive)",
              scheme()->pictureRequests() - requests);
    }
};

QTEST_MAIN(TestPicturePreview)
#include "tst_picturepreview.moc"
