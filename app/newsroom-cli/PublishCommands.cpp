#include "CommandLineTool.h"

#include "TerminalText.h"
#include "export/MarkdownExporter.h"
#include "export/SiteExporter.h"
#include "render/PageLinks.h"
#include "render/PageRenderer.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

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
    if (m_store->isArchiveFile(m_parser.value(QStringLiteral("output"))))
        return fail(tr("%1 is the archive itself; write the page to another file.")
                        .arg(m_parser.value(QStringLiteral("output"))));
    QSaveFile file(m_parser.value(QStringLiteral("output")));
    if (!file.open(QIODevice::WriteOnly) || file.write(page->toUtf8()) < 0 || !file.commit())
        return fail(tr("cannot write %1: %2.").arg(file.fileName(), file.errorString()));
    return Ok;
}

} // namespace newsroom
