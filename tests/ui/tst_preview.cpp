#include "TestArchive.h"
#include "WebEngineTest.h"
#include "export/SiteExporter.h"
#include "preview/PreviewGraphics.h"
#include "preview/PreviewPage.h"
#include "preview/PreviewScheme.h"
#include "preview/PreviewWidget.h"
#include "render/PageRenderer.h"

#include <QFrame>
#include <QPushButton>
#include <QQuickWindow>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>
#include <QWebEngineProfile>
#include <QWebEngineScript>
#include <QWebEngineSettings>
#include <QWebEngineView>

using namespace newsroom;
using namespace newsroom::test;

namespace {
// A theme that tries to run script, inline and in an event handler: the page's
// Content-Security-Policy is all that stops it once page script is on.
Theme scriptingTheme()
{
    Theme theme = Theme::builtIn();
    theme.articleTemplate.replace(
        QStringLiteral("</head>"),
        QStringLiteral("<script>document.title = 'pwned';</script>\n</head>"));
    theme.articleTemplate.replace(QStringLiteral("<body>"),
                                  QStringLiteral("<body onload=\"document.title = 'pwned';\">"));
    return theme;
}

// Loads `html` in a plain page with script on, as a browser would show it.
QString titleAfterLoading(const QString &html)
{
    QWebEngineProfile profile;
    QWebEnginePage page(&profile);
    QSignalSpy loaded(&page, &QWebEnginePage::loadFinished);
    page.setHtml(html, QUrl(QStringLiteral("https://news.example.invalid/page.html")));
    if (!loaded.wait(60000))
        return QStringLiteral("<timeout>");
    // The onload handler has run by now; read the title as the page has it.
    return newsroom::test::evaluate(&page, QStringLiteral("document.title")).toString();
}
} // namespace

// The real preview in the real Qt WebEngine, headless.
class TestPreview : public QObject
{
    Q_OBJECT

    QVariant evaluate(PreviewWidget &preview, const QString &script)
    {
        return newsroom::test::evaluate(preview.page(), script);
    }

public:
    static void initMain() { prepareWebEngine(); }

private Q_SLOTS:
    // The window composites in software unless the user asked for a Quick backend.
    void thePreviewDrawsInSoftwareUnlessTheUserChose()
    {
        QCOMPARE(QQuickWindow::sceneGraphBackend(), QStringLiteral("software"));
        QVERIFY(previewgraphics::softwareWanted({}, {}));
        QVERIFY(!previewgraphics::softwareWanted("rhi", {}));
        QVERIFY(!previewgraphics::softwareWanted({}, "software"));
    }

    // Drawing in software, Chromium runs without a GPU process and without its JIT (memory,
    // issue 18); a flag the user gave is kept, not doubled.
    void chromiumKeepsTheUsersFlagsAndAddsTheLightOnes()
    {
        QCOMPARE(previewgraphics::chromiumFlags({}),
                 QByteArray("--disable-gpu --js-flags=--lite-mode"));
        QCOMPARE(previewgraphics::chromiumFlags("--no-sandbox"),
                 QByteArray("--no-sandbox --disable-gpu --js-flags=--lite-mode"));
        QCOMPARE(previewgraphics::chromiumFlags("--js-flags=--max-old-space-size=64"),
                 QByteArray("--js-flags=--max-old-space-size=64 --disable-gpu"));
        // This process's own, as the app sets them before Chromium starts.
        QVERIFY(qgetenv("QTWEBENGINE_CHROMIUM_FLAGS").contains("--js-flags=--lite-mode"));
        QCOMPARE(qgetenv("QT_XCB_GL_INTEGRATION"), QByteArray("none"));
    }

