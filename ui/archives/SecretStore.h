#pragma once

#include <QCoreApplication>
#include <QObject>
#include <QString>
#include <functional>

namespace newsroom {

// Server passwords in the desktop's secret store (the Secret Service: GNOME Keyring,
// KWallet, KeePassXC...) through QtKeychain, under ServerAddress::secretKey(). Never
// QtKeychain's insecure fallback (the password in a plain settings file): where there is no
// secret store the answer says so, and the caller asks each time and keeps it nowhere.
// Every call answers later, from the event loop (the store may first ask to be unlocked).
class SecretStore
{
    Q_DECLARE_TR_FUNCTIONS(SecretStore)
public:
    enum class Outcome
    {
        Done,        // read (secret holds it), written or removed
        NotFound,    // nothing kept under that key
        Unavailable, // no secret store, or it refused: problem says why
    };
    struct Answer
    {
        Outcome outcome = Outcome::Unavailable;
        QString secret;
        QString problem;
    };
    using Handler = std::function<void(const Answer &)>;

    // What the store lists them under.
    static QString service() { return QStringLiteral("Newsroom"); }

    // `done` runs on `context`'s thread, and not at all once `context` is gone.
    static void read(const QString &key, QObject *context, Handler done);
    static void write(const QString &key, const QString &secret, QObject *context, Handler done);
    static void remove(const QString &key, QObject *context, Handler done);
};

} // namespace newsroom
