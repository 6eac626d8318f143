#include "CommandLineTool.h"

#include "export/MarkdownExporter.h"
#include "export/SiteExporter.h"
#include "importer/ArticleImporter.h"
#include "model/ArticleJson.h"
#include "render/PageLinks.h"
#include "render/PageRenderer.h"
#include "render/Theme.h"
#include "store/ArchiveFile.h"
#include "store/SqliteArticleStore.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace newsroom {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("newsroom-cli", text);
}

const QString kCommandsHelp = QStringLiteral(
    "Commands:\n"
    "  import FILE...      Import articles: Markdown with YAML front matter (.md),\n"
    "                      or plain text shaped like a news page (.txt and others).\n"
    "  list                List every article, newest update first.\n"
    "                      Filters: --status, --section, --tag, --from, --to, --trash.\n"
    "  show REF            Show one article; REF is its id or its slug.\n"
    "  search QUERY        Full-text search, best match first (--limit N, default 20).\n"
    "                      QUERY understands words, \"phrases\", prefix*, -exclude, OR.\n"
    "                      Filters as for list.\n"
    "  render REF          The article's page as HTML, to stdout or to -o FILE\n"
    "                      (--theme DIR for a house style, --base-url URL).\n"
    "  export-site DIR     The archive as a static site in DIR: published articles\n"
    "                      (--all: every article), index, sections, tags, feed.xml,\n"
    "                      sitemap.xml (with --base-url). Re-export writes only changes.\n"
    "  export-md DIR       Every article as DIR/<slug>.md with YAML front matter\n"
    "                      (for Hugo, Jekyll, or import into another archive).\n"
    "\n"
    "Exit codes: 0 success, 1 failure (reported on stderr), 2 wrong usage.");

QJsonObject summaryJson(const ArticleSummary &a)
{
    return QJsonObject{{QStringLiteral("id"), a.id},
                       {QStringLiteral("slug"), a.slug},
                       {QStringLiteral("headline"), a.headline},
                       {QStringLiteral("status"), statusName(a.status)},
                       {QStringLiteral("section"), a.section},
                       {QStringLiteral("updated"), json::timeToText(a.updatedAt)},
                       {QStringLiteral("published"), json::timeToText(a.publishedAt)}};
}

// Matches marked for the medium: <mark> in (escaped) HTML for JSON, brackets for a terminal.
QString markedSnippet(const QString &snippet, bool html)
{
    QString text = html ? snippet.toHtmlEscaped() : snippet;
    text.replace(SearchHit::kMarkStart, html ? QStringLiteral("<mark>") : QStringLiteral("["));
    text.replace(SearchHit::kMarkEnd, html ? QStringLiteral("</mark>") : QStringLiteral("]"));
    return text;
}

QDateTime parseDate(const QString &text, bool endOfDay)
{
    const QDate date = QDate::fromString(text, Qt::ISODate);
    if (date.isValid())
        return endOfDay ? QDateTime(date, QTime(23, 59, 59), Qt::UTC)
                        : QDateTime(date, QTime(0, 0), Qt::UTC);
    return json::timeFromText(text);
}

} // namespace

CommandLineTool::CommandLineTool() : m_out(stdout), m_err(stderr)
{
    defineOptions();
}

void CommandLineTool::defineOptions()
{
    m_parser.setApplicationDescription(
        tr("Newsroom's archive from the command line: import, list, show and search articles.") +
        QStringLiteral("\n\n") + kCommandsHelp);
    m_parser.addHelpOption();
    m_parser.addVersionOption();
    m_parser.addOptions({
        {QStringLiteral("db"),
         tr("The archive file (default: %1).").arg(ArchiveFile::defaultPath()), tr("FILE")},
        {QStringLiteral("json"), tr("Print JSON instead of text.")},
        {QStringLiteral("limit"), tr("search: at most N results (default 20)."), tr("N"),
         QStringLiteral("20")},
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
        {{QStringLiteral("o"), QStringLiteral("output")},
         tr("render: write the page to FILE."),
         tr("FILE")},
        {QStringLiteral("theme"), tr("render: the theme folder (article.html, style.css)."),
         tr("DIR")},
        {QStringLiteral("base-url"),
         tr("render, export-site: the site's address, for canonical URLs."), tr("URL")},
        {QStringLiteral("site-name"), tr("export-site: the site's name in mastheads and the feed."),
         tr("NAME")},
        {QStringLiteral("all"), tr("export-site: every article, not only published ones.")},
    });
    m_parser.addPositionalArgument(QStringLiteral("command"),
                                   tr("import, list, show, search or render."));
    m_parser.addPositionalArgument(QStringLiteral("args"), tr("The command's arguments."),
                                   QStringLiteral("[args...]"));
}

