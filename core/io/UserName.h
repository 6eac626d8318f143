#pragma once

#include <QByteArray>
#include <QString>

namespace newsroom::username {

// Who is saving, as the history names them: the full name of this process's user account
// (the GECOS field up to its first comma, as `finger` shows it, "&" standing for the login
// name capitalised), else the login name, else empty. Read once a process; any thread.
QString current();

// The same from an account's fields, for any account (and for tests).
QString fromAccount(const QByteArray &gecos, const QByteArray &login);

} // namespace newsroom::username
