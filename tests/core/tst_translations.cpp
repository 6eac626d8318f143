// The catalogue as the apps load it (translations::install, called by both mains): English
// whatever the desktop's language while Newsroom has no other, and counts that read as
// English ("1 article", "2 articles"), never as written in the code ("%n article(s)").

#include "i18n/Translations.h"
#include "importer/ImportLimits.h"

#include <QCoreApplication>
#include <QFile>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

using namespace newsroom;

namespace {
struct PluralMessage
{
    QString context;
    QString source;
    QString comment;
};

// Every message of translations/newsroom_en.ts that has plural forms.
QList<PluralMessage> pluralMessages()
{
    QFile file(QStringLiteral(NEWSROOM_TRANSLATIONS "/newsroom_en.ts"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QList<PluralMessage> found;
    QXmlStreamReader xml(&file);
    QString context;
    bool numerus = false;
    PluralMessage message;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == u"name") {
            context = xml.readElementText();
        } else if (xml.isStartElement() && xml.name() == u"message") {
            numerus = xml.attributes().value(QLatin1StringView("numerus")) == u"yes";
            message = {context, {}, {}};
        } else if (xml.isStartElement() && xml.name() == u"source") {
            message.source = xml.readElementText();
        } else if (xml.isStartElement() && xml.name() == u"comment") {
            message.comment = xml.readElementText();
        } else if (xml.isEndElement() && xml.name() == u"message" && numerus) {
            found.append(message);
        }
    }
    return xml.hasError() ? QList<PluralMessage>() : found;
}

// The notes ImportLimits writes for an article with `count` sources too long to keep.
QStringList notesForLongLinks(int count)
{
    Article article;
    article.headline = QStringLiteral("Links");
    for (int i = 0; i < count; ++i)
        article.sources.append(QStringLiteral("https://example.org/") +
                               QString(ImportLimits::kUrl, QLatin1Char('a')));
    return ImportLimits::enforce(article);
}
} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void englishWhereNewsroomHasNotTheLanguage_data()
    {
        QTest::addColumn<QLocale>("locale");
        QTest::newRow("C") << QLocale::c();
        QTest::newRow("en_US") << QLocale(QLocale::English, QLocale::UnitedStates);
        QTest::newRow("en_GB") << QLocale(QLocale::English, QLocale::UnitedKingdom);
        QTest::newRow("de_DE") << QLocale(QLocale::German, QLocale::Germany);
        QTest::newRow("ar_EG") << QLocale(QLocale::Arabic, QLocale::Egypt);
        QTest::newRow("ja_JP") << QLocale(QLocale::Japanese, QLocale::Japan);
    }
    void englishWhereNewsroomHasNotTheLanguage()
    {
        QFETCH(QLocale, locale);
        QCOMPARE(translations::install(locale), QStringLiteral("en"));
        QCOMPARE(QCoreApplication::translate("newsroom::MainWindow", "Archive %1: %Ln article(s)",
                                             nullptr, 1),
                 QStringLiteral("Archive %1: 1 article"));
        QCOMPARE(QCoreApplication::translate("newsroom::MainWindow", "Archive %1: %Ln article(s)",
                                             nullptr, 2),
                 QStringLiteral("Archive %1: 2 articles"));
    }

    void countsReadAsEnglish()
    {
        QCOMPARE(translations::install(QLocale::system()), QStringLiteral("en"));
        const auto backedUp = [](int articles) {
            return QCoreApplication::translate("CommandLineTool",
                                               "Backed up %n article(s) to %1 (%2 bytes).", nullptr,
                                               articles)
                .arg(QStringLiteral("copy.newsroom"))
                .arg(4096);
        };
        QCOMPARE(backedUp(1), QStringLiteral("Backed up 1 article to copy.newsroom (4096 bytes)."));
        QCOMPARE(backedUp(2),
                 QStringLiteral("Backed up 2 articles to copy.newsroom (4096 bytes)."));
        QCOMPARE(backedUp(0),
                 QStringLiteral("Backed up 0 articles to copy.newsroom (4096 bytes)."));

        // Through the code that writes them: an import's note on links left out.
        const QStringList one = notesForLongLinks(1);
        QVERIFY2(one.contains(QStringLiteral("1 link longer than 2,048 characters was left out")),
                 qPrintable(one.join(u'|')));
        const QStringList two = notesForLongLinks(2);
        QVERIFY2(two.contains(QStringLiteral("2 links longer than 2,048 characters were left out")),
                 qPrintable(two.join(u'|')));
    }

    // A plural message lupdate found without English forms would show "1 article(s)".
    void everyPluralHasItsEnglishForms()
    {
        const QList<PluralMessage> messages = pluralMessages();
        QVERIFY2(messages.size() >= 20, "the catalogue lists too few plural messages");
        QTranslator built; // the catalogue as lrelease compiled it into the apps
        QVERIFY(built.load(QStringLiteral("newsroom_en"), translations::kFolder));
        QCOMPARE(built.language(), QStringLiteral("en"));
        for (const PluralMessage &message : messages) {
            const QByteArray context = message.context.toUtf8();
            const QByteArray source = message.source.toUtf8();
            const QByteArray comment = message.comment.toUtf8();
            for (int n : {1, 2, 5}) {
                const QString text =
                    built.translate(context.constData(), source.constData(),
                                    comment.isEmpty() ? nullptr : comment.constData(), n);
                QVERIFY2(!text.isEmpty(), qPrintable(message.context + u": " + message.source));
                QVERIFY2(!text.contains(QLatin1StringView("(s)")), qPrintable(text));
                QVERIFY2(text.contains(QLatin1StringView("%n")) ||
                             text.contains(QLatin1StringView("%Ln")),
                         qPrintable(text));
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
