#pragma once

#include <QList>
#include <QString>

namespace newsroom {

// One problem the pre-publish checklist found. Errors block publishing; warnings ask the
// editor to confirm. `code` is stable for scripts ("missing-byline", "related-deleted").
struct CheckFinding
{
    enum class Severity
    {
        Error,
        Warning,
    };

    QString code;
    Severity severity = Severity::Warning;
    QString message;

    friend bool operator==(const CheckFinding &, const CheckFinding &) = default;
};

QString severityName(CheckFinding::Severity severity); // "error", "warning"
bool hasErrors(const QList<CheckFinding> &findings);

} // namespace newsroom
