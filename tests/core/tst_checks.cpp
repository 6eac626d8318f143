// The pre-publish checklist, one check at a time, on a real archive (the related checks
// look their links up in it).

#include "TestArchive.h"
#include "checks/ArticleChecklist.h"
#include "checks/ArticleChecks.h"

using namespace newsroom;
using namespace newsroom::test;

class ChecksTest : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<TestArchive> m_archive;
    qint64 m_published = 0;
    qint64 m_draft = 0;

    // A clean article: every field set, two good related items.
    Article cleanArticle()
    {
        Article a = makeArticle(QStringLiteral("Ferry service resumes after storm"));
        // Its own story: makeArticle's body is every test article's, a duplicate's.
        a.dek = QStringLiteral("Crossings to the islands restart on a winter timetable.");
        a.body = QStringLiteral("The first ferry left the harbor at seven, two days after "
                                "waves topped the sea wall.\n\nTickets bought for the "
                                "cancelled crossings are valid until Sunday.");
        a.related = {
            RelatedItem{QStringLiteral("Storm closes the harbor"),
                        QStringLiteral("Waves topped the sea wall."),
                        m_published,
                        {}},
            RelatedItem{QStringLiteral("Ferry timetable for winter"),
                        QStringLiteral("Fewer crossings on weekdays."), 0,
                        QStringLiteral("https://example.org/ferry")},
        };
        return a;
    }

    QStringList codes(const Article &article, CheckLimits limits = {})
    {
        auto findings = ArticleChecklist(m_archive->store(), limits).run(article);
        if (!findings)
            qFatal("checklist failed: %s", qPrintable(findings.error().message));
        QStringList result;
        for (const CheckFinding &f : *findings)
            result.append(f.code);
        return result;
    }

