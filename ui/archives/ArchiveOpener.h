#pragma once

#include "store/ArchiveAddress.h"
#include "store/StoreError.h"

#include <QObject>
#include <functional>
#include <memory>
#include <optional>

class QWidget;

namespace newsroom {

// Opens an archive for a window to show, off the GUI thread: a file (which must exist), or
// a server. A server is first tried as it is (a socket it trusts, ~/.pgpass); when it asks
// for a password, the one kept in the desktop's secret store (SecretStore) is tried, and
// only then is the editor asked, once: the password that worked is kept in the secret store,
// never anywhere else. Where there is no secret store the prompt says so, and the password
// is asked each time. The answer is a signal: nothing here waits for the server.
class ArchiveOpener : public QObject
{
    Q_OBJECT
public:
    // Asks for `account`'s password, saying `why`; nullopt when the editor cancels.
    using PasswordPrompt =
        std::function<std::optional<QString>(const QString &account, const QString &why)>;

    // `window` is the prompt's parent.
    explicit ArchiveOpener(QWidget *window);
    ~ArchiveOpener() override;

    // A prompt of one's own (tests); the default is a password dialog over the window.
    void setPasswordPrompt(PasswordPrompt prompt);
    // Opens `address` (a newer call drops an older one's answer).
    void open(const QString &address);
    bool isOpening() const { return m_opening; }
    // The archive opened() announced, once.
    std::optional<ArchiveAddress::Opened> takeOpened();

Q_SIGNALS:
    // `address` as shown and kept in the recent list: without any password.
    void opened(const QString &address);
    void failed(const QString &address, const QString &message);
    void cancelled(const QString &address); // the editor gave no password
    // Something to tell without stopping: the password typed is now kept in the secret
    // store, or could not be.
    void notice(const QString &message);

private:
    enum class Source
    {
        None,        // the server as it is
        SecretStore, // the password kept for this account
        Typed,       // the editor's
    };
    using Attempt = std::shared_ptr<StoreResult<ArchiveAddress::Opened>>;

    void attempt(const QString &password, Source source);
    void onAttempt(const Attempt &result, const QString &password, Source source);
    void lookInSecretStore(const QString &refusal);
    void askPassword(const QString &why);
    void succeed(ArchiveAddress::Opened archive, const QString &password, Source source);
    void fail(const QString &message);
    std::optional<QString> promptWithDialog(const QString &account, const QString &why);

    QWidget *m_window;
    PasswordPrompt m_prompt;
    QString m_address;
    QString m_key;     // the account's name in the secret store
    QString m_account; // "user at database on host", for the prompt
    QString m_noStore; // why the secret store cannot keep passwords, once it said so
    quint64 m_generation = 0;
    bool m_opening = false;
    std::optional<ArchiveAddress::Opened> m_opened;
};

} // namespace newsroom
