#include "UserName.h"

#include <pwd.h>
#include <unistd.h>
#include <vector>

namespace newsroom::username {

namespace {

QString lookUp()
{
    // getpwuid_r: saves run on worker threads, and getpwuid's buffer is shared.
    long size = ::sysconf(_SC_GETPW_R_SIZE_MAX);
    std::vector<char> buffer(size_t(size > 0 ? size : 16384));
    passwd entry{};
    passwd *found = nullptr;
    if (::getpwuid_r(::getuid(), &entry, buffer.data(), buffer.size(), &found) == 0 && found)
        return fromAccount(QByteArray(found->pw_gecos ? found->pw_gecos : ""),
                           QByteArray(found->pw_name ? found->pw_name : ""));
    // No entry for this uid (a container, a bare chroot): the name the session gives.
    QByteArray login = qgetenv("LOGNAME");
    if (login.isEmpty())
        login = qgetenv("USER");
    return fromAccount(QByteArray(), login);
}

} // namespace

QString fromAccount(const QByteArray &gecos, const QByteArray &login)
{
    const QString loginName = QString::fromLocal8Bit(login).trimmed();
    QString name = QString::fromLocal8Bit(
        gecos.left(gecos.indexOf(',') >= 0 ? gecos.indexOf(',') : gecos.size()));
    if (name.contains(QLatin1Char('&')) && !loginName.isEmpty()) {
        QString capitalised = loginName;
        capitalised[0] = capitalised[0].toUpper();
        name.replace(QLatin1Char('&'), capitalised);
    }
    name = name.simplified();
    return name.isEmpty() ? loginName : name;
}

QString current()
{
    static const QString name = lookUp();
    return name;
}

} // namespace newsroom::username
