#include "TestArchive.h"
#include "importer/ArticleImporter.h"
#include "importer/ImportLimits.h"
#include "importer/MarkdownArticle.h"
#include "importer/PlainTextArticleParser.h"
#include "importer/SampleArticles.h"
#include "render/MarkdownRenderer.h"

#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace newsroom;
using namespace newsroom::test;

namespace {
QString dataFile(const QString &name)
{
    return QStringLiteral(NEWSROOM_TEST_DATA "/") + name;
}

Article parseFile(const QString &name)
{
    auto text = ArticleImporter::readText(dataFile(name));
    return text ? PlainTextArticleParser::parse(*text) : Article{};
}

// Story i of n: its related blurbs are the deks of stories i + n/2 and i + 1 (most of them
// in a later batch), and one dek that no story has.
QString story(int i, int n)
{
    const auto dek = [](int k) {
        return QStringLiteral("The dek of story %1 says what it is.").arg(k);
    };
    return QStringLiteral("Harbour story number %1\n%2\nThe first paragraph of story %1 is here."
                          "\nA second paragraph follows it.\nRelated Articles\n%3\n%4\n"
                          "A blurb that no archived article has as its dek.\n")
        .arg(i)
        .arg(dek(i), dek((i + n / 2) % n), dek((i + 1) % n));
}

// Every blurb that is some story's dek leads to that story; the other stays unlinked.
void verifyStoriesLinked(ArticleStore &store, int n)
{
    const QList<ArticleSummary> all = *store.list({});
    QCOMPARE(all.size(), n);
    for (const ArticleSummary &summary : all) {
        const Article article = *store.article(summary.id);
        QCOMPARE(article.related.size(), 3);
        for (int k = 0; k < 2; ++k) {
            QVERIFY2(article.related[k].pointsToArchive(), qPrintable(article.slug));
            const Article target = *store.article(article.related[k].targetId);
            QCOMPARE(target.dek, article.related[k].summary);
            QCOMPARE(article.related[k].title, target.headline);
        }
        QVERIFY(!article.related[2].pointsToArchive());
    }
}

QString writeBytes(const QString &folder, const QString &name, const QByteArray &bytes)
{
    const QString path = folder + QLatin1Char('/') + name;
    QFile file(path);
    if (file.open(QIODevice::WriteOnly))
        file.write(bytes);
    return path;
}
} // namespace

