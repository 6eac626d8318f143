#include "RevisionsDialog.h"

#include "ArchiveGateway.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace newsroom {

namespace {
// "30 Nov 14:02" (with the year when it is not this one), in local time.
QString shortTime(const QDateTime &time)
{
    const QDateTime local = time.toLocalTime();
    const bool thisYear = local.date().year() == QDate::currentDate().year();
    return QLocale().toString(local, thisYear ? QStringLiteral("d MMM HH:mm")
                                              : QStringLiteral("d MMM yyyy HH:mm"));
}
} // namespace

RevisionsDialog::RevisionsDialog(ArchiveGateway &gateway, const Article &current, QWidget *parent)
    : QDialog(parent), m_gateway(gateway), m_current(current), m_from(new QComboBox),
      m_to(new QComboBox), m_publishedOnly(new QCheckBox(tr("&Published versions only"))),
      m_changes(new FieldChangesView(tr("Removed"), tr("Added"))),
      m_problem(new QLabel(tr("Loading\u2026")))
{
    setWindowTitle(tr("Revisions of \u201c%1\u201d").arg(current.headline));

    // Nothing to pick, compare or restore until the archive has listed the versions.
    m_from->setEnabled(false);
    m_to->setEnabled(false);
    m_publishedOnly->setEnabled(false);
    m_publishedOnly->setToolTip(
        tr("List only the versions readers could have seen (and, when there is one alone, "
           "the version before it)."));
    m_problem->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(tr("&Compare"), m_from);
    form->addRow(tr("&with"), m_to);
    form->addRow(QString(), m_publishedOnly);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    m_restore = buttons->addButton(tr("&Restore the First"), QDialogButtonBox::ActionRole);
    m_restore->setToolTip(tr("Bring this version back into the editor (undoable)."));
    m_restore->setEnabled(false);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_changes, 1);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);

    connect(m_from, &QComboBox::currentIndexChanged, this, [this] { onPicked(true); });
    connect(m_to, &QComboBox::currentIndexChanged, this, [this] { onPicked(false); });
    connect(m_publishedOnly, &QCheckBox::toggled, this, &RevisionsDialog::fillPickers);
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

QString RevisionsDialog::label(const Revision &revision, const QList<Revision> &history)
{
    const QString when = shortTime(revision.savedAt);
    //: %1 is a time ("30 Nov 14:02"), %2 a person's name
    const QString whenAndWho =
        revision.author.isEmpty() ? when : tr("%1 by %2").arg(when, revision.author);
    switch (revision.kind) {
    case RevisionKind::Published:
        //: %1 is "30 Nov 14:02 by Dana" (or only the time)
        return tr("Published %1").arg(whenAndWho);
    case RevisionKind::Status:
        //: %1 and %2 are statuses, %3 is "30 Nov 14:02 by Dana" (or only the time)
        return tr("Status: %1 \u2192 %2, %3")
            .arg(statusLabel(revision.previousStatus.value_or(revision.status)),
                 statusLabel(revision.status), whenAndWho);
    case RevisionKind::Restored: {
        const auto source =
            std::find_if(history.begin(), history.end(), [&revision](const Revision &r) {
                return r.version == revision.restoredFrom;
            });
        const QString from = source != history.end() ? shortTime(source->savedAt)
                                                     : tr("version %1").arg(revision.restoredFrom);
        //: %1 is the time of the version brought back, %2 "30 Nov 14:02 by Dana"
        return tr("Restored from %1, %2").arg(from, whenAndWho);
    }
    case RevisionKind::Timed:
        break;
    }
    //: %1 is "30 Nov 14:02 by Dana" (or only the time)
    return tr("Saved %1").arg(whenAndWho);
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
    m_publishedOnly->setEnabled(true);
    fillPickers();
    Q_EMIT revisionsShown();
}

