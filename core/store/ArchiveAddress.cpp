#include "ArchiveAddress.h"

#include "PgArticleStore.h"
#include "ServerAddress.h"
#include "SqliteArticleStore.h"

#include <QFileInfo>

namespace newsroom {

bool ArchiveAddress::isServer(const QString &address)
{
    return address.startsWith(QLatin1StringView("postgresql://"), Qt::CaseInsensitive) ||
           address.startsWith(QLatin1StringView("postgres://"), Qt::CaseInsensitive);
}

StoreResult<ArchiveAddress::Opened> ArchiveAddress::open(const QString &address,
                                                         const QByteArray &password)
{
    if (isServer(address)) {
        auto store = PgArticleStore::open(address, password);
        if (!store)
            return std::unexpected(store.error());
        return Opened{std::move(*store), PgArticleStore::opener(address, password)};
    }
    auto store = SqliteArticleStore::open(address);
    if (!store)
        return std::unexpected(store.error());
    return Opened{std::move(*store), SqliteArticleStore::opener(address)};
}

QString ArchiveAddress::forDisplay(const QString &address)
{
    if (!isServer(address))
        return address;
    // The user part before the last '@' of the authority may hold ":password".
    const qsizetype schemeEnd = address.indexOf(QLatin1StringView("://")) + 3;
    qsizetype authorityEnd = address.indexOf(QLatin1Char('/'), schemeEnd);
    const qsizetype query = address.indexOf(QLatin1Char('?'), schemeEnd);
    if (authorityEnd < 0 || (query >= 0 && query < authorityEnd))
        authorityEnd = query >= 0 ? query : address.size();
    QString shown = address;
    const qsizetype at = address.lastIndexOf(QLatin1Char('@'), authorityEnd - 1);
    if (at >= schemeEnd) {
        const qsizetype colon = address.indexOf(QLatin1Char(':'), schemeEnd);
        if (colon >= 0 && colon < at)
            shown = address.left(colon) + address.mid(at);
    }
    // ...and the query may hold password=...
    const qsizetype queryStart = shown.indexOf(QLatin1Char('?'));
    if (queryStart < 0)
        return shown;
    QStringList kept;
    for (const QString &pair : shown.mid(queryStart + 1).split(QLatin1Char('&'))) {
        if (!pair.startsWith(QLatin1StringView("password="), Qt::CaseInsensitive))
            kept.append(pair);
    }
    return shown.left(queryStart) +
           (kept.isEmpty() ? QString() : QLatin1Char('?') + kept.join(QLatin1Char('&')));
}

QString ArchiveAddress::shortName(const QString &address)
{
    if (!isServer(address))
        return QFileInfo(address).fileName();
    const auto server = ServerAddress::fromUri(address);
    return server ? server->shortName() : forDisplay(address);
}

} // namespace newsroom
