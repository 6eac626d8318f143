#pragma once

#include <QTimer>
#include <QWidget>

class QListWidget;
class QListWidgetItem;

namespace newsroom {

class BodyEditor;

// The body's headings as a list to jump between sections: picking one puts the cursor on
// that heading; the heading the cursor is under stays marked as the editor writes.
class OutlinePanel : public QWidget
{
    Q_OBJECT
public:
    explicit OutlinePanel(BodyEditor *body, QWidget *parent = nullptr);

    QListWidget *list() const { return m_list; }

private:
    void rebuild();
    void markCurrent(int index);
    void jumpTo(QListWidgetItem *item);

    BodyEditor *m_body;
    QListWidget *m_list;
    QTimer m_rebuild; // a pause in typing, not every keystroke
};

} // namespace newsroom
