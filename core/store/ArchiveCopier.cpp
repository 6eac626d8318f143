#include "ArchiveCopier.h"

#include <QCryptographicHash>
#include <algorithm>

namespace newsroom {

namespace {

void moveLinks(Article &article, qint64 offset)
{
    for (RelatedItem &item : article.related) {
        if (item.pointsToArchive())
            item.targetId += offset; // a link to a purged article stays as dangling as it was
    }
}

// The record as the target is to hold it: every id, its own and its links', moved up.
ArticleRecord moved(ArticleRecord record, qint64 offset)
{
    record.article.id += offset;
    record.note.articleId += offset;
    moveLinks(record.article, offset);
    for (ArticleRecord::Version &version : record.history) {
        version.content.id = record.article.id;
        version.content.version = version.note.version;
        version.note.articleId = record.article.id;
        moveLinks(version.content, offset);
    }
    for (ArticleNote &note : record.notes)
        note.articleId = record.article.id;
    return record;
}

} // namespace

ArchiveCopier::ArchiveCopier(ArticleStore &from, const QString &fromName, ArticleStore &to)
    : m_from(from), m_fromName(fromName), m_to(to)
{}

QByteArray ArchiveCopier::keyFor(const QString &fromName, qint64 id)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData("newsroom copy-to\n");
    hash.addData(fromName.toUtf8());
    hash.addData("\n");
    hash.addData(QByteArray::number(id));
    return hash.result();
}

// The offset an earlier run used, if it copied anything; else none for a new archive and
// the target's highest id for one that has articles of its own.
StoreResult<qint64> ArchiveCopier::findOffset(const QList<qint64> &ids, QList<bool> &copied)
{
    std::optional<qint64> earlier;
    copied.fill(false, ids.size());
    for (qsizetype i = 0; i < ids.size(); ++i) {
        auto there = m_to.articleWithKey(keyFor(m_fromName, ids[i]));
        if (!there)
            return std::unexpected(there.error());
        if (*there == 0)
            continue;
        copied[i] = true;
        if (earlier && *earlier != *there - ids[i]) {
            return storeFailure(StoreError::Code::Conflict,
                                tr("The target holds copies of this archive's articles under "
                                   "ids that do not agree with each other; copy to a new "
                                   "archive instead."));
        }
        earlier = *there - ids[i];
    }
    if (earlier)
        return *earlier;
    return m_to.highestId();
}

StoreResult<ArticleRecord> ArchiveCopier::read(qint64 id)
{
    ArticleRecord record;
    auto article = m_from.article(id);
    if (!article)
        return std::unexpected(article.error());
    record.article = *article;
    auto summary = m_from.summary(id);
    if (!summary)
        return std::unexpected(summary.error());
    record.trashed = summary->trashed;
    auto revisions = m_from.revisions(id); // the newest first
    if (!revisions)
        return std::unexpected(revisions.error());
    for (const Revision &revision : std::as_const(*revisions)) {
        if (revision.version == record.article.version) {
            record.note = revision;
            continue;
        }
        auto content = m_from.revision(id, revision.version);
        if (!content)
            return std::unexpected(content.error());
        record.history.prepend({revision, *content});
    }
    auto thread = m_from.deskThread(id);
    if (!thread)
        return std::unexpected(thread.error());
    record.notes = thread->notes;
    return record;
}

// A picture the target refuses (its bytes damaged in the source) is noted and passed by.
StoreStatus ArchiveCopier::copyPicture(const Picture &picture, Report &report)
{
    auto there = m_to.picture(picture.hash);
    if (there) {
        ++report.picturesAlreadyThere;
        return {};
    }
    if (there.error().code != StoreError::Code::NotFound)
        return std::unexpected(there.error());
    auto original = m_from.pictureBytes(picture.hash);
    if (!original)
        return std::unexpected(original.error());
    QList<QPair<int, QByteArray>> renditions;
    for (int width : picture.renditionWidths) {
        auto bytes = m_from.pictureBytes(picture.hash, width);
        if (!bytes)
            return std::unexpected(bytes.error());
        renditions.append({width, *bytes});
    }
    auto added = m_to.addPicture(picture, *original, renditions);
    if (added) {
        ++report.picturesCopied;
    } else if (added.error().code == StoreError::Code::Invalid) {
        report.failed.append({0, added.error().message});
    } else {
        return std::unexpected(added.error());
    }
    return {};
}

StoreStatus ArchiveCopier::copyPictures(Report &report)
{
    constexpr int kPage = 200;
    for (int offset = 0;; offset += kPage) {
        auto page = m_from.pictures(QString(), kPage, offset);
        if (!page)
            return std::unexpected(page.error());
        for (const Picture &picture : std::as_const(*page)) {
            ++report.pictures;
            if (auto copied = copyPicture(picture, report); !copied)
                return copied;
        }
        if (page->size() < kPage)
            return {};
    }
}

StoreResult<ArchiveCopier::Report> ArchiveCopier::run()
{
    auto ids = m_from.allIds();
    if (!ids)
        return std::unexpected(ids.error());
    Report report;
    if (auto pictures = copyPictures(report); !pictures)
        return std::unexpected(pictures.error());
    report.articles = int(ids->size());
    QList<bool> copied;
    auto offset = findOffset(*ids, copied);
    if (!offset)
        return std::unexpected(offset.error());
    report.idOffset = *offset;
    for (qsizetype i = 0; i < ids->size(); ++i) {
        if (copied[i]) {
            ++report.alreadyThere;
            continue;
        }
        const qint64 id = ids->at(i);
        auto record = read(id);
        if (!record)
            return std::unexpected(record.error());
        const StoreStatus put = m_to.putRecord(moved(*record, *offset), keyFor(m_fromName, id));
        if (put) {
            ++report.copied;
            report.versions += record->history.size() + 1;
        } else if (put.error().code == StoreError::Code::Conflict) {
            report.failed.append({id, put.error().message});
        } else {
            return storeFailure(put.error().code,
                                tr("%1 The copy stopped after %n article(s); run it again to "
                                   "copy the rest.",
                                   nullptr, report.copied + report.alreadyThere)
                                    .arg(put.error().message));
        }
    }
    return report;
}

} // namespace newsroom
