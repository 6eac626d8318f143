#pragma once

#include "checks/SameStoryFinder.h"
#include "render/Theme.h"
#include "store/ArticleStore.h"
#include "store/SqliteDatabase.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QTextStream>
#include <memory>

namespace newsroom {

// newsroom-cli's commands. Output goes to stdout (text, or JSON with --json), every
// error to stderr as one line; run() returns the process exit code. Parsing and dispatch
// live in CommandLineTool.cpp, the commands in ArchiveCommands.cpp, PublishCommands.cpp,
// RelatedCommands.cpp, MaintenanceCommands.cpp, CopyCommand.cpp, DeskCommands.cpp and
// PictureCommands.cpp.
class CommandLineTool
{
    Q_DECLARE_TR_FUNCTIONS(CommandLineTool)

public:
    enum ExitCode
    {
        Ok = 0,
        Failed = 1,
        UsageError = 2
    };

    static constexpr int kDefaultSearchResults = 20;
    static constexpr int kDefaultSuggestions = 10;

    CommandLineTool();
    int run(const QStringList &arguments);

private:
    void defineOptions();
    int dispatch(const QString &command, const QStringList &args);
    int initArchive(const QString &address);
    int importFiles(const QStringList &paths);
    int listArticles();
    int showArticle(const QString &ref);
    int showHistory(const QString &ref);
    int assignArticle(const QString &ref, const QString &user);
    int addNote(const QString &ref, const QString &text);
    int searchArticles(const QString &text);
    int renderArticle(const QString &ref);
    int exportSite(const QString &folder);
    int exportMarkdown(const QString &folder);
    int suggestRelated(const QString &ref);
    int checkArticle(const QString &ref);
    int listDuplicates();
    // [{id, slug, headline, score}], as duplicates and import --json print them.
    static QJsonArray matchesJson(const QList<SameStoryMatch> &matches);
    // [{author, written, text}] and {status, previous_status, by, at, version}: show --json.
    static QJsonArray notesJson(const QList<ArticleNote> &notes);
    static QJsonObject statusChangeJson(const Revision &change);
    int backupArchive(const QStringList &args);
    int backupToFolder(const QString &folder);
    int checkArchive();
    int copyArchive(const QString &target);
    // pictures add|list|show|describe|unused|purge, and lead (PictureCommands.cpp).
    int pictureCommand(const QStringList &args);
    int addPictures(const QStringList &paths);
    int listPictures(const QString &words);
    int showPicture(const QString &ref);
    int describePicture(const QString &ref);
    int listUnusedPictures();
    int purgePictures();
    int setLeadImage(const QStringList &args);
    // The whole hash a picture's hash or its first digits name; nullopt after reporting.
    // The picture REF names (its hash or a prefix of 6+ digits), else the exit code of the
    // failure already reported.
    std::expected<QByteArray, int> pictureHash(const QString &ref);
    // --limit (--keep...) as a positive number (`fallback` when not given); 0 after
    // reporting misuse.
    int limitOption(int fallback, const QString &name = QStringLiteral("limit"));
    std::optional<Theme> themeFromOptions();

    std::optional<ArticleFilter> filterFromOptions();
    int fail(const QString &message, int code = Failed);

    QCommandLineParser m_parser;
    QTextStream m_out;
    QTextStream m_err;
    std::unique_ptr<ArticleStore> m_store;
    // The maintenance commands (backup, check-archive) work on the connection itself.
    std::unique_ptr<SqliteDatabase> m_database;
    QString m_archive; // as --db names it (or the default)
    bool m_json = false;
};

} // namespace newsroom
