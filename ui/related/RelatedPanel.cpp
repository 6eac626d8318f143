#include "RelatedPanel.h"

#include "ArchivePicker.h"
#include "OutsideLinkDialog.h"
#include "editor/ArticleDocument.h"
#include "model/RelatedListModel.h"
#include "ArchiveGateway.h"

#include <QCoreApplication>
#include <QDesktopServices>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QTableView>
#include <QUrl>
#include <QVBoxLayout>

namespace newsroom {

namespace {
// How the Links-to column names an archived article, flagging what readers would miss.
QString targetLabel(ArchiveGateway &gateway, qint64 id)
{
    auto target = gateway.summary(id).result();
    if (!target)
        return RelatedPanel::tr("\u26a0 article #%1 is gone").arg(id);
    if (target->trashed)
        return RelatedPanel::tr("\u26a0 %1 (in the trash)").arg(target->slug);
    if (target->status != ArticleStatus::Published)
        return QStringLiteral("%1 (%2)").arg(target->slug, statusLabel(target->status));
    return target->slug;
}
} // namespace

RelatedPanel::RelatedPanel(ArticleDocument &document, ArchiveGateway &gateway, QWidget *parent)
    : QWidget(parent), m_document(document), m_gateway(gateway), m_model(new RelatedListModel(this)),
      m_view(new QTableView), m_picker(new ArchivePicker(gateway)), m_suggestions(new QListWidget)
{
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setDragDropMode(QAbstractItemView::InternalMove);
    m_view->setDragDropOverwriteMode(false);
    m_view->setDefaultDropAction(Qt::MoveAction);
    m_view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                            QAbstractItemView::SelectedClicked);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionResizeMode(RelatedListModel::Title, QHeaderView::Stretch);
    m_view->horizontalHeader()->setSectionResizeMode(RelatedListModel::Summary,
                                                     QHeaderView::Stretch);
    m_view->setWordWrap(false);

    auto *addLink = new QPushButton(tr("Add &Link…"));
    auto *up = new QPushButton(tr("Up"));
    up->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Up));
    auto *down = new QPushButton(tr("Down"));
    down->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Down));
    auto *remove = new QPushButton(tr("Remove"));
    auto *open = new QPushButton(tr("Open"));
    auto *addSuggested = new QPushButton(tr("Add Suggestion"));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(addLink);
    buttons->addStretch();
    for (QPushButton *b : {up, down, remove, open})
        buttons->addWidget(b);

    auto *suggestHead = new QHBoxLayout;
    suggestHead->addWidget(new QLabel(tr("Suggested from the archive (double-click to add)")), 1);
    suggestHead->addWidget(addSuggested);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(m_picker);
    layout->addWidget(m_view, 2);
    layout->addLayout(buttons);
    layout->addLayout(suggestHead);
    layout->addWidget(m_suggestions, 1);

    connect(m_model, &RelatedListModel::editRequested, this, &RelatedPanel::setItems);
    connect(m_picker, &ArchivePicker::articlePicked, this,
            [this](const ArticleSummary &picked) { addArchived(picked.id); });
    connect(addLink, &QPushButton::clicked, this, &RelatedPanel::askForOutsideLink);
    connect(up, &QPushButton::clicked, this, [this] {
        const int row = selectedRow();
        if (row > 0)
            moveRow(row, row - 1);
    });
    connect(down, &QPushButton::clicked, this, [this] {
        const int row = selectedRow();
        if (row >= 0 && row + 1 < m_model->rowCount())
            moveRow(row, row + 2);
    });
    connect(remove, &QPushButton::clicked, this, [this] { removeRow(selectedRow()); });
    connect(open, &QPushButton::clicked, this, &RelatedPanel::openSelected);
    connect(m_suggestions, &QListWidget::itemActivated, this,
            [this](QListWidgetItem *item) { addSuggestion(m_suggestions->row(item)); });
    connect(addSuggested, &QPushButton::clicked, this,
            [this] { addSuggestion(m_suggestions->currentRow()); });

    m_suggestTimer.setSingleShot(true);
    m_suggestTimer.setInterval(kSuggestDelay);
    connect(&m_suggestTimer, &QTimer::timeout, this, &RelatedPanel::refreshSuggestions);
    connect(&m_document, &ArticleDocument::loaded, this, [this] {
        showItems();
        m_suggestTimer.start();
    });
    connect(&m_document, &ArticleDocument::fieldChanged, this, [this](ArticleField field) {
        if (field == ArticleField::Related)
            showItems();
    });
    connect(&m_document, &ArticleDocument::contentChanged, &m_suggestTimer,
            qOverload<>(&QTimer::start));
    showItems();
}

