#include "OutlinePanel.h"

#include "BodyEditor.h"

#include <QLabel>
#include <QListWidget>
#include <QVBoxLayout>

namespace newsroom {

namespace {
constexpr int kRebuildDelay = 300; // ms after the last keystroke
}

OutlinePanel::OutlinePanel(BodyEditor *body, QWidget *parent)
    : QWidget(parent), m_body(body), m_list(new QListWidget)
{
    m_list->setAccessibleName(tr("Outline"));
    m_list->setAccessibleDescription(tr("The story's section headings; pick one to go there"));
    m_list->setUniformItemSizes(true);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_list);

    m_rebuild.setSingleShot(true);
    m_rebuild.setInterval(kRebuildDelay);
    connect(&m_rebuild, &QTimer::timeout, this, &OutlinePanel::rebuild);
    connect(m_body, &QPlainTextEdit::textChanged, &m_rebuild, qOverload<>(&QTimer::start));
    connect(m_body, &BodyEditor::currentHeadingChanged, this, &OutlinePanel::markCurrent);
    connect(m_list, &QListWidget::itemActivated, this, &OutlinePanel::jumpTo);
    connect(m_list, &QListWidget::itemClicked, this, &OutlinePanel::jumpTo);
    rebuild();
}

void OutlinePanel::rebuild()
{
    const QList<BodyEditor::Heading> headings = m_body->headings();
    m_list->clear();
    for (const BodyEditor::Heading &heading : headings) {
        // Sections under sections are indented; the story's own "##" level is the first.
        const int depth = std::max(0, heading.level - 2);
        auto *item = new QListWidgetItem(QString(depth * 3, QLatin1Char(' ')) + heading.text);
        item->setData(Qt::UserRole, heading.line);
        item->setToolTip(heading.text);
        m_list->addItem(item);
    }
    if (headings.isEmpty()) {
        auto *hint = new QListWidgetItem(tr("No headings yet: start a line with ## for one."));
        hint->setFlags(Qt::NoItemFlags);
        m_list->addItem(hint);
    }
    markCurrent(m_body->currentHeadingIndex());
}

void OutlinePanel::markCurrent(int index)
{
    if (index >= 0 && index < m_list->count() && m_list->item(index)->flags() != Qt::NoItemFlags)
        m_list->setCurrentRow(index);
    else
        m_list->setCurrentRow(-1);
}

void OutlinePanel::jumpTo(QListWidgetItem *item)
{
    if (item && item->flags() != Qt::NoItemFlags)
        m_body->goToLine(item->data(Qt::UserRole).toInt());
}

} // namespace newsroom
