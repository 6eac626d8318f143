// The archive the app starts on: when it cannot be opened (a server down, a file that is not
// an archive) the editor may try again, work in their own archive file, or quit; nothing is
// written to the archive that failed.

#include "app/StartArchive.h"
#include "store/ArchiveFile.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace newsroom;

class TestStartArchive : public QObject
{
    Q_OBJECT

    struct Asked
    {
        QString message;
        QString ownArchive;
    };

    static StartArchive::Opener realOpener()
    {
        return [](const QString &address) { return ArchiveAddress::open(address); };
    }

    // Answers the questions in turn, noting each.
    static StartArchive::Ask answering(QList<StartArchive::Answer> answers, QList<Asked> &asked)
    {
        return [answers, &asked](const QString &message, const QString &own) mutable {
            asked.append({message, own});
            return answers.isEmpty() ? StartArchive::Answer::Quit : answers.takeFirst();
        };
    }

    // The first visible message box's button whose text has `text`, clicked.
    static void clickLater(const QString &text, QStringList &seen)
    {
        QTimer::singleShot(0, qApp, [text, &seen] {
            for (QWidget *w : QApplication::topLevelWidgets()) {
                auto *box = qobject_cast<QMessageBox *>(w);
                if (!box || !box->isVisible())
                    continue;
                for (QAbstractButton *button : box->buttons()) {
                    seen << button->text();
                    if (button->text().contains(text))
                        button->click();
                }
                return;
            }
            seen << QStringLiteral("no dialog");
        });
    }

    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void init() { QFile::remove(ArchiveFile::defaultPath()); }

    void serverDownThenOwnArchive()
    {
        // A server nobody runs: libpq finds no socket in an empty folder.
        const QString server =
            QStringLiteral("postgresql:///newsroom?host=%1").arg(m_dir.filePath(QStringLiteral("no-server")));
        QDir().mkpath(m_dir.filePath(QStringLiteral("no-server")));
        QList<Asked> asked;
        auto chosen = StartArchive::open(
            server, realOpener(),
            answering({StartArchive::Answer::TryAgain, StartArchive::Answer::OpenOwnArchive}, asked));
        QVERIFY(chosen);
        QCOMPARE(asked.size(), 2); // tried twice, then the own file
        QVERIFY2(asked[0].message.contains(QStringLiteral("unreachable"), Qt::CaseInsensitive),
                 qPrintable(asked[0].message));
        QCOMPARE(asked[0].ownArchive, ArchiveFile::defaultPath());
        QCOMPARE(chosen->path, ArchiveFile::defaultPath());
        QVERIFY(chosen->newFile);
        QVERIFY(chosen->opened.store);
        QVERIFY(chosen->opened.store->count({}).has_value());
    }

    void notAnArchiveQuitsAndLeavesItAlone()
    {
        const QString path = m_dir.filePath(QStringLiteral("letter.newsroom"));
        const QByteArray bytes = "Dear desk, this is a letter and not an archive.\n";
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(bytes);
        }
        QList<Asked> asked;
        QVERIFY(!StartArchive::open(path, realOpener(), answering({StartArchive::Answer::Quit}, asked)));
        QCOMPARE(asked.size(), 1);
        QVERIFY(!asked[0].message.isEmpty());
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), bytes);
        QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));
        QVERIFY(!QFile::exists(ArchiveFile::defaultPath())); // quitting opened nothing else
    }

    void ownArchiveFailingIsNotOfferedAgain()
    {
        // The own archive's place is taken by a folder: it cannot be opened either.
        QVERIFY(QDir().mkpath(ArchiveFile::defaultPath()));
        QList<Asked> asked;
        QVERIFY(!StartArchive::open(ArchiveFile::defaultPath(), realOpener(),
                                    answering({StartArchive::Answer::TryAgain}, asked)));
        QVERIFY(QDir().rmdir(ArchiveFile::defaultPath()));
        QCOMPARE(asked.size(), 2);
        QVERIFY(asked[0].ownArchive.isEmpty());
    }

    void dialogOffersTheOwnArchive()
    {
        QStringList seen;
        clickLater(QStringLiteral("My Archive"), seen);
        QCOMPARE(StartArchive::askWithDialog(QStringLiteral("The server is unreachable."),
                                             QStringLiteral("/home/ana/archive.newsroom")),
                 StartArchive::Answer::OpenOwnArchive);
        QCOMPARE(seen.size(), 3);

        seen.clear();
        clickLater(QStringLiteral("Try Again"), seen);
        QCOMPARE(StartArchive::askWithDialog(QStringLiteral("The file is locked."), QString()),
                 StartArchive::Answer::TryAgain);
        QCOMPARE(seen.size(), 2); // Try Again and Quit only
        QVERIFY(!seen.join(u' ').contains(QStringLiteral("My Archive")));
    }
};

QTEST_MAIN(TestStartArchive)
#include "tst_startarchive.moc"
