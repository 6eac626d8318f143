#include "ArchiveBrowser.h"

#include "browser/ArchiveListModel.h"
#include "browser/SearchResultDelegate.h"
#include "editor/MenuShortcutFilter.h"

#include <QCheckBox>
#include <QComboBox>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QScopedValueRollback>
#include <QTableView>
#include <QVBoxLayout>

namespace newsroom {

ArchiveBrowser::ArchiveBrowser(ArchiveGateway &gateway, QWidget *parent)
    : QWidget(parent), m_model(new ArchiveListModel(gateway, this)), m_search(new QLineEdit),
      m_state(new QLabel), m_status(new QComboBox), m_section(new QComboBox), m_tag(new QComboBox),
      m_trash(new QCheckBox(tr("Trash"))), m_mine(new QCheckBox(tr("Assigned to me"))),
      m_view(new QTableView)
{
    m_search->setPlaceholderText(tr("Search the archive"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search the archive"));
    m_search->installEventFilter(new MenuShortcutFilter(MenuShortcutFilter::Undo::Field, this));
    m_status->addItem(tr("Any status"), -1);
    for (ArticleStatus status : {ArticleStatus::Draft, ArticleStatus::InReview,
                                 ArticleStatus::Ready, ArticleStatus::Published})
        m_status->addItem(statusLabel(status), int(status));
    m_status->setAccessibleName(tr("Status filter"));
    m_section->setEditable(true);
    m_section->lineEdit()->setPlaceholderText(tr("Any section"));
    m_section->setAccessibleName(tr("Section filter"));
    m_section->lineEdit()->setAccessibleName(m_section->accessibleName()); // its own node in AT-SPI
    m_tag->setEditable(true);
    m_tag->lineEdit()->setPlaceholderText(tr("Any tag"));
    m_tag->setAccessibleName(tr("Tag filter"));
    m_tag->lineEdit()->setAccessibleName(m_tag->accessibleName());
    m_trash->setToolTip(tr("Show the trash; deleted articles can be restored from there."));
    m_mine->setToolTip(tr("Only the articles assigned to you; with the status filter on \"In "
                          "review\", what waits for your review."));
    m_state->setObjectName(QStringLiteral("archiveListState"));
    m_state->setForegroundRole(QPalette::PlaceholderText); // a quiet line, in any theme
    m_state->setIndent(2);

    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->setWordWrap(false);
    m_view->setTabKeyNavigation(false); // Tab leaves the list; the arrows walk it
    m_view->setAccessibleName(tr("Articles"));
    m_view->horizontalHeader()->setSectionResizeMode(ArchiveListModel::Headline,
                                                     QHeaderView::Stretch);
    m_view->horizontalHeader()->setSortIndicator(ArchiveListModel::Updated, Qt::DescendingOrder);
    for (int column :
         {ArchiveListModel::Status, ArchiveListModel::Section, ArchiveListModel::Updated})
        m_view->horizontalHeader()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    m_view->setSortingEnabled(true);
    m_view->setColumnHidden(ArchiveListModel::Match, true);

    // Two short rows: the list is a narrow panel beside the story.
    auto *filters = new QGridLayout;
    filters->addWidget(m_status, 0, 0);
    filters->addWidget(m_trash, 0, 1);
    filters->addWidget(m_section, 1, 0);
    filters->addWidget(m_tag, 1, 1);
    filters->addWidget(m_mine, 2, 0, 1, 2);
    filters->setColumnStretch(0, 1);
    filters->setColumnStretch(1, 1);
    for (QComboBox *combo : {m_status, m_section, m_tag}) {
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(6);
    }
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_search);
    layout->addWidget(m_state);
    layout->addLayout(filters);
    layout->addWidget(m_view, 1);

    m_typing.setSingleShot(true);
    m_typing.setInterval(kTypingDelay);
    connect(m_search, &QLineEdit::textChanged, &m_typing, qOverload<>(&QTimer::start));
    connect(&m_typing, &QTimer::timeout, this, &ArchiveBrowser::applyFilter);
    connect(m_status, &QComboBox::currentIndexChanged, this, &ArchiveBrowser::applyFilter);
    connect(m_section, &QComboBox::currentTextChanged, &m_typing, qOverload<>(&QTimer::start));
    connect(m_tag, &QComboBox::currentTextChanged, &m_typing, qOverload<>(&QTimer::start));
    connect(m_trash, &QCheckBox::toggled, this, &ArchiveBrowser::applyFilter);
    connect(m_mine, &QCheckBox::toggled, this, &ArchiveBrowser::applyFilter);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ArchiveBrowser::onCurrentChanged);
    connect(m_model, &ArchiveListModel::errorOccurred, this, &ArchiveBrowser::errorOccurred);
    // A page may bring the row of the article the list should select.
    connect(m_model, &QAbstractItemModel::rowsInserted, this, [this] {
        if (currentId() != m_wanted)
            showWanted();
    });
    m_busy.setSingleShot(true);
    m_busy.setInterval(kBusyDelay);
    connect(&m_busy, &QTimer::timeout, this, &ArchiveBrowser::updateState);
    connect(m_model, &ArchiveListModel::loadingChanged, this, [this](bool loading) {
        if (loading)
            m_busy.start();
        else
            m_busy.stop();
        updateState();
    });
    // Searching, each row is the whole headline with the matching passage beneath it;
    // browsing, a line of headline and details.
    auto *results = new SearchResultDelegate(m_view);
    const int browsingRowHeight = m_view->verticalHeader()->defaultSectionSize();
    connect(m_model, &QAbstractItemModel::modelReset, this, [this, results, browsingRowHeight] {
        const bool searching = m_model->isSearching();
        m_view->setItemDelegateForColumn(ArchiveListModel::Headline, searching ? results : nullptr);
        m_view->verticalHeader()->setDefaultSectionSize(
            searching ? SearchResultDelegate::rowHeight(m_view->fontMetrics()) : browsingRowHeight);
        showColumns();
        showWanted(); // a reset drops the selection
    });
    updateState();
}

void ArchiveBrowser::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    showColumns();
}

