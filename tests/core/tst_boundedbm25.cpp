// newsroom_bm25 (BoundedBm25) against FTS5's own bm25() on a real archive file: the same
// score while a term's matches are counted whole, close to it when they are estimated.
#include "TestArchive.h"
#include "search/BoundedBm25.h"
#include "search/MultilingualTokenizer.h"

#include <QTest>
#include <cmath>
#include <sqlite3.h>

using namespace newsroom;
using namespace newsroom::test;

namespace {

// Our score and bm25()'s for every row matching `match`: (id, ours, theirs).
struct Scores
{
    qint64 id;
    double ours;
    double theirs;
};

QList<Scores> scores(const QString &archive, const QString &match)
{
    sqlite3 *db = nullptr;
    QList<Scores> out;
    if (sqlite3_open_v2(QFile::encodeName(archive).constData(), &db, SQLITE_OPEN_READONLY,
                        nullptr) != SQLITE_OK ||
        !MultilingualTokenizer::registerWith(db) || !BoundedBm25::registerWith(db)) {
        sqlite3_close(db);
        return out;
    }
    sqlite3_stmt *statement = nullptr;
    const char *sql = "SELECT rowid, newsroom_bm25(article_search, (SELECT max(id) FROM articles),"
                      " 10.0, 4.0, 1.0, 3.0), bm25(article_search, 10.0, 4.0, 1.0, 3.0)"
                      " FROM article_search WHERE article_search MATCH ?";
    if (sqlite3_prepare_v2(db, sql, -1, &statement, nullptr) == SQLITE_OK) {
        const QByteArray utf8 = match.toUtf8();
        sqlite3_bind_text(statement, 1, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
        while (sqlite3_step(statement) == SQLITE_ROW)
            out.append({sqlite3_column_int64(statement, 0), sqlite3_column_double(statement, 1),
                        sqlite3_column_double(statement, 2)});
    }
    sqlite3_finalize(statement);
    sqlite3_close(db);
    return out;
}

// The first row whose score is not within `tolerance` (relative) of bm25()'s; empty if none.
QString firstOff(const QList<Scores> &rows, double tolerance)
{
    for (const Scores &row : rows) {
        if (std::abs(row.ours - row.theirs) > tolerance * std::abs(row.theirs))
            return QStringLiteral("article %1: %2 against bm25() %3")
                .arg(row.id)
                .arg(row.ours)
                .arg(row.theirs);
    }
    return {};
}

Article story(int i, const QString &body)
{
    Article a = makeArticle(QStringLiteral("Harbour report %1").arg(i), body);
    a.tags = {QStringLiteral("port")};
    return a;
}

} // namespace

class TestBoundedBm25 : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void isBm25WhileMatchesAreCounted()
    {
        TestArchive archive;
        QList<Article> articles;
        for (int i = 0; i < 60; ++i) {
            QString body = QStringLiteral("The harbour authority met on day %1.").arg(i);
            if (i % 3 == 0)
                body += QStringLiteral(" The council asked the harbour authority again.");
            if (i % 7 == 0)
                body += QStringLiteral(" A dredger waited at the quay.");
            articles.append(story(i, body));
        }
        QVERIFY(archive.store().saveAll(articles));
        for (const QString &match :
             {QStringLiteral("harbour"), QStringLiteral("\"harbour authority\""),
              QStringLiteral("council quay"), QStringLiteral("council OR dredger")}) {
            const QList<Scores> rows = scores(archive.path(), match);
            QVERIFY2(!rows.isEmpty(), qPrintable(match));
            const QString off = firstOff(rows, 1e-9);
            QVERIFY2(off.isEmpty(), qPrintable(match + QStringLiteral(", ") + off));
        }
    }

    // "council" is in half of 5,000 articles: its matches are counted to 2,000 and the rest
    // estimated from the ids they span. Taken as 2,000 exactly, its weight would be log(1.5)
    // instead of almost nothing, and the scores far from bm25()'s.
    void aCommonTermsCountIsEstimated()
    {
        TestArchive archive;
        constexpr int kArticles = 5000;
        QList<Article> articles;
        for (int i = 0; i < kArticles; ++i) {
            QString body = QStringLiteral("Ships came in on day %1.").arg(i);
            if (i % 2 == 0)
                body += QStringLiteral(" The council met.");
            if (i % 50 == 0)
                body += QStringLiteral(" A dredger waited at the quay.");
            articles.append(story(i, body));
        }
        for (qsizetype at = 0; at < articles.size(); at += 1000)
            QVERIFY(archive.store().saveAll(articles.mid(at, 1000)));
        const QList<Scores> rows = scores(archive.path(), QStringLiteral("council quay"));
        QCOMPARE(rows.size(), kArticles / 50);
        QVERIFY(kArticles / 2 > BoundedBm25::kCountedMatches);
        const QString off = firstOff(rows, 0.01);
        QVERIFY2(off.isEmpty(), qPrintable(off));
    }
};

QTEST_GUILESS_MAIN(TestBoundedBm25)
#include "tst_boundedbm25.moc"