private Q_SLOTS:
    void init()
    {
        m_archive = std::make_unique<TestArchive>();
        Article published = makeArticle(QStringLiteral("Storm closes the harbor"));
        published.status = ArticleStatus::Published;
        m_published = m_archive->saved(published).id;
        m_draft = m_archive->saved(makeArticle(QStringLiteral("Harbor wall repairs planned"))).id;
    }

    void cleanArticleHasNoFindings() { QCOMPARE(codes(cleanArticle()), QStringList()); }

    // Each finding says where it is, so the editor can be taken there.
    void findingsNameTheirField()
    {
        Article a = cleanArticle();
        a.byline.clear();
        a.body = QStringLiteral("The council met. The vote was XX to TK.");
        a.related.append(a.related.first()); // a duplicate item
        auto findings = ArticleChecklist(m_archive->store(), {}).run(a);
        QVERIFY(findings);
        QHash<QString, CheckFinding> byCode;
        for (const CheckFinding &f : *findings)
            byCode.insert(f.code, f);
        QCOMPARE(byCode.value(QStringLiteral("missing-byline")).field, ArticleField::Byline);
        const CheckFinding placeholder = byCode.value(QStringLiteral("placeholder"));
        QCOMPARE(placeholder.field, ArticleField::Body);
        QCOMPARE(placeholder.excerpt, QStringLiteral("XX")); // the first one in the text
        bool related = false;
        for (const CheckFinding &f : *findings)
            related |=
                f.code.startsWith(QStringLiteral("related")) && f.field == ArticleField::Related;
        QVERIFY(related);
    }

    void missingFields()
    {
        Article a = cleanArticle();
        a.dek.clear();
        a.byline = QStringLiteral("  ");
        a.section.clear();
        const QStringList found = codes(a);
        QVERIFY(found.contains(QStringLiteral("missing-dek")));
        QVERIFY(found.contains(QStringLiteral("missing-byline")));
        QVERIFY(found.contains(QStringLiteral("missing-section")));
        auto findings = ArticleChecklist(m_archive->store(), {}).run(a);
        QVERIFY(hasErrors(*findings)); // byline and section block publishing
    }

    void headlineAndDekLimitsAreConfigurable()
    {
        Article a = cleanArticle();
        a.headline = QString(65, QLatin1Char('h'));
        QVERIFY(codes(a).contains(QStringLiteral("headline-too-long")));
        QVERIFY(!codes(a, CheckLimits{80, 160, 8}).contains(QStringLiteral("headline-too-long")));
        a.dek = QString(40, QLatin1Char('d'));
        QVERIFY(codes(a, CheckLimits{64, 30, 8}).contains(QStringLiteral("dek-too-long")));
    }

    void placeholders_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("flagged");
        QTest::newRow("TK") << "The mayor said TK about the vote." << true;
        QTest::newRow("TKTK") << "Turnout was TKTK percent." << true;
        QTest::newRow("bracketed") << "Quote from [TK] here." << true;
        QTest::newRow("XXX") << "Cost: XXX dollars." << true;
        QTest::newRow("lorem") << "Lorem ipsum dolor sit amet." << true;
        QTest::newRow("question marks") << "The bridge opens in ???." << true;
        QTest::newRow("word containing tk") << "Atkins and Utkin spoke." << false;
        QTest::newRow("lower-case tk") << "tk is not a mark in lower case." << false;
        QTest::newRow("clean") << "Nothing to come." << false;
    }
    void placeholders()
    {
        QFETCH(QString, text);
        QFETCH(bool, flagged);
        QCOMPARE(!articlechecks::placeholders(text).isEmpty(), flagged);
        Article a = cleanArticle();
        a.body = text;
        QCOMPARE(codes(a).contains(QStringLiteral("placeholder")), flagged);
    }

    void aiGeneratedNeedsSourcesAndDisclosure()
    {
        Article a = cleanArticle();
        a.aiGenerated = true;
        a.disclosure = QStringLiteral("Drafted with an AI model and checked by an editor.");
        QCOMPARE(codes(a), QStringList());
        a.sources.clear();
        a.disclosure.clear();
        const QStringList found = codes(a);
        QVERIFY(found.contains(QStringLiteral("ai-without-sources")));
        QVERIFY(found.contains(QStringLiteral("ai-without-disclosure")));
    }

    void relatedListSize()
    {
        Article a = cleanArticle();
        a.related.clear();
        QVERIFY(codes(a).contains(QStringLiteral("related-empty")));
        a = cleanArticle();
        QVERIFY(codes(a, CheckLimits{64, 160, 1}).contains(QStringLiteral("related-too-long")));
    }

    void relatedDuplicates()
    {
        Article a = cleanArticle();
        a.related.append(RelatedItem{QStringLiteral("The harbor closes in a storm"),
                                     QStringLiteral("Other words."), 0,
                                     QStringLiteral("https://example.org/other")});
        QVERIFY(codes(a).contains(QStringLiteral("related-duplicate")));
        a = cleanArticle();
        a.related.append(a.related.front()); // the same article twice
        QVERIFY(codes(a).contains(QStringLiteral("related-same-link")));
    }

    // The archive already has this story: a warning naming it, with its id and slug.
    void possibleDuplicate()
    {
        Article a = cleanArticle();
        QVERIFY(!codes(a).contains(QStringLiteral("possible-duplicate")));
        const Article first = m_archive->saved(cleanArticle());
        a.headline = QStringLiteral("Ferries sail again after the storm");
        auto findings = ArticleChecklist(m_archive->store(), {}).run(a);
        QVERIFY(findings);
        const auto found = std::find_if(findings->begin(), findings->end(), [](const auto &f) {
            return f.code == QStringLiteral("possible-duplicate");
        });
        QVERIFY(found != findings->end());
        QCOMPARE(found->severity, CheckFinding::Severity::Warning);
        QCOMPARE(found->articleId, first.id);
        QCOMPARE(found->articleSlug, first.slug);
        QVERIFY2(found->message.startsWith(QStringLiteral("Possible duplicate of \u201cFerry "
                                                          "service resumes after storm\u201d")),
                 qPrintable(found->message));
        // The article itself, saved, is not its own duplicate.
        QVERIFY(!codes(first).contains(QStringLiteral("possible-duplicate")));
    }

    void relatedTargets()
    {
        Article a = m_archive->saved(cleanArticle());
        a.related.append(RelatedItem{QStringLiteral("Itself"), {}, a.id, {}});
        QVERIFY(codes(a).contains(QStringLiteral("related-self")));

        a = cleanArticle();
        a.related.append(RelatedItem{QStringLiteral("Wall repairs"), {}, m_draft, {}});
        QVERIFY(codes(a).contains(QStringLiteral("related-unpublished")));

        QVERIFY(m_archive->store().moveToTrash(m_draft));
        QVERIFY(codes(a).contains(QStringLiteral("related-deleted")));

        a = cleanArticle();
        a.related.append(RelatedItem{QStringLiteral("Gone"), {}, 999, {}});
        QVERIFY(codes(a).contains(QStringLiteral("related-deleted")));
    }

    void relatedUrls_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("code"); // empty: no finding
        QTest::newRow("https") << "https://example.org/a"
                               << "";
        QTest::newRow("http") << "http://example.org/a?b=c"
                              << "";
        QTest::newRow("javascript") << "javascript:alert(1)"
                                    << "related-bad-url";
        QTest::newRow("file") << "file:///etc/passwd"
                              << "related-bad-url";
        QTest::newRow("no scheme") << "example.org/a"
                                   << "related-bad-url";
        QTest::newRow("no host") << "https://"
                                 << "related-bad-url";
        QTest::newRow("spaces") << "https://exa mple.org"
                                << "related-bad-url";
        QTest::newRow("empty") << ""
                               << "related-no-link";
        QTest::newRow("blank") << "  "
                               << "related-no-link";
    }
    void relatedUrls()
    {
        QFETCH(QString, url);
        QFETCH(QString, code);
        Article a = cleanArticle();
        a.related[1].url = url;
        const QStringList found = codes(a);
        QCOMPARE(found.contains(QStringLiteral("related-bad-url")),
                 code == QStringLiteral("related-bad-url"));
        QCOMPARE(found.contains(QStringLiteral("related-no-link")),
                 code == QStringLiteral("related-no-link"));
    }

    // Each related finding names its item by the title readers see, and says what to do.
    void relatedMessagesNameTheItem()
    {
        Article a = m_archive->saved(cleanArticle());
        a.related = {
            RelatedItem{QStringLiteral("Ferry timetable for winter"), {}, 0, {}},
            RelatedItem{QStringLiteral("Timetable at the ferry"),
                        {},
                        0,
                        QStringLiteral("ftp://example.org/t")},
            RelatedItem{QStringLiteral("Itself"), {}, a.id, {}},
            RelatedItem{QStringLiteral("Gone"), {}, 999, {}},
            RelatedItem{QStringLiteral("Wall repairs"), {}, m_draft, {}},
            RelatedItem{QString(), {}, 0, QStringLiteral("https://example.org/x")},
        };
        auto findings = ArticleChecklist(m_archive->store(), {}).run(a);
        QVERIFY(findings);
        QHash<QString, QString> byCode;
        for (const CheckFinding &f : *findings)
            byCode.insert(f.code, f.message);
        QCOMPARE(byCode.value("related-no-link"),
                 QStringLiteral("\u201cFerry timetable for winter\u201d has no link: pick an "
                                "archived article or add an address."));
        QVERIFY(byCode.value("related-bad-url").startsWith("\u201cTimetable at the ferry\u201d"));
        QVERIFY(byCode.value("related-self").startsWith("\u201cItself\u201d"));
        QVERIFY(byCode.value("related-deleted").startsWith("\u201cGone\u201d"));
        QVERIFY(byCode.value("related-unpublished").startsWith("\u201cWall repairs\u201d"));
        QCOMPARE(byCode.value("related-untitled"),
                 QStringLiteral("Related item 6 has no title: give it the one readers will see."));
    }
};

QTEST_GUILESS_MAIN(ChecksTest)
#include "tst_checks.moc"
