#include "MainWindow.h"
#include "app/UnixSignalWatcher.h"
#include "editor/ArticleEditor.h"
#include "editor/BodyEditor.h"
#include "importer/SampleArticles.h"
#include "preview/PreviewScheme.h"
#include "store/ArchiveFile.h"
#include "store/SqliteArticleStore.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QMessageBox>

using namespace newsroom;

int main(int argc, char *argv[])
{
    previewscheme::registerScheme(); // before the application, as Qt WebEngine requires
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("newsroom"));
    QApplication::setApplicationDisplayName(QStringLiteral("Newsroom"));
    QApplication::setApplicationVersion(QStringLiteral(NEWSROOM_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Newsroom, the desktop editor for news desks."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOptions({
        {QStringLiteral("db"),
         QApplication::translate("main", "The archive file (default: %1).")
             .arg(ArchiveFile::defaultPath()),
         QApplication::translate("main", "FILE")},
        {QStringLiteral("open"),
         QApplication::translate("main", "Open this article (id or slug), cursor in the body."),
         QApplication::translate("main", "REF")},
    });
    parser.process(app);

    const bool useDefault = !parser.isSet(QStringLiteral("db"));
    const QString path =
        useDefault ? ArchiveFile::defaultPath() : parser.value(QStringLiteral("db"));
    const bool firstRun = useDefault && !QFileInfo::exists(path);
    auto store = SqliteArticleStore::open(path);
    if (!store) {
        QMessageBox::critical(nullptr, QApplication::translate("main", "Cannot open the archive"),
                              store.error().message);
        return 1;
    }
    if (firstRun) {
        if (auto added = SampleArticles::addIfEmpty(**store); !added)
            qWarning("Could not add the sample articles: %s", qPrintable(added.error().message));
    }
    qint64 openId = 0;
    if (parser.isSet(QStringLiteral("open"))) {
        auto article = (*store)->articleByRef(parser.value(QStringLiteral("open")));
        if (!article) {
            QMessageBox::warning(nullptr, QApplication::translate("main", "No such article"),
                                 article.error().message);
        } else {
            openId = article->id;
        }
    }
    MainWindow window(std::move(*store), path);
    if (openId && window.openArticle(openId))
        window.editor()->body()->setFocus();
    // SIGTERM (a logout, a service manager) saves and quits exactly as closing the window.
    UnixSignalWatcher signalWatcher;
    QObject::connect(&signalWatcher, &UnixSignalWatcher::quitRequested, &window, &QWidget::close);
    window.show();
    return app.exec();
}
