#include "MainWindow.h"

#include "model/ArchiveListModel.h"
#include "preview/PreviewWidget.h"
#include "render/PageLinks.h"
#include "store/ArticleStore.h"

#include <QHeaderView>
#include <QSplitter>
#include <QStatusBar>
#include <QTableView>

namespace newsroom {

MainWindow::MainWindow(std::unique_ptr<ArticleStore> store, const QString &archivePath,
                       QWidget *parent)
    : QMainWindow(parent), m_store(std::move(store))
{
    setWindowTitle(tr("Newsroom — %1").arg(archivePath));
    m_model = new ArchiveListModel(*m_store, this);
    connect(m_model, &ArchiveListModel::errorOccurred, this, &MainWindow::showError);

    m_list = new QTableView;
    m_list->setModel(m_model);
    m_list->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->verticalHeader()->hide();
    m_list->horizontalHeader()->setSectionResizeMode(ArchiveListModel::Headline,
                                                     QHeaderView::Stretch);
    m_list->setWordWrap(false);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &MainWindow::showSelected);

    m_preview = new PreviewWidget;
    connect(m_preview, &PreviewWidget::renderFailed, this, &MainWindow::showError);

    auto *splitter = new QSplitter;
    splitter->addWidget(m_list);
    splitter->addWidget(m_preview);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    splitter->setSizes({480, 720}); // the web view asks for no width of its own
    setCentralWidget(splitter);
    resize(1200, 760);
    if (auto total = m_store->count({}))
        statusBar()->showMessage(tr("%n article(s)", nullptr, int(*total)));
    if (m_model->rowCount() > 0)
        m_list->setCurrentIndex(m_model->index(0, ArchiveListModel::Headline));
}

MainWindow::~MainWindow() = default;

void MainWindow::openArticle(qint64 id)
{
    for (int row = 0; row < m_model->rowCount() || m_model->canFetchMore({}); ++row) {
        if (row >= m_model->rowCount())
            m_model->fetchMore({});
        if (m_model->articleId(row) == id) {
            m_list->selectRow(row);
            return;
        }
    }
}

void MainWindow::showSelected()
{
    const qint64 id = m_model->articleId(m_list->currentIndex().row());
    if (id == 0)
        return;
    auto article = m_store->article(id);
    if (!article) {
        showError(article.error().message);
        return;
    }
    m_preview->showArticle(*article, pagelinks::contextFor(*m_store, *article, {}));
}

void MainWindow::showError(const QString &message)
{
    statusBar()->showMessage(message);
}

} // namespace newsroom
