#pragma once

#include "store/StoreError.h"

#include "media/Picture.h"
#include "model/Article.h"

#include <QHash>
#include <QStringList>

namespace newsroom {

class ArticleStore;
class ExportFolder;

// Writes every live article as <slug>.md (YAML front matter + Markdown body) into a folder,
// ready for Hugo's content/ or Jekyll's _posts/, or for `newsroom-cli import` elsewhere.
// Files go through ExportFolder (never through a link, never outside the folder); an
// article whose slug cannot name a file is skipped and named in the report.
//
// Each picture an article uses is written beside its .md file as the original (the
// picture's own bytes, so an import gives back the very same picture), named by
// MarkdownPictures::fileName; the lead image is the front matter's `image:` and the body's
// media:HASH images point at their files. A picture file already there with the same bytes
// is left as it is; a file of that name holding anything else is not ours and is never
// replaced: the article keeps media:HASH for that picture, and the report says so.

class MarkdownExporter
{
public:
    struct Report
    {
        int written = 0;
        int picturesWritten = 0;
        int picturesUnchanged = 0;
        QStringList skipped; // one line for each article left out, naming it and why
    };

    explicit MarkdownExporter(ArticleStore &store) : m_store(store) {}
    StoreResult<Report> exportTo(const QString &folder);

private:
    // Writes the pictures `article` uses; returns the path of each written (or already
    // there), by hash.
    StoreResult<QHash<QByteArray, QString>> writePictures(ExportFolder &target,
                                                          const Article &article, Report &report);

    ArticleStore &m_store;
    QHash<QByteArray, Picture> m_pictures; // the library's descriptions, read once
};

} // namespace newsroom
