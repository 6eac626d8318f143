#include "RelatedPanel.h"

#include "ArchiveGateway.h"
#include "ArchivePicker.h"
#include "BlurbDelegate.h"
#include "OnAnswer.h"
#include "OutsideLinkDialog.h"
#include "editor/ArticleDocument.h"
#include "model/RelatedListModel.h"

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
QString targetLabel(qint64 id, const ArticleSummary *target)
{
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
    : QWidget(parent), m_document(document), m_gateway(gateway),
      m_model(new RelatedListModel(this)), m_view(new QTableView),
      m_picker(new ArchivePicker(gateway)), m_suggestions(new QListWidget)
{
    m_view->setModel(m_model);
    m_view->setAccessibleName(tr("Related articles"));
    m_suggestions->setAccessibleName(tr("Suggested from the archive"));
    m_picker->setAccessibleName(tr("Add from the archive"));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setDragDropMode(QAbstractItemView::InternalMove);
    m_view->setDragDropOverwriteMode(false);
    m_view->setDefaultDropAction(Qt::MoveAction);
    m_view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                            QAbstractItemView::SelectedClicked);
    m_view->verticalHeader()->hide();
    m_view->setTabKeyNavigation(false); // Tab leaves the table; the arrows walk it
    m_view->horizontalHeader()->setSectionResizeMode(RelatedListModel::Title, QHeaderView::Stretch);
    m_view->horizontalHeader()->setSectionResizeMode(RelatedListModel::Summary,
                                                     QHeaderView::Stretch);
    m_view->setWordWrap(false);
    m_view->setItemDelegateForColumn(RelatedListModel::Summary, new BlurbDelegate(m_view));

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
        ++m_loads;
        // What was asked for the article before is of no use now.
        m_suggesting.drop();
        m_suggested.clear();
        m_suggestions->clear();
        m_targetLabels.clear();
        m_targetHeadlines.clear();
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
    m_model->setItems(m_document.article().related);
    askForTargetLabels();
}

void RelatedPanel::askForTargetLabels()
{
    QList<qint64> ids;
    for (const RelatedItem &item : m_document.article().related) {
        if (item.pointsToArchive() && !ids.contains(item.targetId))
            ids.append(item.targetId);
    }
    // Labels from the last answer stay until the next (they were right a moment ago); a
    // new link shows the model's neutral "Article #N" meanwhile.
    QHash<qint64, QString> known;
    for (qint64 id : std::as_const(ids)) {
        if (const auto label = m_targetLabels.constFind(id); label != m_targetLabels.cend())
            known.insert(id, *label);
    }
    m_targetLabels = known;
    m_model->setTargetLabels(m_targetLabels);
    if (ids.isEmpty()) {
        m_labelling.drop();
        return;
    }
    // One request for the whole list, not one a link.
    auto summaries = m_gateway.run<TargetSummaries>(
        ArchiveGateway::Lane::Reads, [ids](ArticleStore &store) -> StoreResult<TargetSummaries> {
            TargetSummaries found;
            for (qint64 id : ids) {
                auto summary = store.summary(id);
                if (summary)
                    found.insert(id, *summary);
                else if (summary.error().code != StoreError::Code::NotFound)
                    return std::unexpected(summary.error());
            }
            return found;
        });
    m_labelling.ask(summaries, this, [this, ids](const StoreResult<TargetSummaries> &found) {
        QHash<qint64, QString> labels;
        for (qint64 id : ids) {
            if (!found) {
                labels.insert(
                    id,
                    tr("\u26a0 article #%1: %2").arg(QString::number(id), found.error().message));
                continue;
            }
            const auto target = found->constFind(id);
            labels.insert(id, targetLabel(id, target == found->cend() ? nullptr : &*target));
        }
        m_targetLabels = labels;
        m_model->setTargetLabels(labels);
        if (found)
            followRenamedTargets(*found);
    });
}

// A colleague renamed a linked article: the items that showed its old headline show the
// new one, as the archive will give them.
void RelatedPanel::followRenamedTargets(const TargetSummaries &targets)
{
    for (const ArticleSummary &target : targets) {
        const QString previous = m_targetHeadlines.value(target.id, target.headline);
        m_targetHeadlines.insert(target.id, target.headline);
        m_document.followRenamedTarget(target.id, previous, target.headline);
    }
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
    addFetched(id, false);
}

void RelatedPanel::addFetched(qint64 id, bool thenSuggest)
{
    const quint64 load = m_loads;
    // Not a LatestAnswer: two quick additions are both wanted, and the reads lane answers
    // in the order asked. Each takes the list as it is when its answer comes.
    onAnswer(m_gateway.article(id), this,
             [this, id, load, thenSuggest](const StoreResult<Article> &article) {
                 if (load != m_loads)
                     return; // asked for the article that was open before
                 if (article) {
                     QList<RelatedItem> items = m_document.article().related;
                     items.append(RelatedItem{article->headline, article->dek, id, {}});
                     setItems(items, tr("Add \u201c%1\u201d to related").arg(article->headline));
                     m_view->selectRow(int(items.size()) - 1);
                 }
                 if (thenSuggest)
                     refreshSuggestions(); // the added one leaves the suggestions
             });
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
    m_suggested.clear();
    showSuggestionNote(tr("Looking for related articles\u2026"));
    m_suggesting.ask(m_gateway.suggestRelated(m_document.article(), kSuggestions), this,
                     [this](const StoreResult<QList<SearchHit>> &hits) { showSuggestions(hits); });
}

void RelatedPanel::showSuggestions(const StoreResult<QList<SearchHit>> &hits)
{
    if (!hits) {
        showSuggestionNote(hits.error().message);
    } else if (hits->isEmpty()) {
        showSuggestionNote(tr("Nothing related found in the archive."));
    } else {
        m_suggestions->clear();
        m_suggested = *hits;
        for (const SearchHit &hit : std::as_const(m_suggested)) {
            const ArticleSummary &a = hit.article;
            m_suggestions->addItem(
                QStringLiteral("%1 \u2014 %2")
                    .arg(a.headline, QLocale().toString(a.displayDate().toLocalTime().date(),
                                                        QLocale::ShortFormat)));
        }
    }
    Q_EMIT suggestionsShown();
}

// A line in the list that is not a suggestion: it cannot be picked or added.
void RelatedPanel::showSuggestionNote(const QString &text)
{
    m_suggestions->clear();
    auto *note = new QListWidgetItem(text);
    note->setFlags(Qt::NoItemFlags);
    m_suggestions->addItem(note);
}

void RelatedPanel::addSuggestion(int row)
{
    if (row < 0 || row >= m_suggested.size())
        return;
    const qint64 id = m_suggested.takeAt(row).article.id;
    delete m_suggestions->takeItem(row); // at once, so that a second click cannot add it again
    addFetched(id, true);
}

} // namespace newsroom
