#include "RevisionsDialog.h"

#include "FieldChangesTable.h"
#include "ArchiveGateway.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace newsroom {

RevisionsDialog::RevisionsDialog(ArchiveGateway &gateway, const Article &current,
                                 QWidget *parent)
    : QDialog(parent), m_gateway(gateway), m_current(current), m_from(new QComboBox),
      m_to(new QComboBox), m_changes(new FieldChangesTable(tr("Before"), tr("After"))),
      m_problem(new QLabel)
{
    setWindowTitle(tr("Revisions of \u201c%1\u201d").arg(current.headline));

    if (auto revisions = gateway.revisions(current.id).result()) {
        m_revisions = *revisions;
    } else {
        m_problem->setText(revisions.error().message);
    }
    for (const Revision &r : std::as_const(m_revisions)) {
        const QString label =
            tr("Version %1 · %2 · %3")
                .arg(r.version)
                .arg(QLocale().toString(r.savedAt.toLocalTime(), QLocale::ShortFormat), r.headline);
        m_from->addItem(label, r.version);
        m_to->addItem(label, r.version);
    }
    m_from->setCurrentIndex(m_revisions.size() > 1 ? 1 : 0); // the one before, against now
    m_to->setCurrentIndex(0);

    auto *form = new QFormLayout;
    form->addRow(tr("&Compare"), m_from);
    form->addRow(tr("&with"), m_to);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    QPushButton *restoreButton =
        buttons->addButton(tr("&Restore the First"), QDialogButtonBox::ActionRole);
    restoreButton->setToolTip(tr("Bring this version back into the editor (undoable)."));
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_changes, 1);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);

    connect(m_from, &QComboBox::currentIndexChanged, this, &RevisionsDialog::compare);
    connect(m_to, &QComboBox::currentIndexChanged, this, &RevisionsDialog::compare);
    connect(restoreButton, &QPushButton::clicked, this, &RevisionsDialog::restore);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(900, 560);
    compare();
}

std::optional<Article> RevisionsDialog::load(int pickerIndex, QComboBox *picker)
{
    const qint64 version = picker->itemData(pickerIndex).toLongLong();
    auto article = m_gateway.revision(m_current.id, version).result();
    if (!article) {
        m_problem->setText(article.error().message);
        return std::nullopt;
    }
    return *article;
}

void RevisionsDialog::compare()
{
    m_changes->setRowCount(0);
    if (m_revisions.isEmpty())
        return;
    const auto before = load(m_from->currentIndex(), m_from);
    const auto after = load(m_to->currentIndex(), m_to);
    if (!before || !after)
        return;
    const qsizetype changes = m_changes->showChanges(*before, *after);
    m_problem->setText(changes == 0 ? tr("These versions are the same.") : QString());
}

void RevisionsDialog::restore()
{
    m_chosen = load(m_from->currentIndex(), m_from);
    if (m_chosen)
        accept();
}

} // namespace newsroom
