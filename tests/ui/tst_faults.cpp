// Faults are loud and safe: when the archive refuses saves (its file moved away, replaced,
// the disk full) a bar says what happened and what to do, typing goes on into the journal,
// and saving resumes by itself once the cause is gone; closing with unsaved text asks.

#include "EditorTest.h"
#include "MainWindow.h"
#include "TestArchive.h"
#include "TestGateway.h"
#include "WebEngineTest.h"
#include "editor/ArticleDocument.h"
#include "editor/ArticleEditor.h"
#include "editor/Autosaver.h"
#include "editor/BodyEditor.h"
#include "editor/ConflictBar.h"
#include "editor/SaveProblemBar.h"
#include "recovery/EditJournal.h"
#include "store/SqliteDatabase.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QMessageBox>
#include <QProcess>
#include <QTimer>
#include <sys/mount.h>
#include <unistd.h>

using namespace newsroom;
using namespace newsroom::test;

class TestFaults : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestArchive> m_archive;
    Article m_story;

    std::unique_ptr<MainWindow> openWindow(const QString &path)
    {
        auto store = SqliteArticleStore::open(path);
        if (!store)
            return nullptr;
        auto window = std::make_unique<MainWindow>(
            std::make_unique<ArchiveGateway>(std::move(*store), SqliteArticleStore::opener(path)),
            path);
        window->show();
        return window;
    }

    // The window's archive refuses a save: the bar says why, the journal has the text.
    void expectRefused(MainWindow &window, const QString &typed, const QString &why)
    {
        typeInBody(window, typed);
        QTRY_VERIFY_WITH_TIMEOUT(window.saveProblemBar()->isVisible(), 5000);
        QVERIFY2(window.saveProblemBar()->message().contains(why),
                 qPrintable(window.saveProblemBar()->message()));
        QTRY_VERIFY_WITH_TIMEOUT(journalText().contains(typed), 5000);
        QVERIFY(window.autosaver()->hasUnsavedChanges());
    }

public:
    static void initMain() { prepareWebEngine(); }

