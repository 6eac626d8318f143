#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace newsroom {

// Find and replace in the body, shown under it (Ctrl+F, Ctrl+H). Replace All is one edit,
// so one undo takes it back.
class FindBar : public QWidget
{
    Q_OBJECT
public:
    explicit FindBar(QPlainTextEdit *editor, QWidget *parent = nullptr);

    void showFind();
    void showReplace();
    bool findNext(bool backwards = false);
    int replaceAll();
    void setFindText(const QString &text);
    void setReplaceText(const QString &text);

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    void replaceCurrent();

    QPlainTextEdit *m_editor;
    QLineEdit *m_find;
    QLineEdit *m_replace;
    QWidget *m_replaceRow;
    QLabel *m_status;
};

} // namespace newsroom
