#include "PublishVerdict.h"

namespace newsroom {

PublishVerdict PublishVerdict::of(const QList<CheckFinding> &findings)
{
    PublishVerdict verdict;
    for (const CheckFinding &finding : findings)
        (finding.severity == CheckFinding::Severity::Error ? verdict.errors : verdict.warnings)
            .append(finding.message);
    return verdict;
}

} // namespace newsroom
