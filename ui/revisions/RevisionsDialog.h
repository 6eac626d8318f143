#pragma once

#include "LatestAnswer.h"
#include "model/Article.h"
#include "store/Revision.h"
#include "store/StoreError.h"

#include <QDialog>
#include <optional>

class QComboBox;
class QLabel;
class QPushButton;

namespace newsroom {

class ArchiveGateway;
class FieldChangesTable;

// The article's history: pick any two versions and see every field that differs between
// them (the related list too); Restore brings the older content back into the editor as
// one undoable step (the autosave then keeps it as the newest version). It opens at once;
// the list of versions and each comparison arrive when the archive answers.
class RevisionsDialog : public QDialog
{
    Q_OBJECT
public:
    RevisionsDialog(ArchiveGateway &gateway, const Article &current, QWidget *parent = nullptr);
    ~RevisionsDialog() override; // what is still asked is cancelled

    QComboBox *fromPicker() const { return m_from; }
    QComboBox *toPicker() const { return m_to; }
    FieldChangesTable *changes() const { return m_changes; }
    QLabel *problem() const { return m_problem; }
    QPushButton *restoreButton() const { return m_restore; }
    // The version to restore, once the dialog is accepted.
    std::optional<Article> chosen() const { return m_chosen; }

Q_SIGNALS:
    void revisionsShown();  // the pickers list the versions (or the archive's error shows)
    void comparisonShown(); // the changes between the picked versions (or the error)

private:
    using Pair = std::pair<Article, Article>; // before, after

    void showRevisions(const StoreResult<QList<Revision>> &revisions);
    void compare();
    void showComparison(const StoreResult<Pair> &pair);
    void restore();

    ArchiveGateway &m_gateway;
    Article m_current;
    QList<Revision> m_revisions;
    QComboBox *m_from;
    QComboBox *m_to;
    FieldChangesTable *m_changes;
    QLabel *m_problem;
    QPushButton *m_restore;
    LatestAnswer<StoreResult<QList<Revision>>> m_listing;
    LatestAnswer<StoreResult<Pair>> m_comparing; // the newest pick wins
    std::optional<Article> m_before;             // the first version shown, for Restore
    std::optional<Article> m_chosen;
};

} // namespace newsroom
