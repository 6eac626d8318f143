#pragma once

#include "ArticleStore.h"

#include <QCoreApplication>

namespace newsroom {

// Copies every article of one archive into another, each with its whole history (every
// version with its note and author), its place in the trash and its related links: what
// newsroom-cli copy-to does, from a file or a server to a file or a server.
//
// Ids stay as they are when the target is a new archive; otherwise every id moves up by
// one offset (the target's highest id), links and history along with it. Each article is
// written in one transaction with a key made of the source's name and its id, so a copy
// run again (after a kill, say) finds what it copied before, keeps its offset and copies
// only what is missing.
//
// The pictures go first, each with its data and smaller copies, under its own name (the
// hash of its bytes): the same picture is never copied twice, and the articles' uses of
// them are recorded as the articles arrive.
class ArchiveCopier
{
    Q_DECLARE_TR_FUNCTIONS(ArchiveCopier)
public:
    struct Failure
    {
        qint64 id = 0; // in the source (0: a picture)
        QString message;
    };
    struct Report
    {
        int articles = 0; // in the source
        int copied = 0;
        int alreadyThere = 0; // copied by an earlier run
        qint64 versions = 0;  // written by this run, newest versions included
        qint64 idOffset = 0;  // target id = source id + idOffset
        int pictures = 0;     // in the source
        int picturesCopied = 0;
        int picturesAlreadyThere = 0;
        QList<Failure> failed;
    };

    // `fromName` names the source for good (a file's canonical path, a server's address
    // without its password): it is what makes a second run recognise the first one's copies.
    ArchiveCopier(ArticleStore &from, const QString &fromName, ArticleStore &to);

    // Stops at the first failure of either archive itself (unreachable, full, read-only);
    // an article the target refuses (its slug taken) is noted in the report and passed by.
    StoreResult<Report> run();

    static QByteArray keyFor(const QString &fromName, qint64 id);

private:
    StoreResult<qint64> findOffset(const QList<qint64> &ids, QList<bool> &copied);
    StoreResult<ArticleRecord> read(qint64 id);
    StoreStatus copyPictures(Report &report);
    StoreStatus copyPicture(const Picture &picture, Report &report);

    ArticleStore &m_from;
    QString m_fromName;
    ArticleStore &m_to;
};

} // namespace newsroom
