#include "ArchiveGateway.h"
#include "MainWindow.h"
#include "app/IdleHeapTrim.h"
#include "app/MarkdownFileImport.h"
#include "app/QuitAllWindows.h"
#include "app/StartArchive.h"
#include "app/UnixSignalWatcher.h"
#include "archives/ArchiveOpener.h"
#include "archives/RecentArchives.h"
#include "editor/ArticleEditor.h"
#include "editor/BodyEditor.h"
#include "i18n/Translations.h"
#include "importer/SampleArticles.h"
#include "preview/PreviewGraphics.h"
#include "preview/PreviewScheme.h"
#include "store/ArchiveAddress.h"
#include "store/ArchiveFile.h"
#include "store/DelayedArticleStore.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QEventLoop>
#include <QLoggingCategory>
#include <QStatusBar>

using namespace newsroom;

Q_LOGGING_CATEGORY(lcApp, "newsroom.app", QtWarningMsg)

namespace {

// A server as File → Open Newsroom Server opens it: its password from the desktop's secret
// store, or asked once and kept there. Before any window, so there is none to keep waiting.
StoreResult<ArchiveAddress::Opened> openServer(const QString &address)
{
    ArchiveOpener opener(nullptr);
    QEventLoop answered;
    StoreError error{StoreError::Code::Io, {}};
    QObject::connect(&opener, &ArchiveOpener::opened, &answered, &QEventLoop::quit);
    QObject::connect(&opener, &ArchiveOpener::failed, &answered,
                     [&](const QString &, const QString &message) {
                         error.message = message;
                         answered.quit();
                     });
    QObject::connect(&opener, &ArchiveOpener::cancelled, &answered, [&](const QString &shown) {
        error = {StoreError::Code::SignIn,
                 QApplication::translate("main", "No password was given for %1.").arg(shown)};
        answered.quit();
    });
    opener.open(address);
    answered.exec();
    if (auto opened = opener.takeOpened())
        return std::move(*opened);
    return std::unexpected(error);
}
} // namespace

int main(int argc, char *argv[])
{
    previewscheme::registerScheme(); // before the application, as Qt WebEngine requires
    previewgraphics::chooseRenderer();
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("newsroom"));
    QApplication::setApplicationDisplayName(QStringLiteral("Newsroom"));
    QApplication::setApplicationVersion(QStringLiteral(NEWSROOM_VERSION));
    // The one application id: the desktop file, the AppStream metadata, the icon and the MIME
    // types are all named after it, so the desktop matches the window to its launcher.
    QGuiApplication::setDesktopFileName(QStringLiteral("io.github.newsroom.Newsroom"));
    translations::install(); // the desktop's language, else English

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Newsroom, the desktop editor for news desks."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOptions({
        {QStringLiteral("db"),
         QApplication::translate("main", "The archive: a file (default: %1), or a "
                                         "PostgreSQL server's postgresql://... URI.")
             .arg(ArchiveFile::defaultPath()),
         QApplication::translate("main", "ARCHIVE")},
        {QStringLiteral("open"),
         QApplication::translate("main", "Open this article (id or slug), cursor in the body."),
         QApplication::translate("main", "REF")},
    });
    parser.addPositionalArgument(
        QStringLiteral("FILE"),
        QApplication::translate("main",
                                "An archive to open (as --db), or Markdown articles "
                                "(.md, .markdown) to import into the archive, after asking."),
        QStringLiteral("[FILE...]"));
    parser.process(app);

    // What a file manager hands over ("Open With", %F in the desktop file): one archive,
    // Markdown articles, or both. Further archives are left closed, and the window says so.
    QString archiveFile;
    QStringList markdownFiles;
    QStringList leftClosed;
    for (const QString &file : parser.positionalArguments()) {
        if (MarkdownFileImport::isMarkdown(file))
            markdownFiles << file;
        else if (archiveFile.isEmpty() && !parser.isSet(QStringLiteral("db")))
            archiveFile = file;
        else
            leftClosed << file;
    }
    const bool useDefault = !parser.isSet(QStringLiteral("db")) && archiveFile.isEmpty();
    const QString path = useDefault                           ? ArchiveFile::defaultPath()
                         : parser.isSet(QStringLiteral("db")) ? parser.value(QStringLiteral("db"))
                                                              : archiveFile;
    // A file path or a server's URI; what the window shows, keys and logs never holds the
    // URI's password. When it fails the editor may try again or open their own file.
    auto chosen = StartArchive::open(
        path,
        [](const QString &address) {
            return ArchiveAddress::isServer(address) ? openServer(address)
                                                     : ArchiveAddress::open(address);
        },
        &StartArchive::askWithDialog);
    if (!chosen)
        return 1;
    const bool firstRun = chosen->newFile && chosen->path == ArchiveFile::defaultPath();
    RecentArchives::remember(chosen->path); // File → Open Recent (never with a password)
    auto *opened = &chosen->opened;
    auto &store = opened->store;
    if (firstRun) {
        if (auto added = SampleArticles::addIfEmpty(*store); !added)
            qWarning("Could not add the sample articles: %s", qPrintable(added.error().message));
    }
    // A wrong --open still opens the archive; the window says what was not found.
    StoreResult<Article> toOpen = storeFailure(StoreError::Code::NotFound, QString());
    if (parser.isSet(QStringLiteral("open")))
        toOpen = store->articleByRef(parser.value(QStringLiteral("open")));
    // NEWSROOM_STORE_DELAY_MS (a testing aid) puts a server's round trip before every call.
    const auto opener =
        DelayedArticleStore::delayed(opened->opener, DelayedArticleStore::delayFromEnvironment());
    // Freed memory back to the system when the editor pauses; made before any window, which
    // has its archive's caches given back first.
    IdleHeapTrim heapTrim;
    // Deleted once closed, as the windows of archives opened later are (File → Open Recent).
    auto *window = new MainWindow(std::make_unique<ArchiveGateway>(std::move(store), opener),
                                  ArchiveAddress::forDisplay(chosen->path));
    window->setAttribute(Qt::WA_DeleteOnClose);
    if (toOpen) {
        window->openArticle(toOpen->id);
        window->editor()->body()->setFocus();
    } else if (!toOpen.error().message.isEmpty()) {
        qWarning("newsroom: %s", qPrintable(toOpen.error().message));
        window->statusBar()->showMessage(toOpen.error().message);
    }
    if (!leftClosed.isEmpty()) {
        const QString message =
            QApplication::translate("main", "Newsroom opens one archive at a time; %1 was left "
                                            "closed: open it on its own.")
                .arg(leftClosed.join(QStringLiteral(", ")));
        qWarning("newsroom: %s", qPrintable(message));
        window->statusBar()->showMessage(message);
    }
    // SIGTERM (a logout, a service manager) saves and quits exactly as closing the windows.
    UnixSignalWatcher signalWatcher;
    QObject::connect(&signalWatcher, &UnixSignalWatcher::quitRequested, &app, quitAllWindows);
    window->show();
    qCInfo(lcApp) << "window shown, signals watched"; // scripts and tests wait for this
    if (!markdownFiles.isEmpty())
        (new MarkdownFileImport(window))->askAndImport(markdownFiles);
    return app.exec();
}
