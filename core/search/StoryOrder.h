#pragma once

#include "store/StoryText.h"

#include <QHash>
#include <QList>
#include <algorithm>

namespace newsroom {

// storiesSharing's order, for either store: the highest score first, then the newest.
inline void sortByScore(QList<StoryText> &stories, const QHash<qint64, double> &scores)
{
    std::sort(stories.begin(), stories.end(), [&scores](const StoryText &a, const StoryText &b) {
        const double sa = scores.value(a.id), sb = scores.value(b.id);
        return sa != sb ? sa > sb : a.id > b.id;
    });
}

} // namespace newsroom