int CommandLineTool::fail(const QString &message, int code)
{
    m_err << QStringLiteral("newsroom-cli: ") << message << Qt::endl;
    return code;
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
    const bool known =
        command == QLatin1StringView("import") || command == QLatin1StringView("list") ||
        command == QLatin1StringView("show") || command == QLatin1StringView("search") ||
        command == QLatin1StringView("render") || command == QLatin1StringView("export-site") ||
        command == QLatin1StringView("export-md");
    if (!known)
        return fail(tr("unknown command \"%1\"; see --help.").arg(command), UsageError);
    if (command == QLatin1StringView("import") && args.isEmpty())
        return fail(tr("import needs at least one FILE."), UsageError);
    if ((command == QLatin1StringView("show") || command == QLatin1StringView("search") ||
         command == QLatin1StringView("render") || command == QLatin1StringView("export-site") ||
         command == QLatin1StringView("export-md")) &&
        args.size() != 1)
        return fail(tr("%1 takes exactly one argument; quote a query with spaces.").arg(command),
                    UsageError);
    if (command == QLatin1StringView("list") && !args.isEmpty())
        return fail(tr("list takes no arguments; filter with --status, --section, --tag."),
                    UsageError);

    const QString path = m_parser.isSet(QStringLiteral("db")) ? m_parser.value(QStringLiteral("db"))
                                                              : ArchiveFile::defaultPath();
    auto store = SqliteArticleStore::open(path);
    if (!store)
        return fail(store.error().message);
    m_store = std::move(*store);

    if (command == QLatin1StringView("import"))
        return importFiles(args);
    if (command == QLatin1StringView("list"))
        return listArticles();
    if (command == QLatin1StringView("show"))
        return showArticle(args.front());
    if (command == QLatin1StringView("render"))
        return renderArticle(args.front());
    if (command == QLatin1StringView("export-site"))
        return exportSite(args.front());
    if (command == QLatin1StringView("export-md"))
        return exportMarkdown(args.front());
    return searchArticles(args.front());
}

std::optional<ArticleFilter> CommandLineTool::filterFromOptions()
{
    ArticleFilter filter;
    if (m_parser.isSet(QStringLiteral("status"))) {
        filter.status = statusFromName(m_parser.value(QStringLiteral("status")));
        if (!filter.status) {
            fail(tr("unknown status \"%1\"; use draft, in-review, ready or published.")
                     .arg(m_parser.value(QStringLiteral("status"))),
                 UsageError);
            return std::nullopt;
        }
    }
    filter.section = m_parser.value(QStringLiteral("section"));
    filter.tag = m_parser.value(QStringLiteral("tag"));
    filter.trashed = m_parser.isSet(QStringLiteral("trash"));
    for (const QString &name : {QStringLiteral("from"), QStringLiteral("to")}) {
        if (!m_parser.isSet(name))
            continue;
        const QDateTime time = parseDate(m_parser.value(name), name == QLatin1StringView("to"));
        if (!time.isValid()) {
            fail(tr("--%1 needs a date such as 2026-01-31.").arg(name), UsageError);
            return std::nullopt;
        }
        (name == QLatin1StringView("from") ? filter.from : filter.to) = time;
    }
    return filter;
}

