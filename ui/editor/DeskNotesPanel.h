#pragma once

#include "LatestAnswer.h"
#include "model/ArticleStatus.h"
#include "store/DeskThread.h"
#include "store/StoreError.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace newsroom {

class ArchiveGateway;
class ArticleDocument;

// The desk's thread on the article in the editor: who last moved its status and when, the
// notes (oldest first, each with its author and time), and a line to add one. Notes are
// read and added through the gateway, never on the GUI thread, and are not part of the
// document: adding one is not an edit to undo, and it is saved at once.
class DeskNotesPanel : public QWidget
{
    Q_OBJECT
public:
    DeskNotesPanel(ArchiveGateway &gateway, ArticleDocument &document, QWidget *parent = nullptr);

    // The editor's article was saved: a first id, or a status change, is read again.
    void articleSaved();
    // Reads the thread again (another window's note, the archive reopened).
    void reload();

    QListWidget *notesList() const { return m_notes; }
    QLineEdit *noteInput() const { return m_input; }
    QPushButton *addButton() const { return m_add; }
    QLabel *statusChange() const { return m_statusChange; }

Q_SIGNALS:
    // A note was added and shown (tests wait for it).
    void noteAdded(const newsroom::ArticleNote &note);

private:
    void onLoaded();
    void showThread(const DeskThread &thread);
    void showStatusChange(const std::optional<Revision> &change);
    void append(const ArticleNote &note);
    void addNote();
    void updateInput();

    ArchiveGateway &m_gateway;
    ArticleDocument &m_document;
    LatestAnswer<StoreResult<DeskThread>> m_reading;
    qint64 m_articleId = 0;     // whose thread is shown (0: a new article, none yet)
    ArticleStatus m_readStatus; // the article's status when the thread was read
    bool m_adding = false;      // a note is on its way to the archive

    QLabel *m_statusChange;
    QListWidget *m_notes;
    QLineEdit *m_input;
    QPushButton *m_add;
    QLabel *m_problem; // why the last note was not added, or the thread not read
};

} // namespace newsroom
