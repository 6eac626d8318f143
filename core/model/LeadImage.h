#pragma once

#include <QByteArray>
#include <QString>

namespace newsroom {

// The picture at the head of an article (og:image, the feed's picture), with the words this
// article puts under it: they start as the library's and are the article's own from then on,
// versioned and undone with the rest of it. An empty hash: no lead image.
struct LeadImage
{
    QByteArray hash; // Picture::hash
    QString caption;
    QString credit;
    QString altText;

    bool isEmpty() const { return hash.isEmpty(); }
    friend bool operator==(const LeadImage &, const LeadImage &) = default;
};

} // namespace newsroom
