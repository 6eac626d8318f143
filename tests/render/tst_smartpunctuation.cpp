// Smart punctuation in the rendered body: each language's quotation marks, apostrophes,
// dashes and ellipses in prose, and nothing changed in code, addresses or raw HTML typed as
// text; the renderer's safety and size bounds hold with it.

#include "fuzz/HtmlInvariants.h"
#include "render/MarkdownRenderer.h"
#include "render/SmartPunctuation.h"

#include <QTest>

using namespace newsroom;

namespace {
QString html(const QString &markdown, const QString &language)
{
    return MarkdownRenderer::toHtml(markdown, language);
}
} // namespace

class TestSmartPunctuation : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void quotesOfEachLanguage_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("expected");
        const QString nnbsp(QChar(0x202F));
        QTest::newRow("en") << "en"
                            << "<p>She said “it’s ‘fine’” – twice…</p>\n";
        QTest::newRow("en-GB") << "en-GB"
                               << "<p>She said “it’s ‘fine’” – twice…</p>\n";
        QTest::newRow("ko") << "ko"
                            << "<p>She said “it’s ‘fine’” – twice…</p>\n";
        QTest::newRow("de") << "de"
                            << "<p>She said „it’s ‚fine‘“ – twice…</p>\n";
        QTest::newRow("de-CH") << "de-CH"
                               << "<p>She said «it’s ‹fine›» – twice…</p>\n";
        QTest::newRow("fr") << "fr"
                            << "<p>She said «" + nnbsp + "it’s “fine”" + nnbsp + "» – twice…</p>\n";
        QTest::newRow("es") << "es"
                            << "<p>She said «it’s “fine”» – twice…</p>\n";
        QTest::newRow("ar") << "ar"
                            << "<p>She said «it’s “fine”» – twice…</p>\n";
        QTest::newRow("ja") << "ja"
                            << "<p>She said 「it’s 『fine』」 – twice…</p>\n";
        // A language without a table here takes CLDR's marks (Polish: „…”).
        QTest::newRow("pl") << "pl"
                            << "<p>She said „it’s «fine»” – twice…</p>\n";
        // One Qt does not know at all: English marks.
        QTest::newRow("unknown") << "qq"
                                 << "<p>She said “it’s ‘fine’” – twice…</p>\n";
    }
    void quotesOfEachLanguage()
    {
        QFETCH(QString, language);
        QFETCH(QString, expected);
        QCOMPARE(html(QStringLiteral("She said \"it's 'fine'\" -- twice..."), language), expected);
    }

    void withoutALanguageNothingChanges()
    {
        QCOMPARE(MarkdownRenderer::toHtml(QStringLiteral("\"it's\" -- a...")),
                 QStringLiteral("<p>&quot;it's&quot; -- a...</p>\n"));
    }

    void dashesAndDots()
    {
        QCOMPARE(html(QStringLiteral("1990--2000, a---b, -x-, ----, .., ...., end..."), "en"),
                 QStringLiteral("<p>1990–2000, a—b, -x-, ----, .., ...., end…</p>\n"));
    }

    void apostrophes()
    {
        QCOMPARE(html(QStringLiteral("The dogs' bowls in the '90s, rock 'n' roll"), "en"),
                 QStringLiteral("<p>The dogs’ bowls in the ’90s, rock ‘n’ roll</p>\n"));
        QCOMPARE(html(QStringLiteral("L'homme qu'il a vu"), "fr"),
                 QStringLiteral("<p>L’homme qu’il a vu</p>\n"));
        QCOMPARE(html(QStringLiteral("Er sagt: 'geht's?'"), "de"),
                 QStringLiteral("<p>Er sagt: ‚geht’s?‘</p>\n"));
    }

    // French typed with spaces inside the quotes: the spaces become the narrow ones.
    void frenchSpacesInsideQuotes()
    {
        const QString nnbsp(QChar(0x202F));
        QCOMPARE(html(QStringLiteral("Il a dit \" bonjour \" hier."), "fr"),
                 "<p>Il a dit «" + nnbsp + "bonjour" + nnbsp + "» hier.</p>\n");
    }

    // md4c calls back for the text between spans: quotes around emphasis and links still
    // open and close the right way.
    void quotesAroundSpans()
    {
        QCOMPARE(html(QStringLiteral("\"*Really*\" and \"[this](https://example.org)\""), "en"),
                 QStringLiteral("<p>“<em>Really</em>” and “<a "
                                "href=\"https://example.org\">this</a>”</p>\n"));
        QCOMPARE(html(QStringLiteral("# \"Heading\"\n\n> \"Quoted\" -- said"), "en"),
                 QStringLiteral("<h2>“Heading”</h2>\n<blockquote>\n<p>“Quoted” – "
                                "said</p>\n</blockquote>\n"));
    }

    void codeIsUntouched()
    {
        QCOMPARE(html(QStringLiteral("Run `say \"hi\" --loud ...` now"), "en"),
                 QStringLiteral("<p>Run <code>say &quot;hi&quot; --loud ...</code> now</p>\n"));
        QCOMPARE(html(QStringLiteral("```sh\necho \"it's\" -- ...\n```\n"), "de"),
                 QStringLiteral("<pre><code class=\"language-sh\">echo &quot;it's&quot; -- "
                                "...\n</code></pre>\n"));
        QCOMPARE(html(QStringLiteral("    indented \"code\" -- here\n"), "fr"),
                 QStringLiteral("<pre><code>indented &quot;code&quot; -- here\n</code></pre>\n"));
    }

    void addressesAreUntouched()
    {
        // Link targets are never text; the words that are addresses keep their marks.
        QCOMPARE(html(QStringLiteral("See <https://example.org/a--b...c> and "
                                     "https://example.org/it's--x or www.example.org/a--b."),
                      "en"),
                 QStringLiteral("<p>See <a href=\"https://example.org/a--b...c\">"
                                "https://example.org/a--b...c</a> and "
                                "<a href=\"https://example.org/it's--x\">"
                                "https://example.org/it's--x</a> or "
                                "<a href=\"http://www.example.org/a--b\">"
                                "www.example.org/a--b</a>.</p>\n"));
        QCOMPARE(html(QStringLiteral("[a \"good\" read](https://example.org/x--y \"it's\")"), "en"),
                 QStringLiteral("<p><a href=\"https://example.org/x--y\" "
                                "title=\"it's\">a “good” read</a></p>\n"));
        // Quotes and brackets around an address are still prose (md4c links a bare address
        // only after a space or a bracket).
        QCOMPARE(
            html(QStringLiteral("He wrote \"www.example.org/a--b\" (https://example.org/x--y)."),
                 "en"),
            QStringLiteral("<p>He wrote “www.example.org/a--b” (<a "
                           "href=\"https://example.org/x--y\">https://example.org/x--y</a>)."
                           "</p>\n"));
        QCOMPARE(html(QStringLiteral("Not linked: \"example.org/a--b@x\" -- ok"), "en"),
                 QStringLiteral("<p>Not linked: “example.org/a--b@x” – ok</p>\n"));
        QCOMPARE(html(QStringLiteral("Write to jo--desk@example.org -- today"), "en"),
                 QStringLiteral("<p>Write to <a href=\"mailto:jo--desk@example.org\">"
                                "jo--desk@example.org</a> – today</p>\n"));
    }

    // Raw HTML is shown as text; its attributes keep their straight quotes.
    void rawHtmlIsUntouched()
    {
        QCOMPARE(html(QStringLiteral("A <a title=\"it's\" href=\"x--y\">\"link\"</a>"), "en"),
                 QStringLiteral("<p>A &lt;a title=&quot;it's&quot; href=&quot;x--y&quot;&gt;"
                                "“link”&lt;/a&gt;</p>\n"));
        QCOMPARE(html(QStringLiteral("3 < 4 -- \"yes\""), "en"),
                 QStringLiteral("<p>3 &lt; 4 – “yes”</p>\n"));
    }

    void escapedMarksStayStraight()
    {
        QCOMPARE(html(QStringLiteral("5\\'10\\\" tall, \\-- not a dash"), "en"),
                 QStringLiteral("<p>5'10&quot; tall, -- not a dash</p>\n"));
    }

    void imageAltTextIsProse()
    {
        QCOMPARE(html(QStringLiteral("![The \"Ever Given\"](https://example.org/a--b.png)"), "en"),
                 QStringLiteral("<p><img src=\"https://example.org/a--b.png\" alt=\"The "
                                "“Ever Given”\" loading=\"lazy\"></p>\n"));
    }

    // What the fuzzer checks, on the inputs most likely to break it: the HTML stays safe,
    // well formed and within the size bound with smart punctuation on.
    void boundsHold_data()
    {
        QTest::addColumn<QByteArray>("markdown");
        QTest::newRow("apostrophes") << QByteArray(200000, '\'');
        QTest::newRow("quotes") << QByteArray(200000, '"');
        QTest::newRow("unclosed tags") << QByteArray(100000, '<') + QByteArray(100000, '"');
        QTest::newRow("mixed") << QByteArray("\"'<a -- ... ---\n").repeated(20000);
        QTest::newRow("one long word") << QByteArray(200000, 'a') + "://\"x\"";
    }
    void boundsHold()
    {
        QFETCH(QByteArray, markdown);
        for (const char *language : {"en", "fr", "de", "ar"}) {
            const QByteArray page =
                html(QString::fromUtf8(markdown), QLatin1StringView(language)).toUtf8();
            QCOMPARE(test::htmlViolation(page), QString());
            QVERIFY(page.size() <= test::htmlSizeBound(markdown.size()));
        }
    }

    void marksForUnknownTagsAreEnglish()
    {
        const auto marks = SmartPunctuation::marksFor(QStringLiteral("not a tag"));
        QCOMPARE(marks.doubleOpen, QByteArray("\u201C"));
        QCOMPARE(SmartPunctuation::marksFor(QStringLiteral("pt-PT")).doubleOpen,
                 QByteArray("\u00AB"));
        QCOMPARE(SmartPunctuation::marksFor(QStringLiteral("pt-BR")).doubleOpen,
                 QByteArray("\u201C"));
    }
};

QTEST_GUILESS_MAIN(TestSmartPunctuation)
#include "tst_smartpunctuation.moc"
