// A server's password in the desktop's secret store, never anywhere else. Run by ctest
// inside scripts/with-secret-service.sh (a private D-Bus session with GNOME Keyring,
// unlocked with a throw-away password) and against the pg_tls_cluster fixture (TLS with
// the fixture's own CA, SCRAM-SHA-256 passwords): the keychain round trip, then the server
// opened as File → Open Newsroom Server opens it (the dialog's URI, the window's opener, a
// new window), the password asked once, kept in the secret store, used from there the next
// time, asked again once refused; and no file of the test's home, settings or data holds it.
// Run a second time as tst_serverpassword_nostore, with no D-Bus session at all: the prompt
// says there is no secret store, the password is asked each time and kept nowhere.

#include "ArchiveGateway.h"
#include "ArchiveUnderTest.h"
#include "MainWindow.h"
#include "TestArchive.h"
#include "TestGateway.h"
#include "TlsTestServer.h"
#include "WebEngineTest.h"
#include "archives/ArchiveOpener.h"
#include "archives/RecentArchives.h"
#include "archives/SecretStore.h"
#include "archives/ServerDialog.h"
#include "store/ArchiveChange.h"
#include "store/PgArticleStore.h"
#include "store/PgConnection.h"
#include "store/ServerAddress.h"

#include <QDirIterator>
#include <QPointer>
#include <QSignalSpy>

using namespace newsroom;
using namespace newsroom::test;

// A role with a SCRAM password and an archive of its own on the TLS test server, and the
// secret store's calls waited for.
class TlsServerAccount : public QObject
{
    Q_OBJECT
protected:
    QString m_dir;   // the TLS cluster's folder
    QString m_port;  // its TCP port
    QString m_admin; // its trusted socket, for the setup
    QString m_role;
    QString m_database;
    QString m_password;

    ServerAddress server() const
    {
        ServerAddress server;
        server.host = QStringLiteral("localhost");
        server.port = m_port.toInt();
        server.database = m_database;
        server.user = m_role;
        server.tls = ServerAddress::Tls::VerifyFull;
        server.certificateAuthority = m_dir + QStringLiteral("/tls/root.crt");
        return server;
    }

    // The dialog's URI for the test server, filled as the editor would.
    QString addressFromDialog() const
    {
        ServerDialog dialog;
        dialog.setServer(server());
        return dialog.address();
    }

    void admin(const QString &sql, const QString &database = QStringLiteral("postgres"))
    {
        auto db = PgConnection::open(ArchiveUnderTest::withDatabase(m_admin, database));
        QVERIFY2(db, why(db).constData());
        auto done = (*db)->script(sql.toUtf8().constData());
        QVERIFY2(done, qPrintable(done ? QString() : done.error().message));
    }

    // The secret store's answer (an empty optional after 20 s without one).
    template <typename Call> std::optional<SecretStore::Answer> ask(Call call)
    {
        QObject context; // gone with this call: a late answer goes nowhere
        std::optional<SecretStore::Answer> answer;
        call(&context, [&answer](const SecretStore::Answer &got) { answer = got; });
        (void)QTest::qWaitFor([&] { return answer.has_value(); }, 20000); // else empty
        return answer;
    }
    std::optional<SecretStore::Answer> kept(const QString &key)
    {
        return ask([&](QObject *context, SecretStore::Handler done) {
            SecretStore::read(key, context, std::move(done));
        });
    }
    std::optional<SecretStore::Answer> keep(const QString &key, const QString &secret)
    {
        return ask([&](QObject *context, SecretStore::Handler done) {
            SecretStore::write(key, secret, context, std::move(done));
        });
    }
    std::optional<SecretStore::Answer> drop(const QString &key)
    {
        return ask([&](QObject *context, SecretStore::Handler done) {
            SecretStore::remove(key, context, std::move(done));
        });
    }

    static MainWindow *otherWindow(const MainWindow *than)
    {
        for (QWidget *top : QApplication::topLevelWidgets()) {
            auto *window = qobject_cast<MainWindow *>(top);
            if (window && window != than && window->isVisible())
                return window;
        }
        return nullptr;
    }

    // Every file under `folder` that holds `secret`.
    static QStringList filesHolding(const QString &folder, const QByteArray &secret)
    {
        QStringList holding;
        QDirIterator files(folder, QDir::Files | QDir::Hidden | QDir::System,
                           QDirIterator::Subdirectories);
        while (files.hasNext()) {
            QFile file(files.next());
            if (file.size() < 64 * 1024 * 1024 && file.open(QIODevice::ReadOnly) &&
                file.readAll().contains(secret))
                holding.append(file.fileName());
        }
        return holding;
    }

