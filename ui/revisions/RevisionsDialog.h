#pragma once

#include "model/Article.h"
#include "store/Revision.h"

#include <QDialog>

class QComboBox;
class QLabel;

namespace newsroom {

class ArchiveGateway;
class FieldChangesTable;

// The article's history: pick any two versions and see every field that differs between
// them (the related list too); Restore brings the older content back into the editor as
// one undoable step (the autosave then keeps it as the newest version).
class RevisionsDialog : public QDialog
{
    Q_OBJECT
public:
    RevisionsDialog(ArchiveGateway &gateway, const Article &current, QWidget *parent = nullptr);

    FieldChangesTable *changes() const { return m_changes; }
    // The version to restore, once the dialog is accepted.
    std::optional<Article> chosen() const { return m_chosen; }

private:
    void compare();
    void restore();
    std::optional<Article> load(int pickerIndex, QComboBox *picker);

    ArchiveGateway &m_gateway;
    Article m_current;
    QList<Revision> m_revisions;
    QComboBox *m_from;
    QComboBox *m_to;
    FieldChangesTable *m_changes;
    QLabel *m_problem;
    std::optional<Article> m_chosen;
};

} // namespace newsroom
