// A shared server as a newsroom runs it: every editor signs in as their own role with a
// SCRAM-SHA-256 password over TLS (sslmode=verify-full against the newsroom's CA); the
// tables belong to the role that ran init, and editors, members of the group role init
// granted, may save, search and read the history but never change a table. Against the
// pg_tls_cluster fixture (scripts/pg-test-cluster.sh start DIR --tls): a throw-away
// server with its own openssl CA, on 127.0.0.1. Its trusted socket is for this test's
// setup (roles, the database), as a DBA's psql would be.

#include "ArchiveUnderTest.h"
#include "CliRunner.h"
#include "TlsTestServer.h"

#include <QJsonArray>
#include <QProcess>

using namespace newsroom;
using namespace newsroom::test;

class TestPgSecurity : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_home;
    QString m_dir;   // the TLS cluster's folder
    QString m_port;  // its TCP port
    QString m_admin; // its socket, as the superuser
    QString m_suffix;
    QString m_owner, m_group, m_editor, m_outsider, m_database;

    QString role(const char *prefix) const { return QLatin1StringView(prefix) + m_suffix; }
    static QString passwordOf(const QString &role) { return role + QStringLiteral("-secret"); }

    // How an editor's app names the archive: no password (it is in PGPASSFILE), TLS
    // with the server's certificate checked against the newsroom's CA, and its name.
    QString tlsAddress(const QString &user, const QString &rootCert = {}) const
    {
        return QStringLiteral("postgresql://%1@localhost:%2/%3?sslmode=verify-full&sslrootcert=%4")
            .arg(user, m_port, m_database,
                 rootCert.isEmpty() ? m_dir + QStringLiteral("/tls/root.crt") : rootCert);
    }

    void admin(const QString &sql, const QString &database = QStringLiteral("postgres"))
    {
        auto db = PgConnection::open(ArchiveUnderTest::withDatabase(m_admin, database));
        QVERIFY2(db, why(db).constData());
        auto done = (*db)->script(sql.toUtf8().constData());
        QVERIFY2(done, qPrintable(sql + QStringLiteral(": ") +
                                  (done ? QString() : done.error().message)));
    }

    CliResult cli(const QString &user, const QStringList &arguments)
    {
        return runCli(QStringList{QStringLiteral("--db"), tlsAddress(user)} + arguments,
                      m_home.path());
    }

    StoreStatus asEditor(const char *sql)
    {
        auto db = PgConnection::open(tlsAddress(m_editor));
        if (!db)
            return std::unexpected(db.error());
        return (*db)->script(sql);
    }

