#include "fuzz/HtmlInvariants.h"
#include "render/MarkdownRenderer.h"
#include "render/UrlPolicy.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTest>

using namespace newsroom;

class TestMarkdown : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void renders_data()
    {
        QTest::addColumn<QString>("markdown");
        QTest::addColumn<QString>("html");
        QTest::newRow("paragraph")
            << "Plain *em* **strong** `code`."
            << "<p>Plain <em>em</em> <strong>strong</strong> <code>code</code>.</p>\n";
        QTest::newRow("section heading") << "## Where the Cuts Fall"
                                         << "<h2>Where the Cuts Fall</h2>\n";
        QTest::newRow("h1 becomes h2") << "# Big"
                                       << "<h2>Big</h2>\n";
        QTest::newRow("h3 stays") << "### Small"
                                  << "<h3>Small</h3>\n";
        QTest::newRow("strikethrough") << "~~old~~ new"
                                       << "<p><del>old</del> new</p>\n";
        QTest::newRow("table") << "| a | b |\n|:--|--:|\n| 1 | 2 |"
                               << "<table>\n<thead>\n<tr><th style=\"text-align: left\">a</th><th "
                                  "style=\"text-align: right\">b</th></tr>\n</thead>\n"
                                  "<tbody>\n<tr><td style=\"text-align: left\">1</td><td "
                                  "style=\"text-align: right\">2</td></tr>\n</tbody>\n</table>\n";
        QTest::newRow("autolink") << "See https://example.org/a?b=1&c=2 now"
                                  << "<p>See <a "
                                     "href=\"https://example.org/a?b=1&amp;c=2\">https://"
                                     "example.org/a?b=1&amp;c=2</a> now</p>\n";
        QTest::newRow("www autolink")
            << "Go to www.example.org."
            << "<p>Go to <a href=\"http://www.example.org\">www.example.org</a>.</p>\n";
        QTest::newRow("email autolink")
            << "Mail desk@example.org"
            << "<p>Mail <a href=\"mailto:desk@example.org\">desk@example.org</a></p>\n";
        QTest::newRow("relative link") << "[more](other-story.html)"
                                       << "<p><a href=\"other-story.html\">more</a></p>\n";
        QTest::newRow("link title")
            << "[x](https://a.example \"T & \\\"q\\\"\")"
            << "<p><a href=\"https://a.example\" title=\"T &amp; &quot;q&quot;\">x</a></p>\n";
        QTest::newRow("image") << "![Pier at *dusk*](pier.jpg \"Pier\")"
                               << "<p><img src=\"pier.jpg\" alt=\"Pier at dusk\" title=\"Pier\" "
                                  "loading=\"lazy\"></p>\n";
        QTest::newRow("ordered list start")
            << "3. three\n4. four"
            << "<ol start=\"3\">\n<li>three</li>\n<li>four</li>\n</ol>\n";
        QTest::newRow("quote") << "> said"
                               << "<blockquote>\n<p>said</p>\n</blockquote>\n";
        QTest::newRow("code block")
            << "```cpp\nint a = 1 < 2;\n```"
            << "<pre><code class=\"language-cpp\">int a = 1 &lt; 2;\n</code></pre>\n";
        QTest::newRow("entity") << "AT&amp;T &copy; &#169;"
                                << "<p>AT&amp;T &copy; &#169;</p>\n";
        QTest::newRow("escaped import text") << "\\# of voters \\*not\\* emphasis"
                                             << "<p># of voters *not* emphasis</p>\n";
        QTest::newRow("korean") << "## 폐열 재활용\n\n센터가 완공"
                                << "<h2>폐열 재활용</h2>\n<p>센터가 완공</p>\n";
    }
    void renders()
    {
        QFETCH(QString, markdown);
        QFETCH(QString, html);
        QCOMPARE(MarkdownRenderer::toHtml(markdown), html);
        QCOMPARE(test::htmlViolation(html.toUtf8()), QString());
    }

    // Nothing an author (or a pasted wire story) writes may become markup or script.
    void hostileInputStaysText_data()
    {
        QTest::addColumn<QString>("markdown");
        QTest::addColumn<QString>("html");
        QTest::newRow("script block") << "<script>alert(1)</script>"
                                      << "<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>\n";
        QTest::newRow("inline html") << "a <b onclick=\"x()\">b</b>"
                                     << "<p>a &lt;b onclick=&quot;x()&quot;&gt;b&lt;/b&gt;</p>\n";
        QTest::newRow("html comment") << "<!-- hidden -->"
                                      << "<p>&lt;!-- hidden --&gt;</p>\n";
        QTest::newRow("javascript link") << "[click](javascript:alert(1))"
                                         << "<p>click</p>\n";
        QTest::newRow("obfuscated scheme") << "[x](java&#x09;script:alert(1))"
                                           << "<p>x</p>\n";
        QTest::newRow("data image") << "![alt text](data:image/svg+xml;base64,PHN2Zz4=)"
                                    << "<p>alt text</p>\n";
        QTest::newRow("autolink, refused scheme") << "<vbscript:msgbox>"
                                                  << "<p>vbscript:msgbox</p>\n";
        QTest::newRow("file link") << "[f](file:///etc/passwd)"
                                   << "<p>f</p>\n";
        QTest::newRow("attribute breakout")
            << "[x](https://a.example/\"onmouseover=\"x)"
            << "<p><a href=\"https://a.example/&quot;onmouseover=&quot;x\">x</a></p>\n";
    }
    void hostileInputStaysText()
    {
        QFETCH(QString, markdown);
        QFETCH(QString, html);
        QCOMPARE(MarkdownRenderer::toHtml(markdown), html);
        QCOMPARE(test::htmlViolation(html.toUtf8()), QString());
    }

    // md4c 0.4.8 sends a leave-link with no matching enter for `![]([)]()` (md4c issue
    // #352); this used to pop an empty stack and crash render, export and the editor.
    void unbalancedCallbacksKeepTheHtmlWellFormed_data()
    {
        QTest::addColumn<QString>("markdown");
        QTest::newRow("the nine bytes") << "![]([)]()";
        QTest::newRow("after a link") << "[first](https://example.org/a) then ![]([)]() end";
        QTest::newRow("twice") << "![]([)]() ![]([)]()";
        QTest::newRow("image in image") << "![![]([)]()]()";
        QTest::newRow("in emphasis") << "*a ![]([)]() b*";
        QTest::newRow("with alt and target") << "![alt]([)](https://example.org/x.png)";
        QTest::newRow("link inside") << "![]([a](b)[)]()";
        QTest::newRow("in a table") << "| a |\n|---|\n| ![]([)]() |";
        QTest::newRow("in a quote and a list") << "> ![]([)]()\n\n- [x](y) ![]([)]()";
        QTest::newRow("in a heading") << "## ![]([)]() and [z](https://example.org)";
        QTest::newRow("reference") << "![]([r])\n\n[r]: https://example.org";
    }
    void unbalancedCallbacksKeepTheHtmlWellFormed()
    {
        QFETCH(QString, markdown);
        const QByteArray html = MarkdownRenderer::toHtml(markdown).toUtf8();
        QVERIFY(!html.isEmpty());
        QCOMPARE(test::htmlViolation(html), QString());
        QVERIFY(html.size() <= test::htmlSizeBound(markdown.toUtf8().size()));
    }

    // The fuzzing harness's checker must be able to fail: each of these is refused.
    void invariantCheckerRefusesBrokenHtml_data()
    {
        QTest::addColumn<QByteArray>("html");
        QTest::newRow("script") << QByteArray("<p><script>x()</script></p>");
        QTest::newRow("iframe") << QByteArray("<iframe></iframe>");
        QTest::newRow("handler") << QByteArray("<img src=\"a.png\" onerror=\"x()\">");
        QTest::newRow("javascript href") << QByteArray("<a href=\"javascript:x()\">a</a>");
        QTest::newRow("hidden scheme") << QByteArray("<a href=\"java&#9;script:x()\">a</a>");
        QTest::newRow("unclosed") << QByteArray("<p><em>a</p>");
        QTest::newRow("stray close") << QByteArray("</a>");
        QTest::newRow("raw <") << QByteArray("<p>a < b</p>");
        QTest::newRow("unterminated tag") << QByteArray("<img src=\"a.png");
        QTest::newRow("own style") << QByteArray("<td style=\"background: url(x)\"></td>");
    }
    void invariantCheckerRefusesBrokenHtml()
    {
        QFETCH(QByteArray, html);
        QVERIFY(!test::htmlViolation(html).isEmpty());
    }

    // A few hundred kilobytes of Markdown that would expand to gigabytes of page are cut
    // short with a note, and what is shown stays well formed.
    void bombsAreCutShortWithANote_data()
    {
        QTest::addColumn<QString>("markdown");
        QString columns = QStringLiteral("|");
        QString rule = QStringLiteral("|");
        for (int i = 0; i < 2000; ++i) {
            columns += QStringLiteral("c|");
            rule += QStringLiteral(":-:|");
        }
        QTest::newRow("empty table cells") << columns + QLatin1Char('\n') + rule +
                                                  QLatin1Char('\n') +
                                                  QStringLiteral("x\n").repeated(40000);
        QTest::newRow("one long target used often")
            << QStringLiteral("[a]\n").repeated(20000) +
                   QStringLiteral("\n[a]: https://example.org/") +
                   QString(100000, QLatin1Char('p'));
    }
    void bombsAreCutShortWithANote()
    {
        QFETCH(QString, markdown);
        const QByteArray html = MarkdownRenderer::toHtml(markdown).toUtf8();
        QVERIFY(html.contains("class=\"render-note\""));
        QVERIFY(html.size() <= test::htmlSizeBound(markdown.toUtf8().size()));
        QCOMPARE(test::htmlViolation(html), QString());
    }

    void ordinaryArticlesAreNotCut()
    {
        const QStringList samples =
            QDir(QStringLiteral(NEWSROOM_SAMPLES)).entryList({"*.md", "*.txt"});
        QVERIFY(!samples.isEmpty());
        for (const QString &name : samples) {
            QFile file(QDir(QStringLiteral(NEWSROOM_SAMPLES)).filePath(name));
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QByteArray html =
                MarkdownRenderer::toHtml(QString::fromUtf8(file.readAll())).toUtf8();
            QVERIFY2(!html.contains("render-note"), qPrintable(name));
            QCOMPARE(test::htmlViolation(html), QString());
        }
    }

    void urlPolicy()
    {
        QVERIFY(urlpolicy::isAllowed(QStringLiteral("https://example.org")));
        QVERIFY(urlpolicy::isAllowed(QStringLiteral("HTTP://EXAMPLE.ORG")));
        QVERIFY(urlpolicy::isAllowed(QStringLiteral("mailto:desk@example.org")));
        QVERIFY(urlpolicy::isAllowed(QStringLiteral("../section/politics.html")));
        QVERIFY(urlpolicy::isAllowed(QStringLiteral("#top")));
        QVERIFY(urlpolicy::isAllowed(QStringLiteral("//cdn.example.org/x.png")));
        QVERIFY(urlpolicy::isAllowed(QStringLiteral("page?a=b:c")));
        QVERIFY(!urlpolicy::isAllowed(QStringLiteral("javascript:alert(1)")));
        QVERIFY(!urlpolicy::isAllowed(QStringLiteral(" JaVa\tScRiPt:alert(1)")));
        QVERIFY(!urlpolicy::isAllowed(QStringLiteral("data:text/html,x")));
        QVERIFY(!urlpolicy::isAllowed(QStringLiteral("file:///etc/passwd")));
        QVERIFY(!urlpolicy::isAllowed(QStringLiteral("ftp://example.org")));
        QVERIFY(!urlpolicy::isAllowed(QString()));
    }

    // A mail client acts on every field of a mailto: link: attach= hands it a file.
    void mailtoKeepsOnlySubjectAndBody_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("expected");
        QTest::newRow("plain") << "mailto:desk@example.org"
                               << "mailto:desk@example.org";
        QTest::newRow("subject and body")
            << "mailto:desk@example.org?subject=Tip&body=Hello%20desk"
            << "mailto:desk@example.org?subject=Tip&body=Hello%20desk";
        QTest::newRow("attach") << "mailto:desk@example.org?attach=/home/jo/.ssh/id_rsa"
                                << "mailto:desk@example.org";
        QTest::newRow("attach among others")
            << "MAILTO:desk@example.org?subject=Tip&attach=file:///etc/passwd&cc=a@evil.example"
               "&bcc=b@evil.example&to=c@evil.example&body=Hi#frag"
            << "mailto:desk@example.org?subject=Tip&body=Hi";
        QTest::newRow("names in any case or encoding")
            << "mailto:desk@example.org?SUBJECT=x&%61ttach=y&Body=z"
            << "mailto:desk@example.org?SUBJECT=x&Body=z";
        QTest::newRow("split by a newline") << "mailto:desk@example.org?att\nach=/etc/passwd"
                                            << "mailto:desk@example.org";
        QTest::newRow("semicolon fields")
            << "mailto:desk@example.org?subject=x;attach=/etc/passwd"
            << "mailto:desk@example.org?subject=x%3Battach=/etc/passwd";
        QTest::newRow("web address untouched") << "https://example.org/a?attach=1#x"
                                               << "https://example.org/a?attach=1#x";
        QTest::newRow("refused") << "javascript:alert(1)"
                                 << "";
    }
    void mailtoKeepsOnlySubjectAndBody()
    {
        QFETCH(QString, url);
        QFETCH(QString, expected);
        QCOMPARE(urlpolicy::forPage(url), expected);
    }

    void mailtoLinksInTheBodyAreStripped()
    {
        const QString html = MarkdownRenderer::toHtml(QStringLiteral(
            "[write in](mailto:desk@example.org?subject=Tip&attach=%2Fetc%2Fpasswd) and "
            "<mailto:desk@example.org?attach=x>"));
        QVERIFY(html.contains(QStringLiteral("href=\"mailto:desk@example.org?subject=Tip\"")));
        QVERIFY(html.contains(QStringLiteral("href=\"mailto:desk@example.org\"")));
        QVERIFY(!html.contains(QRegularExpression(QStringLiteral("href=\"[^\"]*attach"))));
    }
};

QTEST_GUILESS_MAIN(TestMarkdown)
#include "tst_markdown.moc"
