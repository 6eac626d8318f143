#include "search/FtsQuery.h"

#include <QTest>

using namespace newsroom;

class TestFtsQuery : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void build_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");
        QTest::newRow("words") << "city budget"
                               << "\"city\" AND \"budget\"";
        QTest::newRow("phrase") << "\"city council\" vote"
                                << "\"city council\" AND \"vote\"";
        QTest::newRow("prefix") << "budg*"
                                << "\"budg\"*";
        QTest::newRow("short prefix is a word") << "go*"
                                                << "\"go\"";
        QTest::newRow("exclude") << "budget -tax"
                                 << "(\"budget\") NOT (\"tax\")";
        QTest::newRow("or") << "strike OR walkout pay"
                            << "(\"strike\" OR \"walkout\") AND \"pay\"";
        QTest::newRow("single cjk is prefix") << "센"
                                              << "\"센\"*";
        QTest::newRow("fts operators are words")
            << "NEAR(a b) AND headline:x"
            << "\"NEAR(a\" AND \"b)\" AND \"AND\" AND \"headline:x\"";
        QTest::newRow("quotes inside") << "say\"hi"
                                       << "\"say\" AND \"hi\"";
        QTest::newRow("unclosed quote") << "\"open phrase"
                                        << "\"open phrase\"";
        QTest::newRow("only punctuation") << "— !!"
                                          << "";
        QTest::newRow("only exclusions") << "-tax"
                                         << "";
        QTest::newRow("empty") << "   "
                               << "";
        QTest::newRow("dangling or") << "OR budget OR"
                                     << "\"budget\"";
        // A NUL would end FTS5's query inside the quotes (found by fuzz_query).
        QTest::newRow("nul between words") << QStringLiteral("city\0budget")
                                           << "\"city\" AND \"budget\"";
        QTest::newRow("nul in a phrase") << QStringLiteral("\"city\0council\"")
                                         << "\"city council\"";
        QTest::newRow("nul after a minus") << QStringLiteral("budget -\0tax")
                                           << "\"budget\" AND \"tax\"";
    }
    void build()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        QCOMPARE(buildFtsQuery(input), expected);
    }
};

QTEST_GUILESS_MAIN(TestFtsQuery)
#include "tst_ftsquery.moc"
