// The page's own words in the article's language: each language's table, dates written by
// QLocale for it, English words for a language without a table; and the pages themselves:
// an article page and a listing in Arabic, Korean and the others say their words and dates
// in that language, Arabic right to left.

#include "TestArchive.h"
#include "importer/PlainTextArticleParser.h"
#include "render/PageRenderer.h"
#include "render/PageWords.h"
#include "render/SmartPunctuation.h"

#include <QFile>
#include <QLocale>
#include <QTest>

using namespace newsroom;
using namespace newsroom::test;

namespace {
QString render(const Article &article)
{
    auto renderer = PageRenderer::create(Theme::builtIn());
    if (!renderer)
        return QStringLiteral("error: ") + renderer.error().message;
    auto page = (*renderer)->render(article, PageContext{});
    return page ? *page : QStringLiteral("error: ") + page.error().message;
}

QString renderList(const ListPage &list)
{
    auto renderer = PageRenderer::create(Theme::builtIn());
    if (!renderer)
        return QStringLiteral("error: ") + renderer.error().message;
    auto page = (*renderer)->renderList(list, PageContext{});
    return page ? *page : QStringLiteral("error: ") + page.error().message;
}

// What ctemplate writes for text in an element: the five characters HTML escapes.
QString escaped(const QString &text)
{
    return text.toHtmlEscaped().replace(QLatin1Char('\''), QStringLiteral("&#39;"));
}

const QDateTime kPublished(QDate(2026, 4, 18), QTime(8, 30), Qt::UTC);
} // namespace

