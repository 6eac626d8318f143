// A soak: thousands of edits saved by this process while a second process keeps importing
// and exporting the same archive. Nothing may be lost or conflict by mistake, memory must
// stay bounded, and the archive must be sound at the end. NEWSROOM_SOAK_EDITS sets the
// number of edits (a few hundred in the suite; the README gives a 10,000-edit run); the
// edits go on until the other process has imported or exported once per 50 edits.

#include "CliRunner.h"
#include "Sanitizers.h"
#include "TestArchive.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

#ifdef NEWSROOM_ASAN
// In every ASan runtime (gcc ships no header for it).
extern "C" size_t __sanitizer_get_current_allocated_bytes();
#endif

using namespace newsroom;
using namespace newsroom::test;

namespace {

// The process's memory in kB: its resident set; under AddressSanitizer (scripts/sanitize-tests.sh)
// the live heap instead, since there the resident set also holds ASan's quarantine of freed
// blocks (up to 256 MB) and shadow memory, which grow without a leak.
qint64 residentKilobytes()
{
#ifdef NEWSROOM_ASAN
    return qint64(__sanitizer_get_current_allocated_bytes() / 1024);
#endif
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    }
    return -1;
}

} // namespace

class TestSoak : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void editsBesideASecondWriter()
    {
        const int edits = qEnvironmentVariableIsSet("NEWSROOM_SOAK_EDITS")
                              ? qEnvironmentVariableIntValue("NEWSROOM_SOAK_EDITS")
                              : 400;
        constexpr int kArticles = 40;
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("soak.newsroom"));
        auto opened = SqliteArticleStore::open(db);
        QVERIFY(opened);
        SqliteArticleStore &store = **opened;
        QList<Article> articles;
        for (int i = 0; i < kArticles; ++i) {
            auto saved =
                store.save(makeArticle(QStringLiteral("Soak story %1").arg(i),
                                       QStringLiteral("Paragraph one of story %1.").arg(i)));
            QVERIFY(saved);
            articles.append(*saved);
        }

        // The second writer: one import of a few new files after another, an export now and then.
        int imported = 0;
        int batches = 0;
        std::unique_ptr<QProcess> other;
        const auto startOther = [&] {
            QStringList arguments{QStringLiteral("--db"), db};
            if (batches % 5 == 4) {
                arguments << QStringLiteral("export-site") << dir.filePath(QStringLiteral("site"))
                          << QStringLiteral("--all");
            } else {
                arguments << QStringLiteral("import");
                for (int i = 0; i < 5; ++i) {
                    const QString path =
                        dir.filePath(QStringLiteral("wire-%1-%2.txt").arg(batches).arg(i));
                    QFile file(path);
                    if (file.open(QIODevice::WriteOnly))
                        file.write(
                            QStringLiteral("Wire %1-%2 reaches the desk\nDek %1-%2.\nBody.\n")
                                .arg(batches)
                                .arg(i)
                                .toUtf8());
                    arguments << path;
                }
                imported += 5;
            }
            ++batches;
            other.reset(startCli(arguments, dir.path()));
        };
        startOther();

        QElapsedTimer clock;
        clock.start();
        qint64 warmRss = -1;
        qint64 slowestSaveMs = 0;
        // Edits go on until the other process has also done its share: an import or an
        // export for every 50 edits, so the two really work side by side.
        const int otherBatches = std::max(2, edits / 50);
        int done = 0;
        for (int i = 0; i < edits || batches < otherBatches; ++i, ++done) {
            Article &article = articles[i % kArticles];
            article.body += QStringLiteral(" Edit %1.").arg(i);
            if (i % 7 == 0)
                article.headline =
                    QStringLiteral("Soak story %1, edit %2").arg(i % kArticles).arg(i);
            QElapsedTimer save;
            save.start();
            auto saved = store.save(article, i % 10 == 0 ? SaveMode::KeepHistory
                                                         : SaveMode::ReplaceOwnDraft);
            slowestSaveMs = std::max(slowestSaveMs, save.elapsed());
            QVERIFY2(saved, qPrintable(saved ? QString() : saved.error().message));
            article = *saved;
            // (No event loop here: waitForFinished(0) is what notices the other has ended.)
            if (other->state() == QProcess::NotRunning || other->waitForFinished(0)) {
                QVERIFY2(other->exitCode() == 0, other->readAllStandardError().constData());
                startOther();
            }
            if (i == std::min(edits / 10, 1000))
                warmRss = residentKilobytes();
        }
        QVERIFY(other->waitForFinished(60000));
        QCOMPARE(other->exitCode(), 0);
        const qint64 endRss = residentKilobytes();

        // Every article holds its last edit; every imported file arrived once.
        auto fresh = SqliteArticleStore::open(db);
        QVERIFY(fresh);
        for (const Article &article : std::as_const(articles))
            QCOMPARE((*fresh)->article(article.id)->body, article.body);
        QCOMPARE(*(*fresh)->count({}), qint64(kArticles + imported));
        QCOMPARE(integrityCheck(db), QStringLiteral("ok"));
        const CliResult check =
            runCli({QStringLiteral("--db"), db, QStringLiteral("check-archive")}, dir.path());
        QVERIFY2(check.exitCode == 0, check.out.constData());
        // Memory stays bounded: what the edits after warming up added.
        QVERIFY2(endRss - warmRss < 64 * 1024,
                 qPrintable(QStringLiteral("RSS grew from %1 to %2 kB").arg(warmRss).arg(endRss)));
        qInfo("%d edits in %lld ms (slowest save %lld ms) beside %d imports/exports of another "
              "process (%d articles imported); RSS %lld kB after warm-up, %lld kB at the end",
              done, static_cast<long long>(clock.elapsed()), static_cast<long long>(slowestSaveMs),
              batches, imported, static_cast<long long>(warmRss), static_cast<long long>(endRss));
    }
};

QTEST_GUILESS_MAIN(TestSoak)
#include "tst_soak.moc"
