#pragma once

#include "StoreError.h"
#include "media/Picture.h"

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

namespace newsroom::picturerules {

// What both archives check and cut, so that they agree (PictureLibrary). The store trusts
// no caller: a picture is taken only when its bytes hash to its name and its sizes are sane.

inline constexpr int kMaxFileName = 255; // characters kept of an imported file's name
inline constexpr int kMaxMimeType = 100;
inline constexpr int kMaxRenditions = 8;
inline constexpr int kMaxSearchWords = 16;
inline constexpr int kMaxListed = 1000; // pictures() and unusedPictures() give no more at once

// True for 64 lower-case hex digits.
bool isHash(const QByteArray &hash);
// The SHA-256 of `bytes`, as 64 lower-case hex digits.
QByteArray hashOf(const QByteArray &bytes);
// Invalid, saying why, when `picture`, `original` and `renditions` disagree or are out of
// bounds; else the picture as it will be stored (its words cut, its rendition widths and
// byte count those given).
StoreResult<Picture> checkedForAdding(const Picture &picture, const QByteArray &original,
                                      const QList<QPair<int, QByteArray>> &renditions);
// Cuts the words to Picture's limits.
Picture withWords(Picture picture, const QString &caption, const QString &credit,
                  const QString &altText);
// The folded words the library is searched in (caption, credit, alt text, file name),
// space-separated with a space before each: a word's prefix is found as " " + prefix.
QString searchText(const Picture &picture);
// The folded words of a search (at most kMaxSearchWords).
QStringList searchWords(const QString &words);
// NotFound, naming the picture (and the width of the copy asked for, if not 0).
// SQL true when the column `width` is a copy PictureDecoder::renditionWidthsFor makes for a
// picture `pictureWidth` wide (a column or parameter); `least` is the dialect's two-argument
// minimum (min in SQLite, least in PostgreSQL). Rows at other widths are never read as copies.
QByteArray isRenditionWidthSql(const char *width, const char *pictureWidth, const char *least);
std::unexpected<StoreError> notFound(const QByteArray &hash, int width = 0);
// Corrupt: a stored picture's bytes are larger than any picture the archive takes.
std::unexpected<StoreError> tooLarge(const QByteArray &hash);

} // namespace newsroom::picturerules
