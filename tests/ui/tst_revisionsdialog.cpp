// The revisions dialog on a slow archive: it opens at once, lists the versions and
// compares them when the archive answers, and drops a comparison picked over.

#include "TestArchive.h"
#include "TestGateway.h"
#include "revisions/FieldChangesTable.h"
#include "revisions/RevisionsDialog.h"
#include "store/DelayedArticleStore.h"

#include <QComboBox>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>

using namespace newsroom;
using namespace newsroom::test;
using namespace std::chrono_literals;

namespace {
constexpr std::chrono::milliseconds kDelay = 50ms;
}

class TestRevisionsDialog : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestArchive> m_archive;
    std::unique_ptr<ArchiveGateway> m_gateway;
    Article m_current;

    static QString headline(int version)
    {
        return QStringLiteral("Harbor story, take %1").arg(version);
    }

    // What the comparison shows for the headline: {before, after}, or nothing.
    static QStringList headlineChange(const RevisionsDialog &dialog)
    {
        const FieldChangesTable *table = dialog.changes();
        for (int row = 0; row < table->rowCount(); ++row) {
            if (table->item(row, 0)->text().contains(QStringLiteral("eadline")))
                return {table->item(row, 1)->text(), table->item(row, 2)->text()};
        }
        return {};
    }

    void settle() { QVERIFY(settled(*m_gateway)); }

private Q_SLOTS:
    void init()
    {
        m_archive = std::make_unique<TestArchive>();
        m_current = m_archive->saved(makeArticle(headline(1)));
        for (int version = 2; version <= 4; ++version) {
            m_current.headline = headline(version);
            m_current = m_archive->saved(m_current);
        }
        QCOMPARE(m_current.version, 4);
        m_gateway = openGateway(
            m_archive->path(),
            DelayedArticleStore::delayed(SqliteArticleStore::opener(m_archive->path()), kDelay));
    }

    void opensAtOnceAndFillsIn()
    {
        RevisionsDialog dialog(*m_gateway, m_current);
        QSignalSpy listed(&dialog, &RevisionsDialog::revisionsShown);
        QSignalSpy compared(&dialog, &RevisionsDialog::comparisonShown);
        dialog.show();
        QCOMPARE(dialog.problem()->text(), QStringLiteral("Loading\u2026"));
        QVERIFY(!dialog.fromPicker()->isEnabled());
        QVERIFY(!dialog.toPicker()->isEnabled());
        QVERIFY(!dialog.restoreButton()->isEnabled());
        QCOMPARE(dialog.fromPicker()->count(), 0);

        QVERIFY(listed.wait());
        QVERIFY(dialog.fromPicker()->isEnabled());
        QVERIFY(dialog.toPicker()->isEnabled());
        QCOMPARE(dialog.fromPicker()->count(), 4);
        QCOMPARE(dialog.fromPicker()->currentData().toLongLong(), 3); // the one before...
        QCOMPARE(dialog.toPicker()->currentData().toLongLong(), 4);   // ...against now
        QVERIFY(!dialog.restoreButton()->isEnabled()); // the comparison is on its way
        QCOMPARE(dialog.problem()->text(), QStringLiteral("Loading\u2026"));

        QTRY_COMPARE(compared.count(), 1);
        QCOMPARE(headlineChange(dialog), (QStringList{headline(3), headline(4)}));
        QVERIFY(dialog.problem()->text().isEmpty());
        QVERIFY(dialog.restoreButton()->isEnabled());

        dialog.restoreButton()->click();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QVERIFY(dialog.chosen());
        QCOMPARE(dialog.chosen()->version, 3);
        QCOMPARE(dialog.chosen()->headline, headline(3));
    }

    // Two picks before the first comparison comes: only the second shows.
    void aComparisonPickedOverIsDropped()
    {
        RevisionsDialog dialog(*m_gateway, m_current);
        QSignalSpy compared(&dialog, &RevisionsDialog::comparisonShown);
        QTRY_COMPARE(compared.count(), 1);
        compared.clear();

        dialog.fromPicker()->setCurrentIndex(2); // version 2 against 4
        QVERIFY(!dialog.restoreButton()->isEnabled());
        QCOMPARE(dialog.changes()->rowCount(), 0);
        dialog.fromPicker()->setCurrentIndex(3); // version 1 against 4, behind the first
        QVERIFY(compared.wait());
        QCOMPARE(compared.count(), 1);
        QCOMPARE(headlineChange(dialog), (QStringList{headline(1), headline(4)}));
        settle();
        QCOMPARE(compared.count(), 1);
        QCOMPARE(headlineChange(dialog), (QStringList{headline(1), headline(4)}));

        dialog.restoreButton()->click();
        QCOMPARE(dialog.chosen()->version, 1);
    }

    void theSameVersionTwice()
    {
        RevisionsDialog dialog(*m_gateway, m_current);
        QSignalSpy compared(&dialog, &RevisionsDialog::comparisonShown);
        QTRY_COMPARE(compared.count(), 1);
        dialog.fromPicker()->setCurrentIndex(0);
        QTRY_COMPARE(compared.count(), 2);
        QCOMPARE(dialog.changes()->rowCount(), 0);
        QCOMPARE(dialog.problem()->text(), QStringLiteral("These versions are the same."));
    }

    void anArchiveErrorShows()
    {
        m_gateway =
            openGateway(m_archive->path(), []() -> StoreResult<std::unique_ptr<ArticleStore>> {
                return storeFailure(StoreError::Code::Io,
                                    QStringLiteral("The archive is out of reach."));
            });
        RevisionsDialog dialog(*m_gateway, m_current);
        // A refusal this quick may come before the dialog is even shown.
        QTRY_COMPARE(dialog.problem()->text(), QStringLiteral("The archive is out of reach."));
        QVERIFY(!dialog.fromPicker()->isEnabled());
        QVERIFY(!dialog.restoreButton()->isEnabled());
    }

    void closingBeforeTheAnswersIsSafe()
    {
        {
            RevisionsDialog dialog(*m_gateway, m_current);
            dialog.show();
        }
        settle(); // the answers have nowhere to go
        QCOMPARE(m_gateway->pendingRequests(), 0);
    }
};

QTEST_MAIN(TestRevisionsDialog)
#include "tst_revisionsdialog.moc"
