// File → Open Newsroom Server: the URI the dialog builds. TLS is required for a host
// (verify-full unless the editor picks require), asked for nowhere for a socket folder on
// this computer; every name is percent-encoded, so that no character of it (a space, '@',
// '/', '?', '&', '%') can change what the URI says: libpq's own parser reads back exactly
// what was typed. Hostile or over-long input is refused before anything is opened.

#include "archives/RecentArchives.h"
#include "archives/ServerDialog.h"
#include "store/ServerAddress.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTest>

using namespace newsroom;

class TestServerDialog : public QObject
{
    Q_OBJECT

    // Types into the dialog's fields as an editor would.
    static void fill(ServerDialog &dialog, const QString &host, int port, const QString &database,
                     const QString &user)
    {
        for (const auto &[name, text] :
             {std::pair{"host", host}, std::pair{"database", database}, std::pair{"user", user}}) {
            auto *field = dialog.findChild<QLineEdit *>(QLatin1StringView(name));
            QVERIFY(field);
            field->clear();
            // QTest types ASCII only, and a long text one key at a time would take minutes.
            const bool typeable =
                text.size() < 200 &&
                std::all_of(text.begin(), text.end(), [](QChar c) { return c < u'\x7f'; });
            if (typeable)
                QTest::keyClicks(field, text);
            else
                field->insert(text);
        }
        dialog.findChild<QSpinBox *>(QStringLiteral("port"))->setValue(port);
    }

