#pragma once

// Compares two archives article by article and version by version, for the copy between
// archives: the second holds every article of the first under its id + `offset`, with the
// same fields, times, history (notes and authors), place in the trash and links (moved by
// the same offset), and every picture with its data. Any store: a file or a server.

#include "store/ArticleStore.h"

#include <QString>

namespace newsroom::test {

inline Article shifted(Article article, qint64 offset)
{
    article.id += offset;
    for (RelatedItem &item : article.related) {
        if (item.pointsToArchive())
            item.targetId += offset;
    }
    return article;
}

inline QString describe(const Revision &r)
{
    return QStringLiteral("v%1 %2 %3 %4 %5 %6 %7 %8")
        .arg(r.version)
        .arg(r.savedAt.toString(Qt::ISODate), r.headline, revisionKindName(r.kind), r.author,
             statusName(r.status),
             r.previousStatus ? statusName(*r.previousStatus) : QStringLiteral("-"))
        .arg(r.restoredFrom);
}

// Empty when the second holds every picture of the first, the same in every word, with the
// same bytes for the original and each smaller copy.
inline QString comparePictures(ArticleStore &from, ArticleStore &to)
{
    auto pictures = from.pictures(QString(), 1000);
    if (!pictures)
        return pictures.error().message;
    for (const Picture &picture : std::as_const(*pictures)) {
        const QString where = QStringLiteral("picture %1: ").arg(QString::fromLatin1(picture.hash));
        auto there = to.picture(picture.hash);
        if (!there)
            return where + there.error().message;
        if (*there != picture)
            return where + QStringLiteral("differs");
        for (int width : QList<int>{0} + picture.renditionWidths) {
            auto a = from.pictureBytes(picture.hash, width);
            auto b = to.pictureBytes(picture.hash, width);
            if (!a || !b || *a != *b)
                return where + QStringLiteral("bytes at width %1 differ").arg(width);
        }
    }
    return {};
}

// Empty when the two agree (pictures too); else what differs first, for the test's message.
inline QString compareArchives(ArticleStore &from, ArticleStore &to, qint64 offset,
                               int *versionsCompared = nullptr)
{
    if (const QString pictures = comparePictures(from, to); !pictures.isEmpty())
        return pictures;
    auto ids = from.allIds();
    if (!ids)
        return ids.error().message;
    int versions = 0;
    for (qint64 id : std::as_const(*ids)) {
        const QString where = QStringLiteral("#%1: ").arg(id);
        auto a = from.article(id);
        auto b = to.article(id + offset);
        if (!a || !b)
            return where + (a ? b.error().message : a.error().message);
        if (shifted(*a, offset) != *b)
            return where + QStringLiteral("the newest version differs");
        if (from.summary(id)->trashed != to.summary(id + offset)->trashed)
            return where + QStringLiteral("trash differs");
        auto ra = from.revisions(id);
        auto rb = to.revisions(id + offset);
        if (!ra || !rb || ra->size() != rb->size())
            return where + QStringLiteral("history length differs");
        for (qsizetype i = 0; i < ra->size(); ++i) {
            if (describe(ra->at(i)) != describe(rb->at(i)) ||
                ra->at(i).articleId + offset != rb->at(i).articleId)
                return where + describe(ra->at(i)) + QStringLiteral(" / ") + describe(rb->at(i));
            auto va = from.revision(id, ra->at(i).version);
            auto vb = to.revision(id + offset, rb->at(i).version);
            if (!va || !vb || shifted(*va, offset) != *vb)
                return where + QStringLiteral("version %1 differs").arg(ra->at(i).version);
            ++versions;
        }
    }
    if (versionsCompared)
        *versionsCompared = versions;
    return {};
}

} // namespace newsroom::test