    void typingChangesThePageInPlace()
    {
        PreviewWidget preview;
        preview.resize(900, 700);
        preview.show();
        QSignalSpy updated(&preview, &PreviewWidget::pageUpdated);
        Article a =
            makeArticle(QStringLiteral("Preview Headline"), QStringLiteral("First body text."));
        preview.showArticle(a, {});
        QVERIFY(updated.wait(60000));
        QCOMPARE(evaluate(preview, QStringLiteral("document.querySelector('h1').textContent"))
                     .toString(),
                 QStringLiteral("Preview Headline"));

        QSignalSpy reloads(preview.page(), &QWebEnginePage::loadStarted);
        a.body = QStringLiteral("Changed body with **bold** words.");
        a.related = {RelatedItem{QStringLiteral("A related story"), QStringLiteral("Its blurb."), 0,
                                 QStringLiteral("https://example.org/related")}};
        preview.showArticle(a, {});
        QTRY_COMPARE_WITH_TIMEOUT(
            evaluate(preview,
                     QStringLiteral(
                         "(document.querySelector('.story-body strong') || {}).textContent || ''"))
                .toString(),
            QStringLiteral("bold"), 10000);
        QCOMPARE(evaluate(preview,
                          QStringLiteral("document.querySelector('.related-title').textContent"))
                     .toString(),
                 QStringLiteral("A related story"));
        QCOMPARE(reloads.count(), 0); // patched, not reloaded
    }

    // A patch that cannot land (here the page has lost its story anchor) says so above the
    // page instead of leaving it silently stale; the next change, or Reload, loads the page
    // whole, and patching goes on from there.
    void aFailedPatchIsShownAndThePreviewRecovers()
    {
        PreviewWidget preview;
        preview.resize(900, 700);
        preview.show();
        QSignalSpy updated(&preview, &PreviewWidget::pageUpdated);
        QSignalSpy failed(&preview, &PreviewWidget::renderFailed);
        Article a = makeArticle(QStringLiteral("Before"), QStringLiteral("Body."));
        preview.showArticle(a, {});
        QVERIFY(updated.wait(60000));
        auto *bar = preview.findChild<QFrame *>(QStringLiteral("previewProblem"));
        QVERIFY(bar);
        QVERIFY(!bar->isVisible());
        const auto breakThePage = [&] {
            return evaluate(preview, QStringLiteral("document.getElementById('story')"
                                                    ".removeAttribute('id'); true"))
                .toBool();
        };
        const auto headline = [&] {
            return evaluate(preview, QStringLiteral("document.querySelector('h1').textContent"))
                .toString();
        };

        QVERIFY(breakThePage());
        QSignalSpy reloads(preview.page(), &QWebEnginePage::loadStarted);
        a.headline = QStringLiteral("Lost");
        preview.showArticle(a, {});
        QVERIFY(failed.wait(10000));
        QVERIFY(bar->isVisible());
        QCOMPARE(failed.last().first().toString(), preview.problem());
        QVERIFY2(preview.problem().contains(QStringLiteral("no element with id=\"story\"")),
                 qPrintable(preview.problem()));
        QVERIFY(preview.problem().contains(QStringLiteral("Reload")));
        QCOMPARE(headline(), QStringLiteral("Before")); // not patched, and said so
        QCOMPARE(reloads.count(), 0);

        // The next change loads the page whole.
        a.headline = QStringLiteral("Recovered");
        preview.showArticle(a, {});
        QTRY_COMPARE_WITH_TIMEOUT(headline(), QStringLiteral("Recovered"), 20000);
        QTRY_VERIFY_WITH_TIMEOUT(!bar->isVisible(), 10000);
        QVERIFY(preview.problem().isEmpty());
        QCOMPARE(reloads.count(), 1);

        // And patches in place again.
        a.headline = QStringLiteral("Patched again");
        preview.showArticle(a, {});
        QTRY_COMPARE_WITH_TIMEOUT(headline(), QStringLiteral("Patched again"), 10000);
        QCOMPARE(reloads.count(), 1);

        // The bar's Reload does the same at once.
        QVERIFY(breakThePage());
        a.headline = QStringLiteral("Lost again");
        preview.showArticle(a, {});
        QTRY_VERIFY_WITH_TIMEOUT(bar->isVisible(), 10000);
        auto *reload = bar->findChild<QPushButton *>();
        QVERIFY(reload && reload->isVisible());
        reload->click();
        QTRY_COMPARE_WITH_TIMEOUT(headline(), QStringLiteral("Lost again"), 20000);
        QTRY_VERIFY_WITH_TIMEOUT(!bar->isVisible(), 10000);
        QCOMPARE(reloads.count(), 2);
        QCOMPARE(
            evaluate(preview, QStringLiteral("document.querySelectorAll('#story').length")).toInt(),
            1);
    }

