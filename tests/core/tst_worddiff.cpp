// The word-level diff the revisions dialog shows: exact (both texts come back whole from
// the pieces), readable (words, not characters; a rewritten line whole), and bounded
// (two unrelated 1 MB bodies answer within the step budget).

#include "model/WordDiff.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTest>

using namespace newsroom;

namespace {

// The pieces as "=kept", "-removed", "+added", to compare whole results at a glance.
QStringList shape(const WordDiff &diff)
{
    QStringList parts;
    for (const DiffPiece &piece : diff.pieces()) {
        const char mark = piece.op == DiffOp::Same ? '=' : piece.op == DiffOp::Removed ? '-' : '+';
        parts.append(QLatin1Char(mark) + piece.text);
    }
    return parts;
}

// Both texts come back whole, adjacent pieces never share an operation, none is empty.
void verifyExact(const WordDiff &diff, const QString &before, const QString &after)
{
    QCOMPARE(diff.before(), before);
    QCOMPARE(diff.after(), after);
    for (qsizetype i = 0; i < diff.pieces().size(); ++i) {
        QVERIFY(!diff.pieces()[i].text.isEmpty());
        if (i > 0)
            QVERIFY(diff.pieces()[i].op != diff.pieces()[i - 1].op);
    }
}

// Paragraphs of words drawn from `vocabulary`, each on its own line, blank lines between
// (a Markdown body), up to `size` characters.
QString body(QRandomGenerator &random, const QStringList &vocabulary, qsizetype size)
{
    QString text;
    text.reserve(size + 1000);
    while (text.size() < size) {
        const int words = 40 + int(random.bounded(80));
        for (int w = 0; w < words; ++w) {
            if (w > 0)
                text += QLatin1Char(' ');
            text += vocabulary[random.bounded(int(vocabulary.size()))];
        }
        text += QStringLiteral(".\n\n");
    }
    return text;
}

QStringList vocabulary(QRandomGenerator &random, int count)
{
    QStringList words;
    for (int i = 0; i < count; ++i) {
        QString word;
        const int length = 2 + int(random.bounded(9));
        for (int c = 0; c < length; ++c)
            word += QChar(u'a' + random.bounded(26));
        words.append(word);
    }
    return words;
}

} // namespace

