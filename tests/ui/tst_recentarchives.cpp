// File → Open Recent: the last 8 archives opened (files and servers), newest first, each
// once, kept in the settings file; a server's URI never with a password, however it was
// spelt, and a settings file edited by hand is read with the same rules.

#include "archives/ArchiveOpener.h"
#include "archives/RecentArchives.h"
#include "archives/RecentArchivesMenu.h"
#include "settings/AppSettings.h"

#include <QDir>
#include <QFile>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace newsroom;

class TestRecentArchives : public QObject
{
    Q_OBJECT

    static QString server(int n)
    {
        return QStringLiteral("postgresql://ana@db%1.example:5432/news?sslmode=verify-full").arg(n);
    }

    static QByteArray settingsFile()
    {
        QFile file(QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation) +
                   QStringLiteral("/newsroom/newsroom.conf"));
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init() { RecentArchives::clear(); }

    void newestFirstEachOnce()
    {
        RecentArchives::remember(QStringLiteral("/tmp/a.newsroom"));
        RecentArchives::remember(server(1));
        RecentArchives::remember(QStringLiteral("/tmp/b.newsroom"));
        RecentArchives::remember(QStringLiteral("/tmp/./a.newsroom")); // the same file
        RecentArchives::remember(server(1));
        QCOMPARE(RecentArchives::list(), (QStringList{server(1), QStringLiteral("/tmp/a.newsroom"),
                                                      QStringLiteral("/tmp/b.newsroom")}));
    }

    void aRelativePathIsKeptWhole()
    {
        RecentArchives::remember(QStringLiteral("desk.newsroom"));
        QCOMPARE(RecentArchives::list(),
                 QStringList{QDir::current().absoluteFilePath(QStringLiteral("desk.newsroom"))});
    }

    void atMostEight()
    {
        for (int n = 1; n <= 12; ++n)
            RecentArchives::remember(n % 2 ? server(n) : QStringLiteral("/tmp/%1.newsroom").arg(n));
        const QStringList kept = RecentArchives::list();
        QCOMPARE(kept.size(), RecentArchives::kMax);
        QCOMPARE(kept.first(), QStringLiteral("/tmp/12.newsroom"));
        QCOMPARE(kept.last(), server(5));
    }

    void neverAPassword_data()
    {
        QTest::addColumn<QString>("address");
        QTest::addColumn<QString>("kept");
        QTest::newRow("in the user part") << "postgresql://ana:hunter2@db.example/news"
                                          << "postgresql://ana@db.example/news";
        QTest::newRow("as a parameter")
            << "postgresql://ana@db.example/news?sslmode=require&password=hunter2"
            << "postgresql://ana@db.example/news?sslmode=require";
        QTest::newRow("both") << "postgres://ana:hunter2@db.example/news?PASSWORD=hunter2"
                              << "postgres://ana@db.example/news";
        QTest::newRow("spelt in escapes") << "postgresql://ana@db.example/news?pass%77ord=hunter2"
                                          << "";
    }

    void neverAPassword()
    {
        QFETCH(QString, address);
        QFETCH(QString, kept);
        RecentArchives::remember(address);
        QCOMPARE(RecentArchives::list(), kept.isEmpty() ? QStringList() : QStringList{kept});
        QVERIFY(!settingsFile().contains("hunter2"));
    }

    // A settings file from elsewhere (old, or edited by hand) is read with the same rules.
    void aHandEditedListIsCleaned()
    {
        QStringList stored{QStringLiteral("postgresql://ana:hunter2@db.example/news"),
                           QStringLiteral("postgresql://ana@db.example/news"), QString(),
                           QStringLiteral("   ")};
        for (int n = 0; n < 20; ++n)
            stored.append(QStringLiteral("/tmp/%1.newsroom").arg(n));
        appsettings::setRecentArchives(stored);
        const QStringList read = RecentArchives::list();
        QCOMPARE(read.size(), RecentArchives::kMax);
        QCOMPARE(read.first(), QStringLiteral("postgresql://ana@db.example/news"));
        QCOMPARE(read.at(1), QStringLiteral("/tmp/0.newsroom"));
        for (const QString &entry : read)
            QVERIFY(!entry.contains(QStringLiteral("hunter2")));
    }

