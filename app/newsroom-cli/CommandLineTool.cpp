#include "CommandLineTool.h"

#include "TerminalText.h"
#include "store/ArchiveAddress.h"
#include "store/ArchiveFile.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <functional>

namespace newsroom {

namespace {
const QString kCommandsHelp = QStringLiteral(
    "Commands:\n"
    "  init                Make the archive: a new file, or on a PostgreSQL server the\n"
    "                      tables in an empty database (--db postgresql://...); an\n"
    "                      archive already there is upgraded if need be. Says what it did.\n"
    "                      On a server the tables belong to the role running init, and\n"
    "                      the group role newsroom_editor (--editor-role) may read and\n"
    "                      write rows, made when missing if init's role may create roles.\n"
    "  import FILE...      Import articles: Markdown with YAML front matter (.md),\n"
    "                      or plain text shaped like a news page (.txt and others).\n"
    "                      A file imported before is skipped, so a killed import is\n"
    "                      completed by running it again; --json prints JSON Lines.\n"
    "                      An article that very likely tells a story already archived\n"
    "                      is named a possible duplicate (--no-duplicate-check: not).\n"
    "  list                List every article, newest update first.\n"
    "                      Filters: --status, --section, --tag, --from, --to, --trash,\n"
    "                      --assigned-to USER, --mine (assigned to you).\n"
    "  show REF            Show one article; REF is its id or its slug; with who it is\n"
    "                      assigned to, its last status change and the desk's notes.\n"
    "  assign REF USER     Assign REF to USER (a server's role, a file's user name);\n"
    "                      \"\" assigns it to nobody. Kept in the history as a version.\n"
    "  note REF TEXT       Add a note to REF's desk thread, by you, now (at most 500\n"
    "                      characters; notes are never changed or removed).\n"
    "  history REF         Every version of REF, newest first: version, time, why it\n"
    "                      was kept (timed, status, published, restored), who saved\n"
    "                      it, its status (--published: only published versions).\n"
    "  search QUERY        Full-text search, best match first (--limit N, default 20).\n"
    "                      QUERY understands words, \"phrases\", prefix*, -exclude, OR.\n"
    "                      Filters as for list.\n"
    "  render REF          The article's page as HTML, to stdout or to -o FILE (with\n"
    "                      its pictures in media/ beside FILE; stdout leaves them out)\n"
    "                      (--theme DIR for a house style, --base-url URL).\n"
    "  export-site DIR     The archive as a static site in DIR: published articles\n"
    "                      (--all: every article), index, sections, tags, feed.xml,\n"
    "                      sitemap.xml (with --base-url). Re-export writes only changes.\n"
    "  export-md DIR       Every article as DIR/<slug>.md with YAML front matter\n"
    "                      (for Hugo, Jekyll, or import into another archive).\n"
    "  suggest REF         Archived articles most related to REF, best first\n"
    "                      (--limit N, default 10); with --json: id, slug, headline, score.\n"
    "  check REF           The pre-publish checklist for REF: missing fields, placeholders,\n"
    "                      and the related list (duplicates, dead or unpublished links,\n"
    "                      unsafe URLs, --max-related N, default 8). Exits 0 even when it\n"
    "                      finds problems; with --json: code, severity, message (and\n"
    "                      article_id, slug for a possible duplicate in the archive).\n"
    "  duplicates          Groups of archived articles that very likely tell one story\n"
    "                      (the same wire story imported twice, a rewrite beside its\n"
    "                      original), the most alike first; with --json: an array of\n"
    "                      groups, each an array of id, slug, headline, score.\n"
    "  backup FILE         A consistent copy of the archive in FILE, safe while the app\n"
    "                      writes (--force replaces an existing FILE). With --to-folder DIR\n"
    "                      instead of FILE: a dated copy in DIR (--keep N: the newest N stay).\n"
    "  check-archive       Check the archive for damage: its pages (--full: and every\n"
    "                      index against its table), orphaned rows, the search index\n"
    "                      (--repair-index rebuilds it). Exits 1 when damage is found.\n"
    "                      (backup and check-archive are for archive files.)\n"
    "  pictures add FILE...  Add pictures to the archive (JPEG, PNG, WebP, GIF; at most\n"
    "                      20 MB and 50 megapixels each), with --caption, --credit, --alt;\n"
    "                      prints each one's hash. A refused file says why (exit 1), the\n"
    "                      others are still added. The same picture is stored once.\n"
    "  pictures list [WORDS]  The picture library, newest first; WORDS are looked for\n"
    "                      in captions, credits, alt texts and file names.\n"
    "  pictures show HASH  One picture (a hash's first 6 or more digits do), with the\n"
    "                      articles using it.\n"
    "  pictures describe HASH  Set its caption, credit, alt text (--caption, --credit, --alt).\n"
    "  pictures unused     Pictures no version of any article uses.\n"
    "  pictures purge      Remove those (--dry-run: only say which).\n"
    "  lead REF HASH|FILE  Set REF's lead image (a FILE is added first); --caption,\n"
    "                      --credit, --alt say the article's own words (default: the\n"
    "                      library's). lead REF --none removes it. A new version.\n"
    "                      In the body a picture is ![alt text](media:HASH \"caption\").\n"
    "  copy-to TARGET      Copy the whole archive into TARGET (a file or a server, new or\n"
    "                      not): every article with every version, the trash, links.\n"
    "                      Ids stay when TARGET is new, else all move up by one offset.\n"
    "                      Run it again after a kill: it copies only what is missing.\n"
    "\n"
    "The archive (--db) is a file, or a PostgreSQL database named by a URI such as\n"
    "postgresql://editor@db.example.org/newsroom; libpq's PGHOST, PGUSER, ~/.pgpass and\n"
    "service files apply. Keep passwords in ~/.pgpass, never on the command line.\n"
    "\n"
    "Exit codes: 0 success, 1 failure (reported on stderr), 2 wrong usage.");
} // namespace

CommandLineTool::CommandLineTool() : m_out(stdout), m_err(stderr)
{
    defineOptions();
}

void CommandLineTool::defineOptions()
{
    m_parser.setApplicationDescription(tr("Newsroom's archive from the command line: import, list, "
                                          "show, search, render and export articles.") +
                                       QStringLiteral("\n\n") + kCommandsHelp);
    m_parser.addHelpOption();
    m_parser.addVersionOption();
    m_parser.addOptions({
        {QStringLiteral("db"),
         tr("The archive: a file (default: %1), or a PostgreSQL server's "
            "postgresql://... URI.")
             .arg(ArchiveFile::defaultPath()),
         tr("ARCHIVE")},
        {QStringLiteral("json"), tr("Print JSON instead of text.")},
        {QStringLiteral("editor-role"),
         tr("init on a server: the group role editors belong to (default newsroom_editor)."),
         tr("ROLE")},
        {QStringLiteral("limit"), tr("search, suggest: at most N results."), tr("N")},
        {QStringLiteral("max-related"), tr("check: the longest related list allowed (default 8)."),
         tr("N")},
        {QStringLiteral("no-duplicate-check"),
         tr("import: do not look for the same story in the archive.")},
        {QStringLiteral("status"),
         tr("Only articles with this status (draft, in-review, ready, "
            "published)."),
         tr("STATUS")},
        {QStringLiteral("section"), tr("Only articles in this section."), tr("SECTION")},
        {QStringLiteral("tag"), tr("Only articles with this tag."), tr("TAG")},
        {QStringLiteral("from"), tr("Only articles dated on or after DATE (YYYY-MM-DD)."),
         tr("DATE")},
        {QStringLiteral("to"), tr("Only articles dated on or before DATE (YYYY-MM-DD)."),
         tr("DATE")},
        {QStringLiteral("trash"), tr("list: the trash instead of the archive.")},
        {QStringLiteral("assigned-to"), tr("Only articles assigned to USER."), tr("USER")},
        {QStringLiteral("mine"), tr("Only articles assigned to you (the server role, or this "
                                    "computer's user).")},
        {QStringLiteral("published"), tr("history: only the versions that were published.")},
        {{QStringLiteral("o"), QStringLiteral("output")},
         tr("render: write the page to FILE, its pictures into media/ beside it."),
         tr("FILE")},
        {QStringLiteral("theme"), tr("render: the theme folder (article.html, style.css)."),
         tr("DIR")},
        {QStringLiteral("base-url"),
         tr("render, export-site: the site's address, for canonical URLs."), tr("URL")},
        {QStringLiteral("site-name"), tr("export-site: the site's name in mastheads and the feed."),
         tr("NAME")},
        {QStringLiteral("all"), tr("export-site: every article, not only published ones.")},
        {QStringLiteral("force"), tr("backup: replace FILE if it exists.")},
        {QStringLiteral("to-folder"), tr("backup: a dated copy in DIR instead of FILE."),
         tr("DIR")},
        {QStringLiteral("keep"), tr("backup --to-folder: keep only the newest N dated copies."),
         tr("N")},
        {QStringLiteral("full"), tr("check-archive: also check every index against its table.")},
        {QStringLiteral("caption"), tr("pictures add, describe, lead: the picture's caption."),
         tr("TEXT")},
        {QStringLiteral("credit"), tr("pictures add, describe, lead: whose picture it is."),
         tr("TEXT")},
        {QStringLiteral("alt"), tr("pictures add, describe, lead: what it shows, for readers "
                                   "who cannot see it."),
         tr("TEXT")},
        {QStringLiteral("none"), tr("lead: remove the article's lead image.")},
        {QStringLiteral("dry-run"), tr("pictures purge: only list what would be removed.")},
        {QStringLiteral("repair-index"), tr("check-archive: rebuild the search index.")},
    });
    m_parser.addPositionalArgument(QStringLiteral("command"),
                                   tr("init, import, list, show, assign, note, history, search, "
                                      "render, export-site, export-md, suggest, check, "
                                      "duplicates, pictures, lead, backup, check-archive or "
                                      "copy-to."));
    m_parser.addPositionalArgument(QStringLiteral("args"), tr("The command's arguments."),
                                   QStringLiteral("[args...]"));
}

int CommandLineTool::fail(const QString &message, int code)
{
    m_err << QStringLiteral("newsroom-cli: ") << terminaltext::printable(message) << Qt::endl;
    return code;
}

int CommandLineTool::limitOption(int fallback, const QString &name)
{
    if (!m_parser.isSet(name))
        return fallback;
    bool ok = false;
    const int limit = m_parser.value(name).toInt(&ok);
    if (ok && limit > 0)
        return limit;
    fail(tr("--%1 needs a positive whole number.").arg(name), UsageError);
    return 0;
}

int CommandLineTool::run(const QStringList &arguments)
{
    if (!m_parser.parse(arguments))
        return fail(m_parser.errorText(), UsageError);
    if (m_parser.isSet(QStringLiteral("help"))) {
        m_out << m_parser.helpText();
        return Ok;
    }
    if (m_parser.isSet(QStringLiteral("version"))) {
        m_out << QCoreApplication::applicationName() << QLatin1Char(' ')
              << QCoreApplication::applicationVersion() << Qt::endl;
        return Ok;
    }
    QStringList positional = m_parser.positionalArguments();
    if (positional.isEmpty())
        return fail(tr("no command given; see --help."), UsageError);
    m_json = m_parser.isSet(QStringLiteral("json"));
    const QString command = positional.takeFirst();
    return dispatch(command, positional);
}

int CommandLineTool::dispatch(const QString &command, const QStringList &args)
{
    struct Command
    {
        QLatin1StringView name;
        qsizetype minArgs;
        qsizetype maxArgs; // -1: no limit
        std::function<int(const QStringList &)> run;
        // Maintenance commands work on an existing archive's connection, not the store;
        // check-archive opens a damaged archive to report on it.
        bool maintenance = false;
        ArchiveFile::DamageCheck damageCheck = ArchiveFile::DamageCheck::OnOpen;
    };
    const Command commands[] = {
        {QLatin1StringView("init"), 0, 0, [](const QStringList &) { return int(Ok); }},
        {QLatin1StringView("import"), 1, -1,
         [this](const QStringList &a) { return importFiles(a); }},
        {QLatin1StringView("list"), 0, 0, [this](const QStringList &) { return listArticles(); }},
        {QLatin1StringView("show"), 1, 1,
         [this](const QStringList &a) { return showArticle(a[0]); }},
        {QLatin1StringView("assign"), 2, 2,
         [this](const QStringList &a) { return assignArticle(a[0], a[1]); }},
        {QLatin1StringView("note"), 2, 2,
         [this](const QStringList &a) { return addNote(a[0], a[1]); }},
        {QLatin1StringView("history"), 1, 1,
         [this](const QStringList &a) { return showHistory(a[0]); }},
        {QLatin1StringView("search"), 1, 1,
         [this](const QStringList &a) { return searchArticles(a[0]); }},
        {QLatin1StringView("render"), 1, 1,
         [this](const QStringList &a) { return renderArticle(a[0]); }},
        {QLatin1StringView("export-site"), 1, 1,
         [this](const QStringList &a) { return exportSite(a[0]); }},
        {QLatin1StringView("export-md"), 1, 1,
         [this](const QStringList &a) { return exportMarkdown(a[0]); }},
        {QLatin1StringView("suggest"), 1, 1,
         [this](const QStringList &a) { return suggestRelated(a[0]); }},
        {QLatin1StringView("check"), 1, 1,
         [this](const QStringList &a) { return checkArticle(a[0]); }},
        {QLatin1StringView("duplicates"), 0, 0,
         [this](const QStringList &) { return listDuplicates(); }},
        {QLatin1StringView("backup"), 0, 1,
         [this](const QStringList &a) { return backupArchive(a); }, true},
        {QLatin1StringView("pictures"), 0, -1,
         [this](const QStringList &a) { return pictureCommand(a); }},
        {QLatin1StringView("lead"), 1, 2,
         [this](const QStringList &a) { return setLeadImage(a); }},
        {QLatin1StringView("copy-to"), 1, 1,
         [this](const QStringList &a) { return copyArchive(a[0]); }},
        {QLatin1StringView("check-archive"), 0, 0,
         [this](const QStringList &) { return checkArchive(); }, true,
         ArchiveFile::DamageCheck::None},
    };
    const auto found = std::find_if(std::begin(commands), std::end(commands),
                                    [&](const Command &c) { return c.name == command; });
    if (found == std::end(commands))
        return fail(tr("unknown command \"%1\"; see --help.").arg(command), UsageError);
    if (args.size() < found->minArgs || (found->maxArgs >= 0 && args.size() > found->maxArgs)) {
        if (found->maxArgs < 0)
            return fail(tr("%1 needs at least one FILE.").arg(command), UsageError);
        if (command == QLatin1StringView("lead"))
            return fail(tr("usage: newsroom-cli lead ID (HASH|FILE) [--caption T] [--credit T] "
                           "[--alt T], or lead ID --none"),
                        UsageError);
        if (found->maxArgs == 0 && command == QLatin1StringView("list"))
            return fail(
                tr("%1 takes no arguments; filter with --status, --section, --tag.").arg(command),
                UsageError);
        if (found->maxArgs == 0)
            return fail(tr("%1 takes no arguments; see --help.").arg(command), UsageError);
        if (found->minArgs == 0)
            return fail(tr("%1 takes at most one argument; see --help.").arg(command), UsageError);
        if (found->minArgs == 2)
            return fail(tr("%1 takes two arguments, REF and %2; quote one with spaces.")
                            .arg(command, command == QLatin1StringView("assign")
                                              ? QStringLiteral("USER")
                                              : QStringLiteral("TEXT")),
                        UsageError);
        return fail(tr("%1 takes exactly one argument; quote a query with spaces.").arg(command),
                    UsageError);
    }

    const QString path = m_parser.isSet(QStringLiteral("db")) ? m_parser.value(QStringLiteral("db"))
                                                              : ArchiveFile::defaultPath();
    m_archive = path;
    if (command == QLatin1StringView("init"))
        return initArchive(path);
    if (found->maintenance && ArchiveAddress::isServer(path)) {
        return fail(tr("%1 works on archive files; a server's archive is backed up and checked "
                       "with PostgreSQL's own tools (pg_dump, amcheck), see the README.")
                        .arg(command));
    }
    if (found->maintenance) {
        // Never a new, empty archive: there would be nothing to back up or check.
        if (!QFileInfo::exists(path))
            return fail(tr("there is no archive at %1.").arg(path));
        auto database =
            ArchiveFile::open(path, ArchiveFile::Creation::MustExist, found->damageCheck);
        if (!database)
            return fail(database.error().message);
        m_database = std::move(*database);
        return found->run(args);
    }
    auto opened = ArchiveAddress::open(path);
    if (!opened)
        return fail(opened.error().message);
    m_store = std::move(opened->store);
    if (const QString damage = m_store->damageFound(); !damage.isEmpty()) {
        // Reading and exporting what a damaged archive still holds is how it is rescued;
        // every write is refused with the same words.
        m_err << QStringLiteral("newsroom-cli: warning: opened read-only: ")
              << terminaltext::printable(damage) << Qt::endl;
    }
    return found->run(args);
}

} // namespace newsroom