    // The role, its database and its archive.
    void setUpAccount()
    {
        const TlsTestServer tls = TlsTestServer::find();
        QVERIFY2(tls.problem.isEmpty(), qPrintable(tls.problem));
        m_dir = tls.dir;
        m_port = tls.port;
        m_admin = tls.admin;
        const QString suffix = QString::number(QCoreApplication::applicationPid());
        m_role = QStringLiteral("nr_desk_") + suffix;
        m_database = QStringLiteral("nr_connect_") + suffix;
        m_password = QStringLiteral("Zq7-\u00e9t\u00e9-") + suffix; // found by no accident
        // No other place libpq could find a password in.
        qunsetenv("PGPASSWORD");
        qputenv("PGPASSFILE", "/nonexistent/pgpass");
        admin(QStringLiteral("CREATE ROLE %1 LOGIN PASSWORD '%2'").arg(m_role, m_password));
        admin(QStringLiteral("CREATE DATABASE %1 OWNER %2").arg(m_database, m_role));
        // The archive, made by the role itself as newsroom-cli init would.
        auto created =
            PgArticleStore::create(server().toUri() + QStringLiteral("&password=") +
                                   QString::fromLatin1(QUrl::toPercentEncoding(m_password)));
        QVERIFY2(created, why(created).constData());
    }

    void dropAccount()
    {
        if (m_database.isEmpty())
            return;
        admin(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_database));
        admin(QStringLiteral("DROP ROLE IF EXISTS %1").arg(m_role));
    }

    // The folders where the app keeps anything: settings, data (the edit journal), cache.
    static QStringList appFolders()
    {
        return {QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation),
                QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation),
                QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation),
                QStandardPaths::writableLocation(QStandardPaths::AppDataLocation),
                QStandardPaths::writableLocation(QStandardPaths::CacheLocation)};
    }
};