    static bool canOpen(ServerDialog &dialog)
    {
        return dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Open)->isEnabled();
    }

    // libpq reads `uri` back into these very parts.
    static void readsBackAs(const QString &uri, const ServerAddress &typed)
    {
        const auto read = ServerAddress::fromUri(uri);
        QVERIFY2(read, qPrintable(uri));
        QCOMPARE(read->host, typed.host);
        QCOMPARE(read->port, typed.port);
        QCOMPARE(read->database, typed.database);
        QCOMPARE(read->user, typed.user);
        QCOMPARE(read->certificateAuthority,
                 typed.isLocalSocket() ? QString() : typed.certificateAuthority);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        RecentArchives::clear();
    }

    void aHostGetsVerifiedTls()
    {
        ServerDialog dialog;
        fill(dialog, QStringLiteral("archive.newsroom.example"), 5433, QStringLiteral("newsroom"),
             QStringLiteral("ana"));
        QVERIFY(canOpen(dialog));
        QCOMPARE(
            dialog.address(),
            QStringLiteral(
                "postgresql://ana@archive.newsroom.example:5433/newsroom?sslmode=verify-full"));
        auto *tls = dialog.findChild<QComboBox *>(QStringLiteral("tls"));
        QVERIFY(tls->isEnabled());
        tls->setCurrentIndex(tls->findData(int(ServerAddress::Tls::Require)));
        QCOMPARE(dialog.address(),
                 QStringLiteral(
                     "postgresql://ana@archive.newsroom.example:5433/newsroom?sslmode=require"));
        QTest::keyClicks(dialog.findChild<QLineEdit *>(QStringLiteral("authority")),
                         QStringLiteral("/etc/newsroom/root ca.crt"));
        QCOMPARE(dialog.address(), QStringLiteral("postgresql://ana@archive.newsroom.example:5433/"
                                                  "newsroom?sslmode=require&sslrootcert=%2Fetc%"
                                                  "2Fnewsroom%2Froot%20ca.crt"));
        readsBackAs(dialog.address(), dialog.server());
        QCOMPARE(ServerAddress::fromUri(dialog.address())->tls, ServerAddress::Tls::Require);
    }

    // A screen reader names every field, and every label's shortcut letter reaches its field
    // (a label without a buddy shows its "&" as text).
    void everyFieldHasANameAndItsLabelAShortcut()
    {
        ServerDialog dialog;
        const QList<QWidget *> fields = dialog.findChildren<QWidget *>();
        QSet<QWidget *> labelled;
        for (QLabel *label : dialog.findChildren<QLabel *>()) {
            if (label->text().contains(QLatin1Char('&'))) {
                QVERIFY2(label->buddy(), qPrintable(label->text()));
                labelled.insert(label->buddy());
            }
        }
        int checked = 0;
        for (QWidget *field : fields) {
            if (!qobject_cast<QLineEdit *>(field) && !qobject_cast<QComboBox *>(field) &&
                !qobject_cast<QSpinBox *>(field))
                continue;
            if (qobject_cast<QLineEdit *>(field) && qobject_cast<QSpinBox *>(field->parent()))
                continue; // the spin box's own editor
            ++checked;
            QVERIFY2(labelled.contains(field), qPrintable(field->objectName()));
            // A combo box is read by its current choice unless it is named.
            if (qobject_cast<QComboBox *>(field))
                QVERIFY2(!field->accessibleName().isEmpty(), qPrintable(field->objectName()));
        }
        QCOMPARE(checked, 6); // server, port, database, user, encryption, certificate authority
    }

    void aSocketFolderGetsNoTls()
    {
        ServerDialog dialog;
        fill(dialog, QStringLiteral("/run/postgresql"), 5432, QStringLiteral("newsroom"),
             QStringLiteral("ana"));
        QVERIFY(canOpen(dialog));
        QCOMPARE(dialog.address(),
                 QStringLiteral("postgresql://ana@%2Frun%2Fpostgresql:5432/newsroom"));
        QVERIFY(!dialog.findChild<QComboBox *>(QStringLiteral("tls"))->isEnabled());
        readsBackAs(dialog.address(), dialog.server());
    }

    void everyNameIsEscaped_data()
    {
        QTest::addColumn<QString>("host");
        QTest::addColumn<QString>("database");
        QTest::addColumn<QString>("user");
        QTest::newRow("spaces") << "db.example"
                                << "the desk"
                                << "ana maria";
        QTest::newRow("at and slash") << "db.example"
                                      << "news/2026@desk"
                                      << "ana@desk/night";
        QTest::newRow("query characters") << "db.example"
                                          << "a?b=c&d#e"
                                          << "x%41y:z";
        QTest::newRow("a password in disguise") << "db.example"
                                                << "db?password=stolen"
                                                << "ana:stolen";
        QTest::newRow("unicode") << "db.example"
                                 << "redacción"
                                 << "zoë";
        QTest::newRow("socket with spaces") << "/tmp/pg sockets/@night"
                                            << "news"
                                            << "ana";
        QTest::newRow("IPv6") << "::1"
                              << "news"
                              << "ana";
        QTest::newRow("longest names") << "db.example" << QString(63, QLatin1Char('d'))
                                       << QString(31, QChar(u'é')) + QLatin1Char('u');
    }

    void everyNameIsEscaped()
    {
        QFETCH(QString, host);
        QFETCH(QString, database);
        QFETCH(QString, user);
        ServerDialog dialog;
        fill(dialog, host, 6543, database, user);
        QVERIFY2(canOpen(dialog), qPrintable(dialog.server().problem()));
        const QString uri = dialog.address();
        readsBackAs(uri, dialog.server());
        // Only the URI's own marks are left bare: the names are all escaped.
        const QString afterScheme = uri.mid(int(qstrlen("postgresql://")));
        QCOMPARE(afterScheme.count(QLatin1Char('@')), 1);
        QCOMPARE(afterScheme.count(QLatin1Char('/')), 1);
        QVERIFY(!uri.contains(QLatin1Char(' ')));
        QVERIFY(!ServerAddress::holdsPassword(uri));
    }

    void hostileInputIsRefused_data()
    {
        QTest::addColumn<QString>("host");
        QTest::addColumn<QString>("database");
        QTest::addColumn<QString>("user");
        QTest::newRow("no host") << ""
                                 << "news"
                                 << "ana";
        QTest::newRow("no database") << "db.example"
                                     << ""
                                     << "ana";
        QTest::newRow("no user") << "db.example"
                                 << "news"
                                 << "";
        QTest::newRow("a host list") << "db.example,evil.example"
                                     << "news"
                                     << "ana";
        QTest::newRow("a space in the host") << "db example"
                                             << "news"
                                             << "ana";
        QTest::newRow("a user in the host") << "ana@db.example"
                                            << "news"
                                            << "ana";
        QTest::newRow("a path in the host") << "db.example/news"
                                            << "news"
                                            << "ana";
        QTest::newRow("a query in the host") << "db.example?sslmode=disable"
                                             << "news"
                                             << "ana";
        QTest::newRow("a socket list") << "/run/a,/run/b"
                                       << "news"
                                       << "ana";
        QTest::newRow("a long host") << QString(300, QLatin1Char('h')) << "news"
                                     << "ana";
        QTest::newRow("a long socket")
            << QLatin1Char('/') + QString(120, QLatin1Char('s')) << "news"
            << "ana";
        QTest::newRow("a name PostgreSQL would cut")
            << "db.example" << QString(64, QLatin1Char('d')) << "ana";
        QTest::newRow("a user PostgreSQL would cut") << "db.example"
                                                     << "news" << QString(32, QChar(u'é'));
        QTest::newRow("very long") << "db.example" << QString(100000, QLatin1Char('x')) << "ana";
    }

    void hostileInputIsRefused()
    {
        QFETCH(QString, host);
        QFETCH(QString, database);
        QFETCH(QString, user);
        ServerDialog dialog;
        fill(dialog, host, 5432, database, user);
        QVERIFY(!canOpen(dialog));
        QVERIFY(!dialog.server().problem().isEmpty());
        QVERIFY(dialog.server().problem().size() < 400); // a message, not the input echoed
        // Whatever was typed, the URI still says only that: libpq reads it back as typed.
        if (!host.isEmpty() && !database.isEmpty() && !user.isEmpty() && !host.contains(u','))
            readsBackAs(dialog.address(), dialog.server());
    }

    void aNulCharacterIsRefused()
    {
        ServerAddress server;
        server.host = QStringLiteral("db.example");
        server.database = QStringLiteral("news") + QChar(u'\0') + QStringLiteral("x");
        server.user = QStringLiteral("ana");
        QVERIFY(!server.problem().isEmpty());
    }

    void theSecretKeyReadsOneWayOnly()
    {
        ServerAddress first;
        first.host = QStringLiteral("c");
        first.user = QStringLiteral("a@b");
        first.database = QStringLiteral("d");
        ServerAddress second = first;
        second.host = QStringLiteral("b@c");
        second.user = QStringLiteral("a");
        QVERIFY(first.secretKey() != second.secretKey());
        QCOMPARE(first.secretKey(), QStringLiteral("a%40b@c:5432/d"));
    }

    void passwordsAreFoundHoweverSpelt()
    {
        QVERIFY(ServerAddress::holdsPassword(QStringLiteral("postgresql://ana:pw@h/db")));
        QVERIFY(ServerAddress::holdsPassword(QStringLiteral("postgresql://ana@h/db?password=pw")));
        QVERIFY(ServerAddress::holdsPassword(QStringLiteral("postgresql://h/db?pass%77ord=pw")));
        QVERIFY(ServerAddress::holdsPassword(QStringLiteral("host=h password=pw")));
        QVERIFY(!ServerAddress::holdsPassword(QStringLiteral("postgresql://ana@h/db")));
    }

    // The dialog starts from the server opened last.
    void startsFromTheLastServer()
    {
        RecentArchives::remember(QStringLiteral("/tmp/some.newsroom"));
        RecentArchives::remember(
            QStringLiteral("postgresql://ana@db.example:5433/news?sslmode=require"));
        RecentArchives::remember(QStringLiteral("/tmp/other.newsroom"));
        ServerDialog dialog;
        QCOMPARE(dialog.address(),
                 QStringLiteral("postgresql://ana@db.example:5433/news?sslmode=require"));
        RecentArchives::clear();
    }
};

QTEST_MAIN(TestServerDialog)
#include "tst_serverdialog.moc"
