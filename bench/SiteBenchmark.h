#pragma once

#include <QJsonObject>
#include <QString>

namespace newsroom::bench {

// Rendering and site export, beside Hugo building the same articles.
class SiteBenchmark
{
public:
    // Markdown plus theme for one 5,000-word article: render_p95_ms.
    static QJsonObject measureRender(int repeats);
    // The whole archive at `archivePath` as a site (every article): export_per_s; then the
    // same articles exported as Markdown and built by Hugo with a minimal layout.
    static QJsonObject measureExport(const QString &archivePath, const QString &folder);
};

} // namespace newsroom::bench
