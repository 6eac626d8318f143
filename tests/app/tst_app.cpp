// The real `newsroom` binary, as a desktop session or a service manager runs it
// (headless: offscreen): --help, a first run on the default archive, --open, and SIGTERM
// quitting with exit code 0. tst_app_pg opens a server archive by its URI.

#include "ArchiveUnderTest.h"

#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <csignal>
#include <unistd.h>

using namespace newsroom;
using namespace newsroom::test;

class TestApp : public QObject
{
    Q_OBJECT

    QTemporaryDir m_home;

    std::unique_ptr<QProcess> start(const QStringList &arguments)
    {
        auto app = std::make_unique<QProcess>();
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_home.filePath(QStringLiteral("data")));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("newsroom.app.info=true"));
        if (geteuid() == 0) // Chromium refuses its sandbox as root; the app keeps it otherwise
            env.insert(QStringLiteral("QTWEBENGINE_DISABLE_SANDBOX"), QStringLiteral("1"));
        app->setProcessEnvironment(env);
        app->start(QStringLiteral(NEWSROOM_APP), arguments);
        return app;
    }

    // Waits for the app to say its window is up; collects what it wrote on stderr.
    static bool waitUntilShown(QProcess &app, QByteArray &errors)
    {
        return QTest::qWaitFor(
                   [&] {
                       errors += app.readAllStandardError();
                       return errors.contains("window shown") ||
                              app.state() == QProcess::NotRunning;
                   },
                   60000) &&
               errors.contains("window shown");
    }

    static int terminate(QProcess &app)
    {
        ::kill(pid_t(app.processId()), SIGTERM);
        if (!app.waitForFinished(30000) || app.exitStatus() != QProcess::NormalExit)
            return -1;
        return app.exitCode();
    }

private Q_SLOTS:
    void helpDocumentsTheOptions()
    {
        auto app = start({QStringLiteral("--help")});
        QVERIFY(app->waitForFinished(30000));
        QCOMPARE(app->exitCode(), 0);
        const QByteArray help = app->readAllStandardOutput();
        QVERIFY(help.contains("--db <ARCHIVE>"));
        QVERIFY(help.contains("postgresql://"));
        QVERIFY(help.contains("--open <REF>"));
    }

    void firstRunCreatesTheDefaultArchiveWithSamples()
    {
        const QString archive = m_home.filePath(QStringLiteral("data/newsroom/archive.newsroom"));
        QVERIFY(!QFile::exists(archive));
        auto app = start({});
        QByteArray errors;
        QVERIFY(waitUntilShown(*app, errors));
        QVERIFY(QFile::exists(archive));
        auto store = SqliteArticleStore::open(archive);
        QVERIFY(store);
        QCOMPARE(*(*store)->count({}), qint64(8));
        QCOMPARE(terminate(*app), 0);
    }

    void sigtermQuitsWithExitCodeZero()
    {
        TestArchive archive;
        const Article story = archive.saved(makeArticle(QStringLiteral("Open me")));
        auto app =
            start({QStringLiteral("--db"), archive.path(), QStringLiteral("--open"), story.slug});
        QByteArray errors;
        QVERIFY(waitUntilShown(*app, errors));
        QCOMPARE(terminate(*app), 0);
        QCOMPARE(archive.store().article(story.id)->headline, QStringLiteral("Open me"));
    }

    // `![]([)]()` in a body once crashed the editor's preview as it opened.
    void unbalancedMarkdownOpensInTheEditor()
    {
        TestArchive archive;
        const Article story = archive.saved(makeArticle(
            QStringLiteral("Nine bytes"), QStringLiteral("[a](https://example.org) ![]([)]()")));
        auto app =
            start({QStringLiteral("--db"), archive.path(), QStringLiteral("--open"), story.slug});
        QByteArray errors;
        QVERIFY(waitUntilShown(*app, errors));
        // The preview renders once the window shows; the app must still be there to quit.
        QVERIFY(!app->waitForFinished(3000));
        QCOMPARE(terminate(*app), 0);
    }

    // --db names a file or (tst_app_pg) a server's database by its postgresql:// URI.
    void opensTheArchiveItIsNamed()
    {
        ArchiveUnderTest archive;
        const Article story = archive.saved(makeArticle(QStringLiteral("Named archive")));
        auto app = start(
            {QStringLiteral("--db"), archive.address(), QStringLiteral("--open"), story.slug});
        QByteArray errors;
        QVERIFY2(waitUntilShown(*app, errors), errors.constData());
        QVERIFY2(!errors.contains("no article") && !errors.contains("Cannot"), errors.constData());
        QCOMPARE(terminate(*app), 0);
        QCOMPARE(archive.store().article(story.id)->headline, QStringLiteral("Named archive"));
    }

    // A file manager opens an archive file with the desktop file's command: `newsroom FILE`.
    void opensAnArchiveGivenAsAFile()
    {
        TestArchive archive;
        const Article story = archive.saved(makeArticle(QStringLiteral("Double-clicked")));
        TestArchive other;
        auto app = start({archive.path(), QStringLiteral("--open"), story.slug, other.path()});
        QByteArray errors;
        QVERIFY2(waitUntilShown(*app, errors), errors.constData());
        QVERIFY2(!errors.contains(story.slug.toUtf8()), errors.constData()); // found: that archive
        // A second archive is left closed, and said so.
        QVERIFY2(errors.contains("one archive at a time"), errors.constData());
        QVERIFY(errors.contains(QFileInfo(other.path()).fileName().toUtf8()));
        QCOMPARE(terminate(*app), 0);
    }

    void helpNamesTheFilesItTakes()
    {
        auto app = start({QStringLiteral("--help")});
        QVERIFY(app->waitForFinished(30000));
        const QByteArray help = app->readAllStandardOutput();
        QVERIFY2(help.contains("[FILE...]") && help.contains(".md"), help.constData());
    }

    void unknownArticleStillOpensTheArchive()
    {
        TestArchive archive;
        archive.saved(makeArticle(QStringLiteral("Only story")));
        auto app = start({QStringLiteral("--db"), archive.path(), QStringLiteral("--open"),
                          QStringLiteral("no-such-slug")});
        QByteArray errors;
        QVERIFY(waitUntilShown(*app, errors));
        QVERIFY(errors.contains("no-such-slug"));
        QCOMPARE(terminate(*app), 0);
    }
};

QTEST_GUILESS_MAIN(TestApp)
#include "tst_app.moc"
