#include "RecoveryBar.h"

#include "revisions/FieldChangesView.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace newsroom {

RecoveryBar::RecoveryBar(QWidget *parent) : NoticeBar(tr("Unsaved text found"), parent)
{
    auto *restore = addButton(tr("&Restore"),
                              tr("Put this text back into the editor; Undo takes it out again."));
    auto *compare = addButton(tr("&Compare…"));
    auto *discard = addButton(tr("D&iscard"), tr("Delete this unsaved text for good."));
    connect(restore, &QPushButton::clicked, this, &RecoveryBar::restoreRequested);
    connect(compare, &QPushButton::clicked, this, &RecoveryBar::compare);
    connect(discard, &QPushButton::clicked, this, &RecoveryBar::discardRequested);
}

void RecoveryBar::offer(const EditJournal::Entry &entry, const std::optional<Article> &inArchive,
                        EditorSession::Recovered kind)
{
    m_entry = entry;
    m_inArchive = inArchive;
    m_kind = kind;
    const QString headline =
        entry.article.headline.isEmpty() ? tr("Untitled") : entry.article.headline;
    const QString when = QLocale().toString(entry.written.toLocalTime(), QLocale::ShortFormat);
    if (kind == EditorSession::Recovered::KeptAside) {
        setMessage(tr("Your own version of \u201c%1\u201d was kept aside on %2, when you loaded "
                      "the one changed elsewhere. Compare it with this one, restore it, or "
                      "discard it.")
                       .arg(headline, when));
        show();
        return;
    }
    QString text = tr("Text typed in \u201c%1\u201d (last kept %2) never reached the archive.")
                       .arg(headline, when);
    if (!inArchive)
        text += QLatin1Char(' ') + tr("The archive does not have this article: Restore makes it "
                                      "a new one.");
    else if (inArchive->version != entry.baseVersion)
        text += QLatin1Char(' ') + tr("The archive's copy has changed since; compare before "
                                      "restoring (its version stays in Revisions).");
    setMessage(text);
    show();
}

void RecoveryBar::compare()
{
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Unsaved Text and the Archive"));
    auto *table = new FieldChangesView(tr("In the archive"), tr("Unsaved text"));
    table->showChanges(m_inArchive.value_or(Article{}), m_entry.article);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    auto *restore = buttons->addButton(tr("&Restore"), QDialogButtonBox::AcceptRole);
    auto *layout = new QVBoxLayout(&dialog);
    layout->addWidget(table, 1);
    layout->addWidget(buttons);
    connect(restore, &QPushButton::clicked, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    dialog.resize(900, 520);
    if (dialog.exec() == QDialog::Accepted)
        Q_EMIT restoreRequested();
}

} // namespace newsroom
