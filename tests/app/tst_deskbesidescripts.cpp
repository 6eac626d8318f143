// The real desktop app typing under a real X server (Xvfb, keys sent with xdotool) while
// newsroom-cli imports and exports the same archive beside it, then killed with SIGKILL:
// nothing typed and nothing imported may be missing, and the archive must be sound.
// (The app once dropped its own file locks, so a script's close deleted the live
// write-ahead log and later saves went nowhere.)

#include "TestArchive.h"
#include "recovery/EditJournal.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <csignal>
#include <optional>
#include <unistd.h>

using namespace newsroom;
using namespace newsroom::test;

namespace {

// What the program printed, or nothing when it failed.
std::optional<QByteArray> run(const QString &program, const QStringList &arguments,
                              const QProcessEnvironment &env)
{
    QProcess process;
    process.setProcessEnvironment(env);
    process.start(program, arguments);
    if (!process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit ||
        process.exitCode() != 0) {
        qWarning("%s %s failed: %s", qPrintable(program), qPrintable(arguments.join(u' ')),
                 process.readAllStandardError().constData());
        return std::nullopt;
    }
    return process.readAllStandardOutput();
}

} // namespace

class TestDeskBesideScripts : public QObject
{
    Q_OBJECT

    QTemporaryDir m_home;
    QProcess m_xvfb;
    QString m_display;

    QProcessEnvironment environment() const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_home.filePath(QStringLiteral("data")));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("DISPLAY"), m_display);
        return env;
    }

    std::optional<QByteArray> cli(const QString &db, const QStringList &arguments)
    {
        return run(QStringLiteral(NEWSROOM_CLI),
                   QStringList{QStringLiteral("--db"), db} + arguments, environment());
    }

    // Finds the window, focuses it (there is no window manager) and types as a person
    // would. The window is looked up each time: Qt recreates it once the preview starts.
    bool type(const QString &text)
    {
        const auto found = run(QStringLiteral("xdotool"),
                               {QStringLiteral("search"), QStringLiteral("--sync"),
                                QStringLiteral("--onlyvisible"), QStringLiteral("--name"),
                                QStringLiteral("Desk story")},
                               environment());
        if (!found || found->trimmed().isEmpty())
            return false;
        const QString window = QString::fromLatin1(found->trimmed().split('\n').last());
        return run(QStringLiteral("xdotool"),
                   {QStringLiteral("windowfocus"), QStringLiteral("--sync"), window},
                   environment()) &&
               run(QStringLiteral("xdotool"),
                   {QStringLiteral("type"), QStringLiteral("--delay"), QStringLiteral("15"), text},
                   environment());
    }

    QString savedBody(const QString &db, const QString &slug)
    {
        const auto json = cli(db, {QStringLiteral("show"), slug, QStringLiteral("--json")});
        return QJsonDocument::fromJson(json.value_or(QByteArray()))
            .object()
            .value(QStringLiteral("body"))
            .toString();
    }

    // Types the text and waits until another process reads it from the file (the app saves
    // within a second). Keys sent while Qt recreates the window go nowhere: typed again then.
    bool typeUntilSaved(const QString &db, const QString &slug, const QString &text)
    {
        for (int attempt = 0; attempt < 3; ++attempt) {
            if (type(text) &&
                QTest::qWaitFor([&] { return savedBody(db, slug).contains(text); }, 10000))
                return true;
        }
        return false;
    }

    std::unique_ptr<QProcess> startApp(const QString &db, const QString &slug)
    {
        auto app = std::make_unique<QProcess>();
        QProcessEnvironment env = environment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("xcb"));
        env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("newsroom.app.info=true"));
        if (geteuid() == 0) // Chromium refuses its sandbox as root
            env.insert(QStringLiteral("QTWEBENGINE_DISABLE_SANDBOX"), QStringLiteral("1"));
        app->setProcessEnvironment(env);
        app->start(QStringLiteral(NEWSROOM_APP),
                   {QStringLiteral("--db"), db, QStringLiteral("--open"), slug});
        QByteArray log;
        const bool shown = QTest::qWaitFor(
            [&] {
                log += app->readAllStandardError();
                return log.contains("window shown") || app->state() == QProcess::NotRunning;
            },
            60000);
        if (!shown || !log.contains("window shown")) {
            qWarning("the app did not start: %s", log.constData());
            return nullptr;
        }
        return app;
    }

