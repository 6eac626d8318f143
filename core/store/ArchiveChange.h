#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QMetaType>
#include <QString>
#include <optional>

namespace newsroom {

// One change a client committed to a server archive (a save, trash or restore), as the
// others hear of it: PgArticleStore sends it on kChannel after the commit, PgChangeListener
// reads it. The payload is a small JSON object, e.g.
//   {"id": 42, "version": 7, "who": "ana", "origin": "5f0c…"}
// where `origin` names the gateway whose store sent it, so that it can skip its own.
struct ArchiveChange
{
    static constexpr const char *kChannel = "newsroom_changes";
    // Far more than a real payload (about 100 bytes) and far less than the server's 8000.
    static constexpr qsizetype kMaxPayload = 512;
    static constexpr qsizetype kMaxWho = 63;    // PostgreSQL's longest role name, in bytes
    static constexpr qsizetype kMaxOrigin = 64; // hex digits

    qint64 id = 0;
    qint64 version = 0;
    QString who;       // the PostgreSQL role that saved it
    QByteArray origin; // may be empty (another program, or an older Newsroom)

    // Reads a payload, which anyone who can connect to the database can send: the known
    // fields must be there with the right types and in bounds, else nothing (the caller
    // logs it). Fields it does not know are left alone, so that a newer Newsroom may add some.
    static std::optional<ArchiveChange> fromPayload(QByteArrayView payload);
};

} // namespace newsroom

Q_DECLARE_METATYPE(newsroom::ArchiveChange)
