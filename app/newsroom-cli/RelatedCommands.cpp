#include "CommandLineTool.h"

#include "TerminalText.h"
#include "checks/ArticleChecklist.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

// The related-articles commands: suggest, check, duplicates.

namespace newsroom {

int CommandLineTool::suggestRelated(const QString &ref)
{
    const int limit = limitOption(kDefaultSuggestions);
    if (limit <= 0)
        return UsageError;
    const auto article = m_store->articleByRef(ref);
    if (!article)
        return fail(article.error().message);
    const auto hits = m_store->suggestRelated(*article, limit);
    if (!hits)
        return fail(hits.error().message);
    QJsonArray array;
    for (const SearchHit &hit : *hits) {
        if (m_json) {
            array.append(QJsonObject{{QStringLiteral("id"), hit.article.id},
                                     {QStringLiteral("slug"), hit.article.slug},
                                     {QStringLiteral("headline"), hit.article.headline},
                                     {QStringLiteral("score"), hit.score}});
            continue;
        }
        m_out << QStringLiteral("%1  %2  %3")
                     .arg(hit.article.id, 6)
                     .arg(hit.score, 6, 'f', 2)
                     .arg(terminaltext::printable(hit.article.headline))
              << Qt::endl;
    }
    if (m_json)
        m_out << QJsonDocument(array).toJson();
    return Ok;
}

// Problems found are the command's answer, not its failure: exit 0 either way.
int CommandLineTool::checkArticle(const QString &ref)
{
    CheckLimits limits;
    if (m_parser.isSet(QStringLiteral("max-related"))) {
        bool ok = false;
        limits.related = m_parser.value(QStringLiteral("max-related")).toInt(&ok);
        if (!ok || limits.related <= 0)
            return fail(tr("--max-related needs a positive whole number."), UsageError);
    }
    const auto article = m_store->articleByRef(ref);
    if (!article)
        return fail(article.error().message);
    const auto findings = ArticleChecklist(*m_store, limits).run(*article);
    if (!findings)
        return fail(findings.error().message);
    QJsonArray array;
    for (const CheckFinding &finding : *findings) {
        if (m_json) {
            QJsonObject object{{QStringLiteral("code"), finding.code},
                               {QStringLiteral("severity"), severityName(finding.severity)},
                               {QStringLiteral("message"), finding.message}};
            if (finding.articleId > 0) {
                object.insert(QStringLiteral("article_id"), finding.articleId);
                object.insert(QStringLiteral("slug"), finding.articleSlug);
            }
            array.append(object);
            continue;
        }
        m_out << severityName(finding.severity) << QStringLiteral(": ")
              << terminaltext::printable(finding.message) << QStringLiteral(" [") << finding.code
              << QStringLiteral("]") << Qt::endl;
    }
    if (m_json)
        m_out << QJsonDocument(array).toJson();
    else if (findings->isEmpty())
        m_out << tr("No problems found.") << Qt::endl;
    return Ok;
}

QJsonArray CommandLineTool::matchesJson(const QList<SameStoryMatch> &matches)
{
    QJsonArray array;
    for (const SameStoryMatch &match : matches) {
        array.append(QJsonObject{{QStringLiteral("id"), match.id},
                                 {QStringLiteral("slug"), match.slug},
                                 {QStringLiteral("headline"), match.headline},
                                 {QStringLiteral("score"), match.score}});
    }
    return array;
}

// The archive is read twice; a large one says on stderr how far the reading is.
int CommandLineTool::listDuplicates()
{
    constexpr qint64 kReportEvery = 10'000;
    const QLocale locale;
    const auto progress = [&](int step, qint64 done, qint64 total) {
        if (done == 0 || done % kReportEvery != 0)
            return;
        const QString what = step == 1   ? tr("counted the terms of %1 articles\u2026")
                             : step == 2 ? tr("paired %1 of %2 articles\u2026")
                                         : tr("compared %1 of %2 pairs\u2026");
        m_err << QStringLiteral("newsroom-cli: ")
              << what.arg(locale.toString(done), locale.toString(total)) << Qt::endl;
    };
    const auto clusters = SameStoryFinder(*m_store).clusters(progress);
    if (!clusters)
        return fail(clusters.error().message);
    if (m_json) {
        QJsonArray array;
        for (const QList<SameStoryMatch> &cluster : *clusters)
            array.append(matchesJson(cluster));
        m_out << QJsonDocument(array).toJson();
        return Ok;
    }
    for (const QList<SameStoryMatch> &cluster : *clusters) {
        m_out << tr("One story, %n article(s):", nullptr, int(cluster.size())) << Qt::endl;
        for (const SameStoryMatch &match : cluster) {
            m_out << QStringLiteral("  %1  %2  %3  %4")
                         .arg(match.id, 6)
                         .arg(match.score, 4, 'f', 2)
                         .arg(terminaltext::printable(match.slug),
                              terminaltext::printable(match.headline))
                  << Qt::endl;
        }
    }
    if (clusters->isEmpty())
        m_out << tr("No story is in the archive twice.") << Qt::endl;
    return Ok;
}

} // namespace newsroom
