#include "TagLineEdit.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QStringListModel>

namespace newsroom {

TagLineEdit::TagLineEdit(QWidget *parent)
    : QLineEdit(parent), m_completer(new QCompleter(this)), m_model(new QStringListModel(this))
{
    setPlaceholderText(tr("tags, separated by commas"));
    m_completer->setModel(m_model);
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_completer->setFilterMode(Qt::MatchStartsWith);
    m_completer->setWidget(this);
    connect(this, &QLineEdit::textEdited, this, &TagLineEdit::updatePrefix);
    connect(m_completer, qOverload<const QString &>(&QCompleter::activated), this,
            &TagLineEdit::insertCompletion);
}

void TagLineEdit::setKnownTags(const QStringList &tags)
{
    m_model->setStringList(tags);
}

QStringList TagLineEdit::split(const QString &text)
{
    QStringList tags;
    for (const QString &part : text.split(QLatin1Char(','))) {
        const QString tag = part.trimmed();
        if (!tag.isEmpty() && !tags.contains(tag))
            tags.append(tag);
    }
    return tags;
}

QStringList TagLineEdit::tags() const
{
    return split(text());
}

void TagLineEdit::setTags(const QStringList &tags)
{
    if (split(text()) != tags)
        setText(tags.join(QStringLiteral(", ")));
}

// Completes the tag after the last comma, not the whole line.
void TagLineEdit::updatePrefix()
{
    const QString current = text().left(cursorPosition()).section(QLatin1Char(','), -1).trimmed();
    if (current.isEmpty()) {
        m_completer->popup()->hide();
        return;
    }
    m_completer->setCompletionPrefix(current);
    if (m_completer->completionCount() > 0)
        m_completer->complete();
    else
        m_completer->popup()->hide();
}

void TagLineEdit::insertCompletion(const QString &tag)
{
    QStringList parts = text().left(cursorPosition()).split(QLatin1Char(','));
    parts.last() = (parts.size() > 1 ? QStringLiteral(" ") : QString()) + tag;
    const QString rest = text().mid(cursorPosition());
    const QString next = parts.join(QLatin1Char(',')) + QStringLiteral(", ");
    setText(next + rest.section(QLatin1Char(','), 1).trimmed());
    setCursorPosition(int(next.size()));
    Q_EMIT textEdited(text());
}

} // namespace newsroom
