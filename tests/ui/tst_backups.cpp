// Backups in the desktop app: the daily automatic backup (a dated copy in the folder from
// Preferences, only the newest N kept) and Restore from Backup, which brings a backup's
// content into the open archive in place, with the current content kept aside first.

#include "EditorTest.h"
#include "MainWindow.h"
#include "TestArchive.h"
#include "TestGateway.h"
#include "WebEngineTest.h"
#include "app/BackupScheduler.h"
#include "editor/ArticleDocument.h"
#include "editor/ConflictBar.h"
#include "editor/SaveProblemBar.h"
#include "recovery/EditJournal.h"
#include "settings/AppSettings.h"
#include "store/ArchiveBackup.h"

#include <QDir>
#include <QPushButton>
#include <QSignalSpy>

using namespace newsroom;
using namespace newsroom::test;

class TestBackups : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestArchive> m_archive;
    QTemporaryDir m_backups;

public:
    static void initMain() { prepareWebEngine(); }

private Q_SLOTS:
    void init()
    {
        m_archive = std::make_unique<TestArchive>(); // test mode: settings are the test's own
        QDir(EditJournal::defaultFolder()).removeRecursively();
        QDir(m_backups.path()).removeRecursively();
        appsettings::setBackupFolder(m_backups.path());
        appsettings::setBackupsKept(2);
        appsettings::setBackupsEnabled(true);
    }

    void theDailyBackupKeepsTheNewest()
    {
        m_archive->saved(makeArticle(QStringLiteral("Council delays the vote")));
        BackupScheduler scheduler(m_archive->path());
        QVERIFY(scheduler.isDue()); // no backup yet
        for (int i = 0; i < 3; ++i) {
            QSignalSpy done(&scheduler, &BackupScheduler::finished);
            scheduler.backUpNow();
            QVERIFY(done.wait(30000));
        }
        const QStringList kept = ArchiveBackup::datedBackups(m_backups.path(), m_archive->path());
        QCOMPARE(kept.size(), 2);
        QVERIFY(!scheduler.isDue()); // the newest is minutes old
        auto copy = SqliteArticleStore::open(kept.first());
        QVERIFY(copy);
        QCOMPARE(*(*copy)->count({}), 1);
        appsettings::setBackupsEnabled(false);
        QVERIFY(!scheduler.isDue());
    }

    void restoringBringsTheBackupBackAndKeepsTheCurrentAside()
    {
        Article story = m_archive->saved(makeArticle(QStringLiteral("Dam inspection passes")));
        BackupScheduler scheduler(m_archive->path());
        QSignalSpy done(&scheduler, &BackupScheduler::finished);
        scheduler.backUpNow();
        QVERIFY(done.wait(30000));
        const QString backup =
            ArchiveBackup::datedBackups(m_backups.path(), m_archive->path()).first();

        // After the backup: an edit and a new article, which the restore takes back.
        story.headline = QStringLiteral("Dam inspection fails");
        story = m_archive->saved(story);
        m_archive->saved(makeArticle(QStringLiteral("Written after the backup")));

        MainWindow window(test::openGateway(m_archive->path()), m_archive->path());
        window.show();
        QVERIFY(openAndWait(window, story.id));
        QVERIFY(window.restoreFromBackup(backup));
        QTRY_COMPARE_WITH_TIMEOUT(window.document()->article().headline,
                                  QStringLiteral("Dam inspection passes"), 5000);
        QCOMPARE(*m_archive->store().count({}), 1);
        QCOMPARE(integrityCheck(m_archive->path()), QStringLiteral("ok"));

        const QStringList aside =
            QDir(m_archive->folder()).entryList({QStringLiteral("*-before-restore-*.newsroom")});
        QCOMPARE(aside.size(), 1);
        auto kept = SqliteArticleStore::open(QDir(m_archive->folder()).filePath(aside.first()));
        QVERIFY(kept);
        QCOMPARE(*(*kept)->count({}), 2);
        QCOMPARE((*kept)->article(story.id)->headline, QStringLiteral("Dam inspection fails"));
    }

    // A damaged archive opens read-only with the damage named and a way to a backup; what is
    // typed meanwhile stays in the journal, and after the restore it is saved (over the
    // backup's version, which asks first) and later typing is saved as usual.
    void aDamagedArchiveOffersItsBackup()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("desk.newsroom"));
        {
            auto store = SqliteArticleStore::open(path);
            QVERIFY(store);
            for (int i = 0; i < 40; ++i) {
                const QString body =
                    QStringLiteral("Paragraph %1 of the harbour story. ").arg(i).repeated(100);
                QVERIFY((*store)->save(makeArticle(QStringLiteral("Harbour %1").arg(i), body)));
            }
            QVERIFY(ArchiveBackup::writeDated((*store)->database(), m_backups.path()));
        }
        QVERIFY(damageMiddlePage(path, "articles"));
        auto store = SqliteArticleStore::open(path);
        QVERIFY(store);
        QVERIFY(!(*store)->damageFound().isEmpty());

        MainWindow window(
            std::make_unique<ArchiveGateway>(std::move(*store), SqliteArticleStore::opener(path)),
            path);
        window.show();
        auto *bar = window.findChild<SaveProblemBar *>();
        QVERIFY(bar);
        QTRY_VERIFY(bar->isVisible());
        QVERIFY2(bar->message().contains(u"damaged"), qPrintable(bar->message()));
        QVERIFY2(bar->toolTip().contains(u"check-archive"), qPrintable(bar->toolTip())); // details
        const auto buttons = bar->findChildren<QPushButton *>();
        QVERIFY(std::any_of(buttons.begin(), buttons.end(), [](QPushButton *b) {
            return b->isVisible() && b->text().contains(u"Backup");
        }));

        QVERIFY(openAndWait(window, 1));
        typeInBody(window, QStringLiteral(" Typed while damaged."));
        QVERIFY(!window.saveNow());
        QTRY_VERIFY(journalText().contains(u"Typed while damaged."));

        const QString backup = ArchiveBackup::datedBackups(m_backups.path(), path).first();
        QVERIFY(window.restoreFromBackup(backup));
        QVERIFY(!bar->message().contains(u"damaged"));
        QVERIFY(window.document()->article().body.endsWith(u"Typed while damaged."));
        auto *conflict = window.findChild<ConflictBar *>();
        QVERIFY(conflict);
        typeInBody(window, QStringLiteral(" And after."));
        QVERIFY(window.saveNow() || conflict->isVisible());
        auto check = SqliteArticleStore::open(path);
        QVERIFY(check);
        QVERIFY((*check)->damageFound().isEmpty());
        QCOMPARE(*(*check)->count({}), 40);
    }

    void theArchiveItselfIsNoBackup()
    {
        MainWindow window(test::openGateway(m_archive->path()), m_archive->path());
        const auto refused = ArchiveBackup::restore(m_archive->path(), m_archive->path());
        QVERIFY(!refused);
        QVERIFY(refused.error().message.contains(u"archive itself"));
    }
};

QTEST_MAIN(TestBackups)
#include "tst_backups.moc"
