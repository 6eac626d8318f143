#pragma once

#include "model/ArticleField.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace newsroom {

class ArticleDocument;
class LanguageField;
class TagLineEdit;

// Everything about the article that is not the story itself: byline, dateline, section,
// slug, status with its published time, tags with completion, the AI-generated switch with
// its disclosure, sources, the length target, and who on the desk has it (the assignee). It lives
// in a panel beside the story that can be folded away; every edit goes to the document as an
// undoable step.
class ArticleDetails : public QWidget
{
    Q_OBJECT
public:
    explicit ArticleDetails(ArticleDocument &document, QWidget *parent = nullptr);

    void setCompletions(const QStringList &sections, const QStringList &tags);
    // Who the Assignee field offers (ArticleStore::assignableUsers); any name may be typed.
    void setAssignableUsers(const QStringList &users);
    // The field's input, for the checklist to take the editor there (nullptr: not here).
    QWidget *inputFor(ArticleField field) const;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

Q_SIGNALS:
    // The editor picked Published: the window runs the checklist before it is set.
    void publishRequested();

private:
    void buildFields();
    void connectEdits();
    void showField(ArticleField field);
    void showAll();
    void onStatusPicked(int index);
    void onAssigneeEdited();
    void edit(ArticleField field, const QVariant &value);

    ArticleDocument &m_document;
    bool m_showing = false; // set while the document's values are being shown

    QLineEdit *m_byline;
    QLineEdit *m_dateline;
    QComboBox *m_section;
    QLineEdit *m_slug;
    QComboBox *m_status;
    QComboBox *m_assignee;
    QDateTimeEdit *m_publishedAt;
    QLabel *m_scheduled; // said while the published time is still to come
    TagLineEdit *m_tags;
    LanguageField *m_language;
    QCheckBox *m_aiGenerated;
    QLineEdit *m_disclosure;
    QPlainTextEdit *m_sources;
    QSpinBox *m_wordTarget;
};

} // namespace newsroom
