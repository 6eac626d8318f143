// The checklist panel on a slow archive: it asks, shows "Checking…", and shows the answer
// when it comes; a newer refresh or another article drops an older answer.

#include "TestArchive.h"
#include "TestGateway.h"
#include "editor/ArticleDocument.h"
#include "editor/ChecklistPanel.h"
#include "store/DelayedArticleStore.h"

#include <QLabel>
#include <QListWidget>
#include <QSignalSpy>

using namespace newsroom;
using namespace newsroom::test;
using namespace std::chrono_literals;

// Nothing comes back from refresh(): what it finds arrives later.
static_assert(std::is_void_v<decltype(std::declval<ChecklistPanel &>().refresh())>);

namespace {
constexpr std::chrono::milliseconds kDelay = 50ms;

QStringList codes(const QList<CheckFinding> &findings)
{
    QStringList result;
    for (const CheckFinding &finding : findings)
        result.append(finding.code);
    return result;
}
} // namespace

class TestChecklistPanel : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestArchive> m_archive;
    std::unique_ptr<ArchiveGateway> m_gateway;
    std::unique_ptr<ArticleDocument> m_document;
    std::unique_ptr<ChecklistPanel> m_panel;
    Article m_story;
    Article m_noByline;

    QLabel *status() const { return m_panel->findChild<QLabel *>(); }

    // Waits until the gateway has answered everything, and the window has taken it in.
    void settle() { QVERIFY(settled(*m_gateway)); }

