#include "search/SearchHit.h"
#include "search/SnippetBuilder.h"

#include <QElapsedTimer>
#include <QTest>

using namespace newsroom;

namespace {
// Marks as brackets, for readable expectations.
QString shown(const std::optional<QString> &snippet)
{
    if (!snippet)
        return QStringLiteral("<none>");
    QString text = *snippet;
    return text.replace(SearchHit::kMarkStart, QLatin1Char('['))
        .replace(SearchHit::kMarkEnd, QLatin1Char(']'));
}
} // namespace

class TestSnippet : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void marks_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        QTest::newRow("word") << "harbour"
                              << "The Harbour reopened."
                              << "The [Harbour] reopened.";
        QTest::newRow("accent-insensitive") << "cafe"
                                            << "A café, a CAFE."
                                            << "A [café], a [CAFE].";
        QTest::newRow("prefix") << "dredg*"
                                << "Dredging and dredgers."
                                << "[Dredging] and [dredgers].";
        QTest::newRow("phrase words") << "\"city council\""
                                      << "The city council met."
                                      << "The [city] [council] met.";
        QTest::newRow("excluded not marked") << "budget -tax"
                                             << "Budget and tax."
                                             << "[Budget] and tax.";
        QTest::newRow("korean inside a word") << "센터"
                                              << "이 센터가 완공되면"
                                              << "이 [센터]가 완공되면";
        QTest::newRow("overlapping cjk terms") << "센터가"
                                               << "이 센터가 완공"
                                               << "이 [센터가] 완공";
        QTest::newRow("arabic forms") << "احمد"
                                      << "وقال أحمد إن"
                                      << "وقال [أحمد] إن";
        QTest::newRow("markdown heading and emphasis")
            << "harbor"
            << "## Harbor damage\n\nThe **harbor** wall *broke*."
            << "[Harbor] damage The [harbor] wall broke.";
        QTest::newRow("markdown link, quote and list")
            << "ferry"
            << "> The [ferry timetable](https://example.org/ferry) changes.\n\n- Ferry at `six`"
            << "The [ferry] timetable changes. [Ferry] at six";
        QTest::newRow("no match") << "zeppelin"
                                  << "Nothing here."
                                  << "<none>";
    }
    void marks()
    {
        QFETCH(QString, query);
        QFETCH(QString, text);
        QFETCH(QString, expected);
        QCOMPARE(shown(SnippetBuilder(query).build(text)), expected);
    }

    void longTextIsCutAroundTheMatches()
    {
        QStringList words;
        for (int i = 0; i < 200; ++i)
            words.append(QStringLiteral("word%1").arg(i));
        words[120] = QStringLiteral("needle");
        const QString snippet =
            shown(SnippetBuilder(QStringLiteral("needle")).build(words.join(QLatin1Char(' '))));
        QVERIFY2(snippet.startsWith(QStringLiteral("…")) && snippet.endsWith(QStringLiteral("…")),
                 qPrintable(snippet));
        QVERIFY(snippet.contains(QStringLiteral("[needle]")));
        QCOMPARE(snippet.count(QLatin1Char(' ')), SnippetBuilder::kTokens - 1);
    }

    void openingOfMarkdown()
    {
        QCOMPARE(SnippetBuilder::opening(QStringLiteral("## Storm\n\n1. First, **boats** broke")),
                 QStringLiteral("Storm First, boats broke"));
    }

    void openingOfText()
    {
        QCOMPARE(SnippetBuilder::opening(QStringLiteral("Short text.")),
                 QStringLiteral("Short text."));
        QStringList words(100, QStringLiteral("w"));
        QVERIFY(
            SnippetBuilder::opening(words.join(QLatin1Char(' '))).endsWith(QStringLiteral("…")));
    }

    // A 16 MB body (issue 11) is read only as far as its first 64 KiB: a match there is
    // found and marked at once; a word that occurs only further on is not looked for (the
    // search then shows the dek's passage or the opening).
    void longBodyIsReadOnlyAsFarAsItsOpening()
    {
        QString body = QStringLiteral("The harbour ferry strike began at dawn. ");
        const QString filler = QStringLiteral("Words that say nothing much at all, again. ");
        body += filler.repeated(16 * 1024 * 1024 / filler.size());
        body += QStringLiteral("Only here: zeppelin.");
        QElapsedTimer timer;
        timer.start();
        const auto found = SnippetBuilder(QStringLiteral("ferr*")).build(body);
        const auto beyond = SnippetBuilder(QStringLiteral("zeppelin")).build(body);
        const QString opening = SnippetBuilder::opening(body);
        const qint64 elapsed = timer.elapsed();
        qInfo("two snippets and an opening of a %lld MB body: %lld ms",
              qint64(body.size() / (1024 * 1024)), elapsed);            // ASCII: a byte a character
        QVERIFY2(elapsed < 2000, qPrintable(QString::number(elapsed))); // a safety net only
        QCOMPARE(shown(found), QStringLiteral("The harbour [ferry] strike began at dawn. "
                                              "Words that say nothing much at all, again. "
                                              "Words that say nothing much at all, again. "
                                              "Words…"));
        QVERIFY(!beyond); // 16 MB away: not scanned
        QVERIFY(opening.startsWith(QStringLiteral("The harbour ferry")));
        QVERIFY(opening.endsWith(QStringLiteral("…")));
    }

    // The cut falls at a space: the last word read is whole, so it cannot match as a prefix
    // of what it is not, and the passage ends with an ellipsis.
    void scanEndsAtAWord()
    {
        QString body = QString(SnippetBuilder::kScanChars - 8, QLatin1Char(' '));
        body += QStringLiteral("needle haystacks");
        const auto snippet = SnippetBuilder(QStringLiteral("needle")).build(body);
        QCOMPARE(shown(snippet), QStringLiteral("[needle]…"));
        QVERIFY(!SnippetBuilder(QStringLiteral("hay*")).build(body));
    }
};

QTEST_GUILESS_MAIN(TestSnippet)
#include "tst_snippet.moc"