class TestImporter : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void readsTheNewsPageShape()
    {
        const Article a = parseFile(QStringLiteral("wildfire.txt"));
        QCOMPARE(a.headline,
                 QStringLiteral("Wildfire Near Pine Ridge Forces Overnight Evacuations"));
        QVERIFY(a.dek.startsWith(QStringLiteral("Crews fought a fast-moving fire")));
        QVERIFY(a.byline.isEmpty());
        QVERIFY(a.body.startsWith(QStringLiteral("The fire started on Saturday")));
        QVERIFY(a.body.contains(QStringLiteral("\n\n## Shelters Fill Up\n\n")));
        QVERIFY(a.body.contains(QStringLiteral("\n\n## When Residents Can Return\n\n")));
        QVERIFY(!a.body.contains(QStringLiteral("## \"We grabbed"))); // a quote is not a heading
        QVERIFY(a.aiGenerated);
        QVERIFY(a.disclosure.startsWith(QStringLiteral("This content is AI-generated")));
        QVERIFY(!a.body.contains(QStringLiteral("AI-generated")));
        QVERIFY(!a.body.contains(QStringLiteral("Related Articles")));
        QCOMPARE(a.related.size(), 2);
        QCOMPARE(a.related[1].summary.left(24), QStringLiteral("A drought that began in "));
        // The title is the blurb's first sentence.
        QCOMPARE(a.related[1].title,
                 QStringLiteral("A drought that began in the spring has left the region's "
                                "grasslands drier than at any time…"));
        QCOMPARE(a.related[0].title,
                 QStringLiteral("County officials ordered residents of five hillside streets to "
                                "leave by 9 p.m. as the fire…"));
    }

    void bylineAndPlainArticles()
    {
        const Article a = parseFile(QStringLiteral("evacuation.txt"));
        QCOMPARE(a.byline, QStringLiteral("Sam Whitlock"));
        QVERIFY(!a.aiGenerated);
        QVERIFY(a.related.isEmpty());
        QVERIFY(a.body.startsWith(QStringLiteral("The order covers")));
    }

    void textStaysTextInMarkdown()
    {
        const Article a = parseFile(QStringLiteral("tricky-text.txt"));
        QCOMPARE(a.headline,
                 QStringLiteral(
                     "# of voters rises 12% — and *why* it matters")); // headline is plain text
        QVERIFY2(a.body.contains(QStringLiteral("1\\. The first district")), qPrintable(a.body));
        QVERIFY(a.body.contains(QStringLiteral("\\- Analysts")));
        QVERIFY(a.body.contains(QStringLiteral("\\> Quote marks")));
        QVERIFY(a.body.contains(QStringLiteral("\\[citation needed\\]")));
        QVERIFY(a.body.contains(QStringLiteral("## Why it Happened")));
        // Short and without closing punctuation (a closing quote alone does not end a sentence).
        QVERIFY(a.body.contains(QStringLiteral("## Short line that ends with a quote mark\"")));
        QVERIFY(!a.body.contains(QStringLiteral("## \"It was the queues")));
    }

    // A body line reads as typed once rendered, as a section heading or as a paragraph
    // (fuzz_plaintext's "typed" invariant; tests/fuzz/findings/plaintext).
    void typedLinesRenderAsTyped_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<QString>("html");
        const QString hashes(53, QLatin1Char('#'));
        // After "## " a run of '#' alone was the closing sequence: an empty <h2>.
        QTest::newRow("heading of only hashes")
            << hashes << QStringLiteral("<h2>%1</h2>\n").arg(hashes);
        QTest::newRow("heading ###") << "###"
                                     << "<h2>###</h2>\n";
        QTest::newRow("heading # alone") << "#"
                                         << "<h2>#</h2>\n";
        QTest::newRow("heading ## ##") << "## ##"
                                       << "<h2>## ##</h2>\n";
        QTest::newRow("heading, closing hash") << "Results for section #"
                                               << "<h2>Results for section #</h2>\n";
        // md4c passes over the character after "https://": an escape there showed its "\".
        QTest::newRow("escape after https://")
            << "See https://&lt;example.org&gt; for the list."
            << "<p>See https://&amp;lt;example.org&amp;gt; for the list.</p>\n";
        QTest::newRow("heading, escape after http://") << "Links like http://*starred*"
                                                       << "<h2>Links like http://*starred*</h2>\n";
        QTest::newRow("backslash after ftp://")
            << "Paths like ftp://\\server\\share work."
            << "<p>Paths like ftp://\\server\\share work.</p>\n";
        QTest::newRow("address stays a link")
            << "Read https://example.org today."
            << "<p>Read <a href=\"https://example.org\">https://example.org</a> today.</p>\n";
        const QString paragraph(120, QLatin1Char('#')); // too long for a heading
        QTest::newRow("paragraph of only hashes")
            << paragraph << QStringLiteral("<p>%1</p>\n").arg(paragraph);
    }
    void typedLinesRenderAsTyped()
    {
        QFETCH(QString, line);
        QFETCH(QString, html);
        const Article a =
            PlainTextArticleParser::parse(QStringLiteral("Headline\nThe dek.\n") + line);
        QCOMPARE(MarkdownRenderer::toHtml(a.body), html);
    }

    void neverRefusesAText()
    {
        QCOMPARE(PlainTextArticleParser::parse(QString()).headline, QStringLiteral("Untitled"));
        const Article onlyRelated =
            PlainTextArticleParser::parse(QStringLiteral("Headline\nRelated Articles\nOne blurb."));
        QCOMPARE(onlyRelated.related.size(), 1);
        QVERIFY(onlyRelated.dek.isEmpty());
        const Article windows = PlainTextArticleParser::parse(
            QStringLiteral("\uFEFFTitle\r\nDek line.\r\n\r\nBody text here.\r\n"));
        QCOMPARE(windows.headline, QStringLiteral("Title"));
        QCOMPARE(windows.dek, QStringLiteral("Dek line."));
        QCOMPARE(windows.body, QStringLiteral("Body text here."));
    }

    // ESC, BEL, NUL and C1 controls never reach a field (issue 11): a headline could
    // otherwise clear the terminal of whoever lists the archive. The body keeps its tabs.
    void controlCharactersAreStripped()
    {
        const Article a = PlainTextArticleParser::parse(
            QStringLiteral("Head\x1b[2Jline\x07 \u0085\u009b31m\n"
                           "Dek\x00 with \x1b]0;title\x07 codes.\nBy Ann\x08 Lee\n"
                           "Body\x01 text\twith a tab\x7f.\nRelated Articles\nBlurb\x1b one."));
        QCOMPARE(a.headline, QStringLiteral("Head[2Jline 31m"));
        QCOMPARE(a.dek, QStringLiteral("Dek with ]0;title codes."));
        QCOMPARE(a.byline, QStringLiteral("Ann Lee"));
        QCOMPARE(a.body, QStringLiteral("Body text\twith a tab."));
        QCOMPARE(a.related.front().summary, QStringLiteral("Blurb one."));
        for (const QString &field : {a.headline, a.dek, a.byline, a.body}) {
            for (const QChar c : field)
                QVERIFY2(c >= QChar(0x20) ? c < QChar(0x7f) || c > QChar(0x9f) : c == u'\t',
                         qPrintable(QString::number(c.unicode(), 16)));
        }
    }

    // UTF-16 with half a surrogate pair decodes without an error: the half became U+FFFD
    // in the fields, or the Markdown round trip (UTF-8 YAML) read back '?' (fuzz_plaintext,
    // findings/plaintext/lone-surrogate*.txt).
    void loneSurrogatesBecomeReplacementCharacters()
    {
        QByteArray bytes("\xFE\xFF", 2); // UTF-16BE
        const auto add = [&bytes](const QString &text) {
            for (const QChar c : text)
                bytes.append(char(c.unicode() >> 8)).append(char(c.unicode() & 0xFF));
        };
        add(QStringLiteral("Head") + QChar(0xDCDC) + QStringLiteral("line\nThe dek") +
            QChar(0xD800) + QStringLiteral(".\nBody ") + QChar(0xDBFF) + QChar(0xDBFF) +
            QStringLiteral("text."));
        QTemporaryDir dir;
        QFile file(dir.filePath(QStringLiteral("broken-utf16.txt")));
        QVERIFY(file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size());
        file.close();
        const auto text = ArticleImporter::readText(file.fileName());
        QVERIFY(text);
        const Article a = PlainTextArticleParser::parse(*text);
        QCOMPARE(a.headline, QStringLiteral("Head\uFFFDline"));
        QCOMPARE(a.dek, QStringLiteral("The dek\uFFFD."));
        QCOMPARE(a.body, QStringLiteral("Body \uFFFD\uFFFDtext."));
        const auto back = markdownarticle::read(markdownarticle::write(a, {}));
        QVERIFY(back);
        QCOMPARE(back->article.headline, a.headline);
        QCOMPARE(back->article.dek, a.dek);
        QCOMPARE(back->article.body, a.body);
    }

    // The one cleaning function both importers use.
    void withoutControls()
    {
        const QString text = QStringLiteral("a\r\nb\rc\td\x1b\u0080\u009fe\x7f\x00"
                                            "f\u00a0g");
        QCOMPARE(ImportLimits::withoutControls(text, ImportLimits::Lines::Multiple),
                 QStringLiteral("a\nb\nc\tdef\u00a0g"));
        QCOMPARE(ImportLimits::withoutControls(text, ImportLimits::Lines::Single),
                 QStringLiteral("a b c def\u00a0g"));
        // A pair stays; half of one (high or low, alone) becomes U+FFFD.
        const QString halves = QStringLiteral("a") + QChar(0xD83D) + QStringLiteral("b") +
                               QChar(0xDCDC) + QStringLiteral("\U0001F600") + QChar(0xD800);
        QCOMPARE(ImportLimits::withoutControls(halves, ImportLimits::Lines::Single),
                 QStringLiteral("a\uFFFDb\uFFFD\U0001F600\uFFFD"));
        const QString clean = QString::fromLatin1("Plain text, nothing to do.");
        QCOMPARE(ImportLimits::withoutControls(clean, ImportLimits::Lines::Multiple).constData(),
                 clean.constData()); // no copy in the common case
    }

    // A page of thousands of lines after "Related Articles" keeps the first hundred and
    // says so; a 5,000-character first line is not all headline.
    void longFieldsAreCutWithANote()
    {
        QStringList blurbs;
        for (int i = 0; i < 5000; ++i)
            blurbs.append(QStringLiteral("Blurb number %1.").arg(i));
        QStringList notes;
        const Article a = PlainTextArticleParser::parse(
            QString(5000, 'H') + QStringLiteral("\nDek.\n\nBody.\nRelated Articles\n") +
                blurbs.join(QLatin1Char('\n')),
            &notes);
        QCOMPARE(a.headline.size(), ImportLimits::kHeadline);
        QCOMPARE(a.related.size(), ImportLimits::kRelated);
        QCOMPARE(a.related.back().summary, QStringLiteral("Blurb number 99."));
        QCOMPARE(notes,
                 (QStringList{QStringLiteral("only the first 100 of 5,000 related items were kept"),
                              QStringLiteral("the headline was cut to 300 characters")}));

        // Through the importer the notes are the file's warning.
        TestArchive archive;
        const auto outcomes = ArticleImporter(archive.store())
                                  .importTexts({{QStringLiteral("long.txt"),
                                                 QString(400, 'x') + QStringLiteral("\nDek.")}});
        QVERIFY(outcomes.front().article);
        QCOMPARE(outcomes.front().warning,
                 QStringLiteral("long.txt: the headline was cut to 300 characters"));
    }

    // Old systems write Windows-1252 and call it Latin-1: its curly quotes and dashes
    // (0x80-0x9F) are read as such, not as C1 controls to be stripped.
    void readsWindows1252()
    {
        QTemporaryDir dir;
        const QString path = writeBytes(dir.path(), QStringLiteral("cp1252.txt"),
                                        "\x93Quoted\x94 headline \x96 with \x80 5\nDek.\n");
        const auto text = ArticleImporter::readText(path);
        QVERIFY(text);
        QCOMPARE(PlainTextArticleParser::parse(*text).headline,
                 QStringLiteral("“Quoted” headline – with € 5"));
    }

    void importsFilesAndLinksRelatedItems()
    {
        TestArchive archive;
        const auto outcomes = ArticleImporter(archive.store())
                                  .importFiles({dataFile(QStringLiteral("wildfire.txt")),
                                                dataFile(QStringLiteral("evacuation.txt"))});
        QCOMPARE(outcomes.size(), 2);
        QVERIFY(outcomes[0].article && outcomes[1].article);
        const qint64 evacuationId = outcomes[1].article->id;
        // The wildfire's first related blurb is the evacuation article's dek.
        const Article wildfire = *archive.store().article(outcomes[0].article->id);
        QCOMPARE(wildfire.related[0].targetId, evacuationId);
        QCOMPARE(wildfire.related[0].title,
                 QStringLiteral("Pine Ridge Evacuation Order Expands to Hillside Streets"));
        QVERIFY(!wildfire.related[1].pointsToArchive());
        QVERIFY(wildfire.aiGenerated);
        QCOMPARE(archive.store().search({QStringLiteral("blankets"), {}, 5})->size(), 1);
    }

    void unreadableFilesAreReportedOthersImported()
    {
        TestArchive archive;
        const QString empty =
            writeBytes(archive.folder(), QStringLiteral("empty.txt"), QByteArray());
        const QString latin1 = writeBytes(archive.folder(), QStringLiteral("latin1.txt"),
                                          QByteArray("Caf\xe9 reopens\nThe owner is na\xefve.\n"));
        const auto outcomes =
            ArticleImporter(archive.store())
                .importFiles({empty, archive.folder() + QStringLiteral("/missing.txt"), latin1,
                              archive.folder()});
        QCOMPARE(outcomes.size(), 4);
        QVERIFY(outcomes[0].article && !outcomes[1].article && outcomes[2].article &&
                !outcomes[3].article);
        int imported = 0;
        for (const auto &outcome : outcomes) {
            if (outcome.article)
                ++imported;
            else
                QVERIFY2(outcome.error.contains(outcome.path), qPrintable(outcome.error));
        }
        QCOMPARE(imported, 2);
        QCOMPARE(archive.store().articleByRef(QStringLiteral("cafe-reopens"))->dek,
                 QStringLiteral("The owner is naïve."));
        QCOMPARE(archive.store().articleByRef(QStringLiteral("untitled"))->headline,
                 QStringLiteral("Untitled"));
    }

    // Random bytes named .md (a picture, a zip, a renamed file) are refused, not imported as
    // a page of garbage; a text with a stray control character or two still imports.
    void binaryFilesAreRefused()
    {
        TestArchive archive;
        QByteArray noise(100 * 1024, Qt::Uninitialized);
        QRandomGenerator random(20261202);
        for (char &byte : noise)
            byte = char(random.bounded(256));
        const QString binary = writeBytes(archive.folder(), QStringLiteral("photo.md"), noise);
        const QString text = writeBytes(archive.folder(), QStringLiteral("wire.txt"),
                                        QByteArray("Pier reopens\nThe\x01 pier\x02 reopens "
                                                   "on Monday after repairs.\x1b\n"));
        const auto outcomes = ArticleImporter(archive.store()).importFiles({binary, text});
        QCOMPARE(outcomes.size(), 2);
        QVERIFY(!outcomes[0].article);
        QVERIFY2(outcomes[0].error.contains(QStringLiteral("not a text file")),
                 qPrintable(outcomes[0].error));
        QVERIFY2(outcomes[1].article, qPrintable(outcomes[1].error));
        QCOMPARE(*archive.store().count({}), qint64(1));
    }

    // The same file again, or another file with the same article in it, is skipped and
    // named; nothing is added, nothing is changed.
    void reimportSkipsWhatTheArchiveHas()
    {
        TestArchive archive;
        const QStringList files{dataFile(QStringLiteral("wildfire.txt")),
                                dataFile(QStringLiteral("evacuation.txt"))};
        const auto first = ArticleImporter(archive.store()).importFiles(files);
        QVERIFY(first[0].article && first[1].article);
        QVERIFY(!first[0].alreadyImported && !first[1].alreadyImported);
        const Article wildfire = *archive.store().article(first[0].article->id);

        // Same bytes; the same text with Windows line ends; the same path twice in one run.
        QFile original(files[1]);
        QVERIFY(original.open(QIODevice::ReadOnly));
        const QString crlf = writeBytes(archive.folder(), QStringLiteral("crlf.txt"),
                                        original.readAll().replace("\n", "\r\n"));
        const auto again =
            ArticleImporter(archive.store()).importFiles(files + QStringList{crlf, files[0]});
        QCOMPARE(again.size(), 4);
        const int firstOf[] = {0, 1, 1, 0};
        for (qsizetype i = 0; i < again.size(); ++i) {
            QVERIFY2(again[i].article && again[i].alreadyImported, qPrintable(again[i].path));
            QCOMPARE(again[i].article->id, first[firstOf[i]].article->id);
        }
        QCOMPARE(*archive.store().count({}), qint64(2));
        QCOMPARE(*archive.store().article(wildfire.id), wildfire); // not even a new version

        // A changed article is a new one, even under the same headline.
        const QString edited = writeBytes(archive.folder(), QStringLiteral("edited.txt"),
                                          "Pine Ridge Evacuation Order Expands to Hillside "
                                          "Streets\nA new dek.\nA new body.\n");
        const auto changed = ArticleImporter(archive.store()).importFiles({edited});
        QVERIFY(changed[0].article && !changed[0].alreadyImported);
        QCOMPARE(changed[0].article->slug,
                 QStringLiteral("pine-ridge-evacuation-order-expands-to-hillside-streets-2"));
    }

    // Each batch is linked as it is saved; blurbs naming an article of a later batch are
    // linked when it arrives. Progress is told once a batch.
    void linksAcrossBatches()
    {
        TestArchive archive;
        constexpr int n = 1200;
        QList<std::pair<QString, QString>> texts;
        for (int i = 0; i < n; ++i)
            texts.append({QStringLiteral("story-%1.txt").arg(i), story(i, n)});
        QList<qsizetype> reported;
        const auto outcomes =
            ArticleImporter(archive.store())
                .importTexts(texts, [&](const auto &batch, qsizetype done, qsizetype total) {
                    QCOMPARE(total, qsizetype(n));
                    QCOMPARE(batch.size(), done - reported.value(reported.size() - 1, 0));
                    reported.append(done);
                });
        QCOMPARE(reported, (QList<qsizetype>{500, 1000, 1200}));
        QCOMPARE(outcomes.size(), n);
        verifyStoriesLinked(archive.store(), n);
    }

    // An import stopped after some batches, run again: what was saved is skipped, the rest
    // is imported, and the skipped articles' blurbs that wait for the rest are linked.
    void resumesAnInterruptedImport()
    {
        TestArchive archive;
        constexpr int n = 1100;
        QList<std::pair<QString, QString>> texts;
        for (int i = 0; i < n; ++i)
            texts.append({QStringLiteral("story-%1.txt").arg(i), story(i, n)});
        ArticleImporter(archive.store()).importTexts(texts.mid(0, 500));
        QCOMPARE(*archive.store().count({}), qint64(500));
        const auto outcomes = ArticleImporter(archive.store()).importTexts(texts);
        int skipped = 0;
        for (const auto &outcome : outcomes) {
            QVERIFY(outcome.article);
            skipped += outcome.alreadyImported ? 1 : 0;
        }
        QCOMPARE(skipped, 500);
        verifyStoriesLinked(archive.store(), n);
    }

    void shippedSamplesImport()
    {
        TestArchive archive;
        auto added = SampleArticles::addIfEmpty(archive.store());
        QVERIFY2(added, added ? "" : qPrintable(added.error().message));
        const int shipped = QDir(QStringLiteral(NEWSROOM_SAMPLES))
                                .entryList({QStringLiteral("*.txt"), QStringLiteral("*.md")})
                                .size();
        QVERIFY(shipped >= 5);
        QCOMPARE(*added, shipped);
        QCOMPARE(*SampleArticles::addIfEmpty(archive.store()), 0); // only into an empty archive
        QCOMPARE(archive.store().search({QStringLiteral("센터"), {}, 5})->size(), 1);
        int linked = 0;
        const QList<ArticleSummary> all = *archive.store().list({});
        for (const ArticleSummary &summary : all) {
            const Article article = *archive.store().article(summary.id);
            for (const RelatedItem &item : article.related)
                linked += item.pointsToArchive() ? 1 : 0;
        }
        QVERIFY(linked >= 6); // the samples' blurbs are each other's deks, or name their slugs
        ArticleFilter published;
        published.status = ArticleStatus::Published;
        QCOMPARE(*archive.store().count(published), 2);
    }
};

QTEST_GUILESS_MAIN(TestImporter)
#include "tst_importer.moc"
