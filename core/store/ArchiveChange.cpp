#include "ArchiveChange.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <cmath>

namespace newsroom {

namespace {
// A JSON number that is a whole number a double holds exactly (ids and versions are far
// below 2^53), at least `least`.
std::optional<qint64> wholeNumber(const QJsonValue &value, qint64 least)
{
    if (!value.isDouble())
        return std::nullopt;
    const double number = value.toDouble();
    constexpr double kExact = 9007199254740992.0; // 2^53
    if (!std::isfinite(number) || number != std::floor(number) || number < double(least) ||
        number > kExact)
        return std::nullopt;
    return qint64(number);
}

bool isHex(const QByteArray &text)
{
    for (char c : text) {
        if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f')))
            return false;
    }
    return true;
}
} // namespace

std::optional<ArchiveChange> ArchiveChange::fromPayload(QByteArrayView payload)
{
    if (payload.isEmpty() || payload.size() > kMaxPayload)
        return std::nullopt;
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(payload.toByteArray(), &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return std::nullopt;
    const QJsonObject object = document.object();
    const auto id = wholeNumber(object.value(QLatin1String("id")), 1);
    const auto version = wholeNumber(object.value(QLatin1String("version")), 1);
    const QJsonValue who = object.value(QLatin1String("who"));
    if (!id || !version || !who.isString())
        return std::nullopt;
    ArchiveChange change{*id, *version, who.toString(), {}};
    if (change.who.isEmpty() || change.who.toUtf8().size() > kMaxWho)
        return std::nullopt;
    const QJsonValue origin = object.value(QLatin1String("origin"));
    if (!origin.isUndefined()) {
        if (!origin.isString())
            return std::nullopt;
        change.origin = origin.toString().toLatin1();
        if (change.origin.size() > kMaxOrigin || !isHex(change.origin))
            return std::nullopt;
    }
    return change;
}

} // namespace newsroom
