#include "PresenceWords.h"

namespace newsroom {

QString PresenceWords::editing(const QStringList &names)
{
    switch (names.size()) {
    case 0:
        return {};
    case 1:
        return tr("%1 is editing").arg(names.first());
    case 2:
        return tr("%1 and %2 are editing").arg(names.at(0), names.at(1));
    default:
        return tr("%1 and %n other(s) are editing", nullptr, int(names.size() - 1))
            .arg(names.first());
    }
}

QString PresenceWords::alsoEditing(const QStringList &names)
{
    switch (names.size()) {
    case 0:
        return {};
    case 1:
        return tr("%1 is also editing this article.").arg(names.first());
    case 2:
        return tr("%1 and %2 are also editing this article.").arg(names.at(0), names.at(1));
    default:
        return tr("%1 and %n other(s) are also editing this article.", nullptr,
                  int(names.size() - 1))
            .arg(names.first());
    }
}

} // namespace newsroom
