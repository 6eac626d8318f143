#pragma once

#include <QJsonObject>
#include <QString>

namespace newsroom::bench {

// Markdown to HTML of the same article bodies by our renderer (in process, each body on its
// own, as an export renders them) and by cmark-gfm and pandoc (one process each over all
// the bodies' files, so their start-up is in their figure; it is reported apart too).
class MarkdownPeers
{
public:
    // Writes `bodies` bodies into `folder`/markdown and times each side `rounds` times, in
    // turn; the figures are the medians.
    static QJsonObject measure(const QString &folder, int bodies, int rounds);
};

} // namespace newsroom::bench
