// Pictures on pages (issue 17): figures, srcset, placeholders, the lead image, the head's
// og:image and JSON-LD, and the feed. The renderer is pure: it is handed the pictures.

#include "TestArchive.h"
#include "export/AtomFeed.h"
#include "render/MarkdownRenderer.h"
#include "render/PageRenderer.h"
#include "render/PictureUrls.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>
#include <QXmlStreamReader>

using namespace newsroom;
using namespace newsroom::test;

namespace {

const QByteArray kHash = QByteArray(64, 'a');
const QByteArray kOther = QByteArray(62, 'b') + "c1";

Picture harbour()
{
    Picture p;
    p.hash = kHash;
    p.fileName = QStringLiteral("harbour.jpg");
    p.mimeType = QStringLiteral("image/jpeg");
    p.width = 2400;
    p.height = 1600;
    p.caption = QStringLiteral("Library caption");
    p.credit = QStringLiteral("Photo: Ana Ruiz");
    p.altText = QStringLiteral("Library alt");
    p.renditionWidths = {480, 960, 1600, 2400};
    return p;
}

PictureShelf shelf(PictureShelf::Target target = PictureShelf::Target::Site)
{
    PictureShelf shelf;
    shelf.target = target;
    shelf.add(harbour());
    return shelf;
}

QString html(const QString &markdown, const PictureShelf &pictures = shelf())
{
    return MarkdownRenderer::toHtml(markdown, {}, pictures);
}

QString media(const QByteArray &hash = kHash)
{
    return QStringLiteral("media:") + QString::fromLatin1(hash);
}

QString img(const QString &alt)
{
    const QString h = QString::fromLatin1(kHash);
    return QStringLiteral("<img src=\"media/%1-960.jpg\" srcset=\"media/%1-480.jpg 480w, "
                          "media/%1-960.jpg 960w, media/%1-1600.jpg 1600w, media/%1-2400.jpg "
                          "2400w\" sizes=\"(max-width: 40rem) 100vw, 40rem\" width=\"2400\" "
                          "height=\"1600\" loading=\"lazy\" decoding=\"async\" alt=\"%2\">")
        .arg(h, alt);
}

QString render(const Article &article, const PageContext &context)
{
    auto renderer = PageRenderer::create(Theme::builtIn());
    if (!renderer)
        return QStringLiteral("error: ") + renderer.error().message;
    auto page = (*renderer)->render(article, context);
    return page ? *page : QStringLiteral("error: ") + page.error().message;
}

QJsonObject jsonLdOf(const QString &page)
{
    static const QRegularExpression script(
        QStringLiteral("<script type=\"application/ld\\+json\">(.*?)</script>"),
        QRegularExpression::DotMatchesEverythingOption);
    return QJsonDocument::fromJson(script.match(page).captured(1).toUtf8()).object();
}

Article withLead(const QString &body = QStringLiteral("The story."))
{
    Article a = makeArticle(QStringLiteral("Cranes Return"), body);
    a.slug = QStringLiteral("cranes-return");
    a.updatedAt = QDateTime(QDate(2026, 5, 5), QTime(7, 0), Qt::UTC);
    a.leadImage.hash = kHash;
    a.leadImage.altText = QStringLiteral("Two cranes over the quay");
    return a;
}

PageContext siteContext(const QString &baseUrl = QStringLiteral("https://news.example.org"))
{
    PageContext context;
    context.baseUrl = baseUrl;
    context.pagePath = QStringLiteral("cranes-return.html");
    context.pictures = shelf();
    return context;
}

} // namespace