int CommandLineTool::importFiles(const QStringList &paths)
{
    const auto outcomes = ArticleImporter(*m_store).importFiles(paths);
    QJsonArray results;
    int failures = 0;
    for (const auto &outcome : outcomes) {
        if (!outcome.article) {
            ++failures;
            m_err << QStringLiteral("newsroom-cli: ") << outcome.error << Qt::endl;
            results.append(QJsonObject{{QStringLiteral("file"), outcome.path},
                                       {QStringLiteral("error"), outcome.error}});
            continue;
        }
        const Article &a = *outcome.article;
        if (!outcome.warning.isEmpty())
            m_err << QStringLiteral("newsroom-cli: note: ") << outcome.warning << Qt::endl;
        if (m_json) {
            results.append(QJsonObject{{QStringLiteral("file"), outcome.path},
                                       {QStringLiteral("id"), a.id},
                                       {QStringLiteral("slug"), a.slug},
                                       {QStringLiteral("headline"), a.headline}});
        } else {
            m_out << tr("Imported #%1 %2 (%3)").arg(a.id).arg(a.slug, outcome.path) << Qt::endl;
        }
    }
    if (m_json)
        m_out << QJsonDocument(results).toJson();
    return failures == 0 ? Ok : Failed;
}

int CommandLineTool::listArticles()
{
    const auto filter = filterFromOptions();
    if (!filter)
        return UsageError;
    const auto rows = m_store->list(*filter);
    if (!rows)
        return fail(rows.error().message);
    QJsonArray array;
    for (const ArticleSummary &a : *rows) {
        if (m_json) {
            array.append(summaryJson(a));
            continue;
        }
        m_out << QStringLiteral("%1  %2  %3  %4")
                     .arg(a.id, 6)
                     .arg(statusName(a.status), -9)
                     .arg(a.updatedAt.toString(QStringLiteral("yyyy-MM-dd HH:mm")), a.headline)
              << Qt::endl;
    }
    if (m_json)
        m_out << QJsonDocument(array).toJson();
    return Ok;
}

int CommandLineTool::showArticle(const QString &ref)
{
    const auto article = m_store->articleByRef(ref);
    if (!article)
        return fail(article.error().message);
    QJsonObject object = json::fromArticle(*article);
    // Archive links are named by slug for scripts; the id stays for exactness.
    QJsonArray related;
    for (const RelatedItem &item : article->related) {
        QJsonObject entry{{QStringLiteral("title"), item.title},
                          {QStringLiteral("summary"), item.summary}};
        if (item.pointsToArchive()) {
            entry.insert(QStringLiteral("article_id"), item.targetId);
            if (auto target = m_store->summary(item.targetId))
                entry.insert(QStringLiteral("slug"), target->slug);
        } else {
            entry.insert(QStringLiteral("url"), item.url);
        }
        related.append(entry);
    }
    object.insert(QStringLiteral("related"), related);
    if (m_json) {
        m_out << QJsonDocument(object).toJson();
        return Ok;
    }
    const Article &a = *article;
    m_out << a.headline << Qt::endl;
    if (!a.dek.isEmpty())
        m_out << a.dek << Qt::endl;
    m_out << Qt::endl
          << tr("id %1 · %2 · %3 · updated %4")
                 .arg(a.id)
                 .arg(a.slug, statusName(a.status), json::timeToText(a.updatedAt))
          << Qt::endl;
    if (!a.byline.isEmpty())
        m_out << tr("By %1").arg(a.byline) << Qt::endl;
    if (!a.tags.isEmpty())
        m_out << tr("Tags: %1").arg(a.tags.join(QStringLiteral(", "))) << Qt::endl;
    m_out << Qt::endl << a.body << Qt::endl;
    if (a.aiGenerated)
        m_out << Qt::endl << tr("[AI-generated] %1").arg(a.disclosure) << Qt::endl;
    if (!related.isEmpty()) {
        m_out << Qt::endl << tr("Related articles:") << Qt::endl;
        for (const QJsonValue &item : std::as_const(related)) {
            const QJsonObject entry = item.toObject();
            const QString target = entry.contains(QStringLiteral("url"))
                                       ? entry.value(QStringLiteral("url")).toString()
                                       : entry.value(QStringLiteral("slug")).toString();
            m_out << QStringLiteral("- ") << entry.value(QStringLiteral("title")).toString()
                  << (target.isEmpty() ? QString()
                                       : QStringLiteral(" <") + target + QLatin1Char('>'))
                  << Qt::endl;
        }
    }
    return Ok;
}