private Q_SLOTS:
    void initTestCase()
    {
        const QString xvfb = QStandardPaths::findExecutable(QStringLiteral("Xvfb"));
        QVERIFY2(!xvfb.isEmpty(), "Xvfb is missing: scripts/install-deps.sh installs it");
        QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("xdotool")).isEmpty(),
                 "xdotool is missing: scripts/install-deps.sh installs it");
        // -displayfd picks a free display and prints its number.
        m_xvfb.start(xvfb,
                     {QStringLiteral("-displayfd"), QStringLiteral("1"), QStringLiteral("-screen"),
                      QStringLiteral("0"), QStringLiteral("1280x720x24"),
                      QStringLiteral("-nolisten"), QStringLiteral("tcp")});
        QVERIFY(QTest::qWaitFor([&] { return m_xvfb.canReadLine(); }, 30000));
        m_display = QLatin1Char(':') + QString::fromLatin1(m_xvfb.readLine().trimmed());
    }

    // kill -9 while an editor types: every word typed more than a second before the kill is
    // in the archive or in the journal the next start offers. A few rounds here; set
    // NEWSROOM_KILL_LOOPS for hundreds.
    void killedWhileTypingLosesNothingOlderThanASecond()
    {
        const int loops = qEnvironmentVariableIsSet("NEWSROOM_KILL_LOOPS")
                              ? qEnvironmentVariableIntValue("NEWSROOM_KILL_LOOPS")
                              : 3;
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("kill.newsroom"));
        Article story = makeArticle(QStringLiteral("Desk story typed under fire"));
        {
            auto store = SqliteArticleStore::open(db);
            QVERIFY(store);
            story = *(*store)->save(story);
        }
        const QString journals = m_home.filePath(QStringLiteral("data/newsroom/journal"));
        qint64 newestLost = -1; // ms before the kill, the newest word that was lost
        int words = 0;
        for (int loop = 0; loop < loops; ++loop) {
            QDir(journals).removeRecursively(); // each round on its own
            auto app = startApp(db, story.slug);
            QVERIFY(app);
            QVERIFY(typeUntilSaved(db, story.slug, QStringLiteral(" R%1start").arg(loop)));
            QElapsedTimer clock;
            clock.start();
            QList<std::pair<QString, qint64>> typed;
            const int count = 3 + QRandomGenerator::global()->bounded(10);
            for (int i = 0; i < count; ++i) {
                const QString word = QStringLiteral(" R%1w%2").arg(loop).arg(i);
                QVERIFY(type(word));
                typed.append({word, clock.elapsed()});
            }
            // The kill comes at a random moment: that moment is what the test varies.
            QTest::qWait(int(QRandomGenerator::global()->bounded(1500)));
            const qint64 killedAt = clock.elapsed();
            ::kill(pid_t(app->processId()), SIGKILL);
            QVERIFY(app->waitForFinished(30000));

            QString kept = savedBody(db, story.slug);
            for (const EditJournal::Entry &entry : EditJournal::leftBehind(journals, db))
                kept += entry.article.body;
            for (const auto &[word, at] : std::as_const(typed)) {
                ++words;
                if (!kept.contains(word))
                    newestLost = std::max(newestLost, killedAt - at);
            }
            QVERIFY2(newestLost < 1000,
                     qPrintable(QStringLiteral("round %1: a word typed %2 ms before the kill "
                                               "was lost")
                                    .arg(loop)
                                    .arg(newestLost)));
            QCOMPARE(integrityCheck(db), QStringLiteral("ok"));
        }
        qInfo("%d rounds, %d words typed; the oldest word lost was typed %lld ms before the kill "
              "(-1: none lost)",
              loops, words, static_cast<long long>(newestLost));
    }

    void cleanupTestCase()
    {
        m_xvfb.terminate();
        m_xvfb.waitForFinished(10000);
    }

    void typingSurvivesImportExportAndSigkill()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("desk.newsroom"));
        Article story = makeArticle(QStringLiteral("Desk story for the lock test"));
        {
            auto store = SqliteArticleStore::open(db);
            QVERIFY(store);
            auto saved = (*store)->save(story);
            QVERIFY(saved);
            story = *saved;
        } // closed: the app and the scripts are the only processes on the file

        QProcess app;
        QProcessEnvironment env = environment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("xcb"));
        env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("newsroom.app.info=true"));
        if (geteuid() == 0) // Chromium refuses its sandbox as root
            env.insert(QStringLiteral("QTWEBENGINE_DISABLE_SANDBOX"), QStringLiteral("1"));
        app.setProcessEnvironment(env);
        app.start(QStringLiteral(NEWSROOM_APP),
                  {QStringLiteral("--db"), db, QStringLiteral("--open"), story.slug});
        QByteArray log;
        QVERIFY(QTest::qWaitFor(
            [&] {
                log += app.readAllStandardError();
                return log.contains("window shown") || app.state() == QProcess::NotRunning;
            },
            60000));
        QVERIFY2(log.contains("window shown"), log.constData());
        const QString before = QStringLiteral("Typed before the scripts ran. ");
        QVERIFY(typeUntilSaved(db, story.slug, before));
        QStringList files;
        for (int i = 0; i < 20; ++i) {
            const QString path = dir.filePath(QStringLiteral("wire-%1.txt").arg(i));
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(QStringLiteral("Wire story number %1 for the desk\nDek %1.\nBody %1.\n")
                           .arg(i)
                           .toUtf8());
            files << path;
        }
        QVERIFY(cli(db, QStringList{QStringLiteral("import")} + files));
        QVERIFY(cli(db, {QStringLiteral("export-site"), dir.filePath(QStringLiteral("site")),
                         QStringLiteral("--all")}));
        // The app saves into the file after the scripts closed their connections.
        const QString after = QStringLiteral("Typed after the scripts closed the archive.");
        QVERIFY(typeUntilSaved(db, story.slug, after));
        ::kill(pid_t(app.processId()), SIGKILL);
        QVERIFY(app.waitForFinished(30000));

        auto store = SqliteArticleStore::open(db);
        QVERIFY(store);
        const Article reopened = *(*store)->article(story.id);
        QVERIFY(reopened.body.contains(before));
        QVERIFY(reopened.body.contains(after));
        QCOMPARE(*(*store)->count({}), qint64(21));
        QCOMPARE(integrityCheck(db), QStringLiteral("ok"));
    }
};

QTEST_GUILESS_MAIN(TestDeskBesideScripts)
#include "tst_deskbesidescripts.moc"