void RevisionsDialog::fillPickers()
{
    QList<qsizetype> shown; // indexes into m_revisions, newest first
    for (qsizetype i = 0; i < m_revisions.size(); ++i) {
        if (!m_publishedOnly->isChecked() || m_revisions[i].status == ArticleStatus::Published)
            shown.append(i);
    }
    // One published version alone is compared with its neighbour (the one before it, as a
    // rule): what publishing changed.
    if (m_publishedOnly->isChecked() && shown.size() == 1 && m_revisions.size() > 1) {
        const qsizetype only = shown.first();
        shown.append(only + 1 < m_revisions.size() ? only + 1 : only - 1);
        std::sort(shown.begin(), shown.end());
    }
    {
        // One comparison when the pickers are filled, not one an item.
        const QSignalBlocker blockFrom(m_from);
        const QSignalBlocker blockTo(m_to);
        m_from->clear();
        m_to->clear();
        for (qsizetype index : std::as_const(shown)) {
            const Revision &r = m_revisions[index];
            const QString text = label(r, m_revisions);
            const QString tip =
                index == 0 ? tr("Version %1, the current one: %2").arg(r.version).arg(r.headline)
                           : tr("Version %1: %2").arg(r.version).arg(r.headline);
            for (QComboBox *picker : {m_from, m_to}) {
                picker->addItem(text, r.version);
                picker->setItemData(picker->count() - 1, tip, Qt::ToolTipRole);
            }
        }
        m_from->setCurrentIndex(shown.size() > 1 ? 1 : 0); // the one before, against the newest
        m_to->setCurrentIndex(0);
    }
    m_from->setEnabled(!shown.isEmpty());
    m_to->setEnabled(!shown.isEmpty());
    if (shown.isEmpty()) {
        m_comparing.drop();
        m_changes->clearChanges();
        m_before.reset();
        m_restore->setEnabled(false);
        m_problem->setText(tr("This article has not been published yet."));
        Q_EMIT comparisonShown();
        return;
    }
    compare();
}

// A version is never compared with itself while there are two: the other side moves next
// to it ("Compare" to the older, "with" to the newer, where there is one).
void RevisionsDialog::onPicked(bool fromSide)
{
    QComboBox *picked = fromSide ? m_from : m_to;
    QComboBox *other = fromSide ? m_to : m_from;
    const int index = picked->currentIndex();
    if (picked->count() > 1 && index == other->currentIndex()) {
        int next = fromSide ? index - 1 : index + 1;
        if (next < 0 || next >= other->count())
            next = fromSide ? index + 1 : index - 1;
        const QSignalBlocker block(other);
        other->setCurrentIndex(next);
    }
    compare();
}

void RevisionsDialog::compare()
{
    m_changes->clearChanges();
    m_before.reset();
    m_restore->setEnabled(false);
    if (m_from->count() == 0)
        return;
    if (m_from->count() == 1) {
        m_comparing.drop();
        m_problem->setText(tr("This is the only version so far: there is nothing to compare "
                              "it with."));
        Q_EMIT comparisonShown();
        return;
    }
    m_problem->setText(tr("Loading\u2026"));
    const qint64 id = m_current.id;
    const qint64 from = m_from->currentData().toLongLong();
    const qint64 to = m_to->currentData().toLongLong();
    // Both versions and the comparison in one request, on the lane gateway.revisions() uses.
    auto comparison = m_gateway.run<Comparison>(
        ArchiveGateway::Lane::Background,
        [id, from, to](ArticleStore &store) -> StoreResult<Comparison> {
            auto before = store.revision(id, from);
            if (!before)
                return std::unexpected(before.error());
            auto after = to == from ? before : store.revision(id, to);
            if (!after)
                return std::unexpected(after.error());
            return Comparison{*before, FieldChangesView::compare(*before, *after)};
        });
    m_comparing.ask(comparison, this,
                    [this](const StoreResult<Comparison> &answer) { showComparison(answer); });
}

void RevisionsDialog::showComparison(const StoreResult<Comparison> &comparison)
{
    if (!comparison) {
        m_problem->setText(comparison.error().message);
    } else {
        m_changes->showDiffs(comparison->changes);
        m_problem->setText(comparison->changes.isEmpty() ? tr("These versions are the same.")
                                                         : QString());
        m_before = comparison->before;
        m_restore->setEnabled(true);
    }
    Q_EMIT comparisonShown();
}

void RevisionsDialog::restore()
{
    if (!m_before)
        return; // the comparison is still on its way
    m_chosen = m_before;
    m_chosen->restoredFrom = m_chosen->version; // the next save says it was a restore
    accept();
}

} // namespace newsroom