    void forgetAndClear()
    {
        RecentArchives::remember(QStringLiteral("/tmp/a.newsroom"));
        RecentArchives::remember(server(1));
        RecentArchives::forget(QStringLiteral("/tmp/a.newsroom"));
        QCOMPARE(RecentArchives::list(), QStringList{server(1)});
        RecentArchives::clear();
        QVERIFY(RecentArchives::list().isEmpty());
        QVERIFY(!settingsFile().contains("recent="));
    }

    // The menu: an entry a key each (a file by its name, a server as "database on host"),
    // Clear Recent, and the address of the entry chosen.
    void theMenu()
    {
        RecentArchives::remember(QStringLiteral("/tmp/a & b.newsroom"));
        RecentArchives::remember(server(1));
        RecentArchivesMenu menu;
        Q_EMIT menu.aboutToShow();
        QList<QAction *> actions = menu.actions();
        QCOMPARE(actions.size(), 4); // two entries, a separator, Clear Recent
        QCOMPARE(actions.at(0)->text(), QStringLiteral("&1 news on db1.example"));
        QCOMPARE(actions.at(1)->text(), QStringLiteral("&2 a && b.newsroom"));
        QSignalSpy requested(&menu, &RecentArchivesMenu::openRequested);
        actions.at(1)->trigger();
        QCOMPARE(requested.size(), 1);
        QCOMPARE(requested.at(0).at(0).toString(), QStringLiteral("/tmp/a & b.newsroom"));
        QVERIFY(actions.at(3)->isEnabled());
        actions.at(3)->trigger(); // Clear Recent
        QVERIFY(RecentArchives::list().isEmpty());
        Q_EMIT menu.aboutToShow();
        QVERIFY(!menu.actions().last()->isEnabled());
    }

    // An entry that no longer opens says why and offers to take it off the list.
    void anEntryThatNoLongerOpens()
    {
        QTemporaryDir folder;
        const QString gone = folder.filePath(QStringLiteral("moved.newsroom"));
        const QString there = folder.filePath(QStringLiteral("there.newsroom"));
        RecentArchives::remember(gone);
        RecentArchives::remember(there);
        QWidget window;
        ArchiveOpener opener(&window);
        RecentArchivesMenu menu(&window);
        connect(&opener, &ArchiveOpener::failed, &menu, &RecentArchivesMenu::offerToForget);
        connect(&menu, &RecentArchivesMenu::openRequested, &opener, &ArchiveOpener::open);
        QString said;
        QTimer answer; // the editor, clicking Remove once the message shows
        connect(&answer, &QTimer::timeout, &menu, [&] {
            for (QWidget *top : QApplication::topLevelWidgets()) {
                auto *box = qobject_cast<QMessageBox *>(top);
                if (!box || !box->isVisible())
                    continue;
                said = box->text() + QLatin1Char(' ') + box->informativeText();
                for (QAbstractButton *button : box->buttons()) {
                    if (button->text() == QStringLiteral("&Remove from Open Recent"))
                        button->click();
                }
            }
        });
        answer.start(10);
        Q_EMIT menu.aboutToShow();
        menu.actions().at(1)->trigger(); // "moved.newsroom", the older entry
        QTRY_COMPARE(RecentArchives::list(), QStringList{there});
        QVERIFY2(said.contains(QStringLiteral("is not there any more")), qPrintable(said));
        QVERIFY(!QFileInfo::exists(gone)); // and nothing was made in its place
    }
};

QTEST_MAIN(TestRecentArchives)
#include "tst_recentarchives.moc"
