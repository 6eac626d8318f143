// The journal that keeps what an editor typed when the archive does not have it yet:
// written durably, found again after the session that wrote it is gone, never mistaken
// for a live session's, and a write that fails says why and harms the last good copy not.

#include "TestArchive.h"
#include "recovery/EditJournal.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <csignal>
#include <sys/resource.h>

using namespace newsroom;
using namespace newsroom::test;

class TestEditJournal : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString folder() const { return m_dir.filePath(QStringLiteral("journal")); }
    QString archive() const { return m_dir.filePath(QStringLiteral("desk.newsroom")); }

private Q_SLOTS:
    void cleanup() { QDir(folder()).removeRecursively(); }

    void aJournalLeftBehindIsFoundWithItsText()
    {
        Article story = makeArticle(QStringLiteral("Tram line reopens"),
                                    QStringLiteral("Typed, not yet saved: 40 trams a day."));
        story.id = 7;
        {
            EditJournal journal(folder(), archive());
            QVERIFY(journal.write(story, 3));
            QVERIFY(QFile::exists(journal.file()));
            // A live session's journal is not offered to anybody (another window, say).
            QVERIFY(EditJournal::leftBehind(folder(), archive()).isEmpty());
        } // the session ends without clearing: as after a crash
        const QList<EditJournal::Entry> left = EditJournal::leftBehind(folder(), archive());
        QCOMPARE(left.size(), 1);
        QCOMPARE(left[0].article.body, story.body);
        QCOMPARE(left[0].article.id, 7);
        QCOMPARE(left[0].baseVersion, 3);
        QVERIFY(left[0].written.isValid());
        QVERIFY(EditJournal::leftBehind(folder(), m_dir.filePath(QStringLiteral("other.newsroom")))
                    .isEmpty());
        QVERIFY(EditJournal::discard(left[0]));
        QVERIFY(EditJournal::leftBehind(folder(), archive()).isEmpty());
        QCOMPARE(QDir(folder()).entryList(QDir::Files).size(), 0);
    }

    // A server archive is one archive however its address is spelt and wherever the app
    // was started: the journal typed under one spelling is offered under the other.
    void aServersJournalIsFoundUnderAnySpelling()
    {
        const QString typedAs = QStringLiteral("postgresql://ana@%2Fvar%2Frun%2Fdesk/newsroom");
        Article story = makeArticle(QStringLiteral("Night buses"), QStringLiteral("Typed."));
        story.id = 3;
        {
            EditJournal journal(folder(), typedAs);
            QVERIFY(journal.write(story, 1));
        }
        const QString sameServer =
            QStringLiteral("postgresql://ana@:5432/newsroom?host=/var/run/desk");
        QVERIFY(QDir::setCurrent(m_dir.path())); // started from another folder
        QCOMPARE(EditJournal::leftBehind(folder(), sameServer).size(), 1);
        QVERIFY(EditJournal::leftBehind(
                    folder(), QStringLiteral("postgresql://ana@%2Fvar%2Frun%2Fdesk/other"))
                    .isEmpty());
        QVERIFY(EditJournal::leftBehind(
                    folder(), QStringLiteral("postgresql://bo@%2Fvar%2Frun%2Fdesk/newsroom"))
                    .isEmpty());
    }

    void aClearedJournalIsGone()
    {
        {
            EditJournal journal(folder(), archive());
            QVERIFY(journal.write(makeArticle(QStringLiteral("Saved in time")), 1));
            journal.clear();
        }
        QVERIFY(EditJournal::leftBehind(folder(), archive()).isEmpty());
        QCOMPARE(QDir(folder()).entryList(QDir::Files).size(), 0);
    }

    // A full disk, simulated with a file-size limit: the write fails with a message a person
    // can act on, and the copy written before stays whole.
    void aFailedWriteSaysWhyAndKeepsTheLastCopy()
    {
        const Article small = makeArticle(QStringLiteral("Short"), QStringLiteral("Kept."));
        const Article large = makeArticle(QStringLiteral("Long"), QString(20000, QLatin1Char('w')));
        {
            EditJournal journal(folder(), archive());
            QVERIFY(journal.write(small, 1));
            std::signal(SIGXFSZ, SIG_IGN);
            rlimit original{};
            getrlimit(RLIMIT_FSIZE, &original);
            rlimit limit = original;
            limit.rlim_cur = 4096;
            QCOMPARE(setrlimit(RLIMIT_FSIZE, &limit), 0);
            const StoreStatus written = journal.write(large, 1);
            setrlimit(RLIMIT_FSIZE, &original);
            QVERIFY(!written);
            QVERIFY2(written.error().message.contains(QStringLiteral("disk is full")),
                     qPrintable(written.error().message));
            QVERIFY(written.error().message.contains(folder()));
        }
        const auto left = EditJournal::leftBehind(folder(), archive());
        QCOMPARE(left.size(), 1);
        QCOMPARE(left[0].article.body, small.body);
        QVERIFY(QDir(folder()).entryList({QStringLiteral("*.tmp")}, QDir::Files).isEmpty());
    }

    void damagedJournalsAreSkipped()
    {
        QString name;
        {
            EditJournal journal(folder(), archive());
            QVERIFY(journal.write(makeArticle(QStringLiteral("Good")), 1));
            name = QFileInfo(journal.file()).fileName();
        }
        // Same archive prefix, garbage inside.
        const QString prefix = name.left(name.indexOf(QLatin1Char('-')) + 1);
        QFile bad(QDir(folder()).filePath(prefix + QStringLiteral("garbage.journal")));
        QVERIFY(bad.open(QIODevice::WriteOnly));
        bad.write("{\"format\": 1, \"article\": 12}");
        bad.close();
        const auto left = EditJournal::leftBehind(folder(), archive());
        QCOMPARE(left.size(), 1);
        QCOMPARE(left[0].article.headline, QStringLiteral("Good"));
    }
};

QTEST_GUILESS_MAIN(TestEditJournal)
#include "tst_editjournal.moc"
