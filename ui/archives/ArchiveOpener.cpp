#include "ArchiveOpener.h"

#include "OnAnswer.h"
#include "RecentArchives.h"
#include "SecretStore.h"
#include "store/ServerAddress.h"

#include <QFileInfo>
#include <QInputDialog>
#include <QLineEdit>
#include <QLoggingCategory>
#include <QtConcurrent>

Q_LOGGING_CATEGORY(lcOpener, "newsroom.opener", QtWarningMsg)

namespace newsroom {

ArchiveOpener::ArchiveOpener(QWidget *window)
    : QObject(window), m_window(window),
      m_prompt([this](const QString &account, const QString &why) {
          return promptWithDialog(account, why);
      })
{}

ArchiveOpener::~ArchiveOpener() = default;

void ArchiveOpener::setPasswordPrompt(PasswordPrompt prompt)
{
    m_prompt = std::move(prompt);
}

void ArchiveOpener::open(const QString &address)
{
    ++m_generation;
    m_opened.reset();
    m_address = address;
    m_key.clear();
    m_account.clear();
    m_opening = true;
    if (ArchiveAddress::isServer(address)) {
        const auto server = ServerAddress::fromUri(address);
        if (!server) {
            fail(tr("\u201c%1\u201d is not a server address libpq can read: check it, or open "
                    "the server with File \u2192 Open Newsroom Server.")
                     .arg(ArchiveAddress::forDisplay(address)));
            return;
        }
        m_key = server->secretKey();
        m_account = tr("%1 at %2").arg(server->user, server->shortName());
    }
    attempt({}, Source::None);
}

std::optional<ArchiveAddress::Opened> ArchiveOpener::takeOpened()
{
    return std::exchange(m_opened, std::nullopt);
}

// On a worker thread: a server's TLS handshake, or a file's check, takes its time.
void ArchiveOpener::attempt(const QString &password, Source source)
{
    const QString address = m_address;
    const QByteArray secret = password.toUtf8();
    auto future = QtConcurrent::run([address, secret]() -> Attempt {
        if (!ArchiveAddress::isServer(address) && !QFileInfo::exists(address)) {
            return std::make_shared<StoreResult<ArchiveAddress::Opened>>(storeFailure(
                StoreError::Code::NotFound,
                ArchiveOpener::tr("The archive %1 is not there any more (moved, renamed or "
                                  "deleted, or its disk is not connected).")
                    .arg(address)));
        }
        return std::make_shared<StoreResult<ArchiveAddress::Opened>>(
            ArchiveAddress::open(address, secret));
    });
    onAnswer(future, this, [this, generation = m_generation, password, source](const Attempt &r) {
        if (generation == m_generation)
            onAttempt(r, password, source);
    });
}

void ArchiveOpener::onAttempt(const Attempt &result, const QString &password, Source source)
{
    if (*result) {
        succeed(std::move(**result), password, source);
        return;
    }
    const StoreError &error = result->error();
    if (error.code != StoreError::Code::SignIn) {
        fail(error.message);
        return;
    }
    switch (source) {
    case Source::None: // libpq's own words ("fe_sendauth: ...") tell an editor nothing
        lookInSecretStore(tr("The archive server asks for the password of %1.").arg(m_account));
        break;
    case Source::SecretStore:
        askPassword(tr("The password kept for this server was refused (it may have been "
                       "changed)."));
        break;
    case Source::Typed:
        askPassword(tr("The server refused that password; try again."));
        break;
    }
}

void ArchiveOpener::lookInSecretStore(const QString &refusal)
{
    SecretStore::read(m_key, this,
                      [this, generation = m_generation, refusal](const SecretStore::Answer &kept) {
                          if (generation != m_generation)
                              return;
                          if (kept.outcome == SecretStore::Outcome::Unavailable)
                              m_noStore = kept.problem;
                          if (kept.outcome == SecretStore::Outcome::Done && !kept.secret.isEmpty())
                              attempt(kept.secret, Source::SecretStore);
                          else
                              askPassword(refusal);
                      });
}

void ArchiveOpener::askPassword(const QString &why)
{
    QString text = why;
    if (!m_noStore.isEmpty()) {
        text += QStringLiteral("\n\n") +
                tr("This desktop has no secret store to keep it in (%1), so it is asked each "
                   "time and kept nowhere.")
                    .arg(m_noStore);
    } else {
        text += QStringLiteral("\n\n") + tr("It is kept in the desktop's secret store, so that "
                                            "it is asked only once.");
    }
    const std::optional<QString> typed = m_prompt(m_account, text);
    if (!typed) {
        m_opening = false;
        Q_EMIT cancelled(ArchiveAddress::forDisplay(m_address));
        return;
    }
    attempt(*typed, Source::Typed);
}

void ArchiveOpener::succeed(ArchiveAddress::Opened archive, const QString &password, Source source)
{
    if (source == Source::Typed && m_noStore.isEmpty()) {
        SecretStore::write(m_key, password, this, [this](const SecretStore::Answer &kept) {
            if (kept.outcome == SecretStore::Outcome::Done) {
                Q_EMIT notice(tr("The password is kept in the desktop's secret store: it will "
                                 "not be asked again."));
            } else {
                Q_EMIT notice(tr("The password could not be kept in the desktop's secret store "
                                 "(%1); it will be asked again next time.")
                                  .arg(kept.problem));
            }
        });
    }
    RecentArchives::remember(m_address);
    qCInfo(lcOpener) << "opened" << ArchiveAddress::forDisplay(m_address);
    m_opened = std::move(archive);
    m_opening = false;
    Q_EMIT opened(ArchiveAddress::forDisplay(m_address));
}

void ArchiveOpener::fail(const QString &message)
{
    m_opening = false;
    Q_EMIT failed(ArchiveAddress::forDisplay(m_address), message);
}

std::optional<QString> ArchiveOpener::promptWithDialog(const QString &account, const QString &why)
{
    QInputDialog dialog(m_window);
    dialog.setWindowTitle(tr("Server Password"));
    dialog.setLabelText(why + QStringLiteral("\n\n") + tr("Password for %1:").arg(account));
    dialog.setTextEchoMode(QLineEdit::Password);
    dialog.setInputMode(QInputDialog::TextInput);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.textValue();
}

} // namespace newsroom
