#pragma once

#include "store/ServerAddress.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace newsroom {

// File → Open Newsroom Server: host, port, database and user, and how the connection is
// encrypted (TLS is required over a network; a socket folder on this computer asks for
// none). No password field: the server asks for one when it wants it (ArchiveOpener).
class ServerDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ServerDialog(QWidget *parent = nullptr);

    // The fields filled from `server` (the last one opened, say).
    void setServer(const ServerAddress &server);
    ServerAddress server() const;
    // The server's postgresql:// URI (ServerAddress::toUri), without a password.
    QString address() const { return server().toUri(); }

private:
    void validate();

    QLineEdit *m_host;
    QSpinBox *m_port;
    QLineEdit *m_database;
    QLineEdit *m_user;
    QComboBox *m_tls;
    QLineEdit *m_authority;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
};

} // namespace newsroom