    // The preview finds the body's headings by the story anchor alone: a house theme with
    // other class names, and headings of its own after the body, still scrolls to the
    // heading the editor's cursor is in.
    void followsTheBodysHeadingsInAnyTheme()
    {
        Theme theme = Theme::builtIn();
        QVERIFY(theme.articleTemplate.contains(QStringLiteral("<div class=\"story-body\">")));
        theme.articleTemplate.replace(QStringLiteral("<div class=\"story-body\">"),
                                      QStringLiteral("<section class=\"house-text\">"));
        theme.articleTemplate.replace(QStringLiteral("{{BODY:none}}</div>"),
                                      QStringLiteral("{{BODY:none}}</section>"));
        theme.css.replace(QStringLiteral(".story-body"), QStringLiteral(".house-text"));
        PreviewWidget preview;
        preview.resize(900, 500);
        preview.show();
        preview.setTheme(theme);
        QVERIFY(preview.problem().isEmpty());
        QSignalSpy updated(&preview, &PreviewWidget::pageUpdated);
        QString body;
        for (int part = 0; part < 3; ++part) {
            body += QStringLiteral("## Part %1\n\n").arg(part);
            for (int paragraph = 0; paragraph < 30; ++paragraph)
                body += QStringLiteral("A paragraph long enough to take a line or two.\n\n");
        }
        Article a = makeArticle(QStringLiteral("Headings"), body);
        a.sources = {QStringLiteral("https://example.org/source")}; // an <h2> after the body
        preview.showArticle(a, {});
        QVERIFY(updated.wait(60000));
        QCOMPARE(evaluate(preview, QStringLiteral("document.querySelectorAll('.story-body')"
                                                  ".length"))
                     .toInt(),
                 0);
        QCOMPARE(
            evaluate(preview, QStringLiteral("document.querySelectorAll('h2').length")).toInt(), 4);
        const auto topOf = [&](int part) {
            return evaluate(preview, QStringLiteral("document.querySelectorAll('.house-text h2')"
                                                    "[%1].getBoundingClientRect().top")
                                         .arg(part))
                .toDouble();
        };
        QVERIFY(topOf(2) > 500); // below the fold before
        preview.scrollToHeading(2);
        QTRY_VERIFY_WITH_TIMEOUT(qAbs(topOf(2)) < 2, 10000);
        preview.scrollToHeading(1);
        QTRY_VERIFY_WITH_TIMEOUT(qAbs(topOf(1)) < 2, 10000);
        preview.scrollToHeading(-1);
        QTRY_VERIFY_WITH_TIMEOUT(
            qAbs(evaluate(preview, QStringLiteral("document.getElementById('story')"
                                                  ".getBoundingClientRect().top"))
                     .toDouble()) < 2,
            10000);
    }

