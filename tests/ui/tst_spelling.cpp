// Spelling follows the article (Debian's real dictionaries: hunspell-en-us, -ko, -ar,
// -de-de, -fr, -es from scripts/install-deps.sh): the dictionary of the language set on the
// article or guessed from its text, loaded on a worker thread, the last few kept; a language
// without a dictionary is not checked at all.

#include "editor/ArticleDocument.h"
#include "editor/ArticleEditor.h"
#include "editor/BodyEditor.h"
#include "editor/SpellChecker.h"
#include "importer/PlainTextArticleParser.h"

#include <QElapsedTimer>
#include <QFile>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QTextBlock>
#include <QTextLayout>
#include <QUndoStack>

using namespace newsroom;

namespace {

constexpr int kLoadTimeout = 30000; // Korean's dictionary takes a second or more here

Article sample(const char *file)
{
    QFile text(QStringLiteral(NEWSROOM_SAMPLES "/") + QLatin1StringView(file));
    if (!text.open(QIODevice::ReadOnly))
        qFatal("cannot read the sample %s", file);
    return PlainTextArticleParser::parse(QString::fromUtf8(text.readAll()));
}

Article withBody(const QString &body, const QString &language = {})
{
    Article article;
    article.headline = body.section(QLatin1Char(' '), 0, 3);
    article.body = body;
    article.language = language;
    return article;
}

bool isUnderlined(BodyEditor &editor, const QString &word)
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

int underlinedRanges(BodyEditor &editor)
{
    int count = 0;
    for (QTextBlock block = editor.document()->begin(); block.isValid(); block = block.next()) {
        for (const QTextLayout::FormatRange &range : block.layout()->formats())
            count += range.format.underlineStyle() == QTextCharFormat::SpellCheckUnderline;
    }
    return count;
}

} // namespace

