#include "RevisionsDialog.h"

#include "ArchiveGateway.h"
#include "FieldChangesTable.h"

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

RevisionsDialog::RevisionsDialog(ArchiveGateway &gateway, const Article &current, QWidget *parent)
    : QDialog(parent), m_gateway(gateway), m_current(current), m_from(new QComboBox),
      m_to(new QComboBox), m_changes(new FieldChangesTable(tr("Before"), tr("After"))),
      m_problem(new QLabel(tr("Loading\u2026")))
{
    setWindowTitle(tr("Revisions of \u201c%1\u201d").arg(current.headline));

    // Nothing to pick, compare or restore until the archive has listed the versions.
    m_from->setEnabled(false);
    m_to->setEnabled(false);
    auto *form = new QFormLayout;
    form->addRow(tr("&Compare"), m_from);
    form->addRow(tr("&with"), m_to);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    m_restore = buttons->addButton(tr("&Restore the First"), QDialogButtonBox::ActionRole);
    m_restore->setToolTip(tr("Bring this version back into the editor (undoable)."));
    m_restore->setEnabled(false);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_changes, 1);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);

    connect(m_from, &QComboBox::currentIndexChanged, this, &RevisionsDialog::compare);
    connect(m_to, &QComboBox::currentIndexChanged, this, &RevisionsDialog::compare);
    connect(m_restore, &QPushButton::clicked, this, &RevisionsDialog::restore);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(900, 560);

    m_listing.ask(
        gateway.revisions(current.id), this,
        [this](const StoreResult<QList<Revision>> &revisions) { showRevisions(revisions); });
}

RevisionsDialog::~RevisionsDialog()
{
    // Closed before the answers came: requests not started yet never run.
    m_listing.drop();
    m_comparing.drop();
}

void RevisionsDialog::showRevisions(const StoreResult<QList<Revision>> &revisions)
{
    if (!revisions) {
        m_problem->setText(revisions.error().message);
        Q_EMIT revisionsShown();
        return;
    }
    m_revisions = *revisions;
    if (m_revisions.isEmpty()) {
        m_problem->setText(tr("The archive has no saved versions of this article yet."));
        Q_EMIT revisionsShown();
        return;
    }
    {
        // One comparison when the pickers are filled, not one an item.
        const QSignalBlocker blockFrom(m_from);
        const QSignalBlocker blockTo(m_to);
        for (const Revision &r : std::as_const(m_revisions)) {
            const QString label =
                tr("Version %1 · %2 · %3")
                    .arg(r.version)
                    .arg(QLocale().toString(r.savedAt.toLocalTime(), QLocale::ShortFormat),
                         r.headline);
            m_from->addItem(label, r.version);
            m_to->addItem(label, r.version);
        }
        m_from->setCurrentIndex(m_revisions.size() > 1 ? 1 : 0); // the one before, against now
        m_to->setCurrentIndex(0);
    }
    m_from->setEnabled(true);
    m_to->setEnabled(true);
    Q_EMIT revisionsShown();
    compare();
}

void RevisionsDialog::compare()
{
    m_changes->setRowCount(0);
    m_before.reset();
    m_restore->setEnabled(false);
    if (m_revisions.isEmpty())
        return;
    m_problem->setText(tr("Loading\u2026"));
    const qint64 id = m_current.id;
    const qint64 from = m_from->currentData().toLongLong();
    const qint64 to = m_to->currentData().toLongLong();
    // Both versions in one request, on the lane gateway.revisions() uses.
    auto pair = m_gateway.run<Pair>(ArchiveGateway::Lane::Background,
                                    [id, from, to](ArticleStore &store) -> StoreResult<Pair> {
                                        auto before = store.revision(id, from);
                                        if (!before)
                                            return std::unexpected(before.error());
                                        if (to == from)
                                            return Pair{*before, *before};
                                        auto after = store.revision(id, to);
                                        if (!after)
                                            return std::unexpected(after.error());
                                        return Pair{*before, *after};
                                    });
    m_comparing.ask(pair, this,
                    [this](const StoreResult<Pair> &answer) { showComparison(answer); });
}

void RevisionsDialog::showComparison(const StoreResult<Pair> &pair)
{
    if (!pair) {
        m_problem->setText(pair.error().message);
    } else {
        const qsizetype changes = m_changes->showChanges(pair->first, pair->second);
        m_problem->setText(changes == 0 ? tr("These versions are the same.") : QString());
        m_before = pair->first;
        m_restore->setEnabled(true);
    }
    Q_EMIT comparisonShown();
}

void RevisionsDialog::restore()
{
    if (!m_before)
        return; // the comparison is still on its way
    m_chosen = m_before;
    accept();
}

} // namespace newsroom