private Q_SLOTS:
    void init()
    {
        m_archive = std::make_unique<TestArchive>();
        QDir(EditJournal::defaultFolder()).removeRecursively();
        m_story = m_archive->saved(makeArticle(QStringLiteral("Ferry strike enters day two"),
                                               QStringLiteral("The first paragraph.")));
    }

    void anArchiveMovedAwayIsSaidAndSavingResumesWhenItIsBack()
    {
        auto window = openWindow(m_archive->path());
        QVERIFY(window && openAndWait(*window, m_story.id));
        const QString moved = m_archive->path() + QStringLiteral(".moved");
        QVERIFY(QFile::rename(m_archive->path(), moved));
        expectRefused(*window, QStringLiteral(" Typed while the file was away."),
                      QStringLiteral("deleted or moved away"));
        QVERIFY(QFile::rename(moved, m_archive->path()));
        QTRY_VERIFY_WITH_TIMEOUT(!window->saveProblemBar()->isVisible(), 5000);
        QVERIFY(m_archive->store().article(m_story.id)->body.contains(u"while the file was away"));
        QTRY_VERIFY_WITH_TIMEOUT(journalText().isEmpty(), 5000);
    }

    void aReplacedArchiveIsSaidAndNothingIsWrittenIntoTheNewFile()
    {
        auto window = openWindow(m_archive->path());
        QVERIFY(window && openAndWait(*window, m_story.id));
        // Another archive copied over this one (a sync tool, a careless cp).
        const QString other = m_archive->folder() + QStringLiteral("/other.newsroom");
        {
            auto store = SqliteArticleStore::open(other);
            QVERIFY(store);
        }
        // (With frames still in this archive's -wal, SQLite would read them into whatever
        // file now sits at the path: that is SQLite's naming, beyond any check here.)
        QVERIFY(m_archive->store().database().exec("PRAGMA wal_checkpoint(TRUNCATE)"));
        QVERIFY(::rename(QFile::encodeName(other).constData(),
                         QFile::encodeName(m_archive->path()).constData()) == 0);
        expectRefused(*window, QStringLiteral(" Typed after the swap."),
                      QStringLiteral("replaced by another file"));
        auto fresh = SqliteArticleStore::open(m_archive->path());
        QVERIFY(fresh);
        QCOMPARE(*(*fresh)->count({}), 0); // the stranger's file got nothing of ours
        QVERIFY(journalText().contains(u"Typed after the swap."));
    }

    void aDeletedArchiveIsSaidAndNothingTypedIsLost()
    {
        auto window = openWindow(m_archive->path());
        QVERIFY(window && openAndWait(*window, m_story.id));
        QVERIFY(QFile::remove(m_archive->path()));
        expectRefused(*window, QStringLiteral(" Typed after the delete."),
                      QStringLiteral("deleted or moved away"));
        QVERIFY(!QFileInfo::exists(m_archive->path())); // never made anew, empty
    }

    // Another program holds the write lock past the busy timeout (and its retries): the bar
    // names it; once it lets go, saving resumes by itself.
    void aLockedArchiveIsSaidAndSavingResumesWhenReleased()
    {
        auto window = openWindow(m_archive->path());
        QVERIFY(window && openAndWait(*window, m_story.id));
        auto holder = SqliteArticleStore::open(m_archive->path());
        QVERIFY(holder);
        QVERIFY((*holder)->database().exec("BEGIN IMMEDIATE"));
        typeInBody(*window, QStringLiteral(" Typed while it was locked."));
        QTRY_VERIFY_WITH_TIMEOUT(window->saveProblemBar()->isVisible(), 60000);
        QVERIFY2(window->saveProblemBar()->message().contains(u"locked"),
                 qPrintable(window->saveProblemBar()->message()));
        // The journal is written on its own thread, fsync and all: on a busy disk it can
        // land after the bar shows.
        QTRY_VERIFY_WITH_TIMEOUT(journalText().contains(u"Typed while it was locked."), 10000);
        QVERIFY((*holder)->database().exec("COMMIT"));
        QTRY_VERIFY_WITH_TIMEOUT(!window->saveProblemBar()->isVisible(), 30000);
        QVERIFY(m_archive->store().article(m_story.id)->body.endsWith(u"it was locked."));
    }

    // A read-only disk: the archive opens for reading, the bar says so, typing is journaled.
    void aReadOnlyArchiveIsSaidAndTypingIsJournaled()
    {
        if (geteuid() != 0)
            QSKIP("mounting a small tmpfs needs root (CI runs as root)");
        SmallDisk disk("3m");
        QVERIFY(disk.isMounted());
        const QString path = disk.filePath(QStringLiteral("desk.newsroom"));
        {
            auto store = SqliteArticleStore::open(path);
            QVERIFY(store);
            m_story = *(*store)->save(makeArticle(QStringLiteral("Ferry strike, read only")));
        }
        QVERIFY(disk.remountReadOnly());
        auto window = openWindow(path);
        QVERIFY(window && openAndWait(*window, m_story.id));
        QTRY_VERIFY(window->saveProblemBar()->isVisible());
        QVERIFY2(window->saveProblemBar()->message().contains(u"read-only"),
                 qPrintable(window->saveProblemBar()->message()));
        typeInBody(*window, QStringLiteral(" Typed on a read-only disk."));
        QTRY_VERIFY_WITH_TIMEOUT(journalText().contains(u"Typed on a read-only disk."), 5000);
        QVERIFY(window->saveProblemBar()->isVisible());
    }

    // A real full disk: the archive on a small tmpfs (mounting needs root, as in CI).
    void aFullDiskIsSaidAndSavingResumesWhenThereIsRoom()
    {
        if (geteuid() != 0)
            QSKIP("mounting a small tmpfs needs root (CI runs as root)");
        SmallDisk disk("3m");
        QVERIFY(disk.isMounted());
        const QString path = disk.filePath(QStringLiteral("desk.newsroom"));
        {
            auto store = SqliteArticleStore::open(path);
            QVERIFY(store);
            m_story = *(*store)->save(makeArticle(QStringLiteral("Ferry strike on a full disk")));
        }
        auto window = openWindow(path);
        QVERIFY(window && openAndWait(*window, m_story.id));
        // Fill the disk to the last byte.
        const QString filler = disk.filePath(QStringLiteral("filler"));
        {
            QFile file(filler);
            QVERIFY(file.open(QIODevice::WriteOnly));
            const QByteArray block(64 * 1024, 'f');
            while (file.write(block) == block.size() && file.flush()) {
            }
            QByteArray byte(1, 'f');
            while (file.write(byte) == 1 && file.flush()) {
            }
        }
        expectRefused(*window, QString(3000, QLatin1Char('w')) + QStringLiteral(" end of burst."),
                      QStringLiteral("full"));
        QVERIFY(QFile::remove(filler));
        QTRY_VERIFY_WITH_TIMEOUT(!window->saveProblemBar()->isVisible(), 5000);
        window.reset();
        auto store = SqliteArticleStore::open(path);
        QVERIFY(store);
        QVERIFY((*store)->article(m_story.id)->body.endsWith(u"end of burst."));
        QCOMPARE(integrityCheck(path), QStringLiteral("ok"));
    }

    void closingWithUnsavedTextAsks()
    {
        auto window = openWindow(m_archive->path());
        QVERIFY(window && openAndWait(*window, m_story.id));
        Article theirs = *m_archive->store().article(m_story.id);
        theirs.dek = QStringLiteral("Their dek");
        QVERIFY(m_archive->store().save(theirs));
        typeInBody(*window, QStringLiteral(" Mine."));
        QTRY_VERIFY_WITH_TIMEOUT(window->conflictBar()->isVisible(), 5000);

        QString asked;
        const auto answer = [&asked](QMessageBox::StandardButton button) {
            QTimer::singleShot(0, qApp, [button, &asked] {
                QTRY_VERIFY(qobject_cast<QMessageBox *>(QApplication::activeModalWidget()));
                auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
                asked = box->text();
                box->button(button)->click();
            });
        };
        answer(QMessageBox::Cancel);
        QVERIFY(!window->close());
        QVERIFY(window->isVisible());
        QVERIFY(asked.contains(u"not in the archive"));
        answer(QMessageBox::Close);
        QVERIFY(window->close());
        QVERIFY(journalText().contains(u" Mine."));
    }
};

QTEST_MAIN(TestFaults)
#include "tst_faults.moc"
