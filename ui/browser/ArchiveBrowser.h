#pragma once

#include <QTimer>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;

namespace newsroom {

class ArchiveListModel;
class ArchiveGateway;

// The archive list with its as-you-type search (snippets in the Match column), filters
// by status, section and tag, the trash, and sorting by any column. The list answers when
// the archive does: until then it shows what it had, and a line under the search field
// says "Searching…" or "Loading…" (else how many articles there are).
class ArchiveBrowser : public QWidget
{
    Q_OBJECT
public:
    static constexpr int kTypingDelay = 120; // ms
    static constexpr int kBusyDelay = 100;   // ms: quicker answers show no busy state

    explicit ArchiveBrowser(ArchiveGateway &gateway, QWidget *parent = nullptr);

    ArchiveListModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QLineEdit *searchField() const { return m_search; }
    qint64 currentId() const;
    bool showsTrash() const;
    // Selects the article once it is among the rows shown: at once, or when the answer the
    // list waits for brings it. The editor opens it either way.
    void select(qint64 id);
    void reload(); // keeps the selection where it can
    // After another window's or process's change: in place where it can, else reloaded
    // (keeping the selection); nothing waits for it.
    void refreshFromArchive(qint64 ownId);
    void setCompletions(const QStringList &sections, const QStringList &tags);

Q_SIGNALS:
    void articleSelected(qint64 id);
    void errorOccurred(const QString &message);

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    // Section and date only when searching is off and the panel is wide enough for them
    // beside a readable headline.
    void showColumns();
    void applyFilter();
    void onCurrentChanged();
    void showWanted(); // selects m_wanted if it is listed
    void updateState();

    ArchiveListModel *m_model;
    QLineEdit *m_search;
    QLabel *m_state; // "Searching…", "Loading…" or how many
    QComboBox *m_status;
    QComboBox *m_section;
    QComboBox *m_tag;
    QCheckBox *m_trash;
    QCheckBox *m_mine; // assigned to whoever the archive knows as this user
    QTableView *m_view;
    QTimer m_typing;
    QTimer m_busy;       // shows the busy state once an answer takes a while
    qint64 m_wanted = 0; // the article the list selects whenever its row is there
    bool m_selecting = false;
};

} // namespace newsroom
