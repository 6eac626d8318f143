#include "DuplicateChecks.h"

#include "SameStoryFinder.h"

#include <QCoreApplication>

namespace newsroom::duplicatechecks {

namespace {
// The context of this file's messages, at run time and in the catalogue.
struct DuplicateChecks
{
    Q_DECLARE_TR_FUNCTIONS(DuplicateChecks)
};
} // namespace

StoreResult<QList<CheckFinding>> run(const Article &article, ArticleStore &store)
{
    auto matches = SameStoryFinder(store).matchesFor(article);
    if (!matches)
        return std::unexpected(matches.error());
    QList<CheckFinding> findings;
    for (const SameStoryMatch &match : std::as_const(*matches)) {
        if (findings.size() == kMaxFindings)
            break;
        CheckFinding finding;
        finding.code = QStringLiteral("possible-duplicate");
        finding.severity = CheckFinding::Severity::Warning;
        finding.message = DuplicateChecks::tr("Possible duplicate of \u201c%1\u201d (#%2, %3), "
                                              "already in the archive: open it and keep one.")
                              .arg(match.headline)
                              .arg(match.id)
                              .arg(match.slug);
        finding.articleId = match.id;
        finding.articleSlug = match.slug;
        findings.append(finding);
    }
    return findings;
}

} // namespace newsroom::duplicatechecks
