#pragma once

#include <QMainWindow>
#include <memory>

class QTableView;

namespace newsroom {

class ArchiveListModel;
class ArticleStore;
class PreviewWidget;

// The archive browser: the article list on the left, the selected article's page on the
// right, as it will be published. (The editor and related panel join as they are built.)
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    MainWindow(std::unique_ptr<ArticleStore> store, const QString &archivePath,
               QWidget *parent = nullptr);
    ~MainWindow() override;

    void openArticle(qint64 id);

private:
    void showSelected();
    void showError(const QString &message);

    std::unique_ptr<ArticleStore> m_store;
    ArchiveListModel *m_model = nullptr;
    QTableView *m_list = nullptr;
    PreviewWidget *m_preview = nullptr;
};

} // namespace newsroom