    void contentRunsNoScriptAndLoadsNothingRemote()
    {
        // A server the article's images point at: it must never hear from the preview.
        QTcpServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost));
        QSignalSpy connections(&server, &QTcpServer::newConnection);
        const QString base = QStringLiteral("://127.0.0.1:%1/pixel.png").arg(server.serverPort());

        PreviewWidget preview;
        preview.resize(900, 700);
        preview.show();
        QVERIFY(!preview.page()->settings()->testAttribute(QWebEngineSettings::JavascriptEnabled));
        QSignalSpy updated(&preview, &PreviewWidget::pageUpdated);
        Article a = makeArticle(
            QStringLiteral("Remote things"),
            QStringLiteral("![a](http%1) ![b](https%1)\n\n<script>document.title='pwned'</script>")
                .arg(base));
        preview.showArticle(a, {});
        QVERIFY(updated.wait(60000));
        QCOMPARE(evaluate(preview, QStringLiteral("document.images.length")).toInt(), 2);
        // Both images settle as broken (refused), and nothing reached the server.
        QTRY_COMPARE_WITH_TIMEOUT(
            evaluate(
                preview,
                QStringLiteral(
                    "Array.from(document.images).every(i => i.complete && i.naturalWidth === 0)"))
                .toBool(),
            true, 20000);
        QCOMPARE(connections.count(), 0);
        QVERIFY(preview.page()->title() != QStringLiteral("pwned"));
    }

    // The policy on its own: with page script switched on (as it is off in the preview), a
    // theme's inline script and event handler still do not run, and typing still patches
    // the page (the app's script runs in its own world, outside the page's policy).
    void thePolicyStopsScriptAndThePreviewStillUpdates()
    {
        PreviewWidget preview;
        preview.resize(900, 700);
        preview.show();
        preview.setTheme(scriptingTheme());
        preview.page()->settings()->setAttribute(QWebEngineSettings::JavascriptEnabled, true);
        QSignalSpy updated(&preview, &PreviewWidget::pageUpdated);
        Article a = makeArticle(QStringLiteral("Policy Headline"), QStringLiteral("First body."));
        preview.showArticle(a, {});
        QVERIFY(updated.wait(60000));
        QCOMPARE(evaluate(preview, QStringLiteral("document.head.firstElementChild.httpEquiv"))
                     .toString(),
                 QStringLiteral("Content-Security-Policy"));
        QCOMPARE(
            evaluate(preview, QStringLiteral("document.head.firstElementChild.content")).toString(),
            QLatin1StringView(PageRenderer::kContentSecurityPolicy));
        QCOMPARE(evaluate(preview, QStringLiteral("document.querySelector('meta[name=referrer]')"
                                                  ".content"))
                     .toString(),
                 QStringLiteral("no-referrer"));
        QCOMPARE(evaluate(preview, QStringLiteral("document.title")).toString(),
                 QStringLiteral("Policy Headline"));

        a.headline = QStringLiteral("Patched Headline");
        a.body = QStringLiteral("Changed body with **bold** words.");
        preview.showArticle(a, {});
        QTRY_COMPARE_WITH_TIMEOUT(
            evaluate(preview, QStringLiteral("document.querySelector('h1').textContent"))
                .toString(),
            QStringLiteral("Patched Headline"), 10000);
        QCOMPARE(evaluate(preview, QStringLiteral("document.querySelector('.story-body strong')"
                                                  ".textContent"))
                     .toString(),
                 QStringLiteral("bold"));
        QCOMPARE(evaluate(preview, QStringLiteral("document.title")).toString(),
                 QStringLiteral("Patched Headline"));
        QCOMPARE(preview.page()->title(), QStringLiteral("Patched Headline"));
    }

    // What the test above relies on: the same page without its policy does run the script.
    void withoutThePolicyTheSameScriptWouldRun()
    {
        auto renderer = PageRenderer::create(scriptingTheme());
        QVERIFY(renderer);
        const auto page = (*renderer)->render(makeArticle(QStringLiteral("Policy Headline")), {});
        QVERIFY(page);
        QCOMPARE(titleAfterLoading(*page), QStringLiteral("Policy Headline"));
        const QString policy = QStringLiteral("<meta http-equiv=\"Content-Security-Policy\" "
                                              "content=\"") +
                               QLatin1StringView(PageRenderer::kContentSecurityPolicy) +
                               QStringLiteral("\">");
        QVERIFY(page->contains(policy));
        QCOMPARE(titleAfterLoading(QString(*page).remove(policy)), QStringLiteral("pwned"));
    }

    // An exported site opened from disk: its linked stylesheet is 'self' to the policy.
    void exportedPagesKeepTheirStyleFromDisk()
    {
        TestArchive archive;
        Article a = makeArticle(QStringLiteral("From Disk"), QStringLiteral("Body."));
        a.status = ArticleStatus::Published;
        archive.saved(a);
        SiteExporter::Options options;
        options.theme = scriptingTheme();
        options.theme.css += QStringLiteral("\nh1 { color: rgb(1, 2, 3); }\n");
        QTemporaryDir out;
        QVERIFY(SiteExporter(archive.store(), options).exportTo(out.path()));

        QWebEngineProfile profile;
        QWebEnginePage page(&profile);
        QSignalSpy loaded(&page, &QWebEnginePage::loadFinished);
        page.load(QUrl::fromLocalFile(out.filePath(QStringLiteral("from-disk.html"))));
        QVERIFY(loaded.wait(60000));
        QVERIFY(loaded.first().first().toBool());
        QTRY_COMPARE_WITH_TIMEOUT(
            newsroom::test::evaluate(
                &page, QStringLiteral("getComputedStyle(document.querySelector('h1')).color"))
                .toString(),
            QStringLiteral("rgb(1, 2, 3)"), 10000);
        QVERIFY(newsroom::test::evaluate(&page, QStringLiteral("document.title")).toString() !=
                QStringLiteral("pwned"));
    }

    void permissionsAndDownloadsAreRefused()
    {
        PreviewWidget preview;
        preview.show();
        QSignalSpy updated(&preview, &PreviewWidget::pageUpdated);
        preview.showArticle(makeArticle(QStringLiteral("Asks")), {});
        QVERIFY(updated.wait(60000));
        // Left unanswered, the request would stay pending and the title unchanged.
        evaluate(preview, QStringLiteral("Notification.requestPermission().then("
                                         "p => { document.title = 'notifications ' + p; }); 0"));
        QTRY_COMPARE_WITH_TIMEOUT(preview.page()->title(), QStringLiteral("notifications denied"),
                                  10000);
        QCOMPARE(preview.page()->refusedRequests(), 1);

        preview.page()->download(QUrl(QStringLiteral("newsroom-preview://article/page.html")));
        QTRY_COMPARE_WITH_TIMEOUT(preview.refusedDownloads(), 1, 10000);

        const auto *settings = preview.page()->settings();
        QVERIFY(!settings->testAttribute(QWebEngineSettings::WebGLEnabled));
        QVERIFY(!settings->testAttribute(QWebEngineSettings::NavigateOnDropEnabled));
        QVERIFY(!settings->testAttribute(QWebEngineSettings::JavascriptCanOpenWindows));
    }

    // Even a mailto: link that reached the page some other way gives the mail client only
    // its subject and body.
    void mailtoLinksLeaveWithoutAttachments()
    {
        PreviewWidget preview;
        preview.resize(900, 700);
        preview.show();
        QVERIFY(QTest::qWaitForWindowExposed(&preview));
        QSignalSpy updated(&preview, &PreviewWidget::pageUpdated);
        preview.showArticle(makeArticle(QStringLiteral("Mail")), {});
        QVERIFY(updated.wait(60000));
        QSignalSpy external(preview.page(), &PreviewPage::externalLinkRequested);
        const QVariant box = evaluate(
            preview,
            QStringLiteral("const a = document.createElement('a');"
                           "a.href = 'mailto:desk@example.org?subject=Tip&attach=/etc/passwd';"
                           "a.textContent = 'mail us'; a.style.fontSize = '40px';"
                           "document.getElementById('story').prepend(a);"
                           "a.scrollIntoView(); const r = a.getBoundingClientRect();"
                           "[r.left + r.width / 2, r.top + r.height / 2]"));
        const QVariantList xy = box.toList();
        QCOMPARE(xy.size(), 2);
        auto *view = preview.findChild<QWebEngineView *>();
        QVERIFY(view && view->focusProxy());
        QTest::mouseClick(view->focusProxy(), Qt::LeftButton, {},
                          QPoint(xy[0].toInt(), xy[1].toInt()));
        QTRY_COMPARE_WITH_TIMEOUT(external.count(), 1, 10000);
        QCOMPARE(external.first().first().toUrl(),
                 QUrl(QStringLiteral("mailto:desk@example.org?subject=Tip")));
    }

    void linksOpenOutsideThePreview()
    {
        PreviewWidget preview;
        preview.show();
        QSignalSpy updated(&preview, &PreviewWidget::pageUpdated);
        Article a = makeArticle(QStringLiteral("Links"),
                                QStringLiteral("[a link](https://example.org/story)"));
        preview.showArticle(a, {});
        QVERIFY(updated.wait(60000));
        QSignalSpy external(preview.page(), &PreviewPage::externalLinkRequested);
        QSignalSpy reloads(preview.page(), &QWebEnginePage::loadStarted);
        evaluate(preview, QStringLiteral("document.querySelector('.story-body a').click()"));
        QTRY_COMPARE_WITH_TIMEOUT(external.count(), 1, 10000);
        QCOMPARE(external.first().first().toUrl(),
                 QUrl(QStringLiteral("https://example.org/story")));
        QCOMPARE(preview.page()->url().scheme(), QStringLiteral("newsroom-preview")); // stayed
    }
};

QTEST_MAIN(TestPreview)
#include "tst_preview.moc"
