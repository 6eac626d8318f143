#pragma once

#include <QString>

namespace newsroom {

// One entry of an article's "Related Articles" list: what the reader sees (title and
// blurb) and where it leads, either an article in this archive or an outside URL.
struct RelatedItem
{
    QString title;
    QString summary;
    qint64 targetId = 0; // an archived article's id, or 0 for an outside link
    QString url;         // used when targetId is 0

    bool pointsToArchive() const { return targetId > 0; }
    friend bool operator==(const RelatedItem &, const RelatedItem &) = default;
};

} // namespace newsroom
