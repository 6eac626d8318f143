#pragma once

#include "model/Article.h"
#include "store/StoreError.h"

#include <QHash>
#include <functional>

namespace newsroom {

// An article as Markdown with YAML front matter, the interchange format Hugo and Jekyll
// read: title, description, date, lastmod, draft, slug, tags, section, plus byline,
// dateline, language, status, created, ai_generated, disclosure, sources, word_target (when
// set) and related (each item: title, summary, and url or slug), and the lead image: `image`
// (Hugo's and Jekyll's field: the picture's path relative to the .md file) with image_alt,
// image_caption and image_credit. Writing then reading gives back every field the archive
// lets an editor set (the pictures through their files: MarkdownPictures).
namespace markdownarticle {

struct Parsed
{
    Article article;
    // Parallel to article.related: the slug an item names, for linking once imported.
    QStringList relatedSlugs;
    // The lead image's `image:` path as written (relative to the .md file), still to be read
    // into the archive; article.leadImage holds its words and gets its hash then.
    QString leadImagePath;
    // Set when the front matter could not be read and was kept as text, or a field was cut
    // to its limit (see ImportLimits).
    QString warning;
};

// `slugOf` names an archived article by slug (empty when it is gone). `pictureFiles`: the
// path, relative to the .md file, each picture the article uses was written to; the body's
// media:HASH images it names point at those files, and the lead image is `image:`.
QString write(const Article &article, const std::function<QString(qint64)> &slugOf,
              const QHash<QByteArray, QString> &pictureFiles = {});
// Text without readable front matter becomes the body, and the first heading (or
// "Untitled") the headline. Fails only for front matter over FrontMatterLimits (an alias
// bomb, a million keys), which is refused rather than kept as text. Every field comes back
// within ImportLimits.
StoreResult<Parsed> read(const QString &text);

} // namespace markdownarticle
} // namespace newsroom
