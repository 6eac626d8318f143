#include "render/MarkdownRenderer.h"
#include "render/UrlPolicy.h"

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
};

QTEST_GUILESS_MAIN(TestMarkdown)
#include "tst_markdown.moc"
