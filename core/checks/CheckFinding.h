#pragma once

#include "model/ArticleField.h"

#include <QList>
#include <QString>
#include <optional>

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
    // Where the problem is, for the editor to be taken there: the field, and the text in it
    // to select (a placeholder such as "TK"; empty: the whole field).
    std::optional<ArticleField> field = {};
    QString excerpt = {};
    // An archived article the finding is about (a possible duplicate), for the editor to
    // open: its id (0: none) and slug.
    qint64 articleId = 0;
    QString articleSlug = {};

    friend bool operator==(const CheckFinding &, const CheckFinding &) = default;
};

QString severityName(CheckFinding::Severity severity); // "error", "warning"
bool hasErrors(const QList<CheckFinding> &findings);

} // namespace newsroom
