#include "TestArchive.h"
#include "WebEngineTest.h"
#include "preview/PreviewPage.h"
#include "preview/PreviewScheme.h"
#include "preview/PreviewWidget.h"

#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>
#include <QWebEngineScript>
#include <QWebEngineSettings>

using namespace newsroom;
using namespace newsroom::test;

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
