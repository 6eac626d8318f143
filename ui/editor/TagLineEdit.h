#pragma once

#include <QLineEdit>

class QCompleter;
class QStringListModel;

namespace newsroom {

// Tags as "one, two, three", completing the word being typed from the archive's tags.
class TagLineEdit : public QLineEdit
{
    Q_OBJECT
public:
    explicit TagLineEdit(QWidget *parent = nullptr);

    void setKnownTags(const QStringList &tags);
    QStringList tags() const;
    void setTags(const QStringList &tags);
    static QStringList split(const QString &text);

private:
    void updatePrefix();
    void insertCompletion(const QString &tag);

    QCompleter *m_completer;
    QStringListModel *m_model;
};

} // namespace newsroom
