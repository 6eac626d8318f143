#include "ArticleStatus.h"

#include <QCoreApplication>

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

// The context of the labels, at run time and in the catalogue.
struct ArticleStatusText
{
    Q_DECLARE_TR_FUNCTIONS(ArticleStatus)
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

QString statusLabel(ArticleStatus status)
{
    switch (status) {
    case ArticleStatus::Draft:
        return ArticleStatusText::tr("Draft");
    case ArticleStatus::InReview:
        return ArticleStatusText::tr("In review");
    case ArticleStatus::Ready:
        return ArticleStatusText::tr("Ready");
    case ArticleStatus::Published:
        return ArticleStatusText::tr("Published");
    }
    return {};
}

bool isScheduled(ArticleStatus status, const QDateTime &publishedAt, const QDateTime &now)
{
    return status == ArticleStatus::Published && publishedAt.isValid() && publishedAt > now;
}

QString scheduledLabel()
{
    return ArticleStatusText::tr("Scheduled");
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