private Q_SLOTS:
    void init()
    {
        m_archive = std::make_unique<TestArchive>();
        const Article ferry =
            m_archive->saved(makeArticle(QStringLiteral("Ferry crossings resume")));
        Article story = makeArticle(QStringLiteral("Storm closes the harbor"));
        // A link to check makes every run of the checklist a call to the (slow) archive.
        story.related = {RelatedItem{ferry.headline, ferry.dek, ferry.id, {}}};
        m_story = m_archive->saved(story);
        m_noByline = m_story;
        m_noByline.byline.clear();
        m_panel.reset();
        m_document = std::make_unique<ArticleDocument>();
        m_gateway = openGateway(
            m_archive->path(),
            DelayedArticleStore::delayed(SqliteArticleStore::opener(m_archive->path()), kDelay));
        m_panel = std::make_unique<ChecklistPanel>(*m_document, *m_gateway);
        m_panel->show();
    }

    void fillsWhenTheAnswerComes()
    {
        QSignalSpy refreshed(m_panel.get(), &ChecklistPanel::refreshed);
        QSignalSpy summary(m_panel.get(), &ChecklistPanel::summaryChanged);
        m_document->load(m_noByline);
        QVERIFY(m_panel->isChecking());
        QCOMPARE(m_panel->list()->count(), 0);
        QVERIFY(status()->isVisible());
        QCOMPARE(status()->text(), QStringLiteral("Checking\u2026"));

        QVERIFY(refreshed.wait());
        QVERIFY(!m_panel->isChecking());
        QVERIFY(!status()->isVisible());
        const auto findings = refreshed.front().front().value<QList<CheckFinding>>();
        QCOMPARE(findings, m_panel->findings());
        QCOMPARE(findings.front().code, QStringLiteral("missing-byline")); // errors first
        QCOMPARE(m_panel->list()->count(), int(findings.size()));
        QCOMPARE(m_panel->list()->item(0)->text(), findings.front().message);
        QVERIFY(summary.last().front().toString().contains(QStringLiteral("errors: 1")));
    }

    // The byline is typed while the check without it is running: that answer is dropped,
    // the newer one shows.
    void aNewerRefreshReplacesAnOlder()
    {
        QSignalSpy refreshed(m_panel.get(), &ChecklistPanel::refreshed);
        m_document->load(m_noByline);
        QVERIFY(refreshed.wait());
        QVERIFY(codes(m_panel->findings()).contains(QStringLiteral("missing-byline")));
        refreshed.clear();

        m_panel->refresh(); // still without a byline
        m_document->edit(ArticleField::Byline, QStringLiteral("Jo Reporter"));
        m_panel->refresh(); // queued behind the older one: its answer comes first
        QVERIFY(m_panel->isChecking());
        QVERIFY(refreshed.wait());
        QCOMPARE(refreshed.count(), 1);
        QVERIFY(!codes(m_panel->findings()).contains(QStringLiteral("missing-byline")));
        settle();
        QCOMPARE(refreshed.count(), 1);
    }

    void anArticleSwitchDropsTheOldAnswer()
    {
        QSignalSpy refreshed(m_panel.get(), &ChecklistPanel::refreshed);
        QSignalSpy summary(m_panel.get(), &ChecklistPanel::summaryChanged);
        m_document->load(m_noByline);
        QVERIFY(refreshed.wait());
        QCOMPARE(m_panel->list()->count(), int(m_panel->findings().size()));
        refreshed.clear();

        Article other = m_noByline;
        other.headline = QStringLiteral("Another story");
        m_document->load(other); // asks for it
        QVERIFY(m_panel->isChecking());
        m_document->load(m_story);             // before that answer
        QCOMPARE(m_panel->list()->count(), 0); // the findings were another article's
        QCOMPARE(summary.last().front().toString(), QStringLiteral("Checklist"));
        QVERIFY(refreshed.wait());
        QCOMPARE(refreshed.count(), 1);
        QVERIFY(!codes(m_panel->findings()).contains(QStringLiteral("missing-byline")));
        settle();
        QCOMPARE(refreshed.count(), 1);
    }

    // The ferry story filed again under another headline: a possible duplicate, and Return
    // on it asks for the ferry article.
    void aPossibleDuplicateOpensTheArchivedArticle()
    {
        QSignalSpy refreshed(m_panel.get(), &ChecklistPanel::refreshed);
        QSignalSpy requested(m_panel.get(), &ChecklistPanel::articleRequested);
        QSignalSpy activated(m_panel.get(), &ChecklistPanel::findingActivated);
        const qint64 ferry = m_story.related.front().targetId;
        Article again = *m_archive->store().article(ferry);
        again.id = 0;
        again.version = 0;
        again.slug.clear();
        again.headline = QStringLiteral("Ferries cross again");
        m_document->load(m_archive->saved(again));
        QVERIFY(refreshed.wait());
        const int row =
            int(codes(m_panel->findings()).indexOf(QStringLiteral("possible-duplicate")));
        QVERIFY(row >= 0);
        QCOMPARE(m_panel->findings()[row].articleId, ferry);
        QVERIFY(
            m_panel->list()->item(row)->toolTip().contains(QStringLiteral("open #%1").arg(ferry)));
        m_panel->list()->setFocus();
        m_panel->list()->setCurrentRow(row);
        QTest::keyClick(m_panel->list(), Qt::Key_Return);
        QCOMPARE(requested.count(), 1);
        QCOMPARE(requested.front().front().toLongLong(), ferry);
        QCOMPARE(activated.count(), 0);
    }

    void anArchiveErrorIsOneFinding()
    {
        m_panel.reset();
        m_gateway =
            openGateway(m_archive->path(), []() -> StoreResult<std::unique_ptr<ArticleStore>> {
                return storeFailure(StoreError::Code::Io,
                                    QStringLiteral("The archive is out of reach."));
            });
        m_panel = std::make_unique<ChecklistPanel>(*m_document, *m_gateway);
        QSignalSpy refreshed(m_panel.get(), &ChecklistPanel::refreshed);
        m_panel->refresh();
        QVERIFY(refreshed.wait());
        QCOMPARE(m_panel->findings().size(), 1);
        QCOMPARE(m_panel->findings().front().code, QStringLiteral("archive"));
        QCOMPARE(m_panel->findings().front().severity, CheckFinding::Severity::Error);
        QCOMPARE(m_panel->list()->item(0)->text(), QStringLiteral("The archive is out of reach."));
    }
};

QTEST_MAIN(TestChecklistPanel)
#include "tst_checklistpanel.moc"