int CommandLineTool::searchArticles(const QString &text)
{
    const auto filter = filterFromOptions();
    if (!filter)
        return UsageError;
    bool ok = false;
    const int limit = m_parser.value(QStringLiteral("limit")).toInt(&ok);
    if (!ok || limit <= 0)
        return fail(tr("--limit needs a positive whole number."), UsageError);
    const auto hits = m_store->search(SearchQuery{text, *filter, limit});
    if (!hits)
        return fail(hits.error().message);
    QJsonArray array;
    for (const SearchHit &hit : *hits) {
        if (m_json) {
            QJsonObject object = summaryJson(hit.article);
            object.insert(QStringLiteral("snippet"), markedSnippet(hit.snippet, true));
            object.insert(QStringLiteral("score"), hit.score);
            array.append(object);
            continue;
        }
        m_out << QStringLiteral("%1  %2").arg(hit.article.id, 6).arg(hit.article.headline)
              << Qt::endl
              << QStringLiteral("        ") << markedSnippet(hit.snippet, false).simplified()
              << Qt::endl;
    }
    if (m_json)
        m_out << QJsonDocument(array).toJson();
    return Ok;
}

} // namespace newsroom

namespace newsroom {

std::optional<Theme> CommandLineTool::themeFromOptions()
{
    if (!m_parser.isSet(QStringLiteral("theme")))
        return Theme::builtIn();
    auto theme = Theme::fromFolder(m_parser.value(QStringLiteral("theme")));
    if (!theme) {
        fail(theme.error().message);
        return std::nullopt;
    }
    return *theme;
}

int CommandLineTool::exportSite(const QString &folder)
{
    const auto theme = themeFromOptions();
    if (!theme)
        return Failed;
    SiteExporter::Options options;
    options.includeUnpublished = m_parser.isSet(QStringLiteral("all"));
    options.baseUrl = m_parser.value(QStringLiteral("base-url"));
    options.siteName = m_parser.value(QStringLiteral("site-name"));
    options.theme = *theme;
    const auto report = SiteExporter(*m_store, options).exportTo(folder);
    if (!report)
        return fail(report.error().message);
    for (const QString &note : report->notes)
        m_err << QStringLiteral("newsroom-cli: note: ") << note << Qt::endl;
    if (m_json) {
        m_out << QJsonDocument(QJsonObject{{QStringLiteral("folder"), folder},
                                           {QStringLiteral("articles"), report->articles},
                                           {QStringLiteral("written"), report->written},
                                           {QStringLiteral("unchanged"), report->unchanged},
                                           {QStringLiteral("removed"), report->removed}})
                     .toJson();
    } else {
        m_out << tr("Exported %1 articles to %2: %3 files written, %4 unchanged, %5 removed.")
                     .arg(report->articles)
                     .arg(folder)
                     .arg(report->written)
                     .arg(report->unchanged)
                     .arg(report->removed)
              << Qt::endl;
    }
    return Ok;
}

int CommandLineTool::exportMarkdown(const QString &folder)
{
    const auto written = MarkdownExporter(*m_store).exportTo(folder);
    if (!written)
        return fail(written.error().message);
    if (m_json)
        m_out << QJsonDocument(QJsonObject{{QStringLiteral("folder"), folder},
                                           {QStringLiteral("written"), *written}})
                     .toJson();
    else
        m_out << tr("Wrote %1 Markdown files to %2.").arg(*written).arg(folder) << Qt::endl;
    return Ok;
}

int CommandLineTool::renderArticle(const QString &ref)
{
    const auto article = m_store->articleByRef(ref);
    if (!article)
        return fail(article.error().message);
    const auto theme = themeFromOptions();
    if (!theme)
        return Failed;
    auto renderer = PageRenderer::create(*theme);
    if (!renderer)
        return fail(renderer.error().message);
    PageContext base;
    base.baseUrl = m_parser.value(QStringLiteral("base-url"));
    const auto page =
        (*renderer)->render(*article, pagelinks::contextFor(*m_store, *article, base));
    if (!page)
        return fail(page.error().message);
    if (!m_parser.isSet(QStringLiteral("output"))) {
        m_out << *page << Qt::flush;
        return Ok;
    }
    QSaveFile file(m_parser.value(QStringLiteral("output")));
    if (!file.open(QIODevice::WriteOnly) || file.write(page->toUtf8()) < 0 || !file.commit())
        return fail(tr("cannot write %1: %2.").arg(file.fileName(), file.errorString()));
    return Ok;
}

} // namespace newsroom
