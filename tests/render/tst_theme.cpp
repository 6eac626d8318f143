#include "TestArchive.h"
#include "render/PageRenderer.h"
#include "render/ThemeRules.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <chrono>
#include <fcntl.h>
#include <future>
#include <sys/stat.h>
#include <unistd.h>

using namespace newsroom;
using namespace newsroom::test;

namespace {

const QByteArray kSecret = "NEWSROOM-SECRET-7c1e95";

// A complete, well-behaved house template; `story` goes inside <main>, on line 9.
QString articleTemplate(const QString &story = QStringLiteral("{{BODY:none}}"),
                        const QString &head = QString())
{
    return QStringLiteral("{{%AUTOESCAPE context=\"HTML\"}}<!DOCTYPE html>\n"
                          "<html lang=\"{{LANG}}\">\n"
                          "<head>\n"
                          "<meta charset=\"utf-8\">\n"
                          "<title>{{HEADLINE}}</title>\n"
                          "<style>{{CSS:none}}</style>%2\n"
                          "</head>\n"
                          "<body>\n"
                          "<main id=\"story\"><h1>{{HEADLINE}}</h1>%1</main>\n"
                          "</body>\n"
                          "</html>\n")
        .arg(story, head);
}

bool writeFile(const QString &path, const QByteArray &data)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(data) == data.size();
}

// A theme folder with article.html and style.css.
bool writeTheme(const QString &folder, const QString &article = articleTemplate(),
                const QByteArray &css = "h1 { color: teal; }")
{
    return QDir().mkpath(folder) &&
           writeFile(QDir(folder).filePath(QStringLiteral("article.html")), article.toUtf8()) &&
           writeFile(QDir(folder).filePath(QStringLiteral("style.css")), css);
}

QString refusal(const QString &article)
{
    auto checked = themerules::checkTemplate(QStringLiteral("article.html"), article);
    return checked ? QString() : checked.error().message;
}

} // namespace

