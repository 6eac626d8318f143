// One archive, two processes, as on an editor's desk: the app holds the archive open with
// a second connection for its saves (the way the autosave worker has one), and a script
// runs newsroom-cli on the same file. Whatever the script does, the app's later saves must
// reach the file: process A is then killed with SIGKILL and the save must be there.
//
// This executable is also process A: run with --hold ARCHIVE it opens the archive twice,
// says "ready", and saves one article for every line it reads on stdin.

#include "CliRunner.h"
#include "TestArchive.h"

#include <QCoreApplication>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <csignal>
#include <cstdio>
#include <iostream>
#include <string>

using namespace newsroom;
using namespace newsroom::test;

namespace {

int holdArchive(const QString &path)
{
    auto window = SqliteArticleStore::open(path); // the window's connection
    if (!window)
        return std::fprintf(stderr, "%s\n", qPrintable(window.error().message)), 1;
    auto saver = SqliteArticleStore::opener(path)(); // the autosave worker's
    if (!saver)
        return std::fprintf(stderr, "%s\n", qPrintable(saver.error().message)), 1;
    if (!(*window)->count({}))
        return 1;
    std::printf("ready\n");
    std::fflush(stdout);
    for (std::string line; std::getline(std::cin, line);) {
        auto saved = (*saver)->save(makeArticle(QString::fromStdString(line)));
        std::printf(saved ? "saved\n" : "failed\n");
        std::fflush(stdout);
    }
    return 0;
}

bool waitForLine(QProcess &process, const QByteArray &line)
{
    return QTest::qWaitFor(
               [&] { return process.canReadLine() || process.state() == QProcess::NotRunning; },
               30000) &&
           process.readLine().trimmed() == line;
}

} // namespace

class TestSharedArchive : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void savesReachTheFileBesideAnotherProcess_data()
    {
        QTest::addColumn<QString>("command");
        QTest::newRow("list") << QStringLiteral("list");
        QTest::newRow("import") << QStringLiteral("import");
        QTest::newRow("export-site") << QStringLiteral("export-site");
    }
    void savesReachTheFileBesideAnotherProcess()
    {
        QFETCH(QString, command);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("desk.newsroom"));
        {
            auto store = SqliteArticleStore::open(path);
            QVERIFY(store);
            QVERIFY((*store)->save(makeArticle(QStringLiteral("Already on file"))));
        } // no connection of this process stays open: A and B are the only ones

        QProcess holder;
        holder.start(QCoreApplication::applicationFilePath(), {QStringLiteral("--hold"), path});
        QVERIFY2(waitForLine(holder, "ready"), holder.readAllStandardError().constData());

        QStringList arguments{QStringLiteral("--db"), path, command};
        if (command == u"import") {
            const QString story = dir.filePath(QStringLiteral("wire.txt"));
            QFile file(story);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("Wire story arrives beside the desk\nA dek for the wire story.\nBody.\n");
            file.close();
            arguments << story;
        } else if (command == u"export-site") {
            arguments << dir.filePath(QStringLiteral("site")) << QStringLiteral("--all");
        }
        const CliResult other = runCli(arguments, dir.path());
        QVERIFY2(other.exitCode == 0, other.err.constData());

        holder.write("Saved after the script closed the archive\n");
        QVERIFY(waitForLine(holder, "saved"));
        ::kill(pid_t(holder.processId()), SIGKILL);
        QVERIFY(holder.waitForFinished(30000));

        QCOMPARE(integrityCheck(path), QStringLiteral("ok"));
        auto store = SqliteArticleStore::open(path);
        QVERIFY(store);
        const auto hits = (*store)->list({});
        QVERIFY(hits);
        QStringList headlines;
        for (const ArticleSummary &summary : *hits)
            headlines << summary.headline;
        QVERIFY2(headlines.contains(QStringLiteral("Saved after the script closed the archive")),
                 qPrintable(headlines.join(QStringLiteral(" | "))));
        QVERIFY(headlines.contains(QStringLiteral("Already on file")));
        if (command == u"import")
            QVERIFY(headlines.contains(QStringLiteral("Wire story arrives beside the desk")));
    }
};

int main(int argc, char **argv)
{
    if (argc == 3 && std::string(argv[1]) == "--hold") {
        QCoreApplication app(argc, argv);
        return holdArchive(QString::fromLocal8Bit(argv[2]));
    }
    QCoreApplication app(argc, argv);
    TestSharedArchive test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_sharedarchive.moc"
