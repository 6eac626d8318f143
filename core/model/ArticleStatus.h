#pragma once

#include <QDateTime>
#include <QString>
#include <optional>

namespace newsroom {

// The desk's workflow, in the order an article moves through it.
enum class ArticleStatus
{
    Draft,
    InReview,
    Ready,
    Published
};

// Stable machine names ("draft", "in-review", "ready", "published"): stored in the
// archive and printed by the command-line tool, so never translate them.
QString statusName(ArticleStatus status);  // "in-review": files, JSON, the CLI
QString statusLabel(ArticleStatus status); // "In review": what the app shows, translated
std::optional<ArticleStatus> statusFromName(const QString &name);
// Published with a time still to come: the site leaves it out until then, lists say
// "Scheduled".
bool isScheduled(ArticleStatus status, const QDateTime &publishedAt,
                 const QDateTime &now = QDateTime::currentDateTimeUtc());
QString scheduledLabel(); // "Scheduled", translated

} // namespace newsroom
