// The server goes away while an editor types (issue 16, offline): typing goes on, every
// change reaches this computer's recovery journal, the status bar says "Offline — changes
// kept on this computer", and when the server is back the changes are saved and only then
// is the journal cleared. On a cluster of the test's own, stopped and started again mid-typing.

#include "ArchiveGateway.h"
#include "ArchiveUnderTest.h"
#include "EditorTest.h"
#include "MainWindow.h"
#include "OfflineStatus.h"
#include "OwnTestCluster.h"
#include "WebEngineTest.h"
#include "editor/Autosaver.h"
#include "store/ArchiveAddress.h"
#include "store/PgArticleStore.h"

#include <QSignalSpy>

using namespace newsroom;
using namespace newsroom::test;

class TestOfflineDesk : public QObject
{
    Q_OBJECT

    static QString bodyInArchive(const QString &address, qint64 id)
    {
        auto store = PgArticleStore::open(address);
        if (!store)
            return {};
        auto article = (*store)->article(id);
        return article ? article->body : QString();
    }

public:
    static void initMain() { prepareWebEngine(); }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void typingWhileTheServerIsGoneIsSavedWhenItIsBack()
    {
        QDir(EditJournal::defaultFolder()).removeRecursively();
        OwnTestCluster cluster;
        const QString address = cluster.address();
        QVERIFY(PgArticleStore::create(address));
        qint64 id = 0;
        {
            auto store = PgArticleStore::open(address);
            QVERIFY(store);
            auto saved = (*store)->save(makeArticle(QStringLiteral("Night bus routes change"),
                                                    QStringLiteral("The first paragraph.")));
            QVERIFY(saved);
            id = saved->id;
        }
        auto opened = PgArticleStore::open(address);
        QVERIFY(opened);
        auto gateway =
            std::make_unique<ArchiveGateway>(std::move(*opened), PgArticleStore::opener(address));
        QSignalSpy listening(gateway.get(), &ArchiveGateway::catchUpDue);
        MainWindow window(std::move(gateway), ArchiveAddress::forDisplay(address));
        window.show();
        QVERIFY(listening.count() > 0 || listening.wait(10000));
        QVERIFY(openAndWait(window, id));
        OfflineStatus *offline = window.offlineStatus();
        QVERIFY(offline);
        QVERIFY(!offline->isVisible());

        cluster.halt();
        QTRY_VERIFY_WITH_TIMEOUT(offline->isVisible(), 10000);
        QCOMPARE(offline->text(), QStringLiteral("Offline \u2014 changes kept on this computer"));
        typeInBody(window, QStringLiteral(" Typed while the server was away."));
        // Kept on this computer, not in the archive: the journal has it, the autosave failed.
        QTRY_VERIFY_WITH_TIMEOUT(
            journalText().contains(QStringLiteral("while the server was away")), 5000);
        QTRY_VERIFY_WITH_TIMEOUT(window.autosaver()->hasUnsavedChanges(), 5000);
        typeInBody(window, QStringLiteral(" And a bit more."));

        cluster.resume();
        QTRY_VERIFY_WITH_TIMEOUT(!offline->isVisible(), 15000);
        QTRY_VERIFY_WITH_TIMEOUT(!window.autosaver()->hasUnsavedChanges(), 10000);
        QCOMPARE(bodyInArchive(address, id),
                 QStringLiteral("The first paragraph. Typed while the server was away. And a bit "
                                "more."));
        // Cleared only now that the archive holds it.
        QTRY_VERIFY_WITH_TIMEOUT(!journalText().contains(QStringLiteral("while the server")), 5000);
        QVERIFY(!window.autosaver()->isInConflict());
    }
};

QTEST_MAIN(TestOfflineDesk)
#include "tst_offlinedesk.moc"
