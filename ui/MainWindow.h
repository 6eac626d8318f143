#pragma once

#include <QMainWindow>
#include <memory>

class QLabel;
class QPlainTextEdit;
class QTableView;

namespace newsroom {

class ArchiveListModel;
class ArticleStore;

// The archive browser: the article list on the left, the selected article on the right.
// (The editor, preview and related panel replace the right side as they are built.)
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
    QPlainTextEdit *m_article = nullptr;
};

} // namespace newsroom
