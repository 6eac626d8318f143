// Related items that point into the archive follow their article: its headline changes
// reach them unless the editor wrote a title of their own, and a deleted target is
// flagged, never dropped. Exported sites link them relatively.

#include "ArchiveUnderTest.h"
#include "checks/RelatedChecks.h"
#include "export/SiteExporter.h"

#include <QFile>

using namespace newsroom;
using namespace newsroom::test;

class RelatedLinksTest : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<ArchiveUnderTest> m_archive;
    Article m_target;
    Article m_story;

private Q_SLOTS:
    void init()
    {
        m_archive = std::make_unique<ArchiveUnderTest>();
        Article target = makeArticle(QStringLiteral("Bridge closes for repairs"));
        target.status = ArticleStatus::Published;
        m_target = m_archive->saved(target);
        Article story = makeArticle(QStringLiteral("Commuters face long detours"));
        story.status = ArticleStatus::Published;
        story.related = {
            RelatedItem{m_target.headline, QStringLiteral("Blurb"), m_target.id, {}},
            RelatedItem{QStringLiteral("Our own words for it"), {}, m_target.id, {}},
        };
        m_story = m_archive->saved(story);
    }

    void headlineChangeReachesLinkingItems()
    {
        Article target = m_target;
        target.headline = QStringLiteral("Bridge closes for six weeks of repairs");
        QVERIFY(m_archive->store().save(target));

        const Article story = *m_archive->store().article(m_story.id);
        QCOMPARE(story.related[0].title, target.headline);
        QCOMPARE(story.related[0].summary, QStringLiteral("Blurb"));
        QCOMPARE(story.related[1].title, QStringLiteral("Our own words for it"));
        // Reading and saving the story again keeps it following.
        QVERIFY(m_archive->store().save(story));
        target = *m_archive->store().article(m_target.id);
        target.headline = QStringLiteral("Bridge reopens early");
        QVERIFY(m_archive->store().save(target));
        QCOMPARE(m_archive->store().article(m_story.id)->related[0].title,
                 QStringLiteral("Bridge reopens early"));
    }

    // The story was open before its target was renamed: saving it sends the old headline,
    // which must not become the editor's own title.
    void storySavedAfterTargetsRenameKeepsFollowing()
    {
        Article target = m_target;
        target.headline = QStringLiteral("Bridge closes for six weeks");
        target = *m_archive->store().save(target);
        Article story = m_story; // as read before the rename
        story.dek = QStringLiteral("Detours add half an hour");
        QVERIFY(m_archive->store().save(story));
        QCOMPARE(m_archive->store().article(m_story.id)->related[0].title, target.headline);

        target.headline = QStringLiteral("Bridge reopens early");
        QVERIFY(m_archive->store().save(target));
        const Article read = *m_archive->store().article(m_story.id);
        QCOMPARE(read.related[0].title, QStringLiteral("Bridge reopens early"));
        QCOMPARE(read.related[1].title, QStringLiteral("Our own words for it"));
    }

    void editorsOwnTitleStopsFollowing()
    {
        Article story = m_story;
        story.related[0].title = QStringLiteral("Repairs close the bridge");
        QVERIFY(m_archive->store().save(story));
        Article target = m_target;
        target.headline = QStringLiteral("Something else entirely");
        QVERIFY(m_archive->store().save(target));
        QCOMPARE(m_archive->store().article(m_story.id)->related[0].title,
                 QStringLiteral("Repairs close the bridge"));
    }

    void deletedTargetIsFlaggedNotDropped()
    {
        QVERIFY(m_archive->store().moveToTrash(m_target.id));
        const Article story = *m_archive->store().article(m_story.id);
        QCOMPARE(story.related.size(), 2);
        QCOMPARE(story.related[0].title, m_target.headline);
        auto findings = relatedchecks::run(story, m_archive->store(), {});
        QVERIFY(findings);
        int deleted = 0;
        for (const CheckFinding &f : *findings)
            deleted += f.code == QStringLiteral("related-deleted");
        QCOMPARE(deleted, 2);
    }

    void exportedSiteLinksRelatively()
    {
        Article target = m_target;
        target.headline = QStringLiteral("Bridge reopens after repairs");
        QVERIFY(m_archive->store().save(target));
        const QString site = m_archive->folder() + QStringLiteral("/site");
        QVERIFY(SiteExporter(m_archive->store(), {}).exportTo(site));
        QFile page(site + QLatin1Char('/') + m_story.slug + QStringLiteral(".html"));
        QVERIFY(page.open(QIODevice::ReadOnly));
        const QString html = QString::fromUtf8(page.readAll());
        const QString href = QStringLiteral("href=\"%1.html\"").arg(m_target.slug);
        QVERIFY2(html.contains(href), qPrintable(href));
        QVERIFY(html.contains(QStringLiteral("Bridge reopens after repairs")));
        QVERIFY(QFile::exists(site + QLatin1Char('/') + m_target.slug + QStringLiteral(".html")));
    }
};

QTEST_GUILESS_MAIN(RelatedLinksTest)
#include "tst_relatedlinks.moc"