class TestServerPassword : public TlsServerAccount
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        // Never the account's own keyring and home: those of scripts/with-secret-service.sh.
        if (qEnvironmentVariable("NEWSROOM_SECRET_SERVICE_INSIDE") != QLatin1StringView("yes"))
            QFAIL("No secret store of the test's own: run this test through ctest, which starts "
                  "one (scripts/with-secret-service.sh).");
        const auto probe = keep(QStringLiteral("probe"), QStringLiteral("probe"));
        QVERIFY2(probe, "the secret store did not answer in 20 s");
        QVERIFY2(probe->outcome == SecretStore::Outcome::Done,
                 qPrintable(QStringLiteral("the secret store cannot keep a password: ") +
                            probe->problem));
        QVERIFY(drop(QStringLiteral("probe")));
        setUpAccount();
    }

    void cleanupTestCase()
    {
        if (!m_database.isEmpty())
            drop(server().secretKey());
        dropAccount();
    }

    void keychainRoundTrip()
    {
        const QString key = QStringLiteral("ana%40desk@db.example:5432/news");
        const QString secret = QStringLiteral("p\u00e4ss w\u00f6rd \u2603 @/?");
        auto written = keep(key, secret);
        QVERIFY(written && written->outcome == SecretStore::Outcome::Done);
        auto read = kept(key);
        QVERIFY(read && read->outcome == SecretStore::Outcome::Done);
        QCOMPARE(read->secret, secret);
        QVERIFY(keep(key, QStringLiteral("another")));
        QCOMPARE(kept(key)->secret, QStringLiteral("another"));
        QVERIFY(drop(key)->outcome == SecretStore::Outcome::Done);
        QVERIFY(kept(key)->outcome == SecretStore::Outcome::NotFound);
    }

    void theServerOpensThroughTheDialog()
    {
        RecentArchives::clear();
        const QString key = server().secretKey();
        QVERIFY(drop(key));
        const QString address = addressFromDialog();
        QVERIFY(address.contains(QStringLiteral("sslmode=verify-full")));

        TestArchive file;
        auto first = std::make_unique<MainWindow>(test::openGateway(file.path()), file.path());
        first->show();
        QStringList asked;
        QString account;
        first->opener()->setPasswordPrompt([&](const QString &whose, const QString &why) {
            account = whose;
            asked.append(why);
            return std::optional<QString>(m_password);
        });
        QSignalSpy notices(first->opener(), &ArchiveOpener::notice);
        first->openArchive(address);
        QTRY_VERIFY_WITH_TIMEOUT(otherWindow(first.get()), 30000);
        QPointer<MainWindow> server = otherWindow(first.get());
        QCOMPARE(asked.size(), 1); // the server asked, the secret store had nothing
        QVERIFY2(account.contains(m_role), qPrintable(account));
        QVERIFY2(asked.first().contains(QStringLiteral("asks for the password")),
                 qPrintable(asked.first()));
        QVERIFY(!first->isVisible()); // the new window took its place
        // Which archive, and who.
        const QString name = m_database + QStringLiteral(" on localhost");
        QTRY_VERIFY2(server->windowTitle().endsWith(name), qPrintable(server->windowTitle()));
        QCOMPARE(server->archiveState(), name + QStringLiteral(" \u00b7 signed in as ") + m_role);
        QVERIFY(!server->windowTitle().contains(m_password));
        // Kept in the secret store, and from there the next time: not asked again.
        QTRY_VERIFY_WITH_TIMEOUT(!notices.isEmpty(), 20000); // it may have come already
        QVERIFY2(notices.last().at(0).toString().contains(QStringLiteral("secret store")),
                 qPrintable(notices.last().at(0).toString()));
        QCOMPARE(kept(key)->secret, m_password);
        server->close();
        QTRY_VERIFY(server.isNull()); // deleted once closed
        first->show();
        first->openArchive(address);
        QTRY_VERIFY_WITH_TIMEOUT(otherWindow(first.get()), 30000);
        QCOMPARE(asked.size(), 1);
        otherWindow(first.get())->close();
        QCOMPARE(RecentArchives::list().first(), address);
    }

    // A password changed on the server: the one kept is refused, the editor asked again
    // (once a refusal, once more after a wrong one), the new one kept.
    void aRefusedPasswordIsAskedAgain()
    {
        const QString changed = m_password + QStringLiteral("-new");
        admin(QStringLiteral("ALTER ROLE %1 PASSWORD '%2'").arg(m_role, changed));
        QWidget parent;
        ArchiveOpener opener(&parent);
        QStringList asked;
        opener.setPasswordPrompt([&](const QString &, const QString &why) {
            asked.append(why);
            return std::optional<QString>(asked.size() == 1 ? QStringLiteral("wrong") : changed);
        });
        QSignalSpy opened(&opener, &ArchiveOpener::opened);
        QSignalSpy notices(&opener, &ArchiveOpener::notice);
        opener.open(addressFromDialog());
        QVERIFY(opened.wait(30000));
        QCOMPARE(asked.size(), 2);
        QVERIFY2(asked.at(0).contains(QStringLiteral("kept for this server was refused")),
                 qPrintable(asked.at(0)));
        QVERIFY2(asked.at(1).contains(QStringLiteral("refused that password")),
                 qPrintable(asked.at(1)));
        auto archive = opener.takeOpened();
        QVERIFY(archive);
        QCOMPARE(archive->store->signedInAs(), m_role);
        QTRY_VERIFY_WITH_TIMEOUT(!notices.isEmpty(), 20000); // it may have come already
        QCOMPARE(kept(server().secretKey())->secret, changed);
        m_password = changed;
    }

    void cancellingOpensNothing()
    {
        QVERIFY(drop(server().secretKey()));
        QWidget parent;
        ArchiveOpener opener(&parent);
        opener.setPasswordPrompt([](const QString &, const QString &) { return std::nullopt; });
        QSignalSpy cancelled(&opener, &ArchiveOpener::cancelled);
        QSignalSpy opened(&opener, &ArchiveOpener::opened);
        opener.open(addressFromDialog());
        QVERIFY(cancelled.wait(30000));
        QCOMPARE(opened.size(), 0);
        QVERIFY(!opener.takeOpened());
        QVERIFY(kept(server().secretKey())->outcome == SecretStore::Outcome::NotFound);
    }

    // Last: after everything above, no file the app or the test wrote holds a password.
    // The live refresh's own connection signs in with the password the archive was opened
    // with (none in the address, no ~/.pgpass): a colleague's save is heard.
    void colleaguesAreHeardOnASignedInArchive()
    {
        const QString address = addressFromDialog();
        const QByteArray password = m_password.toUtf8();
        const auto gateway = [&]() -> std::unique_ptr<ArchiveGateway> {
            auto opened = PgArticleStore::open(address, password);
            if (!opened)
                return nullptr;
            return std::make_unique<ArchiveGateway>(std::move(*opened),
                                                    PgArticleStore::opener(address, password));
        };
        auto mine = gateway();
        auto theirs = gateway();
        QVERIFY(mine && theirs && theirs->hearsChanges());
        QSignalSpy ready(theirs.get(), &ArchiveGateway::catchUpDue);
        QSignalSpy unheard(theirs.get(), &ArchiveGateway::changesUnheard);
        QVERIFY(ready.count() > 0 || ready.wait(10000));
        QSignalSpy heard(theirs.get(), &ArchiveGateway::archiveChanged);
        const auto saved = answer(
            mine->save(makeArticle(QStringLiteral("Heard by the desk")), SaveMode::KeepHistory));
        QVERIFY2(saved, why(saved).constData());
        QTRY_COMPARE_WITH_TIMEOUT(heard.count(), 1, 5000);
        QCOMPARE(heard.at(0).at(0).value<ArchiveChange>().id, saved->id);
        QCOMPARE(unheard.count(), 0);
    }

    void noFileHoldsThePassword()
    {
        const QString settings =
            QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation) +
            QStringLiteral("/newsroom/newsroom.conf");
        QFile written(settings);
        QVERIFY2(written.open(QIODevice::ReadOnly), qPrintable(settings));
        QVERIFY(written.readAll().contains(m_database.toUtf8())); // the recent list is there
        // ...and the throw-away home of scripts/with-secret-service.sh, keyring included.
        const QStringList folders = appFolders() << QDir::homePath();
        for (const QString &secret : {m_password, m_password.chopped(4)}) {
            for (const QString &folder : folders) {
                const QStringList holding = filesHolding(folder, secret.toUtf8());
                QVERIFY2(holding.isEmpty(), qPrintable(holding.join(QLatin1Char(' '))));
            }
        }
    }
};

