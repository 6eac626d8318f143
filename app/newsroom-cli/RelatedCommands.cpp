#include "CommandLineTool.h"

#include "TerminalText.h"
#include "checks/ArticleChecklist.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

// The related-articles commands: suggest, check.

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
            array.append(QJsonObject{{QStringLiteral("code"), finding.code},
                                     {QStringLiteral("severity"), severityName(finding.severity)},
                                     {QStringLiteral("message"), finding.message}});
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

} // namespace newsroom
