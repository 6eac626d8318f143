#include "ArticleStatus.h"

#include <array>

namespace newsroom {

namespace {
struct StatusName
{
    ArticleStatus status;
    QLatin1StringView name;
};
constexpr std::array kNames{
    StatusName{ArticleStatus::Draft, QLatin1StringView("draft")},
    StatusName{ArticleStatus::InReview, QLatin1StringView("in-review")},
    StatusName{ArticleStatus::Ready, QLatin1StringView("ready")},
    StatusName{ArticleStatus::Published, QLatin1StringView("published")},
};
} // namespace

QString statusName(ArticleStatus status)
{
    for (const auto &entry : kNames) {
        if (entry.status == status)
            return entry.name;
    }
    return QStringLiteral("draft");
}

std::optional<ArticleStatus> statusFromName(const QString &name)
{
    const QString key = name.trimmed().toLower().replace(QLatin1Char('_'), QLatin1Char('-'));
    for (const auto &entry : kNames) {
        if (key == entry.name)
            return entry.status;
    }
    if (key == QLatin1StringView("review") || key == QLatin1StringView("inreview"))
        return ArticleStatus::InReview;
    return std::nullopt;
}

} // namespace newsroom
