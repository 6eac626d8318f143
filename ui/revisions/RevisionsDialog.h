#pragma once

#include "FieldChangesView.h"
#include "LatestAnswer.h"
#include "model/Article.h"
#include "store/Revision.h"
#include "store/StoreError.h"

#include <QDialog>
#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;

namespace newsroom {

class ArchiveGateway;

// The article's history: pick any two versions and see every field that differs between
// them, word by word (the related list too); Restore brings the older content back into
// the editor as one undoable step (the autosave then keeps it as the newest version,
// noted as restored). Each version says why it was kept and by whom ("Published 30 Nov
// 14:02 by Dana", "Status: Draft → Ready, …", "Restored from …"); "Published versions
// only" narrows both pickers to what readers could have seen. Two different versions are
// compared whenever the article has two: the newest against the one before at first, and
// picking the other side's version moves the other side. It opens at once; the list of
// versions and each comparison (worked out on the archive's background lane, where long
// bodies cost nothing to the window) arrive when the archive answers.
class RevisionsDialog : public QDialog
{
    Q_OBJECT
public:
    RevisionsDialog(ArchiveGateway &gateway, const Article &current, QWidget *parent = nullptr);
    ~RevisionsDialog() override; // what is still asked is cancelled

    QComboBox *fromPicker() const { return m_from; }
    QComboBox *toPicker() const { return m_to; }
    QCheckBox *publishedOnly() const { return m_publishedOnly; }
    FieldChangesView *changes() const { return m_changes; }
    QLabel *problem() const { return m_problem; }
    QPushButton *restoreButton() const { return m_restore; }
    // The version to restore, once the dialog is accepted (its restoredFrom says which).
    std::optional<Article> chosen() const { return m_chosen; }

    // How a version reads in the pickers: why it was kept, when, by whom.
    static QString label(const Revision &revision, const QList<Revision> &history);

Q_SIGNALS:
    void revisionsShown();  // the pickers list the versions (or the archive's error shows)
    void comparisonShown(); // the changes between the picked versions (or the error)

private:
    struct Comparison
    {
        Article before;
        QList<FieldDiff> changes;
    };

    void showRevisions(const StoreResult<QList<Revision>> &revisions);
    // Fills both pickers with the versions the filter lets through, newest against the one
    // before.
    void fillPickers();
    void onPicked(bool fromSide);
    void compare();
    void showComparison(const StoreResult<Comparison> &comparison);
    void restore();

    ArchiveGateway &m_gateway;
    Article m_current;
    QList<Revision> m_revisions; // every version, newest first
    QComboBox *m_from;
    QComboBox *m_to;
    QCheckBox *m_publishedOnly;
    FieldChangesView *m_changes;
    QLabel *m_problem;
    QPushButton *m_restore;
    LatestAnswer<StoreResult<QList<Revision>>> m_listing;
    LatestAnswer<StoreResult<Comparison>> m_comparing; // the newest pick wins
    std::optional<Article> m_before;                   // the first version shown, for Restore
    std::optional<Article> m_chosen;
};

} // namespace newsroom
