// The Markdown body editor on its own: spelling (Hunspell, Debian's en_US dictionary),
// the personal dictionary, formatting commands, edits that keep the cursor, and the
// section the cursor is in.

#include "editor/BodyEditor.h"
#include "editor/MarkdownHighlighter.h"
#include "editor/SpellChecker.h"

#include <QFile>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QTextBlock>
#include <QTextLayout>

using namespace newsroom;

class TestBodyEditor : public QObject
{
    Q_OBJECT

    static bool isUnderlined(BodyEditor &editor, const QString &word)
    {
        const QString text = editor.toPlainText();
        const int at = int(text.indexOf(word));
        const QTextBlock block = editor.document()->findBlock(at);
        const int inBlock = at - block.position();
        for (const QTextLayout::FormatRange &range : block.layout()->formats()) {
            if (range.start <= inBlock && inBlock < range.start + range.length &&
                range.format.underlineStyle() == QTextCharFormat::SpellCheckUnderline)
                return true;
        }
        return false;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QFile::remove(SpellChecker::personalDictionaryPath());
        QVERIFY2(SpellChecker::availableLanguages().contains(QStringLiteral("en_US")),
                 "hunspell-en-us is installed by scripts/install-deps.sh");
    }

    void underlinesUnknownWordsOnly()
    {
        SpellChecker spell;
        QVERIFY(spell.setLanguage(QStringLiteral("en_US")));
        QTRY_VERIFY(spell.isActive()); // it loads on a worker thread
        BodyEditor editor(&spell);
        editor.setPlainText(
            QStringLiteral("The councl met. See https://example.org/xyzzyq and `qwrtz`."));
        QVERIFY(isUnderlined(editor, QStringLiteral("councl")));
        QVERIFY(!isUnderlined(editor, QStringLiteral("met")));
        QVERIFY(!isUnderlined(editor, QStringLiteral("xyzzyq"))); // URLs are not prose
        QVERIFY(!isUnderlined(editor, QStringLiteral("qwrtz")));  // nor is code
        QVERIFY(spell.suggestions(QStringLiteral("councl")).contains(QStringLiteral("council")));
    }

    void personalDictionaryIsKept()
    {
        {
            SpellChecker spell;
            spell.setLanguage(QStringLiteral("en_US"));
            QTRY_VERIFY(spell.isActive());
            BodyEditor editor(&spell);
            editor.setPlainText(QStringLiteral("Okafor reported."));
            QVERIFY(isUnderlined(editor, QStringLiteral("Okafor")));
            QSignalSpy changed(&spell, &SpellChecker::dictionaryChanged);
            spell.addToPersonalDictionary(QStringLiteral("Okafor"));
            QCOMPARE(changed.count(), 1);
            QVERIFY(!isUnderlined(editor, QStringLiteral("Okafor"))); // checked again at once
        }
        SpellChecker later; // a new session reads the word back
        later.setLanguage(QStringLiteral("en_US"));
        QTRY_VERIFY(later.isActive());
        QVERIFY(later.isCorrect(QStringLiteral("Okafor")));
        QVERIFY(later.suggestions(QStringLiteral("Okafr")).contains(QStringLiteral("Okafor")));
    }

    void missingDictionaryTurnsCheckingOff()
    {
        SpellChecker spell;
        QVERIFY(!spell.setLanguage(QStringLiteral("xx_NOPE")));
        QVERIFY(!spell.isActive());
        QVERIFY(spell.isCorrect(QStringLiteral("anythingatall")));
    }

    void formattingCommands()
    {
        BodyEditor editor(nullptr);
        editor.setPlainText(QStringLiteral("budget vote"));
        QTextCursor cursor = editor.textCursor();
        cursor.setPosition(0);
        cursor.setPosition(6, QTextCursor::KeepAnchor);
        editor.setTextCursor(cursor);
        editor.toggleBold();
        QCOMPARE(editor.toPlainText(), QStringLiteral("**budget** vote"));
        cursor = editor.textCursor();
        cursor.setPosition(0);
        cursor.setPosition(10, QTextCursor::KeepAnchor);
        editor.setTextCursor(cursor);
        editor.toggleBold(); // again: off
        QCOMPARE(editor.toPlainText(), QStringLiteral("budget vote"));
        editor.setHeadingLevel(2);
        QCOMPARE(editor.toPlainText(), QStringLiteral("## budget vote"));
        editor.setHeadingLevel(3);
        QCOMPARE(editor.toPlainText(), QStringLiteral("### budget vote"));
        editor.setHeadingLevel(0);
        QCOMPARE(editor.toPlainText(), QStringLiteral("budget vote"));
        editor.selectAll();
        editor.insertLink();
        QCOMPARE(editor.toPlainText(), QStringLiteral("[budget vote](https://)"));
    }

    void replacingTextKeepsTheCursorNearby()
    {
        BodyEditor editor(nullptr);
        editor.setPlainText(QStringLiteral("One two three four"));
        editor.setTextKeepingCursor(QStringLiteral("One two and a half three four"));
        QCOMPARE(editor.toPlainText(), QStringLiteral("One two and a half three four"));
        QCOMPARE(editor.textCursor().position(), 19); // after the inserted "and a half "
    }

    void followsTheSectionOfTheCursor()
    {
        BodyEditor editor(nullptr);
        editor.setPlainText(QStringLiteral("Lead.\n\n## First\n\nText.\n\n## Second\n\nMore."));
        QSignalSpy heading(&editor, &BodyEditor::currentHeadingChanged);
        editor.moveCursor(QTextCursor::End);
        QCOMPARE(editor.currentHeadingIndex(), 1);
        QCOMPARE(heading.last().front().toInt(), 1);
        editor.moveCursor(QTextCursor::Start);
        QCOMPARE(editor.currentHeadingIndex(), -1);
        QCOMPARE(heading.last().front().toInt(), -1);
    }
};

QTEST_MAIN(TestBodyEditor)
#include "tst_bodyeditor.moc"
