#pragma once

#include <QFrame>

class QHBoxLayout;
class QLabel;
class QPushButton;

namespace newsroom {

// A bar above the editor that tells the editor something and offers what to do about it:
// a wrapping message and buttons, in the palette's tooltip colours (light and dark alike).
// The conflict, recovery and saving-problem bars are made of it.
class NoticeBar : public QFrame
{
    Q_OBJECT
public:
    explicit NoticeBar(const QString &accessibleName, QWidget *parent = nullptr);

    QString message() const;

protected:
    void setMessage(const QString &message);
    QPushButton *addButton(const QString &text, const QString &toolTip = {});

private:
    QLabel *m_label;
    QHBoxLayout *m_layout;
};

} // namespace newsroom
