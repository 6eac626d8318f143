#include "search/MultilingualTokenizer.h"

#include <QTest>

using namespace newsroom;

namespace {
QStringList terms(const QString &text)
{
    QStringList out;
    MultilingualTokenizer::tokenize(text.toUtf8(), [&](const auto &token) {
        out.append(QString::fromUtf8(token.term.data(), token.term.size()));
        return true;
    });
    return out;
}
} // namespace

class TestTokenizer : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void words_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("latin") << "The Council's VOTE, 7-2."
                               << QStringList{"the", "council", "s", "vote", "7", "2"};
        QTest::newRow("accents") << "Café São Paulo naïve"
                                 << QStringList{"cafe", "sao", "paulo", "naive"};
        QTest::newRow("german") << "Straße ÜBER" << QStringList{"strasse", "uber"};
        QTest::newRow("korean bigrams")
            << "센터가 열린다" << QStringList{"센터", "터가", "열린", "린다"};
        QTest::newRow("single cjk") << "한 사람" << QStringList{"한", "사람"};
        QTest::newRow("japanese mixed")
            << "東京でAI会議" << QStringList{"東京", "京で", "ai", "会議"};
        QTest::newRow("arabic harakat") << "كَتَبَ" << QStringList{"كتب"};
        QTest::newRow("arabic alef forms") << "أحمد إلى آخر" << QStringList{"احمد", "الي", "اخر"};
        QTest::newRow("arabic tatweel") << "جـمـيـل" << QStringList{"جميل"};
        QTest::newRow("teh marbuta") << "مدينة" << QStringList{"مدينه"};
        QTest::newRow("cyrillic") << "Москва ГОРОД" << QStringList{"москва", "город"};
        QTest::newRow("fullwidth") << "ＡＢＣ" << QStringList{"abc"};
        QTest::newRow("empty") << "" << QStringList{};
        QTest::newRow("only punctuation") << "— … !!" << QStringList{};
    }
    void words()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, expected);
        QCOMPARE(terms(text), expected);
    }

    void offsetsPointIntoTheText()
    {
        const QByteArray text = QStringLiteral("Hello 센터가").toUtf8();
        QList<std::pair<int, int>> spans;
        MultilingualTokenizer::tokenize(text, [&](const auto &token) {
            spans.append({token.start, token.end});
            return true;
        });
        QCOMPARE(spans.size(), 3);
        QCOMPARE(text.mid(spans[0].first, spans[0].second - spans[0].first), QByteArray("Hello"));
        QCOMPARE(QString::fromUtf8(text.mid(spans[1].first, spans[1].second - spans[1].first)),
                 QStringLiteral("센터"));
        QCOMPARE(QString::fromUtf8(text.mid(spans[2].first, spans[2].second - spans[2].first)),
                 QStringLiteral("터가"));
    }

    void malformedUtf8IsSkipped()
    {
        const QByteArray text("ok \xff\xfe bad \xe3\x81", 12);
        const QStringList out = [&] {
            QStringList list;
            MultilingualTokenizer::tokenize(text, [&](const auto &token) {
                list.append(QString::fromUtf8(token.term.data(), token.term.size()));
                return true;
            });
            return list;
        }();
        QCOMPARE(out, (QStringList{"ok", "bad"}));
    }

    void sinkCanStop()
    {
        int seen = 0;
        MultilingualTokenizer::tokenize("one two three", [&](const auto &) { return ++seen < 2; });
        QCOMPARE(seen, 2);
    }
};

QTEST_GUILESS_MAIN(TestTokenizer)
#include "tst_tokenizer.moc"
