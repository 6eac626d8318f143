#include "Sanitizers.h"
#include "TestArchive.h"
#include "TestGateway.h"
#include "app/IdleHeapTrim.h"

#include <QLineEdit>
#include <QSignalSpy>
#include <QTest>
#include <cstdlib>
#include <cstring>
#include <unistd.h>
#include <utility>
#include <vector>

using namespace newsroom;
using namespace std::chrono_literals;

namespace {
qint64 residentBytes()
{
    long pages = 0;
    long resident = 0;
    if (FILE *statm = std::fopen("/proc/self/statm", "r")) {
        if (std::fscanf(statm, "%ld %ld", &pages, &resident) != 2)
            resident = 0;
        std::fclose(statm);
    }
    return qint64(resident) * ::sysconf(_SC_PAGESIZE);
}
} // namespace

class TestIdleHeapTrim : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // 50 MB of small blocks freed but one in a thousand, so that free() alone cannot give
    // the heap back (as a long session leaves it): after a key and a pause, the process
    // holds them no more.
    void freedMemoryGoesBackAfterAPause()
    {
#ifdef NEWSROOM_ASAN
        QSKIP("Under AddressSanitizer freed memory sits in its quarantine, which malloc_trim "
              "does not reach; inputPostponesTheTrim still runs.");
#endif
        QLineEdit field;
        IdleHeapTrim trim(200ms);
        QSignalSpy trimmed(&trim, &IdleHeapTrim::trimmed);
        QVERIFY(trimmed.wait(5000)); // the one after start
        std::vector<char *> blocks(200000);
        for (char *&block : blocks) {
            block = static_cast<char *>(std::malloc(256));
            std::memset(block, 1, 256);
        }
        for (std::size_t i = 0; i < blocks.size(); ++i) {
            if (i % 1000 != 999)
                std::free(std::exchange(blocks[i], nullptr));
        }
        const qint64 before = residentBytes();
        QTest::keyClick(&field, Qt::Key_A);
        QVERIFY(trimmed.wait(5000));
        const qint64 after = residentBytes();
        for (char *block : blocks)
            std::free(block);
        QVERIFY2(
            before - after > 30 * 1024 * 1024,
            qPrintable(
                QStringLiteral("%1 MB before, %2 MB after").arg(before >> 20).arg(after >> 20)));
    }

    // The page cache a lane's connection filled reading an archive is given back before the
    // trim (it would otherwise stay allocated, however long the editor pauses).
    void archiveCachesAreGivenBackFirst()
    {
        test::TestArchive archive;
        QList<Article> articles;
        const QString paragraph = QStringLiteral("The harbour board met again on Tuesday. ");
        for (int i = 0; i < 400; ++i)
            articles.append(test::makeArticle(QStringLiteral("Harbour story %1").arg(i),
                                              paragraph.repeated(250)));
        QVERIFY(archive.store().saveAll(articles, SaveMode::KeepHistory));
        auto gateway = test::openGateway(archive.path());
        QLineEdit field;
        IdleHeapTrim trim(200ms);
        trim.releaseOnIdle(gateway.get());
        QSignalSpy trimmed(&trim, &IdleHeapTrim::trimmed);
        QVERIFY(trimmed.wait(5000)); // the one after start
        const auto read = test::answer(gateway->run<int>(
            ArchiveGateway::Lane::Reads, [](ArticleStore &store) -> StoreResult<int> {
                auto ids = store.allIds();
                if (!ids)
                    return std::unexpected(ids.error());
                for (qint64 id : std::as_const(*ids)) {
                    if (auto article = store.article(id); !article)
                        return std::unexpected(article.error());
                }
                return int(ids->size());
            }));
        QCOMPARE(read.value_or(0), 400);
        const qint64 before = sqlite3_memory_used();
        QTest::keyClick(&field, Qt::Key_A);
        QVERIFY(trimmed.wait(5000));
        const qint64 after = sqlite3_memory_used();
        QVERIFY2(before - after > 2 * 1024 * 1024,
                 qPrintable(QStringLiteral("SQLite held %1 KB before, %2 KB after")
                                .arg(before >> 10)
                                .arg(after >> 10)));
    }

    // Typing keeps putting the trim off; it comes once the keys stop.
    void inputPostponesTheTrim()
    {
        QLineEdit field;
        IdleHeapTrim trim(300ms);
        QSignalSpy trimmed(&trim, &IdleHeapTrim::trimmed);
        for (int i = 0; i < 8; ++i) {
            QTest::keyClick(&field, Qt::Key_A);
            QVERIFY(!trimmed.wait(150));
        }
        QCOMPARE(field.text(), QStringLiteral("aaaaaaaa"));
        QVERIFY(trimmed.wait(3000));
    }
};

QTEST_MAIN(TestIdleHeapTrim)
#include "tst_idleheaptrim.moc"
