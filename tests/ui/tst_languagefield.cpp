// The language field: languages listed by their own names, any tag typed, the guess shown
// while it is empty, and every change one undoable step of the article's history.

#include "editor/ArticleDocument.h"
#include "editor/ArticleDetails.h"
#include "editor/LanguageField.h"

#include <QLineEdit>
#include <QTest>
#include <QUndoStack>

using namespace newsroom;

namespace {

Article korean()
{
    Article article;
    article.headline = QStringLiteral("서울시, 마포에 공공 데이터센터 건립 확정");
    article.body = QStringLiteral("서울시가 마포구에 공공 데이터센터를 짓기로 했다.");
    return article;
}

void typeAndEnter(LanguageField &field, const QString &text)
{
    field.lineEdit()->selectAll();
    QTest::keyClick(field.lineEdit(), Qt::Key_Backspace);
    QTest::keyClicks(field.lineEdit(), text);
    QTest::keyClick(field.lineEdit(), Qt::Key_Return);
}

} // namespace

class TestLanguageField : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void listsLanguagesByTheirOwnNames()
    {
        ArticleDocument document;
        LanguageField field(document);
        QStringList items;
        for (int i = 0; i < field.count(); ++i)
            items.append(field.itemText(i));
        for (const char *item : {"English (en)", "한국어 (ko)", "العربية (ar)", "Deutsch (de)",
                                 "Français (fr)", "Español (es)"})
            QVERIFY2(items.contains(QString::fromUtf8(item)), item);
        QCOMPARE(field.itemData(field.findText(QStringLiteral("한국어 (ko)")), Qt::ToolTipRole)
                     .toString(),
                 QStringLiteral("Korean"));
    }

    void emptyShowsTheGuess()
    {
        ArticleDocument document;
        LanguageField field(document);
        document.load(korean());
        QCOMPARE(field.lineEdit()->text(), QString());
        QCOMPARE(field.lineEdit()->placeholderText(), QStringLiteral("Guessed: Korean"));
        // The guess follows the text, a moment after it changes.
        document.edit(ArticleField::Headline,
                      QStringLiteral("افتتاح محطة لتحلية المياه تعمل بالطاقة الشمسية"));
        document.edit(ArticleField::Body, QStringLiteral("تنتج المحطة الجديدة مئة ألف متر مكعب."));
        QTRY_COMPARE(field.lineEdit()->placeholderText(), QStringLiteral("Guessed: Arabic"));
        QCOMPARE(field.guess(), QStringLiteral("ar"));
        QCOMPARE(document.article().language, QString()); // a guess is never written
    }

    void aTagTypedIsOneUndoableStep()
    {
        ArticleDocument document;
        LanguageField field(document);
        document.load(korean());
        field.setFocus();
        typeAndEnter(field, QStringLiteral("pt_br"));
        QCOMPARE(document.article().language, QStringLiteral("pt-BR"));
        QCOMPARE(document.undoStack()->count(), 1);
        QCOMPARE(field.lineEdit()->text(), QStringLiteral("pt-BR"));

        typeAndEnter(field, QStringLiteral("Deutsch (de)"));
        QCOMPARE(document.article().language, QStringLiteral("de"));
        QCOMPARE(document.undoStack()->count(), 2);
        QCOMPARE(field.currentText(), QStringLiteral("Deutsch (de)"));

        document.undoStack()->undo();
        QCOMPARE(document.article().language, QStringLiteral("pt-BR"));
        QCOMPARE(field.lineEdit()->text(), QStringLiteral("pt-BR"));
        document.undoStack()->undo();
        QCOMPARE(document.article().language, QString());
        QCOMPARE(field.lineEdit()->text(), QString());
        QCOMPARE(field.lineEdit()->placeholderText(), QStringLiteral("Guessed: Korean"));
        document.undoStack()->redo();
        QCOMPARE(document.article().language, QStringLiteral("pt-BR"));
    }

    void pickingFromTheListIsOneUndoableStep()
    {
        ArticleDocument document;
        LanguageField field(document);
        document.load(korean());
        const int arabic = field.findData(QStringLiteral("ar"));
        QVERIFY(arabic > 0);
        field.setCurrentIndex(arabic);
        Q_EMIT field.activated(arabic); // as a click in the list does
        QCOMPARE(document.article().language, QStringLiteral("ar"));
        QCOMPARE(document.undoStack()->count(), 1);
        QVERIFY(document.undoStack()->text(0).contains(QStringLiteral("Arabic")));

        // Back to guessing: the list's first entry, or an empty field.
        Q_EMIT field.activated(0);
        QCOMPARE(document.article().language, QString());
        QCOMPARE(field.lineEdit()->text(), QString());
        QCOMPARE(document.undoStack()->count(), 2);
        document.undoStack()->undo();
        QCOMPARE(document.article().language, QStringLiteral("ar"));
        QCOMPARE(field.currentText(), QStringLiteral("العربية (ar)"));
    }

    void namesAndTagsAreUnderstood_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("tag");
        QTest::newRow("listed") << "한국어 (ko)"
                                << "ko";
        QTest::newRow("native name") << "español"
                                     << "es";
        QTest::newRow("English name") << "korean"
                                      << "ko";
        QTest::newRow("tag") << "FR-ca"
                             << "fr-CA";
        QTest::newRow("empty: guess") << "  "
                                      << "";
        QTest::newRow("not a tag") << "my language!" << QString();
    }
    void namesAndTagsAreUnderstood()
    {
        QFETCH(QString, typed);
        QFETCH(QString, tag);
        const QString result = LanguageField::tagFor(typed);
        QCOMPARE(result, tag);
        QCOMPARE(result.isNull(), tag.isNull());
    }

    void whatIsNoTagIsNotTaken()
    {
        ArticleDocument document;
        Article article = korean();
        article.language = QStringLiteral("ko");
        document.load(article);
        LanguageField field(document);
        QCOMPARE(field.currentText(), QStringLiteral("한국어 (ko)"));
        field.setFocus();
        typeAndEnter(field, QStringLiteral("my language!"));
        QCOMPARE(document.article().language, QStringLiteral("ko"));
        QCOMPARE(document.undoStack()->count(), 0);
        QCOMPARE(field.currentText(), QStringLiteral("한국어 (ko)"));
    }

    // It stands in the article's Details panel, and Ctrl+Z in it is the article's undo.
    void inTheEditorsForm()
    {
        ArticleDocument document;
        ArticleDetails details(document);
        auto *field = details.findChild<LanguageField *>();
        QVERIFY(field);
        document.load(korean());
        QCOMPARE(field->lineEdit()->placeholderText(), QStringLiteral("Guessed: Korean"));
    }
};

QTEST_MAIN(TestLanguageField)
#include "tst_languagefield.moc"
