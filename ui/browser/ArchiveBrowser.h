#pragma once

#include <QTimer>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QTableView;

namespace newsroom {

class ArchiveListModel;
class ArchiveGateway;

// The archive list with its as-you-type search (snippets in the Match column), filters
// by status, section and tag, the trash, and sorting by any column.
class ArchiveBrowser : public QWidget
{
    Q_OBJECT
public:
    static constexpr int kTypingDelay = 120; // ms

    explicit ArchiveBrowser(ArchiveGateway &gateway, QWidget *parent = nullptr);

    ArchiveListModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QLineEdit *searchField() const { return m_search; }
    qint64 currentId() const;
    bool showsTrash() const;
    // Selects the article if it is among the rows shown; the editor opens it either way.
    void select(qint64 id);
    void reload(); // keeps the selection where it can
    // After another window's or process's change: in place where it can, else reloaded.
    void refreshFromArchive(qint64 ownId);
    void setCompletions(const QStringList &sections, const QStringList &tags);

Q_SIGNALS:
    void articleSelected(qint64 id);
    void errorOccurred(const QString &message);

private:
    void applyFilter();
    void onCurrentChanged();

    ArchiveListModel *m_model;
    QLineEdit *m_search;
    QComboBox *m_status;
    QComboBox *m_section;
    QComboBox *m_tag;
    QCheckBox *m_trash;
    QTableView *m_view;
    QTimer m_typing;
    bool m_selecting = false;
};

} // namespace newsroom
