// The archive's pictures (issue 17) in the store's contract, run against both archives: a
// file, and (tst_pictures_pg) a server. Stored once by hash, described, searched by folded
// words, their users, what is unused and what a purge may take (never a picture an old
// version or a trashed article uses), the lead image through save, history, restore and
// copy-to, bounded reads of junk rows, and a store that trusts no caller.
#include "ArchiveComparison.h"
#include "ArchiveUnderTest.h"
#include "media/PictureDecoder.h"
#include "model/ArticleDiff.h"
#include "store/ArchiveCheck.h"
#include "store/ArchiveCopier.h"
#include "store/PictureRules.h"

#include <QTest>

using namespace newsroom;
using namespace newsroom::test;

namespace {

// A picture as PictureDecoder would hand it over: the store never decodes, so any bytes do,
// as long as the hash is theirs.
struct TestPicture
{
    Picture picture;
    QByteArray original;
    QList<QPair<int, QByteArray>> renditions;
};

TestPicture makePicture(const QByteArray &seed, const QString &fileName = {}, int width = 2000)
{
    TestPicture t;
    t.original = "\x89PNG picture " + seed + QByteArray(1000, 'x');
    t.picture.hash = picturerules::hashOf(t.original);
    t.picture.fileName =
        fileName.isEmpty() ? QString::fromLatin1(seed) + QStringLiteral(".png") : fileName;
    t.picture.mimeType = QStringLiteral("image/png");
    t.picture.width = width;
    t.picture.height = width / 2;
    t.picture.bytes = t.original.size();
    for (int w : PictureDecoder::renditionWidthsFor(width))
        t.renditions.append({w, "rendition " + QByteArray::number(w) + ' ' + seed});
    return t;
}

Picture added(ArticleStore &store, const TestPicture &t)
{
    auto result = store.addPicture(t.picture, t.original, t.renditions);
    if (!result)
        qFatal("addPicture failed: %s", qPrintable(result.error().message));
    return *result;
}

QString inBody(const QByteArray &hash)
{
    return QStringLiteral("Before.\n\n![The crane](media:%1 \"At dawn\")\n\nAfter.")
        .arg(QString::fromLatin1(hash));
}

QList<QByteArray> hashesOf(const QList<Picture> &pictures)
{
    QList<QByteArray> hashes;
    for (const Picture &p : pictures)
        hashes.append(p.hash);
    return hashes;
}

// Runs `sql` on the archive's own connection, for rows no store call would write.
bool rawSql(ArchiveUnderTest &archive, const QByteArray &sqlite, const QByteArray &postgres)
{
    if (SqliteArticleStore *file = archive.file())
        return bool(file->database().exec(sqlite.constData()));
    return bool(archive.server()->connection().script(postgres.constData()));
}

// The file archive's own check (check-archive) finds nothing; a server has no such check.
void checkFindsNothing(ArchiveUnderTest &archive)
{
    if (SqliteArticleStore *file = archive.file()) {
        auto report = ArchiveCheck::run(file->database(), {});
        QVERIFY2(report, why(report).constData());
        QVERIFY2(report->ok(), qPrintable(report->problems.value(0).message));
    }
}

} // namespace

