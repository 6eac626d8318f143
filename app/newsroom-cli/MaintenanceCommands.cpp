#include "CommandLineTool.h"

#include "TerminalText.h"
#include "store/ArchiveAddress.h"
#include "store/ArchiveBackup.h"
#include "store/ArchiveCheck.h"
#include "store/ArchiveFile.h"
#include "store/Migrations.h"
#include "store/PgArticleStore.h"
#include "store/PgConnection.h"
#include "store/PgEditorAccess.h"
#include "store/SqliteArticleStore.h"
#include "store/SqliteDatabase.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

// The maintenance commands: init, backup, check-archive. backup and check-archive work on
// m_database, a connection to an archive file that already exists.

namespace newsroom {

namespace {

QJsonObject backupJson(const BackupReport &report)
{
    return QJsonObject{{QStringLiteral("file"), report.file},
                       {QStringLiteral("articles"), report.articles},
                       {QStringLiteral("bytes"), report.bytes}};
}

QJsonObject checkJson(const ArchiveCheckReport &report, bool repairAsked)
{
    QJsonArray problems;
    for (const ArchiveProblem &problem : report.problems) {
        problems.append(
            QJsonObject{{QStringLiteral("check"), problem.check},
                        {QStringLiteral("message"), problem.message},
                        {QStringLiteral("details"), QJsonArray::fromStringList(problem.details)}});
    }
    QJsonObject object{{QStringLiteral("ok"), report.ok()},
                       {QStringLiteral("problems"), problems},
                       {QStringLiteral("checked"), QJsonArray::fromStringList(report.checked)}};
    if (repairAsked)
        object.insert(QStringLiteral("index_rebuilt"), report.indexRebuilt);
    return object;
}

} // namespace

// The archive made (or found, or upgraded) at `address`, in words or as JSON:
// {"archive", "created", "from_version", "to_version", "applied": [...]}.
int CommandLineTool::initArchive(const QString &address)
{
    const QString shown = ArchiveAddress::forDisplay(address);
    PgMigrations::Report report;
    std::optional<PgEditorAccess::Report> access;
    if (ArchiveAddress::isServer(address)) {
        const QString group = m_parser.isSet(QStringLiteral("editor-role"))
                                  ? m_parser.value(QStringLiteral("editor-role"))
                                  : QString::fromLatin1(PgEditorAccess::kDefaultGroup);
        if (!PgEditorAccess::isPlainRoleName(group)) {
            return fail(tr("--editor-role needs a plain role name: lower-case letters, digits "
                           "and _, such as newsroom_editor."),
                        UsageError);
        }
        auto created = PgArticleStore::create(address);
        if (!created)
            return fail(created.error().message);
        report = *created;
        auto connection = PgConnection::open(address);
        if (!connection)
            return fail(connection.error().message);
        auto granted = PgEditorAccess::grant(**connection, group);
        if (!granted)
            return fail(granted.error().message);
        access = *granted;
    } else {
        const bool existed = QFileInfo::exists(address);
        auto opened = SqliteArticleStore::open(address);
        if (!opened)
            return fail(opened.error().message);
        report.to = migrations::latestVersion();
        report.from = existed ? report.to : 0;
    }
    const bool created = report.from == 0;
    // Without the grants the archive works for its owner alone: say so on stderr (and in
    // the JSON), with what the DBA must run; init itself did its part.
    if (access && !access->granted)
        m_err << QStringLiteral("newsroom-cli: warning: ")
              << tr("editors (the group role %1) cannot use the archive yet. %2")
                     .arg(access->group, access->dbaMustRun)
              << Qt::endl;
    if (m_json) {
        QJsonObject object{{QStringLiteral("archive"), shown},
                           {QStringLiteral("created"), created},
                           {QStringLiteral("from_version"), report.from},
                           {QStringLiteral("to_version"), report.to},
                           {QStringLiteral("applied"), QJsonArray::fromStringList(report.applied)}};
        if (access) {
            object.insert(QStringLiteral("editor_group"),
                          QJsonObject{{QStringLiteral("role"), access->group},
                                      {QStringLiteral("owner"), access->owner},
                                      {QStringLiteral("created"), access->groupCreated},
                                      {QStringLiteral("granted"), access->granted},
                                      {QStringLiteral("dba_must_run"), access->dbaMustRun}});
        }
        m_out << QJsonDocument(object).toJson(QJsonDocument::Compact) << Qt::endl;
        return Ok;
    }
    if (created)
        m_out << tr("Created the archive in %1 (schema version %2).")
                     .arg(shown, QString::number(report.to));
    else if (report.from != report.to)
        m_out << tr("Upgraded the archive in %1 from schema version %2 to %3.")
                     .arg(shown, QString::number(report.from), QString::number(report.to));
    else
        m_out << tr("The archive in %1 is already there (schema version %2); nothing to do.")
                     .arg(shown, QString::number(report.to));
    m_out << Qt::endl;
    for (const QString &step : std::as_const(report.applied))
        m_out << QStringLiteral("  ") << terminaltext::printable(step) << Qt::endl;
    if (access && access->granted) {
        m_out << (access->groupCreated
                      ? tr("Created the group role %1; its members may read and write articles "
                           "(not change tables, owned by %2).")
                      : tr("The group role %1 may read and write articles (not change tables, "
                           "owned by %2)."))
                     .arg(access->group, access->owner)
              << Qt::endl
              << tr("Give an editor access: CREATE ROLE name LOGIN PASSWORD '...' IN ROLE %1;")
                     .arg(access->group)
              << Qt::endl;
    }
    return Ok;
}

int CommandLineTool::backupArchive(const QStringList &args)
{
    const bool toFolder = m_parser.isSet(QStringLiteral("to-folder"));
    if (toFolder == !args.isEmpty())
        return fail(tr("backup needs either a FILE or --to-folder DIR."), UsageError);
    if (m_parser.isSet(QStringLiteral("keep")) && !toFolder)
        return fail(tr("--keep goes with backup --to-folder DIR."), UsageError);
    if (m_parser.isSet(QStringLiteral("force")) && toFolder)
        return fail(tr("--force goes with backup FILE; dated copies never replace a file."),
                    UsageError);
    if (toFolder)
        return backupToFolder(m_parser.value(QStringLiteral("to-folder")));

    const auto existing = m_parser.isSet(QStringLiteral("force")) ? ArchiveBackup::Existing::Replace
                                                                  : ArchiveBackup::Existing::Refuse;
    const auto report = ArchiveBackup::write(*m_database, args[0], existing);
    if (!report) {
        // Refused because a file is there (not the archive, not a folder): say how to replace it.
        const QFileInfo target(args[0]);
        const bool replaceable =
            existing == ArchiveBackup::Existing::Refuse &&
            report.error().code == StoreError::Code::Invalid &&
            (target.exists() || target.isSymLink()) && !target.isDir() &&
            !ArchiveFile::isPartOf(args[0], ArchiveBackup::archivePath(*m_database));
        return fail(report.error().message +
                    (replaceable ? tr(" --force replaces it.") : QString()));
    }
    if (m_json)
        m_out << QJsonDocument(backupJson(*report)).toJson();
    else
        m_out << tr("Backed up %n article(s) to %1 (%2 bytes).", nullptr, report->articles)
                     .arg(report->file)
                     .arg(report->bytes)
              << Qt::endl;
    return Ok;
}

int CommandLineTool::backupToFolder(const QString &folder)
{
    const int keep = limitOption(0, QStringLiteral("keep"));
    if (m_parser.isSet(QStringLiteral("keep")) && keep <= 0)
        return UsageError;
    const auto report = ArchiveBackup::writeDated(*m_database, folder);
    if (!report)
        return fail(report.error().message);
    QStringList removed;
    if (keep > 0) {
        auto pruned =
            ArchiveBackup::keepNewest(folder, ArchiveBackup::archivePath(*m_database), keep);
        if (!pruned)
            return fail(pruned.error().message);
        removed = *pruned;
    }
    if (m_json) {
        QJsonObject object = backupJson(*report);
        if (keep > 0)
            object.insert(QStringLiteral("removed"), QJsonArray::fromStringList(removed));
        m_out << QJsonDocument(object).toJson();
        return Ok;
    }
    m_out << tr("Backed up %n article(s) to %1 (%2 bytes).", nullptr, report->articles)
                 .arg(report->file)
                 .arg(report->bytes)
          << Qt::endl;
    for (const QString &path : std::as_const(removed))
        m_out << tr("Removed the older backup %1.").arg(path) << Qt::endl;
    return Ok;
}

int CommandLineTool::checkArchive()
{
    ArchiveCheck::Options options;
    options.depth = m_parser.isSet(QStringLiteral("full")) ? ArchiveCheck::Depth::Full
                                                           : ArchiveCheck::Depth::Quick;
    options.repairIndex = m_parser.isSet(QStringLiteral("repair-index"));
    const auto report = ArchiveCheck::run(*m_database, options);
    if (!report)
        return fail(tr("cannot check the archive: %1").arg(report.error().message));
    if (m_json) {
        m_out << QJsonDocument(checkJson(*report, options.repairIndex)).toJson();
    } else {
        if (report->indexRebuilt)
            m_out << tr("Rebuilt the search index.") << Qt::endl;
        else if (options.repairIndex)
            m_out << tr("The search index was not rebuilt: the file itself is damaged.")
                  << Qt::endl;
        for (const ArchiveProblem &problem : report->problems)
            m_out << QStringLiteral("[%1] ").arg(problem.check)
                  << terminaltext::printable(problem.message) << Qt::endl;
        if (report->ok())
            m_out << tr("The archive is sound (checked: %1).")
                         .arg(report->checked.join(QStringLiteral(", ")))
                  << Qt::endl;
    }
    if (report->ok())
        return Ok;
    QStringList checks;
    for (const ArchiveProblem &problem : report->problems)
        checks.append(problem.check);
    return fail(tr("the archive is damaged (%1).").arg(checks.join(QStringLiteral(", "))));
}

} // namespace newsroom
