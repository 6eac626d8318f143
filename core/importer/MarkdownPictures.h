#pragma once

#include "media/Picture.h"
#include "store/StoreError.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>

namespace newsroom {

// Pictures in Markdown files (issue 17): the export writes each picture an article uses beside
// its .md file and names it by a path relative to that file, in the body's image syntax and in
// the `image:` front matter; the import reads them back into the archive as media:HASH.
class MarkdownPictures
{
    Q_DECLARE_TR_FUNCTIONS(MarkdownPictures)
public:
    // The file a picture of article `slug` is written to: "SLUG.HASH12.EXT", the original's
    // bytes in its own type. The first 12 digits of its hash make the name say what it holds:
    // a file of that name holding other bytes is not ours and is never replaced, and a
    // changed picture gets a new name instead of overwriting the old one. (SLUG-2.jpg would
    // be another article's: a second "city-budget" is "city-budget-2".) The original rather
    // than a rendition, so that an import gives back the very same picture (and hash).
    static QString fileName(const QString &slug, const Picture &picture);
    static QString originalExtension(const QString &mimeType);

    // The body with each image's media:HASH target that `paths` names replaced by the path:
    // ![alt](media:HASH "caption") -> ![alt](city-budget.0123456789ab.jpg "caption").
    static QString withPaths(const QString &body, const QHash<QByteArray, QString> &paths);
    // The targets of the body's images that may be files beside it: relative paths, without a
    // scheme (media:, https:, data:...), a leading '/' or '#', each once.
    static QStringList relativeTargets(const QString &body);
    // The body with each image target `hashes` names (a relative path) made media:HASH.
    static QString withHashes(const QString &body, const QHash<QString, QByteArray> &hashes);

    // `relativePath` (as written in a file in `folder`) as an absolute path inside `folder`:
    // refused when absolute, when any part is "..", when any part on the way is a symbolic
    // link, or when it is not a plain file. The message names the path and says why.
    static StoreResult<QString> resolve(const QString &folder, const QString &relativePath);
};

} // namespace newsroom
