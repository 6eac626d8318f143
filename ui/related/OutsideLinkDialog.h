#pragma once

#include "model/RelatedItem.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace newsroom {

// Asks for an outside link's address, title and blurb. Nothing is fetched from the
// network; the address must be a complete http or https URL before OK is possible.
class OutsideLinkDialog : public QDialog
{
    Q_OBJECT
public:
    explicit OutsideLinkDialog(QWidget *parent = nullptr);
    RelatedItem item() const;

private:
    void validate();

    QLineEdit *m_url;
    QLineEdit *m_title;
    QLineEdit *m_summary;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
};

} // namespace newsroom
