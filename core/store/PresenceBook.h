#pragma once

#include "StoreError.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace newsroom {

// Someone who has an article open in another window (here, in another process on the same
// file, or on a colleague's desk): "Ana Ruiz is editing".
struct ArticlePresence
{
    qint64 articleId = 0;
    QString who;       // the server role, or the local account's name in a file archive
    QByteArray origin; // the window's gateway (ArchiveGateway's origin)
};

// Presence, not locks (issue 16): each window notes the article it has open, again every
// kHeartbeat, and clears it when it closes or switches; a note older than kExpiry is
// nobody's (the window crashed or lost its connection) and whoever reads or writes next
// deletes it. Nothing here ever stands in the way of a save. The archive's stores implement
// it beside ArticleStore (the gateway finds it with a dynamic_cast); a store that does not
// keeps no presence.
class PresenceBook
{
public:
    static constexpr int kHeartbeat = 30; // s
    static constexpr int kExpiry = 150;   // s without a heartbeat
    // The server announces a window coming or going here (payload {"id": 42, "origin": "…"}).
    static constexpr const char *kChannel = "newsroom_presence";
    // What present() reads at most: a name of more characters is cut (a role name has up to
    // 63 bytes), and a table of more rows is a desk far larger than any (or junk).
    static constexpr qsizetype kMaxWho = 64;
    static constexpr int kMaxRows = 1000;

    virtual ~PresenceBook() = default;

    // This window (the store's origin) has `articleId` open: noted or renewed.
    virtual StoreStatus notePresent(qint64 articleId) = 0;
    // This window closed `articleId` (or moved on).
    virtual StoreStatus noteGone(qint64 articleId) = 0;
    // Everyone on any article within kExpiry, other windows only (not this origin), by
    // article id then name.
    virtual StoreResult<QList<ArticlePresence>> present() = 0;
};

} // namespace newsroom