class TestPictures : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void aPictureIsStoredOnceByItsHash()
    {
        ArchiveUnderTest archive;
        ArticleStore &store = archive.store();
        TestPicture crane = makePicture("crane", QStringLiteral("harbour-crane.png"));
        crane.picture.caption = QStringLiteral("The new crane");
        const Picture first = added(store, crane);
        QCOMPARE(first.hash, crane.picture.hash);
        QCOMPARE(first.fileName, QStringLiteral("harbour-crane.png"));
        QCOMPARE(first.bytes, qint64(crane.original.size()));
        QCOMPARE(first.renditionWidths, (QList<int>{480, 960, 1600, 2000}));
        QVERIFY(first.addedAt.isValid());

        // The same bytes again, under other words: nothing stored, the archive's kept.
        TestPicture again = crane;
        again.picture.caption = QStringLiteral("Another caption");
        again.picture.fileName = QStringLiteral("copy.png");
        auto second = store.addPicture(again.picture, again.original, again.renditions);
        QVERIFY2(second, why(second).constData());
        QCOMPARE(*second, first);
        QCOMPARE(store.pictures(QString(), 10)->size(), 1);

        auto fresh = archive.openAgain();
        QCOMPARE(*fresh->picture(crane.picture.hash), first);
        QCOMPARE(*fresh->pictureBytes(crane.picture.hash), crane.original);
        QCOMPARE(*fresh->pictureBytes(crane.picture.hash, 480), crane.renditions[0].second);
        QCOMPARE(*fresh->pictureBytes(crane.picture.hash, 960), crane.renditions[1].second);
        // Upper-case hex names the same picture (media: links are case folded).
        QVERIFY(fresh->picture(crane.picture.hash.toUpper()));
        QCOMPARE(fresh->pictureBytes(crane.picture.hash, 1234).error().code,
                 StoreError::Code::NotFound);
        const QByteArray unknown(64, 'a');
        QCOMPARE(fresh->picture(unknown).error().code, StoreError::Code::NotFound);
        QCOMPARE(fresh->pictureBytes(unknown).error().code, StoreError::Code::NotFound);
        QCOMPARE(fresh->pictureUsers(unknown).error().code, StoreError::Code::NotFound);
    }

    // The store trusts no caller: bytes that are not the picture named, and sizes or types
    // no decoder would give, are refused and nothing is stored.
    void whatDisagreesIsRefused_data()
    {
        QTest::addColumn<QString>("change");
        QTest::newRow("other bytes") << QStringLiteral("bytes");
        QTest::newRow("hash not hex") << QStringLiteral("hash");
        QTest::newRow("no width") << QStringLiteral("width");
        QTest::newRow("too many pixels") << QStringLiteral("pixels");
        QTest::newRow("not a picture type") << QStringLiteral("type");
        QTest::newRow("rendition too wide") << QStringLiteral("rendition");
        QTest::newRow("renditions out of order") << QStringLiteral("order");
        QTest::newRow("empty") << QStringLiteral("empty");
    }
    void whatDisagreesIsRefused()
    {
        QFETCH(QString, change);
        ArchiveUnderTest archive;
        TestPicture t = makePicture("refused");
        if (change == u"bytes")
            t.original += '!';
        else if (change == u"hash")
            t.picture.hash = QByteArray(64, 'z');
        else if (change == u"width")
            t.picture.width = 0;
        else if (change == u"pixels")
            t.picture.height = 40000;
        else if (change == u"type")
            t.picture.mimeType = QStringLiteral("text/html");
        else if (change == u"rendition")
            t.renditions.append({4000, "too wide"});
        else if (change == u"order")
            std::swap(t.renditions[0], t.renditions[1]);
        else if (change == u"empty")
            t.original.clear();
        auto result = archive.store().addPicture(t.picture, t.original, t.renditions);
        QVERIFY(!result);
        QCOMPARE(result.error().code, StoreError::Code::Invalid);
        QVERIFY(!result.error().message.isEmpty());
        QVERIFY(archive.store().pictures(QString(), 10)->isEmpty());
    }

    void describingCutsToTheLimits()
    {
        ArchiveUnderTest archive;
        ArticleStore &store = archive.store();
        const Picture p = added(store, makePicture("described"));
        auto described =
            store.describePicture(p.hash, QString(5000, u'c'), QStringLiteral("Ana Ruiz / Agency"),
                                  QStringLiteral("A crane over the harbour"));
        QVERIFY2(described, why(described).constData());
        QCOMPARE(described->caption.size(), Picture::kMaxCaption);
        auto fresh = archive.openAgain()->picture(p.hash);
        QCOMPARE(*fresh, *described);
        QCOMPARE(fresh->credit, QStringLiteral("Ana Ruiz / Agency"));
        QCOMPARE(store.describePicture(QByteArray(64, 'b'), {}, {}, {}).error().code,
                 StoreError::Code::NotFound);
    }

    // Every word, case and accents folded, in the caption, credit, alt text or file name;
    // the newest first.
    void theLibraryIsSearchedByFoldedWords()
    {
        ArchiveUnderTest archive;
        ArticleStore &store = archive.store();
        TestPicture crane = makePicture("crane", QStringLiteral("harbour-crane.jpg"));
        crane.picture.addedAt = QDateTime(QDate(2026, 1, 1), QTime(9, 0), Qt::UTC);
        const Picture p1 = added(store, crane);
        TestPicture ferry = makePicture("ferry", QStringLiteral("ferry.png"));
        ferry.picture.addedAt = QDateTime(QDate(2026, 2, 1), QTime(9, 0), Qt::UTC);
        const Picture p2 = added(store, ferry);
        QVERIFY(store.describePicture(p1.hash, QStringLiteral("Grúa del Puerto"),
                                      QStringLiteral("Ana Ruiz / Agencia"), QString()));
        QVERIFY(store.describePicture(p2.hash, QStringLiteral("The morning ferry"),
                                      QStringLiteral("Ben Ode"),
                                      QStringLiteral("A ferry leaving the port")));

        const auto found = [&](const QString &words) {
            auto result = store.pictures(words, 10);
            return result ? hashesOf(*result) : QList<QByteArray>{"failed"};
        };
        QCOMPARE(found(QString()), (QList<QByteArray>{p2.hash, p1.hash})); // newest first
        QCOMPARE(found(QStringLiteral("grua")), QList<QByteArray>{p1.hash});
        QCOMPARE(found(QStringLiteral("PUERTO ana")), QList<QByteArray>{p1.hash});
        QCOMPARE(found(QStringLiteral("agen")), QList<QByteArray>{p1.hash});    // a prefix
        QCOMPARE(found(QStringLiteral("harbour")), QList<QByteArray>{p1.hash}); // file name
        QCOMPARE(found(QStringLiteral("leaving")), QList<QByteArray>{p2.hash}); // alt text
        QCOMPARE(found(QStringLiteral("ana ferry")), QList<QByteArray>{});
        QCOMPARE(found(QStringLiteral("%")), (QList<QByteArray>{p2.hash, p1.hash}));
        QCOMPARE(hashesOf(*store.pictures(QString(), 1, 1)), QList<QByteArray>{p1.hash});
        QCOMPARE(store.pictures(QString(), 10)->front().addedAt, ferry.picture.addedAt);
    }

    // The lead image and media: links in the body are uses; only the newest versions' are
    // the users, but a picture any version used is never unused.
    void usersUnusedAndPurge()
    {
        ArchiveUnderTest archive;
        ArticleStore &store = archive.store();
        const Picture lead = added(store, makePicture("lead"));
        const Picture inline_ = added(store, makePicture("inline"));
        const Picture spare = added(store, makePicture("spare"));
        Article a = makeArticle(QStringLiteral("Crane Arrives"));
        a.leadImage = LeadImage{lead.hash, QStringLiteral("The crane"), QStringLiteral("Ana"),
                                QStringLiteral("A crane")};
        a = archive.saved(a);
        Article b =
            archive.saved(makeArticle(QStringLiteral("Port Expands"), inBody(inline_.hash)));
        Article c = makeArticle(QStringLiteral("Both"), inBody(inline_.hash.toUpper()));
        c.leadImage.hash = lead.hash;
        c = archive.saved(c);

        QCOMPARE(*store.pictureUsers(lead.hash), (QList<qint64>{a.id, c.id}));
        QCOMPARE(*store.pictureUsers(inline_.hash), (QList<qint64>{b.id, c.id}));
        QCOMPARE(*store.pictureUsers(spare.hash), QList<qint64>{});
        QCOMPARE(hashesOf(*store.unusedPictures()), QList<QByteArray>{spare.hash});

        auto purged = store.purgePictures({lead.hash, inline_.hash, spare.hash});
        QVERIFY2(purged, why(purged).constData());
        QCOMPARE(*purged, 1);
        QCOMPARE(store.picture(spare.hash).error().code, StoreError::Code::NotFound);
        QCOMPARE(store.pictureBytes(spare.hash).error().code, StoreError::Code::NotFound);
        QCOMPARE(store.pictureBytes(spare.hash, 480).error().code, StoreError::Code::NotFound);
        QVERIFY(store.pictureBytes(lead.hash));
        QVERIFY(store.unusedPictures()->isEmpty());
        QCOMPARE(*store.purgePictures({spare.hash, QByteArray(64, 'c')}), 0);
    }

    // A picture used only by an older version, or only by an article in the trash, is kept:
    // restoring either finds its picture.
    void oldVersionsAndTheTrashKeepTheirPictures()
    {
        ArchiveUnderTest archive;
        ArticleStore &store = archive.store();
        const Picture old = added(store, makePicture("old"));
        const Picture trashed = added(store, makePicture("trashed"));
        Article a = makeArticle(QStringLiteral("Changed Its Picture"), inBody(old.hash));
        const Article first = archive.saved(a);
        Article second = first;
        second.body = QStringLiteral("No picture now.");
        second = archive.saved(second);
        Article b = archive.saved(makeArticle(QStringLiteral("Binned"), inBody(trashed.hash)));
        QVERIFY(store.moveToTrash(b.id));

        QCOMPARE(*store.pictureUsers(old.hash), QList<qint64>{}); // not the newest version's
        QCOMPARE(*store.pictureUsers(trashed.hash), QList<qint64>{b.id}); // the trash counts
        QVERIFY(store.unusedPictures()->isEmpty());
        QCOMPARE(*store.purgePictures({old.hash, trashed.hash}), 0);

        auto restored = store.restoreRevision(first.id, first.version, second.version);
        QVERIFY2(restored, why(restored).constData());
        QCOMPARE(*store.pictureUsers(old.hash), QList<qint64>{first.id});
        QVERIFY(store.pictureBytes(old.hash));
    }

    // A body may name a picture the archive does not have (pasted from elsewhere): the save
    // goes through, no use is recorded, and the check reports it later.
    void anUnknownPictureDoesNotStopASave()
    {
        ArchiveUnderTest archive;
        const QByteArray unknown(64, 'd');
        Article a = makeArticle(QStringLiteral("Names A Stranger"), inBody(unknown));
        a.leadImage.hash = unknown;
        auto saved = archive.store().save(a);
        QVERIFY2(saved, why(saved).constData());
        QCOMPARE(archive.store().article(saved->id)->leadImage.hash, unknown);
        QCOMPARE(archive.store().picture(unknown).error().code, StoreError::Code::NotFound);
    }

    // The lead image, with this article's own words, goes wherever the article goes.
    void theLeadImageTravelsWithTheArticle()
    {
        ArchiveUnderTest archive;
        ArticleStore &store = archive.store();
        const Picture p1 = added(store, makePicture("first-lead"));
        const Picture p2 = added(store, makePicture("second-lead"));
        Article a = makeArticle(QStringLiteral("Lead Image Story"));
        a.leadImage = LeadImage{p1.hash, QStringLiteral("Cranes at dawn"),
                                QStringLiteral("Photo: Ana Ruiz"), QStringLiteral("Two cranes")};
        const Article first = archive.saved(a);
        QCOMPARE(first.leadImage, a.leadImage);
        Article changed = first;
        changed.leadImage = LeadImage{p2.hash, QStringLiteral("Ferry"), QString(), QString()};
        const Article second = archive.saved(changed);

        auto fresh = archive.openAgain();
        QCOMPARE(fresh->article(first.id)->leadImage, changed.leadImage);
        QCOMPARE(fresh->revision(first.id, first.version)->leadImage, a.leadImage);
        const QList<FieldChange> changes =
            compareArticles(*fresh->revision(first.id, first.version), *fresh->article(first.id));
        QCOMPARE(changes.size(), 1);
        QCOMPARE(changes.front().field, QStringLiteral("lead_image"));
        QVERIFY(changes.front().before.contains(QStringLiteral("Cranes at dawn")));

        auto restored = fresh->restoreRevision(first.id, first.version, second.version);
        QVERIFY2(restored, why(restored).constData());
        QCOMPARE(restored->leadImage, a.leadImage);
        QCOMPARE(fresh->article(first.id)->leadImage, a.leadImage);

        Article none = *fresh->article(first.id);
        none.leadImage = {};
        QVERIFY(fresh->save(none));
        QVERIFY(fresh->article(first.id)->leadImage.isEmpty());
    }

    // copy-to takes every picture with its data and smaller copies, once: run again, it
    // copies none; a copy out and back compares equal.
    void copyToTakesThePictures()
    {
        ArchiveUnderTest archive;
        ArticleStore &store = archive.store();
        const Picture lead = added(store, makePicture("copied-lead"));
        TestPicture bare = makePicture("copied-spare", {}, 300);
        bare.renditions.clear(); // as an archive from elsewhere may hold it
        const Picture spare = added(store, bare);
        QVERIFY(store.describePicture(spare.hash, QStringLiteral("Spare"), QStringLiteral("Ben"),
                                      QStringLiteral("A spare picture")));
        Article a = makeArticle(QStringLiteral("Copied With Its Picture"));
        a.leadImage = LeadImage{lead.hash, QStringLiteral("Lead"), QStringLiteral("Ana"),
                                QStringLiteral("Alt")};
        a = archive.saved(a);
        Article edited = a;
        edited.body = inBody(spare.hash);
        archive.saved(edited);

        QTemporaryDir dir;
        auto file = SqliteArticleStore::open(dir.filePath(QStringLiteral("copy.newsroom")));
        QVERIFY(file);
        ArchiveCopier copier(store, QStringLiteral("under-test"), **file);
        auto report = copier.run();
        QVERIFY2(report, why(report).constData());
        QCOMPARE(report->pictures, 2);
        QCOMPARE(report->picturesCopied, 2);
        QVERIFY(report->failed.isEmpty());
        QString differs = compareArchives(store, **file, 0);
        QVERIFY2(differs.isEmpty(), qPrintable(differs));
        QCOMPARE(*(*file)->pictureUsers(lead.hash), QList<qint64>{a.id});
        QCOMPARE(*(*file)->pictureUsers(spare.hash), QList<qint64>{a.id});
        QVERIFY((*file)->unusedPictures()->isEmpty());

        auto again = ArchiveCopier(store, QStringLiteral("under-test"), **file).run();
        QVERIFY2(again, why(again).constData());
        QCOMPARE(again->picturesCopied, 0);
        QCOMPARE(again->picturesAlreadyThere, 2);
        QCOMPARE(again->copied, 0);

        // And back, into a new archive of the kind under test.
        ArchiveUnderTest back;
        auto returned = ArchiveCopier(**file, QStringLiteral("copy"), back.store()).run();
        QVERIFY2(returned, why(returned).constData());
        differs = compareArchives(store, back.store(), 0);
        QVERIFY2(differs.isEmpty(), qPrintable(differs));
    }

    // The file's check names a picture whose bytes no longer match its name and an article
    // that uses a picture the archive lacks; on a server the database itself refuses a use
    // of a missing picture (its foreign key), and purging one in use.
    void damageIsReportedOrRefused()
    {
        ArchiveUnderTest archive;
        ArticleStore &store = archive.store();
        const Picture p = added(store, makePicture("damaged"));
        Article a = makeArticle(QStringLiteral("Uses A Damaged Picture"));
        a.leadImage.hash = p.hash;
        a = archive.saved(a);
        const QByteArray missing(64, 'f');
        const Article b =
            archive.saved(makeArticle(QStringLiteral("Uses A Missing Picture"), inBody(missing)));
        if (PgArticleStore *server = archive.server()) {
            PgConnection &db = server->connection();
            QVERIFY(!db.query("INSERT INTO picture_uses (hash, article_id) VALUES ($1, $2)",
                              PgParams().add(QString::fromLatin1(missing)).add(b.id)));
            QVERIFY(!db.query("DELETE FROM pictures"));
            QVERIFY(store.pictureBytes(p.hash));
            return;
        }
        SqliteDatabase &db = archive.file()->database();
        QVERIFY(db.exec("UPDATE picture_data SET data = X'00' WHERE width = 0"));
        auto report = ArchiveCheck::run(db, {});
        QVERIFY2(report, why(report).constData());
        QVERIFY(report->checked.contains(QStringLiteral("pictures")));
        QVERIFY(report->checked.contains(QStringLiteral("picture-uses")));
        QCOMPARE(report->problems.size(), 2);
        QCOMPARE(report->problems[0].check, QStringLiteral("pictures"));
        QVERIFY2(report->problems[0].message.contains(QString::fromLatin1(p.hash)),
                 qPrintable(report->problems[0].message));
        QCOMPARE(report->problems[1].check, QStringLiteral("picture-uses"));
        QVERIFY2(report->problems[1].message.contains(QStringLiteral("#%1").arg(b.id)),
                 qPrintable(report->problems[1].message));
        QVERIFY(report->problems[1].message.contains(QString::fromLatin1(missing)));
        QVERIFY(!report->problems[1].message.contains(QStringLiteral("#%1 ").arg(a.id)));
    }

    // A rendition's row lost (another program, damage), another emptied, the original's bytes
    // spoilt: pages would quietly use fewer sizes. The file's check names the picture, its
    // file name and the widths; adding the same picture again, as the check says to, puts the
    // right bytes back on either archive and changes nothing else (the desk's words stay).
    void aLostCopyIsNamedAndMadeAgain()
    {
        ArchiveUnderTest archive;
        ArticleStore &store = archive.store();
        const TestPicture t = makePicture("lost-copy");
        const Picture p = added(store, t);
        QVERIFY(store.describePicture(p.hash, QStringLiteral("Kept caption"),
                                      QStringLiteral("Kept credit"), QStringLiteral("Kept alt")));
        QVERIFY(rawSql(archive,
                       "DELETE FROM picture_data WHERE width = 960;"
                       " UPDATE picture_data SET data = X'' WHERE width = 1600;"
                       " UPDATE picture_data SET data = X'00' WHERE width = 0",
                       "DELETE FROM picture_data WHERE width = 960;"
                       " UPDATE picture_data SET data = ''::bytea WHERE width = 1600;"
                       " UPDATE picture_data SET data = '\\x00'::bytea WHERE width = 0"));
        QCOMPARE(store.picture(p.hash)->renditionWidths, (QList<int>{480, 2000})); // none empty
        if (SqliteArticleStore *file = archive.file()) {
            auto report = ArchiveCheck::run(file->database(), {});
            QVERIFY2(report, why(report).constData());
            QVERIFY(report->checked.contains(QStringLiteral("picture-copies")));
            QCOMPARE(report->problems.size(), 2);
            QCOMPARE(report->problems[0].check, QStringLiteral("pictures"));
            QCOMPARE(report->problems[1].check, QStringLiteral("picture-copies"));
            const QString named = QString::fromLatin1(p.hash) + QStringLiteral(" (lost-copy.png)");
            QCOMPARE(report->problems[0].details,
                     QStringList{QStringLiteral("picture %1 does not match its name").arg(named)});
            QCOMPARE(report->problems[1].details,
                     QStringList{QStringLiteral("picture %1 lacks 2 of its copies (960, 1600 "
                                                "pixels wide)")
                                     .arg(named)});
            for (const ArchiveProblem &problem : std::as_const(report->problems))
                QVERIFY2(problem.message.contains(QStringLiteral("Add the same picture")),
                         qPrintable(problem.message));
        }

        // As another encoder would make them: only the lost and the emptied copies are
        // taken, the sound ones stay as they were.
        TestPicture again = t;
        again.picture.caption = QStringLiteral("Another caption");
        for (auto &[width, bytes] : again.renditions)
            bytes += " re-encoded";
        const Picture restored = added(store, again);
        QCOMPARE(restored.renditionWidths, (QList<int>{480, 960, 1600, 2000}));
        QCOMPARE(restored.caption, QStringLiteral("Kept caption"));
        QCOMPARE(*store.pictureBytes(p.hash, 0), t.original);
        QCOMPARE(*store.pictureBytes(p.hash, 480), t.renditions[0].second);
        QCOMPARE(*store.pictureBytes(p.hash, 960), again.renditions[1].second);
        QCOMPARE(*store.pictureBytes(p.hash, 1600), again.renditions[2].second);
        QCOMPARE(*store.pictureBytes(p.hash, 2000), t.renditions[3].second);
        checkFindsNothing(archive);
    }

    // Rows at widths PictureDecoder never makes (written by something else) are never
    // offered to a page: not one narrower than the picture, not one wider, not one whose width
    // an int cannot hold (it must not read as 0, the original, whose metadata pages never
    // publish). A picture whose own width is out of bounds shows nowhere; the file's check
    // names it, and adding the same picture again puts its size right.
    void copiesAtOtherWidthsAreNeverShown()
    {
        ArchiveUnderTest archive;
        ArticleStore &store = archive.store();
        const Picture p = added(store, makePicture("stray-copies"));
        const TestPicture unsized = makePicture("no-width");
        const Picture q = added(store, unsized);
        const QByteArray p64 = "'" + p.hash + "'";
        const QByteArray q64 = "'" + q.hash + "'";
        QVERIFY(rawSql(archive,
                       "INSERT INTO picture_data (hash, width, data) VALUES (" + p64 +
                           ", 1000, X'40'), (" + p64 + ", 123456, X'41'), (" + p64 +
                           ", 1099511627776, X'42'), (" + p64 +
                           ", 4294967776, X'43'); UPDATE pictures SET width = 1099511627776"
                           " WHERE hash = " +
                           q64,
                       "INSERT INTO picture_data (hash, width, data) VALUES (" + p64 +
                           ", 1000, '\\x40'::bytea), (" + p64 +
                           ", 123456, '\\x41'::bytea); UPDATE pictures SET width = 2147483647"
                           " WHERE hash = " +
                           q64));
        QCOMPARE(store.picture(p.hash)->renditionWidths, (QList<int>{480, 960, 1600, 2000}));
        QCOMPARE(store.picture(q.hash)->width, 0);
        QVERIFY(store.picture(q.hash)->renditionWidths.isEmpty());
        if (SqliteArticleStore *file = archive.file()) {
            auto report = ArchiveCheck::run(file->database(), {});
            QVERIFY2(report, why(report).constData());
            QCOMPARE(report->problems.size(), 1);
            QCOMPARE(report->problems[0].check, QStringLiteral("picture-copies"));
            QCOMPARE(report->problems[0].details,
                     QStringList{QStringLiteral("picture %1 (no-width.png) gives no usable "
                                                "width, so no page shows it")
                                     .arg(QString::fromLatin1(q.hash))});
        }

        const Picture resized = added(store, unsized);
        QCOMPARE(resized.width, unsized.picture.width);
        QCOMPARE(resized.renditionWidths, (QList<int>{480, 960, 1600, 2000}));
        checkFindsNothing(archive);
    }

    // Rows written by something other than Newsroom are read only as far as the archive
    // would have written them: a huge caption is cut, oversized bytes are refused as damage.
    void junkRowsAreReadBounded()
    {
        ArchiveUnderTest archive;
        ArticleStore &store = archive.store();
        const Picture p = added(store, makePicture("junk"));
        Article a = makeArticle(QStringLiteral("Junk Lead"));
        a.leadImage.hash = p.hash;
        a = archive.saved(a);
        // 8 MB of text in every field the archive reads, and bytes larger than any picture.
        const QByteArray text = "replace(hex(zeroblob(4194304)), '0', 'x')";
        const QByteArray tooBig = QByteArray::number(Picture::kMaxFileBytes + 1);
        const QByteArray pgText = "repeat('x', 8388608)";
        QVERIFY(rawSql(
            archive,
            "UPDATE pictures SET caption = " + text + ", file_name = " + text + ", credit = " +
                text + ", alt_text = " + text + "; UPDATE articles SET lead_caption = " + text +
                ", lead_alt = " + text + ", lead_credit = " + text +
                "; UPDATE picture_data SET data = zeroblob(" + tooBig + ") WHERE width = 480",
            "UPDATE pictures SET caption = " + pgText + ", file_name = " + pgText +
                ", credit = " + pgText + ", alt_text = " + pgText +
                "; UPDATE articles SET lead_caption = " + pgText + ", lead_alt = " + pgText +
                ", lead_credit = " + pgText +
                "; UPDATE picture_data SET data = convert_to(repeat('0', " + tooBig +
                "), 'UTF8') WHERE width = 480"));
        auto read = store.picture(p.hash);
        QVERIFY2(read, why(read).constData());
        QCOMPARE(read->caption.size(), Picture::kMaxCaption);
        QCOMPARE(read->credit.size(), Picture::kMaxCredit);
        QCOMPARE(read->altText.size(), Picture::kMaxAltText);
        QCOMPARE(read->fileName.size(), picturerules::kMaxFileName);
        QCOMPARE(store.pictures(QString(), 10)->front().caption.size(), Picture::kMaxCaption);
        auto article = store.article(a.id);
        QVERIFY2(article, why(article).constData());
        QCOMPARE(article->leadImage.caption.size(), Picture::kMaxCaption);
        QCOMPARE(article->leadImage.altText.size(), Picture::kMaxAltText);
        QCOMPARE(article->leadImage.credit.size(), Picture::kMaxCredit);
        auto bytes = store.pictureBytes(p.hash, 480);
        QVERIFY(!bytes);
        QCOMPARE(bytes.error().code, StoreError::Code::Corrupt);
        QVERIFY(store.pictureBytes(p.hash)); // the original is as it was
    }
};

QTEST_GUILESS_MAIN(TestPictures)
#include "tst_pictures.moc"