class TestWordDiff : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void identical()
    {
        const QString text = QStringLiteral("The council met.\nIt voted.");
        const WordDiff diff = WordDiff::compare(text, text);
        QVERIFY(!diff.hasChanges());
        QCOMPARE(shape(diff), QStringList{"=" + text});
        verifyExact(diff, text, text);
    }

    void empty()
    {
        QVERIFY(WordDiff::compare(QString(), QString()).pieces().isEmpty());
        const WordDiff added = WordDiff::compare(QString(), QStringLiteral("New text."));
        QCOMPARE(shape(added), QStringList{"+New text."});
        const WordDiff removed = WordDiff::compare(QStringLiteral("Old text."), QString());
        QCOMPARE(shape(removed), QStringList{"-Old text."});
    }

    void insert()
    {
        const WordDiff diff = WordDiff::compare(QStringLiteral("The council approved the budget."),
                                                QStringLiteral("The city council approved the "
                                                               "budget."));
        QCOMPARE(shape(diff), (QStringList{"=The ", "+city ", "=council approved the budget."}));
    }

    void remove()
    {
        const WordDiff diff =
            WordDiff::compare(QStringLiteral("The council narrowly approved the budget."),
                              QStringLiteral("The council approved the budget."));
        QCOMPARE(shape(diff),
                 (QStringList{"=The council ", "-narrowly ", "=approved the budget."}));
    }

    void replace()
    {
        const WordDiff diff =
            WordDiff::compare(QStringLiteral("The council approved the budget on Monday."),
                              QStringLiteral("The council rejected the budget on Monday."));
        QCOMPARE(shape(diff), (QStringList{"=The council ", "-approved", "+rejected",
                                           "= the budget on Monday."}));
        // Two changed words with a space between read as one change.
        const WordDiff two = WordDiff::compare(QStringLiteral("the quick brown fox"),
                                               QStringLiteral("the slow red fox"));
        QCOMPARE(shape(two), (QStringList{"=the ", "-quick brown", "+slow red", "= fox"}));
    }

    // Lines first: an untouched paragraph stays whole, the changed one is compared by words.
    void linesThenWords()
    {
        const QString before = QStringLiteral("First paragraph stays.\n\nSecond one was "
                                              "short.\n\nThird stays too.\n");
        const QString after = QStringLiteral("First paragraph stays.\n\nSecond one was much "
                                             "longer.\n\nThird stays too.\n");
        const WordDiff diff = WordDiff::compare(before, after);
        QCOMPARE(shape(diff), (QStringList{"=First paragraph stays.\n\nSecond one was ", "-short",
                                           "+much longer", "=.\n\nThird stays too.\n"}));
        verifyExact(diff, before, after);
        // A line rewritten from scratch is shown whole, not as a scatter of kept words.
        const WordDiff rewritten =
            WordDiff::compare(QStringLiteral("a\nThe mayor said on Monday that it was over.\nb"),
                              QStringLiteral("a\nOfficials in the port denied it all week.\nb"));
        QCOMPARE(shape(rewritten),
                 (QStringList{"=a\n",
                              "-The mayor said on Monday that it was "
                              "over.\n",
                              "+Officials in the port denied it all week.\n", "=b"}));
    }

    void unicode()
    {
        // Korean: words are spaced, particles belong to their word.
        const WordDiff korean = WordDiff::compare(QStringLiteral("서울 데이터센터가 문을 열었다."),
                                                  QStringLiteral("부산 데이터센터가 문을 열었다."));
        QCOMPARE(shape(korean), (QStringList{"-서울", "+부산", "= 데이터센터가 문을 열었다."}));
        // Arabic: the harakat stay with their letters, the text keeps its order.
        const QString arabicBefore = QStringLiteral("وَافَقَ المَجْلِسُ عَلَى المِيزَانِيَّةِ");
        const QString arabicAfter = QStringLiteral("رَفَضَ المَجْلِسُ المِيزَانِيَّةَ");
        const WordDiff arabic = WordDiff::compare(arabicBefore, arabicAfter);
        verifyExact(arabic, arabicBefore, arabicAfter);
        QVERIFY(shape(arabic).contains(QStringLiteral("= المَجْلِسُ ")));
        QVERIFY(shape(arabic).contains(QStringLiteral("-وَافَقَ")));
        QVERIFY(shape(arabic).contains(QStringLiteral("+رَفَضَ")));
        // A changed haraka changes its word, not a lone mark.
        const WordDiff haraka =
            WordDiff::compare(QStringLiteral("كَتَبَ الوَلَدُ"), QStringLiteral("كُتِبَ الوَلَدُ"));
        QCOMPARE(shape(haraka), (QStringList{"-كَتَبَ", "+كُتِبَ", "= الوَلَدُ"}));
        // Chinese compares character by character; an emoji is one piece, never half of one.
        const WordDiff chinese = WordDiff::compare(QStringLiteral("市议会批准了预算。"),
                                                   QStringLiteral("市议会否决了预算。"));
        QCOMPARE(shape(chinese), (QStringList{"=市议会", "-批准", "+否决", "=了预算。"}));
        const WordDiff emoji =
            WordDiff::compare(QStringLiteral("Vote 👍 today"), QStringLiteral("Vote 👎 today"));
        QCOMPARE(shape(emoji), (QStringList{"=Vote ", "-👍", "+👎", "= today"}));
    }

    void crlf()
    {
        const QString before = QStringLiteral("One line.\r\nThe council met.\r\nLast line.\r\n");
        const QString after =
            QStringLiteral("One line.\r\nThe council adjourned.\r\nLast line.\r\n");
        const WordDiff diff = WordDiff::compare(before, after);
        QCOMPARE(shape(diff), (QStringList{"=One line.\r\nThe council ", "-met", "+adjourned",
                                           "=.\r\nLast line.\r\n"}));
        // Line ends that change are changes too, and come back exactly.
        const QString unix = QStringLiteral("One line.\nThe council met.\nLast line.\n");
        const WordDiff ends = WordDiff::compare(before, unix);
        QVERIFY(ends.hasChanges());
        verifyExact(ends, before, unix);
        QVERIFY(shape(ends).contains(QStringLiteral("-\r\n")));
    }

    // Random small texts over a tiny vocabulary (many repeats, the hard case for Myers): both
    // texts always come back whole, and a budget too small for the search still gives an
    // exact (coarse) answer.
    void randomTextsComeBackWhole()
    {
        QRandomGenerator random(1234);
        const QStringList tokens{"a", "b", "c", " ", "\n", ".", "\r\n", "x y"};
        for (int round = 0; round < 2000; ++round) {
            QString before, after;
            const int lengthA = int(random.bounded(30));
            const int lengthB = int(random.bounded(30));
            for (int i = 0; i < lengthA; ++i)
                before += tokens[random.bounded(int(tokens.size()))];
            for (int i = 0; i < lengthB; ++i)
                after += tokens[random.bounded(int(tokens.size()))];
            const qint64 budget =
                round % 3 == 0 ? qint64(random.bounded(20)) : WordDiff::kDefaultBudget;
            const WordDiff diff = WordDiff::compare(before, after, budget);
            verifyExact(diff, before, after);
            QCOMPARE(diff.hasChanges(), before != after);
        }
    }

    // A 1 MB body with 20 edits: every edit found, word by word, within the budget.
    void largeBodyWithEdits()
    {
        QRandomGenerator random(7);
        const QString before = body(random, vocabulary(random, 5000), 1 << 20);
        QString after = before;
        QStringList inserted;
        for (int edit = 0; edit < 20; ++edit) {
            const qsizetype at = after.indexOf(QLatin1Char(' '), (after.size() / 21) * (edit + 1));
            const QString word = QStringLiteral("EDIT%1").arg(edit);
            after.insert(at, QLatin1Char(' ') + word);
            inserted.append(word);
        }
        QElapsedTimer timer;
        timer.start();
        const WordDiff diff = WordDiff::compare(before, after);
        qInfo("1 MB body, 20 edits: %lld ms, %lld steps", qint64(timer.elapsed()), diff.steps());
        verifyExact(diff, before, after);
        QVERIFY(!diff.isCoarse());
        QStringList added;
        for (const DiffPiece &piece : diff.pieces()) {
            QVERIFY(piece.op != DiffOp::Removed);
            if (piece.op == DiffOp::Added)
                added.append(piece.text.trimmed());
        }
        QCOMPARE(added, inserted);
    }

    // Two unrelated 1 MB bodies: the budget bounds the search; the answer is still exact.
    void unrelatedLargeBodies()
    {
        QRandomGenerator random(99);
        const QString before = body(random, vocabulary(random, 5000), 1 << 20);
        const QString after = body(random, vocabulary(random, 5000), 1 << 20);
        QElapsedTimer timer;
        timer.start();
        const WordDiff diff = WordDiff::compare(before, after);
        qInfo("two unrelated 1 MB bodies: %lld ms, %lld steps, coarse %d", qint64(timer.elapsed()),
              diff.steps(), int(diff.isCoarse()));
        verifyExact(diff, before, after);
        QVERIFY(diff.hasChanges());
        // The search stopped about where the budget says (one round of diagonals past it).
        QVERIFY2(diff.steps() < WordDiff::kDefaultBudget + 4 * (before.size() + after.size()),
                 qPrintable(QString::number(diff.steps())));
    }

    // Past a small budget the changed lines are shown whole: coarse, never wrong.
    void pastTheBudgetWholeLines()
    {
        const QString before = QStringLiteral("keep\nthe council met on monday\nkeep too\n");
        const QString after = QStringLiteral("keep\nthe council met on tuesday\nkeep too\n");
        const WordDiff fine = WordDiff::compare(before, after);
        QVERIFY(!fine.isCoarse());
        QCOMPARE(shape(fine).size(), 4);
        const WordDiff coarse = WordDiff::compare(before, after, 3);
        QVERIFY(coarse.isCoarse());
        verifyExact(coarse, before, after);
        QVERIFY(shape(coarse).contains(QStringLiteral("-the council met on monday\n")));
        QVERIFY(shape(coarse).contains(QStringLiteral("+the council met on tuesday\n")));
    }
};

QTEST_GUILESS_MAIN(TestWordDiff)
#include "tst_worddiff.moc"
