#include "TestArchive.h"
#include "render/JsonLd.h"
#include "render/PageLinks.h"
#include "render/PageRenderer.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>

using namespace newsroom;
using namespace newsroom::test;

namespace {
QString render(const Article &article, const PageContext &context = {})
{
    auto renderer = PageRenderer::create(Theme::builtIn());
    if (!renderer)
        return QStringLiteral("error: ") + renderer.error().message;
    auto page = (*renderer)->render(article, context);
    return page ? *page : QStringLiteral("error: ") + page.error().message;
}

QString securityMeta()
{
    return QStringLiteral("<meta http-equiv=\"Content-Security-Policy\" content=\"") +
           QLatin1StringView(PageRenderer::kContentSecurityPolicy) +
           QStringLiteral("\">\n<meta name=\"referrer\" content=\"no-referrer\">");
}

QJsonObject jsonLdOf(const QString &page)
{
    static const QRegularExpression script(
        QStringLiteral("<script type=\"application/ld\\+json\">(.*?)</script>"),
        QRegularExpression::DotMatchesEverythingOption);
    return QJsonDocument::fromJson(script.match(page).captured(1).toUtf8()).object();
}
} // namespace

class TestPage : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void hasTheStoryAndItsMetadata()
    {
        Article a = makeArticle(QStringLiteral("Tram Line Approved"),
                                QStringLiteral("First.\n\n## Next Steps\n\nMore."));
        a.status = ArticleStatus::Published;
        a.publishedAt = QDateTime(QDate(2026, 5, 4), QTime(7, 0), Qt::UTC);
        a.updatedAt = QDateTime(QDate(2026, 5, 5), QTime(7, 0), Qt::UTC);
        PageContext context;
        context.baseUrl = QStringLiteral("https://news.example.org/");
        context.pagePath = QStringLiteral("tram-line-approved.html");
        const QString page = render(a, context);
        QVERIFY(page.startsWith(QStringLiteral("<!DOCTYPE html>")));
        QVERIFY(page.contains(QStringLiteral("<html lang=\"en\" dir=\"ltr\">")));
        QCOMPARE(page.count(QStringLiteral("<h1")), 1);
        QVERIFY(page.contains(QStringLiteral("<h2>Next Steps</h2>")));
        QVERIFY(page.contains(QStringLiteral(
            "<meta name=\"description\" content=\"A short dek for Tram Line Approved\">")));
        QVERIFY(page.contains(QStringLiteral(
            "<link rel=\"canonical\" href=\"https://news.example.org/tram-line-approved.html\">")));
        QVERIFY(page.contains(
            QStringLiteral("<meta property=\"og:title\" content=\"Tram Line Approved\">")));
        QVERIFY(page.contains(QStringLiteral("<meta name=\"twitter:card\" content=\"summary\">")));
        QVERIFY(page.contains(QStringLiteral("<main")));
        QVERIFY(page.contains(QStringLiteral("By Jo Reporter")));
        QVERIFY(page.contains(QStringLiteral("<time datetime=\"2026-05-04T07:00:00Z\">")));
        QVERIFY(page.contains(QStringLiteral("https://example.org/source-one")));
        QVERIFY(!page.contains(QStringLiteral("digital-source-type")));

        const QJsonObject ld = jsonLdOf(page);
        QCOMPARE(ld[QStringLiteral("@type")].toString(), QStringLiteral("NewsArticle"));
        QCOMPARE(ld[QStringLiteral("headline")].toString(), a.headline);
        QCOMPARE(ld[QStringLiteral("datePublished")].toString(),
                 QStringLiteral("2026-05-04T07:00:00Z"));
        QCOMPARE(ld[QStringLiteral("dateModified")].toString(),
                 QStringLiteral("2026-05-05T07:00:00Z"));
        QCOMPARE(ld[QStringLiteral("author")][QStringLiteral("name")].toString(),
                 QStringLiteral("Jo Reporter"));
        QCOMPARE(ld[QStringLiteral("articleSection")].toString(), QStringLiteral("World"));
        QCOMPARE(ld[QStringLiteral("keywords")].toArray().size(), 2);
        QCOMPARE(ld[QStringLiteral("isBasedOn")].toArray().first().toString(), a.sources.first());
    }

    void aiGeneratedSaysSoToPeopleAndMachines()
    {
        Article a = makeArticle(QStringLiteral("Heat Wave"));
        a.aiGenerated = true;
        a.disclosure = QStringLiteral("Written with an AI model.");
        const QString page = render(a);
        QVERIFY(page.contains(QStringLiteral("class=\"ai-disclosure\"")));
        QVERIFY(page.contains(QStringLiteral("Written with an AI model.")));
        QVERIFY(page.contains(QStringLiteral("<meta name=\"digital-source-type\" content=\"") +
                              QLatin1StringView(jsonld::kAiSourceType)));
        QCOMPARE(jsonLdOf(page)[QStringLiteral("digitalSourceType")].toString(),
                 QLatin1StringView(jsonld::kAiSourceType));
    }

    void noFieldBreaksOut()
    {
        Article a = makeArticle(
            QStringLiteral("</script><script>alert(1)</script> \"quoted\" & <b>bold</b>"));
        a.dek = QStringLiteral("\"><img src=x onerror=alert(1)>");
        a.byline = QStringLiteral("<i>Eve</i>");
        a.section = QStringLiteral("</title><script>x()</script>");
        a.tags = {QStringLiteral("\"><svg onload=x()>")};
        a.sources = {QStringLiteral("javascript:alert(1)"),
                     QStringLiteral("https://ok.example/a?b=\"c\"")};
        a.related = {RelatedItem{QStringLiteral("<b>T</b>"), QStringLiteral("<script>s()</script>"),
                                 0, QStringLiteral("javascript:alert(2)")}};
        a.body = QStringLiteral("<script>alert(3)</script>\n\n[x](javascript:alert(4))");
        PageContext context;
        context.relatedHrefs = {QStringLiteral("javascript:alert(2)")};
        const QString page = render(a, context);
        QCOMPARE(page.count(QStringLiteral("<script")), 1); // only the JSON-LD
        QCOMPARE(page.count(QStringLiteral("</script>")), 1);
        QVERIFY(!page.contains(QStringLiteral("<img")));
        QVERIFY(!page.contains(QStringLiteral("<svg")));
        QVERIFY(!page.contains(QStringLiteral("<i>Eve")));
        QVERIFY(!page.contains(QStringLiteral("<b>")));
        QVERIFY(!page.contains(QStringLiteral("javascript:"), Qt::CaseInsensitive));
        QVERIFY(
            page.contains(QStringLiteral("&lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;")));
        // The JSON-LD still holds the headline exactly.
        QCOMPARE(jsonLdOf(page)[QStringLiteral("headline")].toString(), a.headline);
    }

    // A headline that would drive a terminal (OSC 52 writes its clipboard) is no text in
    // HTML either: the page shows U+FFFD, the JSON-LD keeps it exactly.
    void controlCharactersNeverReachThePage()
    {
        const QString headline = QStringLiteral("Tolls \x1b]52;c;ZXZpbA==\x07 rise");
        Article a =
            makeArticle(headline, QStringLiteral("Body \x1b[2J with\ttab and \u009b CSI \x7f."));
        a.dek = QStringLiteral("Dek \x01");
        const QString page = render(a);
        const QByteArray bytes = page.toUtf8();
        for (const char *control : {"\x1b", "\x07", "\x01", "\x7f", "\xc2\x9b"})
            QVERIFY2(!bytes.contains(control), control);
        QVERIFY(page.contains(QStringLiteral("<h1 dir=\"auto\">Tolls \uFFFD]52;c;ZXZpbA==\uFFFD "
                                             "rise</h1>")));
        QVERIFY(page.contains(QStringLiteral("with\ttab")));
        QCOMPARE(jsonLdOf(page)[QStringLiteral("headline")].toString(), headline);
    }

    void mailtoLinksCarryNoAttachment()
    {
        Article a = makeArticle(QStringLiteral("Tips"),
                                QStringLiteral("[Write to us](mailto:tips@example.org?subject=Tip&"
                                               "attach=%2Fetc%2Fpasswd&bcc=eve@example.net)"));
        a.sources = {QStringLiteral("mailto:tips@example.org?attach=/home/jo/.ssh/id_rsa")};
        a.related = {RelatedItem{QStringLiteral("Desk"), QString(), 0, QString()}};
        PageContext context;
        context.relatedHrefs = {QStringLiteral("mailto:desk@example.org?body=Hi&attach=x")};
        const QString page = render(a, context);
        QVERIFY(page.contains(QStringLiteral("href=\"mailto:tips@example.org?subject=Tip\"")));
        QVERIFY(!page.contains(QStringLiteral("attach")));
        QVERIFY(!page.contains(QStringLiteral("eve@example.net")));
        QCOMPARE(jsonLdOf(page)[QStringLiteral("isBasedOn")].toArray().first().toString(),
                 QStringLiteral("mailto:tips@example.org"));
    }

    void languageAndDirection_data()
    {
        QTest::addColumn<QString>("headline");
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("expected");
        QTest::newRow("korean") << "서울시 데이터센터 건립"
                                << ""
                                << "lang=\"ko\" dir=\"ltr\"";
        QTest::newRow("arabic") << "افتتاح محطة لتحلية المياه"
                                << ""
                                << "lang=\"ar\" dir=\"rtl\"";
        QTest::newRow("japanese") << "東京で会議を開く"
                                  << ""
                                  << "lang=\"ja\" dir=\"ltr\"";
        QTest::newRow("english") << "Bridge reopens"
                                 << ""
                                 << "lang=\"en\" dir=\"ltr\"";
        QTest::newRow("set explicitly") << "Bridge reopens"
                                        << "en-GB"
                                        << "lang=\"en-GB\" dir=\"ltr\"";
    }
    void languageAndDirection()
    {
        QFETCH(QString, headline);
        QFETCH(QString, language);
        QFETCH(QString, expected);
        Article a = makeArticle(headline, headline);
        a.dek = headline;
        a.language = language;
        QVERIFY(render(a).contains(QStringLiteral("<html ") + expected + QLatin1Char('>')));
    }

    void relatedItemsLinkToTheirPages()
    {
        TestArchive archive;
        const Article target = archive.saved(makeArticle(QStringLiteral("Budget Passes")));
        Article a = makeArticle(QStringLiteral("Strike Ends"));
        a.related = {RelatedItem{target.headline, QStringLiteral("The council voted."), target.id,
                                 QString()},
                     RelatedItem{QStringLiteral("Outside"), QStringLiteral("Elsewhere."), 0,
                                 QStringLiteral("https://example.net/x")},
                     RelatedItem{QStringLiteral("Gone"), QStringLiteral("Deleted long ago."), 9999,
                                 QString()}};
        const PageContext context = pagelinks::contextFor(archive.store(), a, {});
        const QString page = render(a, context);
        QVERIFY(page.contains(QStringLiteral(
            "<a class=\"related-title\" href=\"budget-passes.html\">Budget Passes</a>")));
        QVERIFY(page.contains(QStringLiteral("href=\"https://example.net/x\">Outside</a>")));
        QVERIFY(page.contains(QStringLiteral("<span class=\"related-title\">Gone</span>")));
        QVERIFY(page.contains(QStringLiteral("<p>Deleted long ago.</p>")));
    }

    void houseThemeFromAFolder()
    {
        QTemporaryDir dir;
        QFile html(dir.filePath(QStringLiteral("article.html")));
        QVERIFY(html.open(QIODevice::WriteOnly));
        html.write(
            "{{%AUTOESCAPE context=\"HTML\"}}<!DOCTYPE html>\n<head>\n<meta charset=\"utf-8\">"
            "<style>{{CSS:none}}</style></head><main id=\"story\"><h1 class=\"house\">"
            "{{HEADLINE}}</h1>{{BODY:none}}</main>");
        html.close();
        QFile css(dir.filePath(QStringLiteral("style.css")));
        QVERIFY(css.open(QIODevice::WriteOnly));
        css.write("h1 { color: teal; }");
        css.close();
        auto theme = Theme::fromFolder(dir.path());
        QVERIFY(theme);
        auto renderer = PageRenderer::create(*theme);
        QVERIFY(renderer);
        const QString page =
            *(*renderer)->render(makeArticle(QStringLiteral("A & B"), QStringLiteral("Text.")), {});
        QCOMPARE(page, QStringLiteral("<!DOCTYPE html>\n<head>\n") + securityMeta() +
                           QStringLiteral("\n<meta charset=\"utf-8\"><style>h1 { color: teal; "
                                          "}</style></head><main id=\"story\"><h1 "
                                          "class=\"house\">A &amp; B</h1><p>Text.</p>\n</main>"));
    }

    // Every page, whatever its theme, starts its <head> with the policy: no script, no
    // plugin, no form, no <base>, images from itself, data: and https:, and no Referer.
    void everyPageCarriesTheSecurityPolicy()
    {
        const QString policy = QLatin1StringView(PageRenderer::kContentSecurityPolicy);
        QVERIFY(policy.startsWith(QStringLiteral("default-src 'none';")));
        QVERIFY(!policy.contains(QStringLiteral("script-src")));
        QVERIFY(policy.contains(QStringLiteral("base-uri 'none'")));
        QVERIFY(policy.contains(QStringLiteral("form-action 'none'")));
        QVERIFY(policy.contains(QStringLiteral("img-src 'self' data: https:;")));

        const QString article = render(makeArticle(QStringLiteral("Policy")));
        QVERIFY(article.contains(QStringLiteral("<head>\n") + securityMeta() +
                                 QStringLiteral("\n<meta charset=\"utf-8\">")));
        QCOMPARE(article.count(QStringLiteral("Content-Security-Policy")), 1);

        auto renderer = PageRenderer::create(Theme::builtIn());
        QVERIFY(renderer);
        ListPage list;
        list.title = QStringLiteral("Index");
        list.language = QStringLiteral("en");
        const auto index = (*renderer)->renderList(list, {});
        QVERIFY(index);
        QVERIFY(index->contains(QStringLiteral("<head>\n") + securityMeta()));
    }

    // What the preview loads and patches: the same page, the body marked by two comments
    // inside the story (so the preview finds its headings in any theme); the patch without
    // the stylesheet. The export has no marks.
    void thePreviewFormsOfAPage()
    {
        Theme theme = Theme::builtIn();
        theme.css = QStringLiteral("h1 { color: rgb(9, 8, 7); }");
        auto renderer = PageRenderer::create(theme);
        QVERIFY(renderer);
        const Article article = makeArticle(QStringLiteral("Forms & Parts"),
                                            QStringLiteral("## First part\n\nThe body text."));
        const auto exported = (*renderer)->renderUtf8(article, {});
        const auto page = (*renderer)->renderPreviewPage(article, {});
        const auto patch = (*renderer)->renderPreviewPatch(article, {});
        QVERIFY(exported && page && patch);

        const QByteArray start = "<!--newsroom-body-->";
        const QByteArray end = "<!--/newsroom-body-->";
        QCOMPARE(PageRenderer::kBodyStartComment, "newsroom-body");
        QCOMPARE(PageRenderer::kBodyEndComment, "/newsroom-body");
        QCOMPARE(PageRenderer::kStoryId, "story");
        const QByteArray body = "<h2>First part</h2>\n<p>The body text.</p>\n";
        for (const QByteArray &html : {*page, *patch}) {
            QCOMPARE(html.count(start), 1);
            QCOMPARE(html.count(end), 1);
            QVERIFY(html.indexOf("id=\"story\"") < html.indexOf(start));
            QVERIFY(html.contains(QByteArray(start + body + end)));
            QVERIFY(html.contains("<title>Forms &amp; Parts</title>"));
            QVERIFY(html.contains("<html lang=\"en\" dir=\"ltr\">"));
        }
        QVERIFY(page->contains("<style>h1 { color: rgb(9, 8, 7); }</style>"));
        QVERIFY(!patch->contains("rgb(9, 8, 7)"));
        QVERIFY(!patch->contains("<style"));
        QVERIFY(!exported->contains(start));
        QVERIFY(!exported->contains(end));
        QVERIFY(exported->contains(body));
        // Apart from the marks, the page the preview loads is the exported page.
        QCOMPARE(QByteArray(*page).replace(start, "").replace(end, ""), *exported);
    }

    void brokenThemesAreReported()
    {
        QTemporaryDir dir;
        auto missing = Theme::fromFolder(dir.path());
        QVERIFY(!missing);
        QVERIFY(missing.error().message.contains(QStringLiteral("article.html")));
        Theme broken{QStringLiteral("broken"), QStringLiteral("{{#SECTION}}never closed"),
                     QString(), QString()};
        auto renderer = PageRenderer::create(broken);
        QVERIFY(!renderer);
        QVERIFY(renderer.error().message.contains(QStringLiteral("broken")));
    }
};

QTEST_GUILESS_MAIN(TestPage)
#include "tst_page.moc"