class TestSpelling : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QFile::remove(SpellChecker::personalDictionaryPath());
        const QStringList installed = SpellChecker::availableLanguages();
        for (const char *dictionary : {"en_US", "ko", "ar", "de_DE", "fr", "es_ES"})
            QVERIFY2(installed.contains(QLatin1StringView(dictionary)),
                     "scripts/install-deps.sh installs Debian's hunspell dictionaries");
    }

    void theDictionaryForATag_data()
    {
        QTest::addColumn<QString>("tag");
        QTest::addColumn<QString>("dictionary");
        QTest::newRow("en") << "en"
                            << "en_US";
        QTest::newRow("en-US") << "en-US"
                               << "en_US";
        QTest::newRow("ko") << "ko"
                            << "ko";
        QTest::newRow("ko-KR") << "ko-KR"
                               << "ko_KR";
        QTest::newRow("ar") << "ar"
                            << "ar";
        QTest::newRow("de") << "de"
                            << "de_DE";
        QTest::newRow("de-AT, none: German's usual") << "de-AT"
                                                     << "de_DE";
        QTest::newRow("fr") << "fr"
                            << "fr";
        QTest::newRow("es") << "es"
                            << "es_ES";
        QTest::newRow("es-MX") << "es_mx"
                               << "es_MX";
        QTest::newRow("ja: none installed") << "ja"
                                            << "";
        QTest::newRow("not a tag") << "?!"
                                   << "";
        QTest::newRow("empty") << ""
                               << "";
    }
    void theDictionaryForATag()
    {
        QFETCH(QString, tag);
        QFETCH(QString, dictionary);
        QCOMPARE(SpellChecker::dictionaryFor(tag), dictionary);
    }

    // The samples' own languages, guessed; a set language wins over the guess.
    void followsTheArticlesLanguage()
    {
        SpellChecker spell;
        spell.setUnderlining(true);
        ArticleDocument document;
        spell.follow(document);
        const auto expect = [&](const Article &article, const QString &dictionary) {
            document.load(article);
            QTRY_COMPARE_WITH_TIMEOUT(spell.dictionary(), dictionary, kLoadTimeout);
            QVERIFY(spell.isActive());
        };
        expect(sample("04-seoul-data-center.txt"), QStringLiteral("ko"));
        expect(sample("05-desalination-plant.txt"), QStringLiteral("ar"));
        expect(sample("01-harbor-budget.txt"), QStringLiteral("en_US"));
        expect(withBody(QStringLiteral("Der Stadtrat hat am Montag den Haushalt beschlossen.")),
               QStringLiteral("de_DE"));
        Article set = sample("01-harbor-budget.txt");
        set.language = QStringLiteral("fr");
        expect(set, QStringLiteral("fr"));
        // Editing the language field changes the dictionary at once, as an edit.
        document.edit(ArticleField::Language, QStringLiteral("es"));
        QTRY_COMPARE_WITH_TIMEOUT(spell.dictionary(), QStringLiteral("es_ES"), kLoadTimeout);
        document.undoStack()->undo();
        QTRY_COMPARE_WITH_TIMEOUT(spell.dictionary(), QStringLiteral("fr"), kLoadTimeout);
    }

    // While the language is guessed, the guess follows the text as it is typed.
    void theGuessFollowsTheText()
    {
        SpellChecker spell;
        spell.setUnderlining(true);
        ArticleDocument document;
        spell.follow(document);
        document.load(withBody(QStringLiteral("The council met on Monday.")));
        QTRY_COMPARE_WITH_TIMEOUT(spell.dictionary(), QStringLiteral("en_US"), kLoadTimeout);
        document.edit(ArticleField::Body,
                      QStringLiteral("서울시가 마포구에 공공 데이터센터를 짓기로 했다. 시는 "
                                     "운영비를 줄일 수 있을 것으로 내다봤다."));
        document.edit(ArticleField::Headline, QStringLiteral("서울시 데이터센터"));
        QTRY_COMPARE_WITH_TIMEOUT(spell.dictionary(), QStringLiteral("ko"), kLoadTimeout);
    }

    void underlinesInTheArticlesLanguage()
    {
        SpellChecker spell;
        spell.setUnderlining(true);
        ArticleDocument document;
        spell.follow(document);
        BodyEditor editor(&spell);

        const QString korean = QStringLiteral("서울시는 데이터센터를 건립한다고 밝혔다. 뷁쉙퉯 "
                                              "Samsung 관계자는 말했다.");
        document.load(withBody(korean));
        QTRY_COMPARE_WITH_TIMEOUT(spell.dictionary(), QStringLiteral("ko"), kLoadTimeout);
        editor.setPlainText(korean);
        QVERIFY(isUnderlined(editor, QStringLiteral("뷁쉙퉯")));
        QVERIFY(!isUnderlined(editor, QStringLiteral("서울시는")));
        QVERIFY(!isUnderlined(editor, QStringLiteral("밝혔다")));
        QVERIFY(!isUnderlined(editor, QStringLiteral("Samsung"))); // Latin: not Korean's to judge

        const QString arabic = QStringLiteral("افتتحت محطة لتحلية مياه البحر على الساحل "
                                              "ثخثخثخض الشرقي.");
        document.load(withBody(arabic));
        QTRY_COMPARE_WITH_TIMEOUT(spell.dictionary(), QStringLiteral("ar"), kLoadTimeout);
        editor.setPlainText(arabic);
        QVERIFY(isUnderlined(editor, QStringLiteral("ثخثخثخض")));
        QVERIFY(!isUnderlined(editor, QStringLiteral("محطة")));
        QVERIFY(!isUnderlined(editor, QStringLiteral("البحر")));

        const QString german = QStringLiteral("Der Stadtrat hat den Haushallt beschlossen.");
        document.load(withBody(german, QStringLiteral("de")));
        QTRY_COMPARE_WITH_TIMEOUT(spell.dictionary(), QStringLiteral("de_DE"), kLoadTimeout);
        editor.setPlainText(german);
        QVERIFY(isUnderlined(editor, QStringLiteral("Haushallt")));
        QVERIFY(!isUnderlined(editor, QStringLiteral("Stadtrat")));
        QVERIFY(
            spell.suggestions(QStringLiteral("Haushallt")).contains(QStringLiteral("Haushalt")));
    }

    // The user's report: every word of the Korean and Arabic samples was underlined (the
    // one English dictionary). With no dictionary for a language, nothing is.
    void noDictionaryNoUnderlines()
    {
        SpellChecker spell;
        spell.setUnderlining(true);
        ArticleDocument document;
        spell.follow(document);
        BodyEditor editor(&spell);
        const QString japanese = QStringLiteral("東京都は新しいデータセンターを建設すると発表した。"
                                                "Tokio misspeling");
        document.load(withBody(japanese));
        editor.setPlainText(japanese);
        QCOMPARE(spell.dictionary(), QString());
        QVERIFY(!spell.isActive());
        QVERIFY(!spell.isLoading());
        QCOMPARE(underlinedRanges(editor), 0);

        // Nor while a dictionary loads: English words are not judged by Korean's, nor the
        // reverse.
        document.load(withBody(QStringLiteral("The councl met.")));
        editor.setPlainText(QStringLiteral("The councl met."));
        QTRY_VERIFY_WITH_TIMEOUT(spell.isActive(), kLoadTimeout);
        QVERIFY(isUnderlined(editor, QStringLiteral("councl")));
        const QString korean = QStringLiteral("서울시는 밝혔다.");
        document.load(withBody(korean));
        editor.setPlainText(korean);
        // The switch comes once the load's other work is done (the next turn of the loop).
        QTRY_VERIFY(spell.isLoading() || spell.dictionary() == QLatin1StringView("ko"));
        if (spell.isLoading())
            QCOMPARE(underlinedRanges(editor), 0);
        QTRY_COMPARE_WITH_TIMEOUT(spell.dictionary(), QStringLiteral("ko"), kLoadTimeout);
        QCOMPARE(underlinedRanges(editor), 0);

        spell.setUnderlining(false);
        editor.setPlainText(QStringLiteral("뷁쉙퉯 뷁쉙퉯"));
        QCOMPARE(underlinedRanges(editor), 0);
    }

    // Loading happens on a worker thread: switching language never blocks the window, and
    // a dictionary loaded before is back at once.
    void loadsOffTheGuiThreadAndKeepsTheLastFew()
    {
        SpellChecker spell;
        spell.setUnderlining(true);
        QSignalSpy changed(&spell, &SpellChecker::dictionaryChanged);
        QElapsedTimer timer;
        timer.start();
        spell.setArticleLanguage(QStringLiteral("ko"));
        const qint64 asked = timer.elapsed();
        QVERIFY(spell.isLoading());
        QTRY_COMPARE_WITH_TIMEOUT(spell.dictionary(), QStringLiteral("ko"), kLoadTimeout);
        const qint64 loaded = timer.elapsed();
        qInfo("asking for Korean took %lld ms; its dictionary loaded in %lld ms", asked, loaded);
        QVERIFY2(asked < 50, qPrintable(QString::number(asked)));

        spell.setArticleLanguage(QStringLiteral("en"));
        QTRY_COMPARE_WITH_TIMEOUT(spell.dictionary(), QStringLiteral("en_US"), kLoadTimeout);
        spell.setArticleLanguage(QStringLiteral("ar"));
        QTRY_COMPARE_WITH_TIMEOUT(spell.dictionary(), QStringLiteral("ar"), kLoadTimeout);
        timer.restart();
        spell.setArticleLanguage(QStringLiteral("ko")); // kept: no loading
        QCOMPARE(spell.dictionary(), QStringLiteral("ko"));
        QVERIFY(!spell.isLoading());
        spell.setArticleLanguage(QStringLiteral("de"));
        QTRY_COMPARE_WITH_TIMEOUT(spell.dictionary(), QStringLiteral("de_DE"), kLoadTimeout);
        // Four languages, three kept: English, the oldest, loads again.
        spell.setArticleLanguage(QStringLiteral("en"));
        QVERIFY(spell.isLoading());
        QTRY_COMPARE_WITH_TIMEOUT(spell.dictionary(), QStringLiteral("en_US"), kLoadTimeout);
    }

    // Quick changes while one loads: the last language asked for wins.
    void theLastLanguageAskedForWins()
    {
        SpellChecker spell;
        spell.setUnderlining(true);
        spell.setArticleLanguage(QStringLiteral("ko"));
        spell.setArticleLanguage(QStringLiteral("ar"));
        spell.setArticleLanguage(QStringLiteral("fr"));
        QTRY_COMPARE_WITH_TIMEOUT(spell.dictionary(), QStringLiteral("fr"), kLoadTimeout);
        QTest::qWait(200); // a late Korean or Arabic answer must not take over
        QCOMPARE(spell.dictionary(), QStringLiteral("fr"));
    }

    // The editor makes its spell checker follow its document. A new dictionary re-highlights
    // the body, which the editor hears as its text changing: that must come after the editor
    // shows the new article, or the old body would be written into the new one.
    void theEditorWiresItUp()
    {
        SpellChecker spell;
        spell.setUnderlining(true);
        ArticleDocument document;
        ArticleEditor editor(document, &spell);
        document.load(sample("05-desalination-plant.txt"));
        QTRY_COMPARE_WITH_TIMEOUT(spell.dictionary(), QStringLiteral("ar"), kLoadTimeout);
        const Article korean = sample("04-seoul-data-center.txt");
        document.load(korean);
        QTRY_COMPARE_WITH_TIMEOUT(spell.dictionary(), QStringLiteral("ko"), kLoadTimeout);
        QCOMPARE(document.article().body, korean.body);
        QCOMPARE(document.undoStack()->count(), 0);
        document.load(Article{}); // a new article: no language, no dictionary
        QTRY_COMPARE(spell.dictionary(), QString());
        QVERIFY(document.isEmpty());
        QCOMPARE(document.undoStack()->count(), 0);
        // Restoring a revision in another language: one step, the dictionary follows.
        document.load(korean);
        QTRY_COMPARE_WITH_TIMEOUT(spell.dictionary(), QStringLiteral("ko"), kLoadTimeout);
        Article arabic = sample("05-desalination-plant.txt");
        arabic.language = QStringLiteral("ar");
        document.replaceContent(arabic, QStringLiteral("Restore"));
        QTRY_COMPARE_WITH_TIMEOUT(spell.dictionary(), QStringLiteral("ar"), kLoadTimeout);
        QCOMPARE(document.article().body, arabic.body);
        QCOMPARE(document.undoStack()->count(), 1);
    }

    // The window hands its preference over as a string (appsettings::spellLanguage()).
    void thePreferenceAsAString()
    {
        SpellChecker spell;
        QCOMPARE(spell.language(), QString()); // off until the window turns it on
        // On, following an article with no language yet: no dictionary to load.
        QVERIFY(!spell.setLanguage(QLatin1StringView(SpellChecker::kFollowArticle)));
        QCOMPARE(spell.language(), QLatin1StringView(SpellChecker::kFollowArticle));
        QVERIFY(spell.underlining());
        spell.setArticleLanguage(QStringLiteral("en"));
        QTRY_COMPARE_WITH_TIMEOUT(spell.dictionary(), QStringLiteral("en_US"), kLoadTimeout);
        QVERIFY(!spell.setLanguage(QString()));
        QVERIFY(!spell.underlining());
        QVERIFY(!spell.isActive());
    }
};

QTEST_MAIN(TestSpelling)
#include "tst_spelling.moc"