class TestPageWords : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void wordsOfEachLanguage_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("related");
        QTest::addColumn<QString>("byline");
        QTest::addColumn<QString>("aiLabel");
        QTest::addColumn<QString>("published");
        QTest::newRow("en") << "en"
                            << "Related Articles"
                            << "By Ana Ruiz"
                            << "AI-generated content"
                            << "Published";
        QTest::newRow("ko") << "ko"
                            << "관련 기사"
                            << "Ana Ruiz 기자"
                            << "AI 생성 콘텐츠"
                            << "입력";
        QTest::newRow("ar") << "ar"
                            << "مقالات ذات صلة"
                            << "بقلم Ana Ruiz"
                            << "محتوى مُولَّد بالذكاء الاصطناعي"
                            << "نُشر في";
        QTest::newRow("de") << "de"
                            << "Mehr zum Thema"
                            << "Von Ana Ruiz"
                            << "KI-generierter Inhalt"
                            << "Veröffentlicht am";
        QTest::newRow("fr") << "fr"
                            << "À lire aussi"
                            << "Par Ana Ruiz"
                            << "Contenu généré par IA"
                            << "Publié le";
        QTest::newRow("es") << "es"
                            << "Artículos relacionados"
                            << "Por Ana Ruiz"
                            << "Contenido generado por IA"
                            << "Publicado el";
        // A region, or a tag written loosely, finds its language's words.
        QTest::newRow("es-MX") << "es_mx"
                               << "Artículos relacionados"
                               << "Por Ana Ruiz"
                               << "Contenido generado por IA"
                               << "Publicado el";
        // Without a table: English.
        QTest::newRow("it") << "it"
                            << "Related Articles"
                            << "By Ana Ruiz"
                            << "AI-generated content"
                            << "Published";
        QTest::newRow("not a tag") << "??"
                                   << "Related Articles"
                                   << "By Ana Ruiz"
                                   << "AI-generated content"
                                   << "Published";
    }
    void wordsOfEachLanguage()
    {
        QFETCH(QString, language);
        QFETCH(QString, related);
        QFETCH(QString, byline);
        QFETCH(QString, aiLabel);
        QFETCH(QString, published);
        const PageWords words(language);
        QCOMPARE(words.relatedArticles(), related);
        QCOMPARE(words.byline(QStringLiteral("Ana Ruiz")), byline);
        QCOMPARE(words.aiLabel(), aiLabel);
        QCOMPARE(words.published(), published);
        for (const QString &word :
             {words.sources(), words.aiDefaultText(), words.updated(), words.skipToStory(),
              words.tags(), words.noArticles(), words.latestNews(), words.latestNewsDescription(),
              words.moreNews(), words.articlesIn(QStringLiteral("X"))})
            QVERIFY(!word.isEmpty());
    }

    void datesInTheLanguage_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("expected");
        for (const char *language : {"en", "ko", "ar", "de", "fr", "es", "it", "pt-BR"})
            QTest::newRow(language) << language
                                    << QLocale(QLatin1StringView(language))
                                           .toString(kPublished.date(), QLocale::LongFormat);
        // Qt's long dates, spelled out, so that the test can fail on the wrong language.
        QTest::newRow("ko spelled") << "ko"
                                    << "2026년 4월 18일 토요일";
        QTest::newRow("de spelled") << "de"
                                    << "Samstag, 18. April 2026";
        QTest::newRow("fr spelled") << "fr"
                                    << "samedi 18 avril 2026";
        QTest::newRow("es spelled") << "es"
                                    << "sábado, 18 de abril de 2026";
        QTest::newRow("unknown: English") << "qq"
                                          << "Saturday, April 18, 2026";
    }
    void datesInTheLanguage()
    {
        QFETCH(QString, language);
        QFETCH(QString, expected);
        QCOMPARE(PageWords(language).date(kPublished), expected);
    }

    void tablesExistForTheSixLanguages()
    {
        for (const char *language : {"en", "ko", "ar", "de", "fr", "es", "ar-EG", "fr-CA"})
            QVERIFY2(PageWords::hasWords(QLatin1StringView(language)), language);
        QVERIFY(!PageWords::hasWords(QStringLiteral("it")));
        QCOMPARE(PageWords(QStringLiteral("ja")).language(), QStringLiteral("en"));
        QCOMPARE(PageWords(QStringLiteral("de-AT")).language(), QStringLiteral("de"));
    }

    // The user's report: the Arabic sample's page labelled its AI box in English. Its page
    // now says every word of its own in Arabic, right to left.
    void theArabicSamplePageIsArabic()
    {
        QFile sample(QStringLiteral(NEWSROOM_SAMPLES "/05-desalination-plant.txt"));
        QVERIFY(sample.open(QIODevice::ReadOnly));
        Article article = PlainTextArticleParser::parse(QString::fromUtf8(sample.readAll()));
        article.disclosure.clear(); // the default text, in Arabic too
        article.byline = QStringLiteral("ليلى حسن");
        article.sources = {QStringLiteral("https://example.org/plant")};
        article.status = ArticleStatus::Published;
        article.publishedAt = kPublished;
        article.updatedAt = kPublished.addDays(2);
        QVERIFY(article.aiGenerated); // the sample says so, in English, at its end
        article.related = {RelatedItem{QStringLiteral("محطة أخرى"), QString(), 0, QString()}};
        const PageWords arabic(QStringLiteral("ar"));
        const QString page = render(article);
        QVERIFY2(page.contains(QStringLiteral("<html lang=\"ar\" dir=\"rtl\">")),
                 qPrintable(page.left(300)));
        for (const QString &word :
             {arabic.aiLabel(), arabic.aiDefaultText(), arabic.relatedArticles(), arabic.sources(),
              arabic.byline(article.byline), arabic.published(), arabic.updated(),
              arabic.skipToStory(), arabic.date(kPublished), arabic.date(article.updatedAt)})
            QVERIFY2(page.contains(escaped(word)), qPrintable(word));
        QVERIFY(page.contains(QStringLiteral("<p class=\"ai-label\">") + arabic.aiLabel()));
        for (const char *english : {"AI-generated content", "Related Articles", ">Sources<", ">By ",
                                    ">Published<", ">Updated ", "Skip to the story"})
            QVERIFY2(!page.contains(QLatin1StringView(english)), english);
    }

    void eachLanguageHasItsPage_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("direction");
        for (const char *language : {"en", "ko", "de", "fr", "es"})
            QTest::newRow(language) << language << "ltr";
        QTest::newRow("ar") << "ar"
                            << "rtl";
    }
    void eachLanguageHasItsPage()
    {
        QFETCH(QString, language);
        QFETCH(QString, direction);
        Article article = makeArticle(QStringLiteral("Harbour \"budget\" vote"),
                                      QStringLiteral("The \"vote\" -- at last..."));
        article.language = language;
        article.aiGenerated = true;
        article.status = ArticleStatus::Published;
        article.publishedAt = kPublished;
        article.related = {RelatedItem{QStringLiteral("Earlier"), QString(), 0, QString()}};
        const PageWords words(language);
        const QString page = render(article);
        QVERIFY(page.contains(
            QStringLiteral("<html lang=\"%1\" dir=\"%2\">").arg(language, direction)));
        QVERIFY(page.contains(QStringLiteral("<h2 id=\"related-title\">") +
                              words.relatedArticles() + QStringLiteral("</h2>")));
        QVERIFY(page.contains(QStringLiteral("<h2 id=\"sources-title\">") + words.sources() +
                              QStringLiteral("</h2>")));
        QVERIFY(page.contains(QStringLiteral("<span class=\"byline\">") +
                              escaped(words.byline(article.byline)) + QStringLiteral("</span>")));
        QVERIFY(page.contains(QStringLiteral("<span class=\"date-label\">") + words.published() +
                              QStringLiteral("</span> <time datetime=\"2026-04-18T08:30:00Z\">") +
                              words.date(kPublished) + QStringLiteral("</time>")));
        QVERIFY(page.contains(escaped(words.aiLabel())));
        // The body's quotes are the language's; the headline stays as typed.
        const QString quoted = QString::fromUtf8(SmartPunctuation::marksFor(language).doubleOpen) +
                               QStringLiteral("vote");
        QVERIFY2(page.contains(quoted), qPrintable(quoted));
        QVERIFY(page.contains(QStringLiteral("Harbour &quot;budget&quot; vote")));
    }

    // Not yet updated on a later day: no "Updated" line; a draft has no "Published" label.
    void updatedOnlyOnALaterDay()
    {
        Article article = makeArticle(QStringLiteral("Ferry"));
        article.status = ArticleStatus::Published;
        article.publishedAt = kPublished;
        article.updatedAt = kPublished.addSecs(3600);
        QVERIFY(!render(article).contains(QStringLiteral("class=\"updated\"")));
        article.updatedAt = kPublished.addDays(1);
        QVERIFY(render(article).contains(QStringLiteral(
            "<span class=\"updated\">Updated <time "
            "datetime=\"2026-04-19T08:30:00Z\">Sunday, April 19, 2026</time></span>")));
        article.status = ArticleStatus::Draft;
        article.publishedAt = {};
        QVERIFY(!render(article).contains(QStringLiteral("date-label")));
    }

    void listingsSpeakTheirLanguage()
    {
        ListPage list;
        list.language = QStringLiteral("ar");
        list.title = list.heading = QStringLiteral("اقتصاد");
        list.groups = {ListPage::Group{QString(),
                                       QString(),
                                       {ListPage::Entry{QStringLiteral("عنوان"), QString(),
                                                        QStringLiteral("a.html"), kPublished}}}};
        list.tags = {{QStringLiteral("مياه"), QStringLiteral("tags/water.html")}};
        const PageWords arabic(QStringLiteral("ar"));
        const QString page = renderList(list);
        QVERIFY(page.contains(QStringLiteral("<html lang=\"ar\" dir=\"rtl\">")));
        QVERIFY(page.contains(arabic.date(kPublished)));
        QVERIFY(page.contains(QStringLiteral("<h2>") + arabic.tags() + QStringLiteral("</h2>")));
        list.groups.clear();
        QVERIFY(renderList(list).contains(arabic.noArticles()));
    }
};

QTEST_GUILESS_MAIN(TestPageWords)
#include "tst_pagewords.moc"
