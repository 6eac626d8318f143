#include "ServerAddress.h"

#include <QUrl>
#include <libpq-fe.h>

namespace newsroom {

namespace {
// Everything but letters, digits and "-._~" percent-encoded: libpq decodes every part of a
// URI (user, host, port, database, each parameter) after it has split the URI up.
QString encoded(const QString &part)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(part));
}

bool holdsNul(const QString &text)
{
    return text.contains(QChar(u'\0'));
}

// A network host: a DNS name or an IP address (IPv6 too), in ASCII. A comma would make it
// a list of hosts, a space or anything else is no host at all.
bool isHostName(const QString &host)
{
    for (QChar c : host) {
        if (c.unicode() > 0x7f ||
            !(c.isLetterOrNumber() || c == u'.' || c == u'-' || c == u'_' || c == u':'))
            return false;
    }
    return true;
}

// The value libpq parsed for `keyword`, or empty.
QString optionValue(const PQconninfoOption *options, const char *keyword)
{
    for (const PQconninfoOption *option = options; option->keyword; ++option) {
        if (qstrcmp(option->keyword, keyword) == 0)
            return option->val ? QString::fromUtf8(option->val) : QString();
    }
    return {};
}

QString defaultUser()
{
    PQconninfoOption *defaults = PQconndefaults();
    if (!defaults)
        return {};
    const QString user = optionValue(defaults, "user");
    PQconninfoFree(defaults);
    return user;
}
} // namespace

QString ServerAddress::problem() const
{
    if (host.trimmed().isEmpty())
        return tr("Enter the server's name (or a folder holding its socket, starting with /).");
    if (isLocalSocket()) {
        // The socket's path, "<folder>/.s.PGSQL.<port>", must fit a sockaddr_un (108 bytes).
        const qsizetype socketBytes =
            host.toUtf8().size() + qsizetype(sizeof("/.s.PGSQL.")) + QString::number(port).size();
        if (holdsNul(host) || host.contains(QLatin1Char(',')))
            return tr("The socket folder's name holds a character it cannot hold (a comma).");
        if (socketBytes > 107)
            return tr("The socket folder's path is too long for a socket (at most about 90 "
                      "characters).");
    } else {
        if (host.size() > kMaxHostLength)
            return tr("The server's name is too long (at most %1 characters).").arg(kMaxHostLength);
        if (!isHostName(host))
            return tr("\u201c%1\u201d is not a server name: use letters, digits, dots and "
                      "hyphens (an international name in its xn-- form), or an IP address.")
                .arg(host.left(80));
    }
    if (port < 1 || port > 65535)
        return tr("The port must be a number from 1 to 65535.");
    if (database.isEmpty())
        return tr("Enter the name of the newsroom's database.");
    if (user.isEmpty())
        return tr("Enter your user name on the server.");
    if (holdsNul(database) || holdsNul(user) || holdsNul(certificateAuthority))
        return tr("A name holds a NUL character, which no server name can hold.");
    if (database.toUtf8().size() > kMaxNameBytes)
        return tr("The database's name is too long (PostgreSQL keeps %1 bytes of a name).")
            .arg(kMaxNameBytes);
    if (user.toUtf8().size() > kMaxNameBytes)
        return tr("The user name is too long (PostgreSQL keeps %1 bytes of a name).")
            .arg(kMaxNameBytes);
    if (certificateAuthority.size() > kMaxPathLength)
        return tr("The certificate authority's path is too long.");
    return {};
}

QString ServerAddress::toUri() const
{
    QString uri = QStringLiteral("postgresql://");
    if (!user.isEmpty())
        uri += encoded(user) + QLatin1Char('@');
    uri += encoded(host) + QLatin1Char(':') + QString::number(port) + QLatin1Char('/') +
           encoded(database);
    if (isLocalSocket())
        return uri; // a socket on this computer: nothing crosses a network
    uri += QStringLiteral("?sslmode=") +
           (tls == Tls::Require ? QStringLiteral("require") : QStringLiteral("verify-full"));
    if (!certificateAuthority.isEmpty())
        uri += QStringLiteral("&sslrootcert=") + encoded(certificateAuthority);
    return uri;
}

std::optional<ServerAddress> ServerAddress::fromUri(const QString &uri)
{
    char *error = nullptr;
    PQconninfoOption *options = PQconninfoParse(uri.toUtf8().constData(), &error);
    PQfreemem(error); // its text may quote the URI, password and all
    if (!options)
        return std::nullopt;
    ServerAddress server;
    server.host = optionValue(options, "host");
    const QString port = optionValue(options, "port");
    bool numeric = false;
    server.port = port.isEmpty() ? kDefaultPort : port.toInt(&numeric);
    if (!port.isEmpty() && !numeric)
        server.port = 0; // a list of ports, or nonsense: problem() says so
    server.database = optionValue(options, "dbname");
    server.user = optionValue(options, "user");
    server.tls = optionValue(options, "sslmode") == QLatin1StringView("require") ? Tls::Require
                                                                                 : Tls::VerifyFull;
    server.certificateAuthority = optionValue(options, "sslrootcert");
    PQconninfoFree(options);
    if (server.user.isEmpty())
        server.user = defaultUser();
    return server;
}

bool ServerAddress::holdsPassword(const QString &address)
{
    char *error = nullptr;
    PQconninfoOption *options = PQconninfoParse(address.toUtf8().constData(), &error);
    PQfreemem(error);
    if (!options)
        return false;
    const bool holds = !optionValue(options, "password").isEmpty();
    PQconninfoFree(options);
    return holds;
}

QString ServerAddress::secretKey() const
{
    return encoded(user) + QLatin1Char('@') + encoded(host) + QLatin1Char(':') +
           QString::number(port) + QLatin1Char('/') + encoded(database);
}

QString ServerAddress::shortName() const
{
    return tr("%1 on %2").arg(database, host.isEmpty() ? tr("this computer") : host);
}

} // namespace newsroom
