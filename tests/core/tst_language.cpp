// Which language an article is in: the tag set on it, as BCP 47 writes it, or the guess
// from its text (script first, then a vote of common words for Latin text), on the sample
// articles the app ships and on a paragraph of each language the vote knows.

#include "TestArchive.h"
#include "i18n/LanguageGuess.h"
#include "i18n/Languages.h"
#include "importer/MarkdownArticle.h"
#include "importer/PlainTextArticleParser.h"
#include "render/ArticleLanguage.h"

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTest>

using namespace newsroom;

class TestLanguage : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void samplesAreGuessed_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("language");
        QTest::newRow("harbor budget") << "01-harbor-budget.txt"
                                       << "en";
        QTest::newRow("transit strike") << "02-transit-strike.txt"
                                        << "en";
        QTest::newRow("river valley heat") << "03-river-valley-heat.txt"
                                           << "en";
        QTest::newRow("seoul data center") << "04-seoul-data-center.txt"
                                           << "ko";
        QTest::newRow("desalination plant") << "05-desalination-plant.txt"
                                            << "ar";
        QTest::newRow("bridge inspection") << "06-bridge-inspection.txt"
                                           << "en";
        QTest::newRow("coral survey") << "07-coral-survey.md"
                                      << "en";
        QTest::newRow("cup final") << "08-cup-final.md"
                                   << "en";
    }
    void samplesAreGuessed()
    {
        QFETCH(QString, file);
        QFETCH(QString, language);
        QFile sample(QStringLiteral(NEWSROOM_SAMPLES "/") + file);
        QVERIFY(sample.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(sample.readAll());
        Article article;
        if (file.endsWith(QLatin1StringView(".md"))) {
            auto parsed = markdownarticle::read(text);
            QVERIFY(parsed);
            article = parsed->article;
        } else {
            article = PlainTextArticleParser::parse(text);
        }
        QCOMPARE(languageguess::fromArticle(article), language);
        article.language.clear(); // the coral survey says "en" in its front matter
        QCOMPARE(language::of(article), language);
    }

    void latinTextIsPutToAVote_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("language");
        QTest::newRow("en") << "The council said on Monday that the budget for the harbour "
                               "would be cut by a tenth after the vote."
                            << "en";
        QTest::newRow("de") << "Der Stadtrat hat am Montag beschlossen, dass die Mittel für den "
                               "Hafen um ein Zehntel gekürzt werden."
                            << "de";
        QTest::newRow("fr") << "Le conseil municipal a annoncé lundi que le budget du port sera "
                               "réduit d'un dixième après le vote des élus."
                            << "fr";
        QTest::newRow("es") << "El ayuntamiento anunció el lunes que el presupuesto del puerto "
                               "se reducirá en una décima parte tras la votación."
                            << "es";
        QTest::newRow("it") << "Il consiglio comunale ha annunciato lunedì che il bilancio del "
                               "porto sarà ridotto di un decimo dopo il voto."
                            << "it";
        QTest::newRow("pt") << "A câmara municipal anunciou na segunda-feira que o orçamento do "
                               "porto será reduzido em um décimo após a votação."
                            << "pt";
        QTest::newRow("nl") << "De gemeenteraad heeft maandag gezegd dat het budget voor de haven "
                               "na de stemming met een tiende wordt verlaagd."
                            << "nl";
        // Latin letters and no common word: English, as before the vote existed.
        QTest::newRow("names only") << "Okafor Mbeki Ndlovu"
                                    << "en";
    }
    void latinTextIsPutToAVote()
    {
        QFETCH(QString, text);
        QFETCH(QString, language);
        QCOMPARE(languageguess::fromText(text), language);
    }

    void theScriptDecidesFirst_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("language");
        QTest::newRow("hangul") << "서울시가 마포구에 공공 데이터센터를 짓기로 했다."
                                << "ko";
        QTest::newRow("arabic") << "افتتاح محطة لتحلية المياه تعمل بالطاقة الشمسية"
                                << "ar";
        QTest::newRow("kana") << "東京で会議を開く"
                              << "ja";
        QTest::newRow("han") << "北京市政府宣布新建数据中心"
                             << "zh";
        QTest::newRow("cyrillic") << "Городской совет утвердил бюджет"
                                  << "ru";
        QTest::newRow("hebrew") << "מועצת העיר אישרה את התקציב"
                                << "he";
        QTest::newRow("greek") << "Το δημοτικό συμβούλιο ενέκρινε"
                               << "el";
        // A Korean story full of English names and acronyms is still Korean.
        QTest::newRow("hangul with latin") << "OpenAI와 NVIDIA, ESG 보고서 발표 예정"
                                           << "ko";
        // A Chinese story quoting a Japanese name with one Kana is still Chinese.
        QTest::newRow("han with a kana") << "日本作家村上春樹的新书《街とその》在北京发布，"
                                            "读者排队购买，出版社表示首印十万册已经售罄"
                                         << "zh";
        QTest::newRow("no letters") << "2026 — 12:30 !!"
                                    << "";
    }
    void theScriptDecidesFirst()
    {
        QFETCH(QString, text);
        QFETCH(QString, language);
        QCOMPARE(languageguess::fromText(text), language);
    }

    // Only the first 64 KiB are read: a body that turns Korean after that is still English,
    // and a 16 MB body costs no more than a page.
    void onlyTheStartIsRead()
    {
        Article article;
        article.headline = QStringLiteral("Budget");
        QString body;
        while (body.size() < languageguess::kMaxSample)
            body += QStringLiteral("The council said that the budget was cut. ");
        body += QString(16 * 1024 * 1024 / 3, QChar(0xAC00)); // 가가가…
        article.body = body;
        QElapsedTimer timer;
        timer.start();
        QCOMPARE(languageguess::fromArticle(article), QStringLiteral("en"));
        const qint64 ns = timer.nsecsElapsed();
        qInfo("a guess over the whole sample (64 KiB of a 16 MB body) took %.2f ms", ns / 1e6);
        QVERIFY2(ns < 200'000'000, qPrintable(QString::number(ns)));
        // A huge headline alone fills the sample.
        article.headline = QString(200 * 1024, QChar(0xAC00));
        QCOMPARE(languageguess::fromArticle(article), QStringLiteral("ko"));
    }

    // Pictures' addresses are not words (found: 20 pictures made an English story
    // "Portuguese", their hashes' letters read as "de", "da", "e"…).
    void picturesAndLinksDoNotVote()
    {
        Article article;
        article.headline = QStringLiteral("Storm surge floods the harbour");
        article.body = QStringLiteral("The tide rose over the quay at dawn, and the ferries stayed "
                                      "in port until the wind dropped.\n\n");
        for (int i = 0; i < 20; ++i) {
            const QByteArray hash =
                QCryptographicHash::hash(QByteArray::number(i), QCryptographicHash::Sha256).toHex();
            article.body += QStringLiteral("![](media:%1 \"Photo %2\")\n\n")
                                .arg(QString::fromLatin1(hash))
                                .arg(i);
            article.body +=
                QStringLiteral("See [the map](https://example.org/da/e/de/a/%1).\n\n").arg(i);
        }
        QCOMPARE(languageguess::fromArticle(article), QStringLiteral("en"));
    }

    void theSetTagWins_data()
    {
        QTest::addColumn<QString>("set");
        QTest::addColumn<QString>("expected");
        QTest::newRow("plain") << "de"
                               << "de";
        QTest::newRow("with a region") << "de-CH"
                                       << "de-CH";
        QTest::newRow("written loosely") << " EN_gb "
                                         << "en-GB";
        QTest::newRow("script and region") << "zh_hant_tw"
                                           << "zh-Hant-TW";
        QTest::newRow("numeric region") << "es-419"
                                        << "es-419";
        // Not a tag at all: the guess stands (the text is Korean).
        QTest::newRow("not a tag") << "Korean language"
                                   << "ko";
        QTest::newRow("empty") << ""
                               << "ko";
    }
    void theSetTagWins()
    {
        QFETCH(QString, set);
        QFETCH(QString, expected);
        Article article;
        article.headline = QStringLiteral("서울시 데이터센터 건립");
        article.language = set;
        QCOMPARE(language::of(article), expected);
    }

    void tagsAreNormalized()
    {
        QCOMPARE(languages::normalized(QStringLiteral("KO")), QStringLiteral("ko"));
        QCOMPARE(languages::normalized(QStringLiteral("x")), QString());
        QCOMPARE(languages::normalized(QStringLiteral("en-")), QString());
        QCOMPARE(languages::normalized(QStringLiteral("en-toolongsubtag")), QString());
        QCOMPARE(languages::normalized(QStringLiteral("한국어")), QString());
        QCOMPARE(languages::normalized(QString(36, QLatin1Char('a'))), QString());
        QCOMPARE(languages::primary(QStringLiteral("de-CH")), QStringLiteral("de"));
        QCOMPARE(languages::englishName(QStringLiteral("ko")), QStringLiteral("Korean"));
        QCOMPARE(languages::englishName(QStringLiteral("ar-EG")), QStringLiteral("Arabic"));
        QCOMPARE(languages::englishName(QStringLiteral("qq")), QStringLiteral("qq"));
        QVERIFY(language::isRightToLeft(QStringLiteral("ar")));
        QVERIFY(language::isRightToLeft(QStringLiteral("AR_eg")));
        QVERIFY(!language::isRightToLeft(QStringLiteral("ko")));
    }
};

QTEST_GUILESS_MAIN(TestLanguage)
#include "tst_language.moc"
