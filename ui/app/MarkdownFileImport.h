#pragma once

#include "importer/ArticleImporter.h"

#include <QObject>
#include <QStringList>

namespace newsroom {

class MainWindow;

// Markdown articles handed to the app from outside (a file manager's "Open With Newsroom",
// `newsroom article.md`): the editor is asked first, then the files go through the
// ArticleImporter on the gateway's write lane, as `newsroom-cli import` would bring them in,
// and the first one opens. The window never waits for the import.
class MarkdownFileImport : public QObject
{
    Q_OBJECT
public:
    explicit MarkdownFileImport(MainWindow *window);

    // Whether the app takes `path` as a Markdown article (.md, .markdown) rather than an archive.
    static bool isMarkdown(const QString &path);

    // Asks (a window-modal question naming the files and the archive); imports on "Import".
    void askAndImport(const QStringList &paths);

Q_SIGNALS:
    // The question was answered "Cancel" (nothing imported) or the import is done.
    void declined();
    void imported(const QList<newsroom::ArticleImporter::Outcome> &outcomes);

private:
    void import(const QStringList &paths);
    void report(const QList<ArticleImporter::Outcome> &outcomes);
    void warn(const QString &message, const QString &details = {});

    MainWindow *m_window;
};

} // namespace newsroom
