#pragma once

// An archive with what a desk's archive holds, for tests that move or compare whole archives.

#include "TestArchive.h"
#include "store/ArticleStore.h"

namespace newsroom::test {

inline Article saveOrDie(ArticleStore &store, const Article &article)
{
    auto saved = store.save(article);
    if (!saved)
        qFatal("save failed: %s", qPrintable(saved.error().message));
    return *saved;
}

// An archive with what a desk's archive holds: a history with status changes, a
// publication and a restore, links both ways, a link to an article long gone, an outside
// link, a trashed article, another language, a word target.
inline void fillDesk(ArticleStore &store)
{
    Article fire =
        saveOrDie(store, makeArticle(QStringLiteral("Fire guts tram depot overnight"),
                                     QStringLiteral("Crews fought the fire until dawn.")));
    fire.body += QStringLiteral("\n\nNo one was hurt, the fire service said.");
    fire = saveOrDie(store, fire);
    fire.status = ArticleStatus::InReview;
    fire = saveOrDie(store, fire);
    fire.status = ArticleStatus::Published;
    fire = saveOrDie(store, fire);

    Article arrest = makeArticle(QStringLiteral("Man charged with starting depot fire"),
                                 QStringLiteral("Police charged a 34-year-old on Friday."));
    arrest.related = {
        RelatedItem{fire.headline, QStringLiteral("The night of the fire."), fire.id, {}},
        RelatedItem{QStringLiteral("Transit board statement"),
                    QStringLiteral("What the board said."), 0,
                    QStringLiteral("https://example.org/board")},
        RelatedItem{QStringLiteral("A story long purged"),
                    QStringLiteral("Its article is gone."),
                    9999,
                    {}}};
    arrest.wordTarget = 700;
    arrest.language = QStringLiteral("en");
    arrest = saveOrDie(store, arrest);
    fire.related = {RelatedItem{QStringLiteral("Charged: the suspect"),
                                QStringLiteral("A man was charged."),
                                arrest.id,
                                {}}};
    fire = saveOrDie(store, fire);

    Article korean =
        saveOrDie(store, makeArticle(QStringLiteral("트램 차고지 화재… 인명 피해 없어"),
                                     QStringLiteral("소방당국은 새벽까지 불을 껐다.")));
    const qint64 first = korean.version;
    korean.body = QStringLiteral("고쳐 쓴 본문.");
    korean = saveOrDie(store, korean);
    if (!store.restoreRevision(korean.id, first, korean.version))
        qFatal("restore failed");

    const Article gone = saveOrDie(store, makeArticle(QStringLiteral("Depot reopens next week")));
    if (!store.moveToTrash(gone.id))
        qFatal("trash failed");
    QList<Article> more;
    for (int i = 1; i <= 30; ++i)
        more.append(makeArticle(QStringLiteral("Council notes, item %1").arg(i)));
    if (!store.saveAll(more))
        qFatal("saveAll failed");
}

} // namespace newsroom::test