// The same server where the desktop has no secret store (tst_serverpassword_nostore: no
// D-Bus session at all): the prompt says so, the password is asked each time, kept nowhere.
class TestWithoutSecretStore : public TlsServerAccount
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        const auto probe = kept(QStringLiteral("probe"));
        QVERIFY2(probe, "the secret store's absence took over 20 s to find");
        QVERIFY2(probe->outcome == SecretStore::Outcome::Unavailable,
                 "a secret store answered: run this as ctest's tst_serverpassword_nostore");
        setUpAccount();
    }

    void cleanupTestCase() { dropAccount(); }

    void askedEachTimeAndKeptNowhere()
    {
        QWidget parent;
        ArchiveOpener opener(&parent);
        QStringList asked;
        opener.setPasswordPrompt([&](const QString &, const QString &why) {
            asked.append(why);
            return std::optional<QString>(m_password);
        });
        QSignalSpy opened(&opener, &ArchiveOpener::opened);
        QSignalSpy notices(&opener, &ArchiveOpener::notice);
        for (int time = 1; time <= 2; ++time) {
            opener.open(addressFromDialog());
            QVERIFY(opened.wait(30000));
            QVERIFY(opener.takeOpened());
            QCOMPARE(asked.size(), time);
            QVERIFY2(asked.last().contains(QStringLiteral("no secret store")),
                     qPrintable(asked.last()));
        }
        QCOMPARE(notices.size(), 0); // nothing was tried to be kept
        for (const QString &folder : appFolders()) {
            const QStringList holding = filesHolding(folder, m_password.toUtf8());
            QVERIFY2(holding.isEmpty(), qPrintable(holding.join(QLatin1Char(' '))));
        }
    }
};

// One program, two cases: ctest's tst_serverpassword_nostore sets
// NEWSROOM_TEST_SECRET_STORE=none.
int main(int argc, char *argv[])
{
    prepareWebEngine();
    QApplication app(argc, argv);
    QTEST_SET_MAIN_SOURCE_PATH
    if (qEnvironmentVariable("NEWSROOM_TEST_SECRET_STORE") == QLatin1StringView("none")) {
        TestWithoutSecretStore test;
        return QTest::qExec(&test, argc, argv);
    }
    TestServerPassword test;
    return QTest::qExec(&test, argc, argv);
}
#include "tst_serverpassword.moc"
