// libFuzzer harness for the search box's query parser (FtsQuery: parseSearchText and
// buildFtsQuery), built with ASan and UBSan by scripts/fuzz.sh. Any text typed into the
// search box (the input as UTF-8, and when it has an even length also as UTF-16, which can
// hold lone surrogates) is searched for in a real in-memory archive: the project's schema
// (migrations), its FTS5 table with the project's tokenizer (MultilingualTokenizer, prefix
// indexes and all) and ArchiveSearch, with a few articles in it. Invariants:
// - "query:sqlite": FTS5 accepts every query buildFtsQuery writes: the search never fails
//   (no syntax error, no other error);
// - "query:empty": the query is empty exactly when no term is left to look for (every term
//   excluded, or none with searchable text);
// - "query:self": an article whose body is the typed text itself is found by it when
//   nothing is excluded (every term's words are in that text, in the same order);
// - "query:snippet": SnippetBuilder finds a term of a non-empty query in the typed text.

#include "FuzzCheck.h"

#include "search/ArchiveSearch.h"
#include "search/BoundedBm25.h"
#include "search/FtsQuery.h"
#include "search/MultilingualTokenizer.h"
#include "search/SnippetBuilder.h"
#include "store/Migrations.h"
#include "store/SqliteDatabase.h"

#include <memory>

using namespace newsroom;
using namespace newsroom::test;

namespace {

constexpr qint64 kTypedId = 1000;

SqliteDatabase &archive()
{
    static std::unique_ptr<SqliteDatabase> db = [] {
        auto opened = SqliteDatabase::open(QStringLiteral(":memory:"), true);
        if (!opened)
            fail(QStringLiteral("harness"), opened.error().message);
        std::unique_ptr<SqliteDatabase> db = std::move(*opened);
        if (auto ok = MultilingualTokenizer::registerWith(db->handle()); !ok)
            fail(QStringLiteral("harness"), ok.error().message);
        if (auto ok = BoundedBm25::registerWith(db->handle()); !ok)
            fail(QStringLiteral("harness"), ok.error().message);
        if (auto ok = migrations::migrate(*db); !ok)
            fail(QStringLiteral("harness"), ok.error().message);
        // A few articles in the scripts the tokenizer knows, so queries have something
        // to walk (prefix indexes, bigrams, folding).
        const char *bodies[] = {
            "The harbour budget vote was delayed again; council members want a new count.",
            "Überschwemmung in der Straße: Feuerwehr im Einsatz, 42 Häuser geräumt.",
            "서울 데이터센터가 문을 열었다. 센터는 전력을 많이 쓴다.",
            "東京の交通ストライキは三日目に入った。",
            "المدينة تفتتح محطة تحلية جديدة على الساحل",
            "Strike OR walkout: NEAR(pay rise) \"quoted\" -minus prefix* headline:colon",
        };
        qint64 id = 1;
        for (const char *body : bodies) {
            auto insert = db->prepare("INSERT INTO articles (id, slug, created_at, updated_at, "
                                      "headline, body) VALUES (?1, ?2, 0, 0, ?3, ?4)");
            insert.bind(1, id)
                .bind(2, QStringLiteral("seed-%1").arg(id))
                .bind(3, QStringLiteral("Seed %1").arg(id))
                .bind(4, QString::fromUtf8(body));
            if (auto ok = insert.run(); !ok)
                fail(QStringLiteral("harness"), ok.error().message);
            ++id;
        }
        if (auto ok = db->exec("INSERT INTO article_search (rowid, headline, dek, body, tags) "
                               "SELECT id, headline, dek, body, tags FROM article_search_source");
            !ok)
            fail(QStringLiteral("harness"), ok.error().message);
        return db;
    }();
    return *db;
}

void check(const QString &typed)
{
    SqliteDatabase &db = archive();
    const QList<QueryTerm> terms = parseSearchText(typed);
    const QString query = buildFtsQuery(typed);
    bool positive = false;
    bool excluded = false;
    for (const QueryTerm &term : terms) {
        positive = positive || !term.negated;
        excluded = excluded || term.negated;
    }
    if (query.isEmpty() == positive)
        fail(QStringLiteral("query:empty"), QStringLiteral("typed %1, query %2, %3 terms")
                                                .arg(excerpt(typed), excerpt(query))
                                                .arg(terms.size()));

    // The typed text as an article of its own, for this input only: rolling the savepoint
    // back (however the checks end) undoes both the row and its index entries.
    if (auto ok = db.exec("SAVEPOINT typed"); !ok)
        fail(QStringLiteral("harness"), ok.error().message);
    struct RollBack
    {
        SqliteDatabase &db;
        ~RollBack() { (void)db.exec("ROLLBACK TO typed; RELEASE typed"); }
    } rollBack{db};
    auto insert = db.prepare("INSERT INTO articles (id, slug, created_at, updated_at, body) "
                             "VALUES (?1, 'typed', 0, 0, ?2)");
    insert.bind(1, kTypedId).bind(2, typed);
    if (auto ok = insert.run(); !ok)
        fail(QStringLiteral("harness"), ok.error().message);
    auto index = db.prepare("INSERT INTO article_search (rowid, headline, dek, body, tags) "
                            "SELECT id, headline, dek, body, tags FROM article_search_source "
                            "WHERE id = ?1");
    index.bind(1, kTypedId);
    if (auto ok = index.run(); !ok)
        fail(QStringLiteral("harness"), ok.error().message);

    SearchQuery search;
    search.text = typed;
    search.limit = 50;
    const auto hits = ArchiveSearch(db).run(search);
    if (!hits)
        fail(QStringLiteral("query:sqlite"),
             QStringLiteral("typed %1, query %2: %3")
                 .arg(excerpt(typed), excerpt(query), hits.error().message));
    if (!query.isEmpty() && !excluded) {
        const bool found = std::any_of(hits->begin(), hits->end(), [](const SearchHit &hit) {
            return hit.article.id == kTypedId;
        });
        if (!found)
            fail(QStringLiteral("query:self"),
                 QStringLiteral("typed %1 (query %2) does not find itself")
                     .arg(excerpt(typed), excerpt(query)));
    }
    if (!query.isEmpty() && !SnippetBuilder(typed).build(typed))
        fail(QStringLiteral("query:snippet"),
             QStringLiteral("no snippet of %1 for itself (query %2)")
                 .arg(excerpt(typed), excerpt(query)));
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    return runChecks([&] {
        check(QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size)));
        if (size % 2 == 0)
            check(QString(reinterpret_cast<const QChar *>(data), qsizetype(size / 2)));
    });
}
