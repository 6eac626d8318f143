#include "ArticleChecklist.h"

#include "ArticleChecks.h"
#include "DuplicateChecks.h"
#include "PictureChecks.h"
#include "RelatedChecks.h"
#include "store/ArticleStore.h"

namespace newsroom {

QString severityName(CheckFinding::Severity severity)
{
    return severity == CheckFinding::Severity::Error ? QStringLiteral("error")
                                                     : QStringLiteral("warning");
}

bool hasErrors(const QList<CheckFinding> &findings)
{
    return std::any_of(findings.begin(), findings.end(), [](const CheckFinding &finding) {
        return finding.severity == CheckFinding::Severity::Error;
    });
}

StoreResult<QList<CheckFinding>> ArticleChecklist::run(const Article &article) const
{
    QList<CheckFinding> findings = articlechecks::run(article, m_limits);
    auto related = relatedchecks::run(article, m_store, m_limits);
    if (!related)
        return std::unexpected(related.error());
    findings.append(*related);
    auto pictures = picturechecks::run(article, m_store);
    if (!pictures)
        return std::unexpected(pictures.error());
    findings.append(*pictures);
    auto duplicates = duplicatechecks::run(article, m_store);
    if (!duplicates)
        return std::unexpected(duplicates.error());
    findings.append(*duplicates);
    return findings;
}

} // namespace newsroom
