#include "model/Slug.h"

#include <QTest>

using namespace newsroom;

class TestSlug : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void fromHeadline_data()
    {
        QTest::addColumn<QString>("headline");
        QTest::addColumn<QString>("slug");
        QTest::newRow("plain") << "City Budget Passes"
                               << "city-budget-passes";
        QTest::newRow("punctuation") << "Q&A: What's next?  2027!"
                                     << "q-a-whats-next-2027";
        QTest::newRow("accents") << "Café owners in São Paulo"
                                 << "cafe-owners-in-sao-paulo";
        QTest::newRow("korean") << "서울시, 데이터센터 건립"
                                << "서울시-데이터센터-건립";
        QTest::newRow("arabic") << "محطة تحلية المياه"
                                << "محطة-تحلية-المياه";
        QTest::newRow("empty") << ""
                               << "article";
        QTest::newRow("only symbols") << "!!! ---"
                                      << "article";
        QTest::newRow("path tricks") << "../../etc/passwd"
                                     << "etc-passwd";
    }
    void fromHeadline()
    {
        QFETCH(QString, headline);
        QFETCH(QString, slug);
        QCOMPARE(slug::fromHeadline(headline), slug);
        QVERIFY(slug::isValid(slug::fromHeadline(headline)));
    }

    void longHeadlineIsCut()
    {
        const QString slug =
            slug::fromHeadline(QString(200, QLatin1Char('a')) + QStringLiteral(" b"));
        QCOMPARE(slug.size(), slug::kMaxLength);
        QVERIFY(slug::isValid(slug));
    }

    void validity()
    {
        QVERIFY(slug::isValid(QStringLiteral("a-b-1")));
        QVERIFY(!slug::isValid(QString()));
        QVERIFY(!slug::isValid(QStringLiteral("A-b")));
        QVERIFY(!slug::isValid(QStringLiteral("a--b")));
        QVERIFY(!slug::isValid(QStringLiteral("-a")));
        QVERIFY(!slug::isValid(QStringLiteral("a/b")));
        QVERIFY(!slug::isValid(QStringLiteral("..")));
        QVERIFY(!slug::isValid(QStringLiteral("a b")));
    }

    void suffixStaysWithinLimit()
    {
        const QString base = slug::fromHeadline(QString(200, QLatin1Char('x')));
        const QString numbered = slug::withSuffix(base, 12);
        QVERIFY(numbered.endsWith(QStringLiteral("-12")));
        QVERIFY(numbered.size() <= slug::kMaxLength);
        QVERIFY(slug::isValid(numbered));
    }
};

QTEST_GUILESS_MAIN(TestSlug)
#include "tst_slug.moc"