class TestPictureRender : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void aPictureAloneIsAFigure()
    {
        const QString out =
            html(QStringLiteral("Intro.\n\n![Cranes at dawn](%1 \"The harbour at six\")\n\nAfter.")
                     .arg(media()));
        QVERIFY2(out.contains(img(QStringLiteral("Cranes at dawn"))), qPrintable(out));
        QVERIFY2(
            out.contains(
                QStringLiteral(
                    "<figure>%1<figcaption>The harbour at six <small class=\"credit\">Photo: Ana "
                    "Ruiz</small></figcaption></figure>\n")
                    .arg(img(QStringLiteral("Cranes at dawn")))),
            qPrintable(out));
        QVERIFY(!out.contains(QStringLiteral("<p><figure")));
        QVERIFY(!out.contains(QStringLiteral("<p></p>")));
        QVERIFY(out.startsWith(QStringLiteral("<p>Intro.</p>\n<figure>")));
        QVERIFY(out.endsWith(QStringLiteral("</figure>\n<p>After.</p>\n")));
    }

    void captionAndAltFallBackToTheLibrary()
    {
        const QString out = html(QStringLiteral("![](%1)").arg(media()));
        QVERIFY2(out.contains(img(QStringLiteral("Library alt")) +
                              QStringLiteral("<figcaption>Library caption <small "
                                             "class=\"credit\">Photo: Ana Ruiz</small>")),
                 qPrintable(out));
        // Uppercase hex names the same picture.
        QVERIFY(html(QStringLiteral("![x](%1)").arg(media(kHash.toUpper())))
                    .contains(img(QStringLiteral("x"))));
        // Without caption and credit there is no figcaption.
        PictureShelf bare;
        Picture p = harbour();
        p.caption.clear();
        p.credit.clear();
        bare.add(p);
        const QString plain = html(QStringLiteral("![x](%1)").arg(media()), bare);
        QVERIFY(plain.contains(QStringLiteral("<figure><img")));
        QVERIFY(!plain.contains(QStringLiteral("figcaption")));
    }

    void aPictureInASentenceIsAnImage()
    {
        const QString out = html(QStringLiteral("See ![the quay](%1) here.").arg(media()));
        QCOMPARE(out, QStringLiteral("<p>See %1 here.</p>\n").arg(img(QStringLiteral("the quay"))));
        // Two pictures in one paragraph: neither stands alone.
        const QString two = html(QStringLiteral("![a](%1) ![b](%1)").arg(media()));
        QVERIFY(!two.contains(QStringLiteral("<figure")));
        QCOMPARE(two.count(QStringLiteral("<img")), 2);
        // Text after the picture keeps it inline too.
        QVERIFY(!html(QStringLiteral("![a](%1) and more").arg(media()))
                     .contains(QStringLiteral("<figure")));
        // Inside a link it stays a linked image.
        const QString linked = html(QStringLiteral("[![a](%1)](https://example.org)").arg(media()));
        QVERIFY(linked.contains(QStringLiteral("<a href=\"https://example.org\"><img")));
        QVERIFY(!linked.contains(QStringLiteral("<figure")));
        // In a quote, alone in its paragraph, it is a figure.
        QVERIFY(html(QStringLiteral("> ![a](%1)").arg(media()))
                    .startsWith(QStringLiteral("<blockquote>\n<figure><img")));
    }

    void hostileWordsAreEscaped()
    {
        PictureShelf hostile;
        Picture p = harbour();
        p.credit = QStringLiteral("</figcaption><script>alert(1)</script>'\"&");
        p.caption = QStringLiteral("<img src=x onerror=alert(2)>");
        hostile.add(p);
        const QString out = html(
            QStringLiteral("![\"><script>alert(3)</script>](%1 \"x\\\" onerror=\\\"alert(4)\")")
                .arg(media()),
            hostile);
        QVERIFY2(!out.contains(QStringLiteral("<script")), qPrintable(out));
        QVERIFY2(!out.contains(QStringLiteral("\" onerror")), qPrintable(out));
        QVERIFY2(
            out.contains(QStringLiteral("alt=\"&quot;&gt;&lt;script&gt;alert(3)&lt;/script&gt;\"")),
            qPrintable(out));
        QVERIFY2(out.contains(QStringLiteral("<figcaption>x&quot; onerror=&quot;alert(4) <small "
                                             "class=\"credit\">&lt;/figcaption&gt;&lt;script&gt;"
                                             "alert(1)&lt;/script&gt;&#39;&quot;&amp;</small>")),
                 qPrintable(out));
        // The library's caption, when the Markdown has none, and its alt text too.
        p.altText = QStringLiteral("\"><b>");
        hostile.add(p);
        const QString fallback = html(QStringLiteral("![](%1)").arg(media()), hostile);
        QVERIFY2(fallback.contains(QStringLiteral("alt=\"&quot;&gt;&lt;b&gt;\"")),
                 qPrintable(fallback));
        QVERIFY2(
            fallback.contains(QStringLiteral("<figcaption>&lt;img src=x onerror=alert(2)&gt;")),
            qPrintable(fallback));
        // Control characters never reach the page.
        p.caption = QStringLiteral("bell\x07 esc\x1b");
        hostile.add(p);
        QVERIFY(!html(QStringLiteral("![](%1)").arg(media()), hostile).contains(QChar(0x1b)));
    }

    void aPictureNotGivenIsAPlaceholderInThePreviewAndNothingInAnExport()
    {
        const QString markdown =
            QStringLiteral("Before.\n\n![Lost cranes](%1)\n\nInline ![gone](%1) text.")
                .arg(media(kOther));
        const QString preview = html(markdown, shelf(PictureShelf::Target::Preview));
        QVERIFY2(
            preview.contains(QStringLiteral("<p><span class=\"picture-missing\"><strong>Picture "
                                            "not in the archive</strong> Lost "
                                            "cranes</span></p>")),
            qPrintable(preview));
        QVERIFY(
            preview.contains(QStringLiteral("Inline <span class=\"picture-missing\"><strong>")));
        QVERIFY(!preview.contains(QStringLiteral("<img")));
        const QString site = html(markdown);
        QCOMPARE(site, QStringLiteral("<p>Before.</p>\n<p>Inline  text.</p>\n"));
        // With no pictures at all (the renderer as it was called before pictures).
        QVERIFY(!MarkdownRenderer::toHtml(markdown).contains(QStringLiteral("Lost")));
        // A picture without renditions is never shown (pages name renditions only).
        PictureShelf noRenditions;
        Picture p = harbour();
        p.renditionWidths.clear();
        noRenditions.add(p);
        QVERIFY(!html(QStringLiteral("![x](%1)").arg(media()), noRenditions)
                     .contains(QStringLiteral("<img")));
    }

    void theOtherSchemesAreStillRefused()
    {
        for (const QString &target :
             {QStringLiteral("file:///etc/passwd"), QStringLiteral("javascript:alert(1)"),
              QStringLiteral("newsroom-preview://article/media/%1-960")
                  .arg(QString::fromLatin1(kHash)),
              QStringLiteral("media:%1").arg(QString::fromLatin1(kHash.left(63))),
              QStringLiteral("media:%1z").arg(QString::fromLatin1(kHash.left(63))),
              QStringLiteral("data:text/html,<b>")}) {
            const QString out = html(QStringLiteral("![x](%1)").arg(target));
            QVERIFY2(!out.contains(QStringLiteral("<img")), qPrintable(target + out));
        }
        // The web still goes through as before (the theme's CSP decides what loads).
        QVERIFY(html(QStringLiteral("![x](https://example.org/a.png)"))
                    .contains(QStringLiteral("<img src=\"https://example.org/a.png\"")));
    }

    void thePreviewNamesTheAppsScheme()
    {
        const QString out =
            html(QStringLiteral("![x](%1)").arg(media()), shelf(PictureShelf::Target::Preview));
        const QString h = QString::fromLatin1(kHash);
        QVERIFY2(out.contains(QStringLiteral("src=\"media/%1-960\" srcset=\"media/%1-480 480w, "
                                             "media/%1-960 960w, media/%1-1600 1600w, "
                                             "media/%1-2400 2400w\"")
                                  .arg(h)),
                 qPrintable(out));
        const auto request = pictureurls::parsePreviewPath(QStringLiteral("/media/%1-960").arg(h));
        QVERIFY(request);
        QCOMPARE(request->hash, kHash);
        QCOMPARE(request->width, 960);
        for (const QString &bad :
             {QStringLiteral("/media/%1-+960").arg(h), QStringLiteral("/media/%1").arg(h),
              QStringLiteral("/media/%1-0").arg(h), QStringLiteral("/media/../%1-960").arg(h),
              QStringLiteral("/page.html"), QStringLiteral("/media/%1-960").arg(h.toUpper()),
              QStringLiteral("/media/%1-9 60").arg(h), QStringLiteral("/media/abc-960")})
            QVERIFY2(!pictureurls::parsePreviewPath(bad), qPrintable(bad));
    }

    void theLeadImageHeadsTheStory()
    {
        Article a = withLead(QStringLiteral("First paragraph."));
        a.leadImage.caption = QStringLiteral("Our own caption");
        const QString page = render(a, siteContext());
        const QString figure =
            QStringLiteral("<figure class=\"lead\">%1<figcaption>Our own caption <small "
                           "class=\"credit\">Photo: Ana Ruiz</small></figcaption></figure>")
                .arg(img(QStringLiteral("Two cranes over the quay")));
        QVERIFY2(page.contains(figure), qPrintable(page));
        const qsizetype story = page.indexOf(QStringLiteral("id=\"story\""));
        const qsizetype lead = page.indexOf(figure);
        QVERIFY(story > 0 && lead > story &&
                lead < page.indexOf(QStringLiteral("First paragraph")));
        QVERIFY(lead > page.indexOf(QStringLiteral("<h1")));
        // Not given: a placeholder in the preview, nothing in an export.
        PageContext preview = siteContext();
        preview.pictures = {};
        preview.pictures.target = PictureShelf::Target::Preview;
        auto renderer = PageRenderer::create(Theme::builtIn());
        QVERIFY(renderer);
        const QString previewPage = QString::fromUtf8(*(*renderer)->renderPreviewPage(a, preview));
        QVERIFY(previewPage.contains(
            QStringLiteral("<p class=\"lead\"><span class=\"picture-missing\">")));
        PageContext site = siteContext();
        site.pictures = {};
        const QString sitePage = render(a, site);
        QVERIFY(!sitePage.contains(QStringLiteral("class=\"picture-missing\"")));
        QVERIFY(!sitePage.contains(QStringLiteral("<figure")));
        QVERIFY(!sitePage.contains(QStringLiteral("og:image")));
    }

    void theHeadCarriesTheLeadImage()
    {
        const QString page = render(withLead(), siteContext());
        const QString url = QStringLiteral("https://news.example.org/media/%1-2400.jpg")
                                .arg(QString::fromLatin1(kHash));
        QVERIFY2(
            page.contains(QStringLiteral("<meta property=\"og:image\" content=\"%1\">").arg(url)),
            qPrintable(page));
        QVERIFY(
            page.contains(QStringLiteral("<meta property=\"og:image:width\" content=\"2400\">")));
        QVERIFY(
            page.contains(QStringLiteral("<meta property=\"og:image:height\" content=\"1600\">")));
        QVERIFY(page.contains(QStringLiteral(
            "<meta property=\"og:image:alt\" content=\"Two cranes over the quay\">")));
        QVERIFY(page.contains(
            QStringLiteral("<meta name=\"twitter:card\" content=\"summary_large_image\">")));
        const QJsonObject image = jsonLdOf(page).value(QStringLiteral("image")).toObject();
        QCOMPARE(image.value(QStringLiteral("@type")).toString(), QStringLiteral("ImageObject"));
        QCOMPARE(image.value(QStringLiteral("url")).toString(), url);
        QCOMPARE(image.value(QStringLiteral("width")).toInt(), 2400);
        QCOMPARE(image.value(QStringLiteral("height")).toInt(), 1600);
        QCOMPARE(image.value(QStringLiteral("caption")).toString(),
                 QStringLiteral("Library caption"));
        QCOMPARE(image.value(QStringLiteral("creditText")).toString(),
                 QStringLiteral("Photo: Ana Ruiz"));

        // A rendition narrower than the picture: its own height.
        PageContext narrow = siteContext();
        Picture p = harbour();
        p.renditionWidths = {480, 960, 1600};
        narrow.pictures.add(p);
        const QString small = render(withLead(), narrow);
        QVERIFY(small.contains(QStringLiteral("og:image:width\" content=\"1600\"")));
        QVERIFY(small.contains(QStringLiteral("og:image:height\" content=\"1067\"")));

        // Hostile alt text in the head and the JSON-LD stays inside its attribute and script.
        Article hostile = withLead();
        hostile.leadImage.altText = QStringLiteral("\"><script>x</script>");
        hostile.leadImage.caption = QStringLiteral("</script><script>y</script>");
        const QString h = render(hostile, siteContext());
        QVERIFY2(!h.contains(QStringLiteral("<script>x")) &&
                     !h.contains(QStringLiteral("<script>y")),
                 qPrintable(h));
        QCOMPARE(jsonLdOf(h)
                     .value(QStringLiteral("image"))
                     .toObject()
                     .value(QStringLiteral("caption"))
                     .toString(),
                 hostile.leadImage.caption);

        // Without a base URL there is no absolute address: no og:image, a small card.
        const QString relative = render(withLead(), siteContext(QString()));
        QVERIFY(!relative.contains(QStringLiteral("og:image")));
        QVERIFY(
            relative.contains(QStringLiteral("<meta name=\"twitter:card\" content=\"summary\">")));
        QVERIFY(!jsonLdOf(relative).contains(QStringLiteral("image")));
        QVERIFY(relative.contains(QStringLiteral("<figure class=\"lead\">"))); // still shown
        // Without a lead image, neither.
        Article none = withLead();
        none.leadImage = {};
        const QString plain = render(none, siteContext());
        QVERIFY(!plain.contains(QStringLiteral("og:image")));
        QVERIFY(plain.contains(QStringLiteral("content=\"summary\"")));
    }

    // Without a dek the page describes itself by the body's opening as it reads: a picture
    // there is not words (found: og:description held "![…](media:HASH …)").
    void aDescriptionFromTheBodyLeavesThePicturesOut()
    {
        Article article = withLead();
        article.dek.clear();
        article.body = QStringLiteral("![Two cranes](media:%1 \"The \\\"quay\\\" at dawn\")\n\n"
                                      "## Morning\n\nThe **tide** rose over [the quay](https://"
                                      "example.org/q \"Quay\") at dawn.")
                           .arg(QString::fromLatin1(kHash));
        const QString page = render(article, siteContext());
        const QString expected = QStringLiteral("Morning The tide rose over the quay at dawn.");
        QVERIFY2(page.contains(
                     QStringLiteral("<meta name=\"description\" content=\"%1\">").arg(expected)),
                 qPrintable(page));
        QVERIFY(page.contains(
            QStringLiteral("<meta property=\"og:description\" content=\"%1\">").arg(expected)));
        QVERIFY(!page.contains(QStringLiteral("media:")));
    }

    void theFeedCarriesTheLeadImage()
    {
        Article a = withLead();
        a.leadImage.caption = QStringLiteral("Caption & <more>");
        const QString path = QStringLiteral("media/%1-2400.jpg").arg(QString::fromLatin1(kHash));
        const QByteArray xml =
            atomFeed({a}, QStringLiteral("Harbor Daily"),
                     QStringLiteral("https://news.example.org"), shelf(), {{path, 12345}});
        QXmlStreamReader reader(xml);
        bool enclosure = false;
        bool content = false;
        bool description = false;
        bool credit = false;
        while (!reader.atEnd()) {
            if (reader.readNext() != QXmlStreamReader::StartElement)
                continue;
            const auto at = reader.attributes();
            if (reader.name() == u"link" && at.value(QStringLiteral("rel")) == u"enclosure") {
                QCOMPARE(at.value(QStringLiteral("href")).toString(),
                         QStringLiteral("https://news.example.org/") + path);
                QCOMPARE(at.value(QStringLiteral("type")).toString(), QStringLiteral("image/jpeg"));
                QCOMPARE(at.value(QStringLiteral("length")).toString(), QStringLiteral("12345"));
                enclosure = true;
            } else if (reader.namespaceUri() == u"http://search.yahoo.com/mrss/" &&
                       reader.name() == u"content") {
                QCOMPARE(at.value(QStringLiteral("url")).toString(),
                         QStringLiteral("https://news.example.org/") + path);
                QCOMPARE(at.value(QStringLiteral("medium")).toString(), QStringLiteral("image"));
                QCOMPARE(at.value(QStringLiteral("width")).toString(), QStringLiteral("2400"));
                content = true;
            } else if (reader.name() == u"description") {
                QCOMPARE(reader.readElementText(), a.leadImage.caption);
                description = true;
            } else if (reader.name() == u"credit") {
                QCOMPARE(reader.readElementText(), QStringLiteral("Photo: Ana Ruiz"));
                credit = true;
            }
        }
        QVERIFY2(!reader.hasError(), qPrintable(reader.errorString()));
        QVERIFY(enclosure && content && description && credit);
        // A picture the feed was not given: no enclosure.
        QVERIFY(!atomFeed({a}, QStringLiteral("H"), QString(), {}).contains("enclosure"));
    }
};

QTEST_GUILESS_MAIN(TestPictureRender)
#include "tst_picturerender.moc"