void RelatedPanel::showItems()
{
    const QList<RelatedItem> &items = m_document.article().related;
    QHash<qint64, QString> labels;
    for (const RelatedItem &item : items) {
        if (item.pointsToArchive() && !labels.contains(item.targetId))
            labels.insert(item.targetId, targetLabel(m_gateway, item.targetId));
    }
    m_model->setItems(items);
    m_model->setTargetLabels(labels);
}

void RelatedPanel::setItems(const QList<RelatedItem> &items, const QString &description)
{
    m_document.edit(ArticleField::Related, QVariant::fromValue(items), description);
}

int RelatedPanel::selectedRow() const
{
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() ? current.row() : -1;
}

void RelatedPanel::addArchived(qint64 id)
{
    auto article = m_gateway.article(id).result();
    if (!article)
        return;
    QList<RelatedItem> items = m_document.article().related;
    items.append(RelatedItem{article->headline, article->dek, id, {}});
    setItems(items, tr("Add \u201c%1\u201d to related").arg(article->headline));
    m_view->selectRow(int(items.size()) - 1);
}

void RelatedPanel::addOutside(const RelatedItem &item)
{
    QList<RelatedItem> items = m_document.article().related;
    items.append(item);
    setItems(items, tr("Add link \u201c%1\u201d to related").arg(item.title));
}

void RelatedPanel::askForOutsideLink()
{
    OutsideLinkDialog dialog(this);
    if (dialog.exec() == QDialog::Accepted)
        addOutside(dialog.item());
}

void RelatedPanel::removeRow(int row)
{
    QList<RelatedItem> items = m_document.article().related;
    if (row < 0 || row >= items.size())
        return;
    const QString title = items.takeAt(row).title;
    setItems(items, tr("Remove \u201c%1\u201d from related").arg(title));
}

void RelatedPanel::moveRow(int from, int to)
{
    const QList<RelatedItem> &items = m_document.article().related;
    const QList<RelatedItem> next = RelatedListModel::moved(items, from, to);
    if (next == items)
        return;
    setItems(next, tr("Reorder related articles"));
    m_view->selectRow(to > from ? to - 1 : to);
}

void RelatedPanel::openSelected()
{
    const int row = selectedRow();
    const QList<RelatedItem> &items = m_document.article().related;
    if (row < 0 || row >= items.size())
        return;
    if (items[row].pointsToArchive())
        Q_EMIT openArticleRequested(items[row].targetId);
    else
        QDesktopServices::openUrl(QUrl(items[row].url));
}

void RelatedPanel::refreshSuggestions()
{
    m_suggestTimer.stop();
    m_suggestions->clear();
    m_suggested.clear();
    auto hits = m_gateway.suggestRelated(m_document.article(), kSuggestions).result();
    if (!hits) {
        m_suggestions->addItem(hits.error().message);
        return;
    }
    m_suggested = *hits;
    for (const SearchHit &hit : std::as_const(m_suggested)) {
        const ArticleSummary &a = hit.article;
        m_suggestions->addItem(
            QStringLiteral("%1 \u2014 %2")
                .arg(a.headline, QLocale().toString(a.displayDate().toLocalTime().date(),
                                                    QLocale::ShortFormat)));
    }
}

void RelatedPanel::addSuggestion(int row)
{
    if (row < 0 || row >= m_suggested.size())
        return;
    addArchived(m_suggested[row].article.id);
    refreshSuggestions(); // the added one leaves the suggestions
}

} // namespace newsroom
