#include "OutsideLinkDialog.h"

#include "render/UrlPolicy.h"
#include "settings/PaletteColors.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QUrl>

namespace newsroom {

OutsideLinkDialog::OutsideLinkDialog(QWidget *parent)
    : QDialog(parent), m_url(new QLineEdit), m_title(new QLineEdit), m_summary(new QLineEdit),
      m_problem(new QLabel),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel))
{
    setWindowTitle(tr("Add Outside Link"));
    m_url->setPlaceholderText(QStringLiteral("https://"));
    m_problem->setObjectName(QStringLiteral("problem"));
    palettecolors::setNegative(m_problem, true);
    auto *form = new QFormLayout(this);
    form->addRow(tr("&Address"), m_url);
    form->addRow(tr("&Title"), m_title);
    form->addRow(tr("&Blurb"), m_summary);
    form->addRow(m_problem);
    form->addRow(m_buttons);
    connect(m_url, &QLineEdit::textChanged, this, &OutsideLinkDialog::validate);
    connect(m_title, &QLineEdit::textChanged, this, &OutsideLinkDialog::validate);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(520, sizeHint().height());
    validate();
}

void OutsideLinkDialog::validate()
{
    QString problem;
    if (!m_url->text().trimmed().isEmpty() && !urlpolicy::isWebAddress(m_url->text()))
        problem = tr("The address must be a complete http:// or https:// link.");
    else if (m_title->text().trimmed().isEmpty())
        problem = tr("Give the link a title readers will see.");
    m_problem->setText(m_url->text().trimmed().isEmpty() ? QString() : problem);
    m_buttons->button(QDialogButtonBox::Ok)
        ->setEnabled(problem.isEmpty() && !m_url->text().trimmed().isEmpty());
}

RelatedItem OutsideLinkDialog::item() const
{
    return RelatedItem{m_title->text().trimmed(), m_summary->text().trimmed(), 0,
                       QUrl(m_url->text().trimmed()).toString()};
}

} // namespace newsroom