void ArchiveBrowser::showColumns()
{
    // Section and time only beside a headline that still reads (about 30 characters):
    // the first-start panel, a fifth of a 1600-pixel window, is not that wide.
    const bool roomy = m_view->width() >= 64 * fontMetrics().averageCharWidth();
    for (int column : {ArchiveListModel::Section, ArchiveListModel::Updated})
        m_view->setColumnHidden(column, m_model->isSearching() || !roomy);
}

void ArchiveBrowser::applyFilter()
{
    m_typing.stop();
    ArticleFilter filter = m_model->filter();
    const int status = m_status->currentData().toInt();
    filter.status = status < 0 ? std::nullopt : std::optional(ArticleStatus(status));
    filter.section = m_section->currentText().trimmed();
    filter.tag = m_tag->currentText().trimmed();
    filter.trashed = m_trash->isChecked();
    filter.assignedToMe = m_mine->isChecked();
    m_model->setQuery(filter, m_search->text()); // the selection follows when it answers
}

qint64 ArchiveBrowser::currentId() const
{
    return m_model->articleId(m_view->currentIndex().row());
}

bool ArchiveBrowser::showsTrash() const
{
    return m_trash->isChecked();
}

void ArchiveBrowser::select(qint64 id)
{
    m_wanted = id;
    showWanted();
}

void ArchiveBrowser::showWanted()
{
    const QScopedValueRollback selecting(m_selecting, true);
    const int row = m_model->rowOf(m_wanted);
    if (row >= 0)
        m_view->selectRow(row);
    else if (!m_model->isLoading()) { // else the answer on its way may bring it
        // Not in the list (a new article before its first save): nothing else looks open.
        m_view->clearSelection();
        m_view->selectionModel()->clearCurrentIndex();
    }
}

void ArchiveBrowser::reload()
{
    m_model->reload(); // the selection follows when it answers
}

void ArchiveBrowser::refreshFromArchive(qint64 ownId)
{
    m_model->refreshRows(ownId);
}

void ArchiveBrowser::updateState()
{
    if (m_model->isLoading()) {
        if (!m_busy.isActive()) // else the last state stays for a moment
            m_state->setText(m_model->isSearching() ? tr("Searching…") : tr("Loading…"));
        return;
    }
    const qint64 total = m_model->totalCount();
    const QString count = QLocale().toString(total);
    if (m_model->isSearching() && total >= ArchiveListModel::kSearchLimit)
        m_state->setText(tr("Best matches: %1").arg(count)); // there may be more
    else if (m_model->isSearching())
        m_state->setText(tr("Matches: %1").arg(count));
    else if (m_model->filter().trashed)
        m_state->setText(tr("In the trash: %1").arg(count));
    else
        m_state->setText(tr("Articles: %1").arg(count));
}

void ArchiveBrowser::setCompletions(const QStringList &sections, const QStringList &tags)
{
    for (auto [combo, values] : {std::pair{m_section, sections}, std::pair{m_tag, tags}}) {
        const QSignalBlocker blocker(combo);
        const QString current = combo->currentText();
        combo->clear();
        combo->addItem(QString());
        combo->addItems(values);
        combo->setCurrentText(current);
    }
}

void ArchiveBrowser::onCurrentChanged()
{
    if (m_selecting)
        return;
    if (const qint64 id = currentId()) {
        m_wanted = id;
        Q_EMIT articleSelected(id);
    }
}

} // namespace newsroom