class TestTheme : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void builtInThemeKeepsTheRules()
    {
        const Theme theme = Theme::builtIn();
        QVERIFY(!theme.articleTemplate.isEmpty());
        auto checked = themerules::checkTheme(theme);
        QVERIFY2(checked, checked ? "" : qPrintable(checked.error().message));
        QVERIFY(PageRenderer::create(theme));
    }

    void houseThemeFromAFolder()
    {
        QTemporaryDir dir;
        QVERIFY(writeTheme(dir.filePath(QStringLiteral("house"))));
        auto theme = Theme::fromFolder(dir.filePath(QStringLiteral("house")));
        QVERIFY2(theme, theme ? "" : qPrintable(theme.error().message));
        QCOMPARE(theme->name, QStringLiteral("house"));
        QCOMPARE(theme->css, QStringLiteral("h1 { color: teal; }"));
        QVERIFY(theme->listTemplate.contains(QStringLiteral("GROUP"))); // the built-in listing
        auto renderer = PageRenderer::create(*theme);
        QVERIFY(renderer);
        const QString page = *(*renderer)->render(makeArticle(QStringLiteral("A & B")), {});
        QVERIFY(page.contains(QStringLiteral("<h1>A &amp; B</h1>")));
        QVERIFY(page.contains(QStringLiteral("<style>h1 { color: teal; }</style>")));
    }

    void aFolderReachedThroughALinkIsFine()
    {
        QTemporaryDir dir;
        QVERIFY(writeTheme(dir.filePath(QStringLiteral("real"))));
        const QString link = dir.filePath(QStringLiteral("linked"));
        QVERIFY(QFile::link(dir.filePath(QStringLiteral("real")), link));
        auto theme = Theme::fromFolder(link);
        QVERIFY2(theme, theme ? "" : qPrintable(theme.error().message));
    }

    // style.css -> a file outside the theme: the secret must go nowhere.
    void aLinkedFileIsRefusedAndNeverRead_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("style.css") << "style.css";
        QTest::newRow("article.html") << "article.html";
        QTest::newRow("list.html") << "list.html"; // refused, not replaced by the built-in one
    }
    void aLinkedFileIsRefusedAndNeverRead()
    {
        QFETCH(QString, file);
        QTemporaryDir dir;
        const QString folder = dir.filePath(QStringLiteral("house"));
        QVERIFY(writeTheme(folder));
        const QString outside = dir.filePath(QStringLiteral("secret.txt"));
        QVERIFY(writeFile(outside, "body { content: \"" + kSecret + "\"; }"));
        QFile::remove(QDir(folder).filePath(file));
        QVERIFY(QFile::link(outside, QDir(folder).filePath(file)));

        auto theme = Theme::fromFolder(folder);
        QVERIFY(!theme);
        QVERIFY(theme.error().message.contains(file));
        QVERIFY(theme.error().message.contains(QStringLiteral("symbolic link")));
        QVERIFY(!theme.error().message.contains(QString::fromLatin1(kSecret)));
    }

    void aLinkToADeviceIsRefused()
    {
        QTemporaryDir dir;
        QVERIFY(writeTheme(dir.path()));
        QFile::remove(dir.filePath(QStringLiteral("article.html")));
        QVERIFY(
            QFile::link(QStringLiteral("/dev/zero"), dir.filePath(QStringLiteral("article.html"))));
        auto theme = Theme::fromFolder(dir.path());
        QVERIFY(!theme);
        QVERIFY(theme.error().message.contains(QStringLiteral("article.html")));
        QVERIFY(theme.error().message.contains(QStringLiteral("symbolic link")));
    }

    void aLinkIntoProcIsRefused()
    {
        QTemporaryDir dir;
        QVERIFY(writeTheme(dir.path()));
        QFile::remove(dir.filePath(QStringLiteral("style.css")));
        QVERIFY(QFile::link(QStringLiteral("/proc/self/environ"),
                            dir.filePath(QStringLiteral("style.css"))));
        auto theme = Theme::fromFolder(dir.path());
        QVERIFY(!theme);
        QVERIFY(theme.error().message.contains(QStringLiteral("style.css")));
        QVERIFY(!theme.error().message.contains(QStringLiteral("PATH=")));
    }

    // The FIFO is never opened, so nothing waits for a writer. Were it opened, the check
    // would block: it runs on another thread, and a writer is opened to free it.
    void aNamedPipeDoesNotBlock()
    {
        QTemporaryDir dir;
        QVERIFY(writeTheme(dir.path()));
        const QByteArray fifo = QFile::encodeName(dir.filePath(QStringLiteral("style.css")));
        QVERIFY(QFile::remove(dir.filePath(QStringLiteral("style.css"))));
        QCOMPARE(::mkfifo(fifo.constData(), 0600), 0);
        auto result = std::async(std::launch::async, [&] { return Theme::fromFolder(dir.path()); });
        if (result.wait_for(std::chrono::seconds(20)) != std::future_status::ready) {
            const int writer = ::open(fifo.constData(), O_WRONLY | O_NONBLOCK);
            if (writer >= 0)
                ::close(writer);
            QFAIL("reading the theme blocked on a named pipe");
        }
        auto theme = result.get();
        QVERIFY(!theme);
        QVERIFY(theme.error().message.contains(QStringLiteral("style.css")));
        QVERIFY(theme.error().message.contains(QStringLiteral("named pipe")));
    }

    void aFolderInPlaceOfAFileIsRefused()
    {
        QTemporaryDir dir;
        QVERIFY(writeTheme(dir.path()));
        QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("list.html")));
        auto theme = Theme::fromFolder(dir.path());
        QVERIFY(!theme);
        QVERIFY(theme.error().message.contains(QStringLiteral("list.html")));
        QVERIFY(theme.error().message.contains(QStringLiteral("a folder")));
    }

    void anOversizedFileIsRefused()
    {
        QTemporaryDir dir;
        // Exactly at the limit is fine.
        QString big = articleTemplate();
        big += QStringLiteral("{{!") + QString(themerules::kMaxFileBytes - big.size() - 6, u'x') +
               QStringLiteral("}}\n");
        QCOMPARE(big.toUtf8().size(), themerules::kMaxFileBytes);
        QVERIFY(writeTheme(dir.path(), big));
        auto atLimit = Theme::fromFolder(dir.path());
        QVERIFY2(atLimit, atLimit ? "" : qPrintable(atLimit.error().message));

        QVERIFY(writeTheme(dir.path(), articleTemplate(),
                           QByteArray(themerules::kMaxFileBytes + 1, ' ')));
        auto theme = Theme::fromFolder(dir.path());
        QVERIFY(!theme);
        QVERIFY(theme.error().message.contains(QStringLiteral("style.css")));
        QVERIFY(theme.error().message.contains(QStringLiteral("larger than 1024 KB")));
    }

    void templateRules_data()
    {
        QTest::addColumn<QString>("article");
        QTest::addColumn<QString>("expected"); // in the refusal; empty: accepted

        QTest::newRow("house theme") << articleTemplate() << "";
        QTest::newRow("no AUTOESCAPE")
            << articleTemplate().remove(QStringLiteral("{{%AUTOESCAPE context=\"HTML\"}}"))
            << "line 1: it must begin with {{%AUTOESCAPE context=\"HTML\"}}";
        QTest::newRow("AUTOESCAPE after text")
            << QStringLiteral(" ") + articleTemplate() << "must begin with {{%AUTOESCAPE";
        QTest::newRow("AUTOESCAPE for JavaScript")
            << articleTemplate().replace(QStringLiteral("\"HTML\""),
                                         QStringLiteral("\"JAVASCRIPT\""))
            << "must be exactly {{%AUTOESCAPE context=\"HTML\"}}";
        QTest::newRow("AUTOESCAPE in a tag")
            << articleTemplate().replace(QStringLiteral("\"HTML\""),
                                         QStringLiteral("\"HTML\" state=\"IN_TAG\""))
            << "must be exactly";
        QTest::newRow("comment before AUTOESCAPE")
            << QStringLiteral("{{! house style }}") + articleTemplate() << "";

        QTest::newRow("BODY in <script>")
            << articleTemplate(QStringLiteral("<script>{{BODY:none}}</script>"))
            << "line 9: {{BODY:none}} stands inside a <script> element";
        QTest::newRow("BODY escaped in <script>")
            << articleTemplate(QStringLiteral("<script>var b = \"{{BODY}}\";</script>"))
            << "line 9: {{BODY}} stands inside a <script> element";
        QTest::newRow("BODY in <style>")
            << articleTemplate(QStringLiteral("<style>{{BODY:none}}</style>"))
            << "line 9: {{BODY:none}} stands inside a <style> element";
        QTest::newRow("BODY in an attribute")
            << articleTemplate(QStringLiteral("<div title=\"{{BODY:none}}\"></div>"))
            << "line 9: {{BODY:none}} stands inside the value of the attribute title of <div>";
        QTest::newRow("BODY in a single-quoted attribute")
            << articleTemplate(QStringLiteral("<a href='#' data-x='{{BODY:h}}'></a>"))
            << "inside the value of the attribute data-x of <a>";
        QTest::newRow("BODY in <title>")
            << articleTemplate(QString(), QStringLiteral("\n<title>{{BODY:none}}</title>"))
            << "line 7: {{BODY:none}} stands inside a <title> element";
        QTest::newRow("BODY in <noscript>")
            << articleTemplate(QStringLiteral("<noscript>{{BODY:none}}</noscript>"))
            << "inside a <noscript> element";
        QTest::newRow("BODY in a comment")
            << articleTemplate(QStringLiteral("<!-- {{BODY:none}} -->"))
            << "line 9: {{BODY:none}} stands inside an HTML comment";
        QTest::newRow("BODY after a comment closed with --!>")
            << articleTemplate(QStringLiteral("<!-- --!><script> --> {{BODY:none}}</script>"))
            << "inside a <script> element";
        QTest::newRow("BODY after a script closed in another case")
            << articleTemplate(QStringLiteral("<SCRIPT type=\"application/ld+json\">{}</Script >"
                                              "{{BODY:none}}"))
            << "";

        QTest::newRow("HEADLINE unescaped")
            << articleTemplate(QStringLiteral("<p>{{HEADLINE:none}}</p>"))
            << "line 9: {{HEADLINE:none}} would write HEADLINE unescaped in the page's HTML";
        QTest::newRow("HEADLINE unescaped after another modifier")
            << articleTemplate(QStringLiteral("<p>{{HEADLINE:h:none}}</p>")) << "unescaped";
        QTest::newRow("CSS unescaped outside <style>")
            << articleTemplate(QStringLiteral("<p>{{CSS:none}}</p>")) << "unescaped";
        QTest::newRow("JSON_LD unescaped in a script")
            << articleTemplate(QStringLiteral("<script>{{JSON_LD:none}}</script>"))
            << "would write JSON_LD unescaped inside a <script> element";
        QTest::newRow("JSON_LD unescaped in its script")
            << articleTemplate(QStringLiteral("<script type=\"application/ld+json\">"
                                              "{{JSON_LD:none}}</script>{{BODY:none}}"))
            << "";
        QTest::newRow("JSON_LD in a script of a variable type")
            << articleTemplate(
                   QStringLiteral("<script type=\"{{TYPE}}\">{{JSON_LD:none}}</script>"))
            << "unescaped";
        QTest::newRow("JSON_LD in a script typed twice")
            << articleTemplate(QStringLiteral("<script type=\"text/javascript\" "
                                              "type=\"application/ld+json\">{{JSON_LD:none}}"
                                              "</script>"))
            << "unescaped";
        QTest::newRow("escaped values anywhere")
            << articleTemplate(QStringLiteral("<a href=\"{{HOME_HREF}}\" title='{{HEADLINE}}'>"
                                              "{{SITE_TITLE}}</a><script>var t = \"{{HEADLINE}}\";"
                                              "</script><textarea>{{DEK}}</textarea>"
                                              "{{BODY:none}}"))
            << "";

        QTest::newRow("section into a script")
            << articleTemplate(QStringLiteral("{{#X}}<script>{{/X}}{{BODY:none}}</script>"))
            << "line 9: the section X (from line 9) ends in another part of the HTML";
        QTest::newRow("section out of a script")
            << articleTemplate(QStringLiteral("<script>{{#X}}</script>{{/X}}{{BODY:none}}"))
            << "the section X (from line 9) ends in another part";
        QTest::newRow("section across attributes")
            << articleTemplate(QStringLiteral("<a {{#X}}title=\"{{/X}}\">{{BODY:none}}</a>"))
            << "ends in another part";
        QTest::newRow("sections that stay in place")
            << articleTemplate(QStringLiteral("{{#X}}<p class=\"x\">{{TEXT}}</p>{{/X}}"
                                              "<a {{#Y}}class=\"y\"{{/Y}} href=\"a{{#Z}}b{{/Z}}\">"
                                              "x</a>{{BODY:none}}"))
            << "";
        QTest::newRow("section never closed")
            << articleTemplate(QStringLiteral("{{#X}}")) << "the section X is never closed";
        QTest::newRow("section in a tag name")
            << articleTemplate(QStringLiteral("<p{{#X}}re{{/X}}>{{BODY:none}}</pre>"))
            << "stands inside a tag's name";

        QTest::newRow("unquoted attribute")
            << articleTemplate(QStringLiteral("<a href={{HOME_HREF}}>x</a>"))
            << "line 9: {{HOME_HREF}} stands in an unquoted attribute value";
        QTest::newRow("variable as an attribute")
            << articleTemplate(QStringLiteral("<a {{ATTRS}}>x</a>")) << "inside a tag's markup";
        QTest::newRow("variable as a tag name")
            << articleTemplate(QStringLiteral("<{{TAG}}>x")) << "inside a tag's markup";
        QTest::newRow("include") << articleTemplate(QStringLiteral("{{>FOOTER}}"))
                                 << "may not include other templates";
        QTest::newRow("changed delimiters")
            << articleTemplate(QStringLiteral("{{=<% %>=}}<script><%BODY:none%></script>"))
            << "may not change the {{ }} delimiters";
        QTest::newRow("marker never closed")
            << articleTemplate(QStringLiteral("{{BODY")) << "never closed";
        QTest::newRow("svg") << articleTemplate(QStringLiteral(
                                    "<svg><title><script></title>{{BODY:none}}</svg>"))
                             << "themes may not use <svg>";
        QTest::newRow("iframe srcdoc")
            << articleTemplate(QStringLiteral("<iframe srcdoc=\"{{HEADLINE}}\"></iframe>"))
            << "themes may not use <iframe>";
        QTest::newRow("object") << articleTemplate(QStringLiteral("<OBJECT data=\"x\"></OBJECT>"))
                                << "themes may not use <object>";
        QTest::newRow("'<' in a script")
            << articleTemplate(QStringLiteral("<script>if (a < b) go();</script>"))
            << "line 9: '<' inside a <script> element";
        QTest::newRow("comment opened in a script")
            << articleTemplate(QStringLiteral("<script><!--<script></script>{{BODY:none}}"
                                              "</script>"))
            << "'<' inside a <script> element";

        QTest::newRow("no <head>")
            << QStringLiteral("{{%AUTOESCAPE context=\"HTML\"}}<p>{{BODY:none}}</p>")
            << "<p> comes before <head>";
        QTest::newRow("no <head> at all")
            << QStringLiteral("{{%AUTOESCAPE context=\"HTML\"}}<!DOCTYPE html>\n<html>\n")
            << "there is no <head>";
        QTest::newRow("script before <head>")
            << QStringLiteral("{{%AUTOESCAPE context=\"HTML\"}}<!DOCTYPE html>\n"
                              "<script>x()</script><head></head>")
            << "line 2: <script> comes before <head>";
        QTest::newRow("variable before <head>")
            << QStringLiteral("{{%AUTOESCAPE context=\"HTML\"}}{{HEADLINE}}<head></head>")
            << "{{HEADLINE}} stands before <head>";
        QTest::newRow("<head> in a section")
            << QStringLiteral("{{%AUTOESCAPE context=\"HTML\"}}{{#X}}<head>{{/X}}</head>")
            << "<head> stands inside the section X";
        QTest::newRow("<head> after a comment")
            << QStringLiteral("{{%AUTOESCAPE context=\"HTML\"}}<!DOCTYPE html><!-- <p> -->"
                              "<html lang=\"{{LANG}}\">\n<head></head><body id=\"story\">"
                              "{{BODY:none}}</body>")
            << "";

        // The story anchor: one element with id="story", the body inside it.
        const QString main = QStringLiteral("<main id=\"story\">");
        QTest::newRow("no story element")
            << articleTemplate().replace(main, QStringLiteral("<main>"))
            << "line 9: {{BODY:none}} stands outside the story: put it inside an element with "
               "id=\"story\"";
        QTest::newRow("no story and no body")
            << articleTemplate(QString()).replace(main, QStringLiteral("<main>"))
            << "line 12: there is no element with id=\"story\"";
        QTest::newRow("no body") << articleTemplate(QString())
                                 << "line 12: there is no {{BODY:none}}";
        QTest::newRow("body after the story")
            << articleTemplate(QString()).replace(QStringLiteral("</main>\n"),
                                                  QStringLiteral("</main>\n{{BODY:none}}\n"))
            << "line 10: {{BODY:none}} stands outside the story: the element with id=\"story\" "
               "(line 9) has ended before it";
        QTest::newRow("two stories")
            << articleTemplate(QStringLiteral("<div id=\"story\">{{BODY:none}}</div>"))
            << "line 9: a second element with id=\"story\" (the first is on line 9)";
        QTest::newRow("story in a section")
            << articleTemplate().replace(main, QStringLiteral("{{#X}}<main id=\"story\">{{/X}}"))
            << "the element with id=\"story\" stands inside the section X";
        QTest::newRow("story id from a variable")
            << articleTemplate().replace(main, QStringLiteral("<main id=\"{{ID}}\">"))
            << "{{BODY:none}} stands outside the story";
        QTest::newRow("story id as a second id") // the browser keeps the first
            << articleTemplate().replace(main, QStringLiteral("<main id=\"x\" id=\"story\">"))
            << "{{BODY:none}} stands outside the story";
        QTest::newRow("story id in another case")
            << articleTemplate().replace(main, QStringLiteral("<main id=\"Story\">"))
            << "{{BODY:none}} stands outside the story";
        QTest::newRow("body in a section")
            << articleTemplate(QStringLiteral("{{#X}}{{BODY:none}}{{/X}}"))
            << "line 9: {{BODY:none}} stands inside the section X";
        QTest::newRow("body escaped") << articleTemplate(QStringLiteral("{{BODY}}"))
                                      << "line 9: write {{BODY}} as {{BODY:none}}";
        QTest::newRow("body twice")
            << articleTemplate(QStringLiteral("{{BODY:none}}<div>\n{{BODY:none}}</div>"))
            << "line 10: {{BODY:none}} stands twice (first on line 9)";
        QTest::newRow("body in a paragraph")
            << articleTemplate(QStringLiteral("<p class=\"b\">{{BODY:none}}</p>"))
            << "line 9: {{BODY:none}} stands inside <p> (line 9)";
        QTest::newRow("body in a link")
            << articleTemplate(QStringLiteral("<a href=\"#x\">{{BODY:none}}</a>"))
            << "stands inside <a> (line 9)";
        QTest::newRow("body in a table")
            << articleTemplate(QStringLiteral("<table><tr><td>{{BODY:none}}</td></tr></table>"))
            << "stands inside <table> (line 9)";
        QTest::newRow("story on a paragraph, ended by the headline")
            << articleTemplate()
                   .replace(main, QStringLiteral("<p id=\"story\">"))
                   .replace(QStringLiteral("</main>"), QStringLiteral("</p>"))
            << "the element with id=\"story\" (line 9) has ended before it";
        QTest::newRow("paragraph ended by the body's own div")
            << articleTemplate(QStringLiteral("<p>Intro<div class=\"b\">{{BODY:none}}</div>"))
            << "";
        QTest::newRow("body deep in containers")
            << articleTemplate(QStringLiteral("<section><br><img src=\"a.png\" alt=\"\">"
                                              "<div class=\"b\">{{BODY:none}}</div></section>"))
            << "";
    }
    void templateRules()
    {
        QFETCH(QString, article);
        QFETCH(QString, expected);
        const QString message = refusal(article);
        if (expected.isEmpty()) {
            QVERIFY2(message.isEmpty(), qPrintable(message));
            // ctemplate takes it too, with the policy put first in its <head>.
            Theme theme = Theme::builtIn();
            theme.articleTemplate = article;
            auto renderer = PageRenderer::create(theme);
            QVERIFY2(renderer, renderer ? "" : qPrintable(renderer.error().message));
            const auto page = (*renderer)->render(makeArticle(QStringLiteral("Rules")), {});
            QVERIFY(page);
            QVERIFY(page->contains(
                QStringLiteral("<head>\n<meta http-equiv=\"Content-Security-Policy\"")));
            return;
        }
        QVERIFY2(message.contains(expected), qPrintable(message));
        QVERIFY(message.contains(QStringLiteral("article.html")));
    }

    // Each refusal reaches whoever chose the theme: the folder, named with its file.
    void aRefusedTemplateIsNamedWithItsFolder()
    {
        QTemporaryDir dir;
        QVERIFY(writeTheme(dir.path(),
                           articleTemplate(QStringLiteral("<script>{{BODY:none}}</script>"))));
        auto theme = Theme::fromFolder(dir.path());
        QVERIFY(!theme);
        QVERIFY2(theme.error().message.contains(
                     QDir(dir.path()).filePath(QStringLiteral("article.html")) +
                     QStringLiteral(" is refused, line 9")),
                 qPrintable(theme.error().message));

        QVERIFY(writeTheme(dir.path()));
        QVERIFY(writeFile(dir.filePath(QStringLiteral("list.html")),
                          "{{%AUTOESCAPE context=\"HTML\"}}<!DOCTYPE html>\n<head>\n"
                          "<title>{{TITLE:none}}</title></head>"));
        theme = Theme::fromFolder(dir.path());
        QVERIFY(!theme);
        QVERIFY2(theme.error().message.contains(QStringLiteral("list.html is refused, line 3")),
                 qPrintable(theme.error().message));
    }

    void aStylesheetThatWouldEndItsElementIsRefused()
    {
        QTemporaryDir dir;
        QVERIFY(writeTheme(dir.path(), articleTemplate(),
                           "h1 { color: teal; }\n</style><script>alert(1)</script>"));
        auto theme = Theme::fromFolder(dir.path());
        QVERIFY(!theme);
        QVERIFY2(theme.error().message.contains(QStringLiteral("style.css is refused, line 2")),
                 qPrintable(theme.error().message));
    }

    // The built-in theme renders the sample article in every form: the baseline for the check.
    void theBuiltInThemePassesTheCheck()
    {
        auto checked = Theme::builtIn().check();
        QVERIFY2(checked, checked ? "" : qPrintable(checked.error().message));
    }

    // Chosen from a folder, a theme without the story anchor is refused, naming the file,
    // the line and what is missing.
    void aThemeWithoutTheStoryAnchorIsRefused()
    {
        QTemporaryDir dir;
        QVERIFY(writeTheme(dir.path(),
                           articleTemplate().replace(QStringLiteral(" id=\"story\""), QString())));
        auto theme = Theme::fromFolder(dir.path());
        QVERIFY(!theme);
        QVERIFY2(theme.error().message.contains(
                     QDir(dir.path()).filePath(QStringLiteral("article.html")) +
                     QStringLiteral(" is refused, line 9: {{BODY:none}} stands outside the "
                                    "story")),
                 qPrintable(theme.error().message));
    }

    void aThemeWithTheBodyOutsideTheStoryIsRefused()
    {
        QTemporaryDir dir;
        QVERIFY(writeTheme(dir.path(), articleTemplate(QString()).replace(
                                           QStringLiteral("</body>"),
                                           QStringLiteral("<aside>{{BODY:none}}</aside></body>"))));
        auto theme = Theme::fromFolder(dir.path());
        QVERIFY(!theme);
        QVERIFY2(theme.error().message.contains(
                     QStringLiteral("article.html is refused, line 10: {{BODY:none}} stands "
                                    "outside the story: the element with id=\"story\" (line 9) "
                                    "has ended before it")),
                 qPrintable(theme.error().message));
    }

    // What only ctemplate sees (an unknown modifier passes the rules): the sample article
    // cannot be rendered, and the theme is refused when chosen, naming the file.
    void aTemplateErrorIsRefusedWhenChosen()
    {
        QTemporaryDir dir;
        QVERIFY(writeTheme(
            dir.path(), articleTemplate(QStringLiteral("<p>{{DEK:x_unknown}}</p>{{BODY:none}}"))));
        auto theme = Theme::fromFolder(dir.path());
        QVERIFY(!theme);
        QVERIFY2(theme.error().message.contains(QStringLiteral("article.html that is not a "
                                                               "valid template")),
                 qPrintable(theme.error().message));
        QVERIFY(theme.error().message.contains(QDir(dir.path()).dirName()));

        QVERIFY(writeTheme(dir.path()));
        QVERIFY(writeFile(dir.filePath(QStringLiteral("list.html")),
                          "{{%AUTOESCAPE context=\"HTML\"}}<!DOCTYPE html>\n<head></head>\n"
                          "<h1>{{HEADING:bogus}}</h1>\n"));
        theme = Theme::fromFolder(dir.path());
        QVERIFY(!theme);
        QVERIFY2(theme.error().message.contains(QStringLiteral("list.html that is not a valid")),
                 qPrintable(theme.error().message));
    }

    // A theme made in code goes through the same rules.
    void theRendererRefusesWhatTheRulesRefuse()
    {
        Theme theme = Theme::builtIn();
        theme.name = QStringLiteral("sneaky");
        theme.articleTemplate.replace(QStringLiteral("{{HEADLINE}}</h1>"),
                                      QStringLiteral("{{HEADLINE:none}}</h1>"));
        auto renderer = PageRenderer::create(theme);
        QVERIFY(!renderer);
        QVERIFY(
            renderer.error().message.contains(QStringLiteral("article.html (theme \"sneaky\")")));
        QVERIFY(renderer.error().message.contains(QStringLiteral("HEADLINE unescaped")));
    }
};

QTEST_GUILESS_MAIN(TestTheme)
#include "tst_theme.moc"
