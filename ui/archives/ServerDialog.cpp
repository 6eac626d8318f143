#include "ServerDialog.h"

#include "RecentArchives.h"
#include "settings/PaletteColors.h"
#include "store/ArchiveAddress.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>

namespace newsroom {

ServerDialog::ServerDialog(QWidget *parent)
    : QDialog(parent), m_host(new QLineEdit), m_port(new QSpinBox), m_database(new QLineEdit),
      m_user(new QLineEdit), m_tls(new QComboBox), m_authority(new QLineEdit),
      m_problem(new QLabel),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Open | QDialogButtonBox::Cancel))
{
    setWindowTitle(tr("Open Newsroom Server"));
    m_host->setObjectName(QStringLiteral("host"));
    m_host->setPlaceholderText(tr("archive.newsroom.example, or /run/postgresql"));
    m_port->setObjectName(QStringLiteral("port"));
    m_port->setRange(1, 65535);
    m_port->setValue(ServerAddress::kDefaultPort);
    m_database->setObjectName(QStringLiteral("database"));
    m_user->setObjectName(QStringLiteral("user"));
    m_tls->setObjectName(QStringLiteral("tls"));
    m_tls->setAccessibleName(tr("Encryption")); // else a screen reader reads only the choice
    m_tls->addItem(tr("Required, server certificate checked (verify-full)"),
                   int(ServerAddress::Tls::VerifyFull));
    m_tls->addItem(tr("Required, certificate not checked (require)"),
                   int(ServerAddress::Tls::Require));
    m_authority->setObjectName(QStringLiteral("authority"));
    m_authority->setPlaceholderText(tr("~/.postgresql/root.crt"));
    m_problem->setObjectName(QStringLiteral("problem"));
    m_problem->setWordWrap(true);
    palettecolors::setNegative(m_problem, true);

    auto *authorityRow = new QHBoxLayout;
    authorityRow->addWidget(m_authority, 1);
    auto *browse = new QPushButton(tr("&Choose…"));
    authorityRow->addWidget(browse);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString file = QFileDialog::getOpenFileName(
            this, tr("The Newsroom's Certificate Authority"), m_authority->text(),
            tr("Certificates (*.crt *.pem);;All files (*)"));
        if (!file.isEmpty())
            m_authority->setText(file);
    });

    auto *form = new QFormLayout(this);
    form->addRow(tr("&Server"), m_host);
    form->addRow(tr("&Port"), m_port);
    form->addRow(tr("&Database"), m_database);
    form->addRow(tr("&User"), m_user);
    form->addRow(tr("&Encryption"), m_tls);
    // A row of two widgets gets no buddy from the form: the label names the field itself,
    // else it shows its "&" and a screen reader finds a field without a name.
    auto *authorityLabel = new QLabel(tr("Certificate &authority"));
    authorityLabel->setBuddy(m_authority);
    m_authority->setAccessibleName(tr("Certificate authority"));
    form->addRow(authorityLabel, authorityRow);
    form->addRow(m_problem);
    form->addRow(m_buttons);
    for (QLineEdit *field : {m_host, m_database, m_user, m_authority})
        connect(field, &QLineEdit::textChanged, this, &ServerDialog::validate);
    connect(m_port, &QSpinBox::valueChanged, this, &ServerDialog::validate);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(560, sizeHint().height());
    // The server opened last, as a start: most editors only ever use one.
    for (const QString &recent : RecentArchives::list()) {
        if (ArchiveAddress::isServer(recent)) {
            if (const auto last = ServerAddress::fromUri(recent))
                setServer(*last);
            break;
        }
    }
    validate();
}

void ServerDialog::setServer(const ServerAddress &server)
{
    m_host->setText(server.host);
    m_port->setValue(server.port);
    m_database->setText(server.database);
    m_user->setText(server.user);
    m_tls->setCurrentIndex(m_tls->findData(int(server.tls)));
    m_authority->setText(server.certificateAuthority);
}

ServerAddress ServerDialog::server() const
{
    ServerAddress server;
    server.host = m_host->text().trimmed();
    server.port = m_port->value();
    server.database = m_database->text();
    server.user = m_user->text();
    server.tls = ServerAddress::Tls(m_tls->currentData().toInt());
    server.certificateAuthority = m_authority->text().trimmed();
    return server;
}

// A socket on this computer crosses no network: nothing to encrypt, nothing to ask.
void ServerDialog::validate()
{
    const ServerAddress chosen = server();
    m_tls->setEnabled(!chosen.isLocalSocket());
    m_authority->setEnabled(!chosen.isLocalSocket());
    m_tls->setToolTip(chosen.isLocalSocket()
                          ? tr("A socket on this computer: the connection never leaves it, so "
                               "it needs no encryption.")
                          : QString());
    const bool started = !m_host->text().isEmpty() || !m_database->text().isEmpty();
    const QString problem = chosen.problem();
    m_problem->setText(started ? problem : QString());
    m_buttons->button(QDialogButtonBox::Open)->setEnabled(problem.isEmpty());
}

} // namespace newsroom