private Q_SLOTS:
    void initTestCase()
    {
        const TlsTestServer tls = TlsTestServer::find();
        QVERIFY2(tls.problem.isEmpty(), qPrintable(tls.problem));
        m_dir = tls.dir;
        m_port = tls.port;
        m_admin = tls.admin;
        m_suffix = QString::number(QCoreApplication::applicationPid());
        m_owner = role("nr_owner_");
        m_group = role("nr_editors_");
        m_editor = role("nr_editor_");
        m_outsider = role("nr_outsider_");
        m_database = role("nr_security_");
        for (const QString &login : {m_owner, m_editor, m_outsider})
            admin(
                QStringLiteral("CREATE ROLE %1 LOGIN PASSWORD '%2'").arg(login, passwordOf(login)));
        admin(QStringLiteral("CREATE DATABASE %1 OWNER %2").arg(m_database, m_owner));

        // The passwords where libpq looks for them, never in the address.
        const QString passFile = m_home.filePath(QStringLiteral("pgpass"));
        QFile pass(passFile);
        QVERIFY(pass.open(QIODevice::WriteOnly));
        for (const QString &login : {m_owner, m_editor, m_outsider})
            pass.write(QStringLiteral("localhost:%1:*:%2:%3\n")
                           .arg(m_port, login, passwordOf(login))
                           .toUtf8());
        pass.close();
        pass.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        qputenv("PGPASSFILE", passFile.toUtf8());
    }

    void cleanupTestCase()
    {
        if (m_database.isEmpty())
            return;
        admin(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_database));
        admin(QStringLiteral("DROP ROLE IF EXISTS %1, %2, %3, %4")
                  .arg(m_editor, m_outsider, m_group, m_owner));
    }

    // Passwords are stored as SCRAM-SHA-256 verifiers, and a wrong one is refused
    // without the password appearing anywhere.
    void signInIsScramOverTls()
    {
        auto stored = PgConnection::open(m_admin);
        QVERIFY(stored);
        auto verifier = (*stored)->query("SELECT rolpassword FROM pg_authid WHERE rolname = $1",
                                         PgParams().add(m_editor));
        QVERIFY(verifier && verifier->rows() == 1);
        QVERIFY(verifier->text(0, 0).startsWith(QStringLiteral("SCRAM-SHA-256$")));

        auto editor = PgConnection::open(tlsAddress(m_editor));
        QVERIFY2(editor, why(editor).constData());
        auto session = (*editor)->query("SELECT s.ssl, current_user FROM pg_stat_ssl s "
                                        "WHERE s.pid = pg_backend_pid()");
        QVERIFY(session && session->rows() == 1);
        QVERIFY(session->boolean(0, 0));
        QCOMPARE(session->text(0, 1), m_editor);

        auto wrong =
            PgConnection::open(tlsAddress(m_editor) + QStringLiteral("&password=not-the-password"));
        QVERIFY(!wrong);
        QVERIFY2(wrong.error().message.contains(QStringLiteral("password authentication failed")),
                 why(wrong).constData());
        QVERIFY(!wrong.error().message.contains(QStringLiteral("not-the-password")));

        // No plain TCP: the server has no pg_hba.conf line for it.
        auto plain =
            PgConnection::open(QStringLiteral("postgresql://%1@localhost:%2/%3?sslmode=disable")
                                   .arg(m_editor, m_port, m_database));
        QVERIFY(!plain);
        QVERIFY2(plain.error().message.contains(QStringLiteral("no encryption")),
                 why(plain).constData());
    }

    // verify-full checks the certificate against the CA it is given: another CA's
    // certificate (a server someone put in between) is refused before any password.
    void verifyFullRefusesAServerTheCaDidNotSign()
    {
        const QString otherCa = m_home.filePath(QStringLiteral("other-ca.crt"));
        QProcess openssl;
        openssl.start(QStringLiteral("openssl"),
                      {QStringLiteral("req"), QStringLiteral("-new"), QStringLiteral("-x509"),
                       QStringLiteral("-nodes"), QStringLiteral("-days"), QStringLiteral("1"),
                       QStringLiteral("-newkey"), QStringLiteral("rsa:2048"),
                       QStringLiteral("-subj"), QStringLiteral("/CN=Someone else"),
                       QStringLiteral("-keyout"), m_home.filePath(QStringLiteral("other-ca.key")),
                       QStringLiteral("-out"), otherCa});
        QVERIFY(openssl.waitForFinished(60000));
        QCOMPARE(openssl.exitCode(), 0);
        auto refused = PgConnection::open(tlsAddress(m_editor, otherCa));
        QVERIFY(!refused);
        QVERIFY2(refused.error().message.contains(QStringLiteral("certificate verify failed")),
                 why(refused).constData());
    }

    // The owner's init cannot make the group (no CREATEROLE): it says what the DBA must
    // run; after that, init again grants. The tables belong to the owner.
    void initGrantsTheEditorsGroup()
    {
        const QStringList init{QStringLiteral("init"), QStringLiteral("--json"),
                               QStringLiteral("--editor-role"), m_group};
        CliResult first = cli(m_owner, init);
        QVERIFY2(first.exitCode == 0, first.err.constData());
        QJsonObject access = first.json().object().value(QStringLiteral("editor_group")).toObject();
        QCOMPARE(access.value(QStringLiteral("granted")).toBool(), false);
        QVERIFY2(first.err.contains(("CREATE ROLE " + m_group + " NOLOGIN;").toUtf8()),
                 first.err.constData());
        QCOMPARE(first.json().object().value(QStringLiteral("created")).toBool(), true);

        admin(QStringLiteral("CREATE ROLE %1 NOLOGIN").arg(m_group)); // as the DBA is told
        CliResult second = cli(m_owner, init);
        QVERIFY2(second.exitCode == 0, second.err.constData());
        QVERIFY(second.err.isEmpty());
        access = second.json().object().value(QStringLiteral("editor_group")).toObject();
        QCOMPARE(access.value(QStringLiteral("granted")).toBool(), true);
        QCOMPARE(access.value(QStringLiteral("created")).toBool(), false);
        QCOMPARE(access.value(QStringLiteral("owner")).toString(), m_owner);
        admin(QStringLiteral("GRANT %1 TO %2").arg(m_group, m_editor));

        // An owner allowed to create roles makes the group itself.
        const QString madeByInit = role("nr_desk_");
        admin(QStringLiteral("ALTER ROLE %1 CREATEROLE").arg(m_owner));
        CliResult third =
            cli(m_owner, {QStringLiteral("init"), QStringLiteral("--editor-role"), madeByInit});
        admin(QStringLiteral("ALTER ROLE %1 NOCREATEROLE").arg(m_owner));
        QVERIFY2(third.exitCode == 0, third.err.constData());
        QVERIFY2(third.out.contains(("Created the group role " + madeByInit).toUtf8()),
                 third.out.constData());
        admin(QStringLiteral("DROP OWNED BY %1").arg(madeByInit), m_database);
        admin(QStringLiteral("DROP ROLE %1").arg(madeByInit));

        auto tables = PgConnection::open(ArchiveUnderTest::withDatabase(m_admin, m_database));
        QVERIFY(tables);
        auto owners = (*tables)->query("SELECT DISTINCT pg_get_userbyid(relowner) FROM pg_class "
                                       "WHERE relnamespace = 'public'::regnamespace "
                                       "AND relkind IN ('r', 'S')");
        QVERIFY(owners && owners->rows() == 1);
        QCOMPARE(owners->text(0, 0), m_owner);
    }

    // What an editor's day needs: save (twice), search, history, trash and back, import;
    // the history names the editor's role, and show/history --json say so.
    void anEditorSavesSearchesAndSeesHistory()
    {
        auto store = PgArticleStore::open(tlsAddress(m_editor));
        QVERIFY2(store, why(store).constData());
        Article article = makeArticle(QStringLiteral("Harbour crane toppled in storm"),
                                      QStringLiteral("The crane fell onto the quay at dawn."));
        auto saved = (*store)->save(article);
        QVERIFY2(saved, why(saved).constData());
        saved->body += QStringLiteral(" Nobody was hurt.");
        auto again = (*store)->save(*saved);
        QVERIFY2(again, why(again).constData());
        QCOMPARE(again->version, 2);
        SearchQuery query;
        query.text = QStringLiteral("crane");
        auto found = (*store)->search(query);
        QVERIFY2(found, why(found).constData());
        QCOMPARE(found->size(), 1);
        auto history = (*store)->revisions(again->id);
        QVERIFY2(history, why(history).constData());
        QVERIFY(!history->isEmpty());
        for (const Revision &revision : *history)
            QCOMPARE(revision.author, m_editor);
        QVERIFY((*store)->moveToTrash(again->id));
        QVERIFY((*store)->restoreFromTrash(again->id));
        QVERIFY((*store)->suggestRelated(*again, 5));

        const CliResult imported =
            cli(m_editor,
                {QStringLiteral("import"), QStringLiteral(NEWSROOM_TEST_DATA "/wildfire.txt")});
        QVERIFY2(imported.exitCode == 0, imported.err.constData());
        const QString id = QString::number(again->id);
        const CliResult shown =
            cli(m_editor, {QStringLiteral("show"), id, QStringLiteral("--json")});
        QVERIFY2(shown.exitCode == 0, shown.err.constData());
        QCOMPARE(shown.json().object().value(QStringLiteral("saved_by")).toString(), m_editor);
        const CliResult versions =
            cli(m_editor, {QStringLiteral("history"), id, QStringLiteral("--json")});
        QVERIFY2(versions.exitCode == 0, versions.err.constData());
        QCOMPARE(
            versions.json().array().first().toObject().value(QStringLiteral("author")).toString(),
            m_editor);
    }

    // No DDL for editors: the tables are not theirs, and PostgreSQL 15 gives nobody
    // CREATE in the public schema. Each refusal says the role may not do it.
    void anEditorCannotChangeTables()
    {
        const char *statements[] = {
            "DROP TABLE articles",
            "ALTER TABLE articles ADD COLUMN sneaky integer",
            "TRUNCATE articles CASCADE",
            "CREATE TABLE sneaky (x integer)",
            "DROP INDEX article_search_terms",
            "INSERT INTO newsroom_schema (version, description) VALUES (99, 'no')",
            "DROP SCHEMA public CASCADE",
        };
        for (const char *sql : statements) {
            const StoreStatus done = asEditor(sql);
            QVERIFY2(!done, sql);
            QVERIFY2(
                done.error().message.contains(QStringLiteral("Your role may not do it")) ||
                    done.error().message.contains(QStringLiteral("must be owner")),
                qPrintable(QLatin1StringView(sql) + QStringLiteral(": ") + done.error().message));
        }
        auto store = PgArticleStore::open(tlsAddress(m_editor));
        QVERIFY(store);
        QVERIFY((*store)->count({}).value_or(0) >= 1); // all still there
    }

    // A role outside the group (a signed-in stranger) cannot even open the archive, and
    // is told why in words a person can act on.
    void aRoleOutsideTheGroupCannotOpen()
    {
        auto store = PgArticleStore::open(tlsAddress(m_outsider));
        QVERIFY(!store);
        QVERIFY2(store.error().message.contains(QStringLiteral("Your role may not do it")),
                 why(store).constData());
    }
};

QTEST_GUILESS_MAIN(TestPgSecurity)
#include "tst_pgsecurity.moc"
