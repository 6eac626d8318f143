#include "CommandLineTool.h"

#include "TerminalText.h"
#include "export/MarkdownExporter.h"
#include "export/PageExporter.h"
#include "export/SiteExporter.h"
#include "media/PictureRefs.h"
#include "render/PageLinks.h"
#include "render/PageRenderer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

// The publishing commands: render, export-site, export-md.

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
        m_err << QStringLiteral("newsroom-cli: note: ") << terminaltext::printable(note)
              << Qt::endl;
    for (const QString &skipped : report->skipped)
        m_err << QStringLiteral("newsroom-cli: warning: ") << terminaltext::printable(skipped)
              << Qt::endl;
    if (m_json) {
        m_out << QJsonDocument(QJsonObject{{QStringLiteral("folder"), folder},
                                           {QStringLiteral("articles"), report->articles},
                                           {QStringLiteral("written"), report->written},
                                           {QStringLiteral("unchanged"), report->unchanged},
                                           {QStringLiteral("removed"), report->removed},
                                           {QStringLiteral("scheduled"), report->scheduled},
                                           {QStringLiteral("skipped"),
                                            QJsonArray::fromStringList(report->skipped)}})
                     .toJson();
    } else {
        m_out << tr("Exported %n article(s) to %1: %2 files written, %3 unchanged, %4 removed.",
                    nullptr, report->articles)
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
    const auto report = MarkdownExporter(*m_store).exportTo(folder);
    if (!report)
        return fail(report.error().message);
    for (const QString &skipped : report->skipped)
        m_err << QStringLiteral("newsroom-cli: warning: ") << terminaltext::printable(skipped)
              << Qt::endl;
    if (m_json)
        m_out << QJsonDocument(QJsonObject{{QStringLiteral("folder"), folder},
                                           {QStringLiteral("written"), report->written},
                                           {QStringLiteral("skipped"),
                                            QJsonArray::fromStringList(report->skipped)}})
                     .toJson();
    else
        m_out << tr("Wrote %1 Markdown files to %2.").arg(report->written).arg(folder) << Qt::endl;
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
    const PageContext context = pagelinks::contextFor(*m_store, *article, base);
    if (!m_parser.isSet(QStringLiteral("output"))) {
        // Nothing is written beside standard output, so the page shows no pictures.
        const auto page = (*renderer)->render(*article, context);
        if (!page)
            return fail(page.error().message);
        m_out << *page << Qt::flush;
        if (!picturerefs::usedBy(*article).isEmpty())
            m_err << QStringLiteral("newsroom-cli: note: ")
                  << tr("The page leaves out its pictures: use -o FILE to write it with their "
                        "files in media/ beside it.")
                  << Qt::endl;
        return Ok;
    }
    const QString output = m_parser.value(QStringLiteral("output"));
    if (m_store->isArchiveFile(output))
        return fail(tr("%1 is the archive itself; write the page to another file.").arg(output));
    // The folder is the one named (links and all); the page and its pictures' renditions
    // (media/ beside it) are written as an export writes: new files renamed into place,
    // never through a link that stands there.
    const auto written = PageExporter(*m_store, **renderer)
                             .exportTo(*article, context, output, PageExporter::Folder::Create);
    if (!written)
        return fail(written.error().message);
    return Ok;
}

} // namespace newsroom
