#pragma once

#include <QJsonObject>
#include <QString>

namespace newsroom::bench {

// Importing a picture (issue 17): a 12-megapixel photo-like JPEG read from disk, checked,
// hashed and made into its renditions, as `pictures add` and the editor's drop do it.
class PictureBenchmark
{
public:
    // import_12mp_ms (median of `repeats`, at least 5), and the renditions' widths.
    static QJsonObject measure(const QString &folder, int repeats);
};

} // namespace newsroom::bench
