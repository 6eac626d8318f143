#include "PictureRules.h"

#include "media/PictureDecoder.h"
#include "search/MultilingualTokenizer.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QSet>

namespace newsroom::picturerules {

namespace {

// The context of this file's messages, at run time and in the catalogue.
struct PictureLibrary
{
    Q_DECLARE_TR_FUNCTIONS(PictureLibrary)
};

std::unexpected<StoreError> invalid(const QString &message)
{
    return storeFailure(StoreError::Code::Invalid, message);
}

bool isKnownType(const QString &mimeType)
{
    static const QSet<QString> known{QStringLiteral("image/jpeg"), QStringLiteral("image/png"),
                                     QStringLiteral("image/webp"), QStringLiteral("image/gif")};
    return known.contains(mimeType);
}

void appendFolded(QString &out, const QString &text)
{
    MultilingualTokenizer::tokenize(text.toUtf8(), [&](const MultilingualTokenizer::Token &t) {
        out += QLatin1Char(' ') + QString::fromUtf8(t.term);
        return true;
    });
}

StoreStatus checkRenditions(const Picture &picture, const QList<QPair<int, QByteArray>> &renditions)
{
    if (renditions.size() > kMaxRenditions)
        return invalid(PictureLibrary::tr("A picture came with %1 smaller copies; the archive "
                                          "keeps at most %2.")
                           .arg(renditions.size())
                           .arg(kMaxRenditions));
    int previous = 0;
    const QList<int> made = PictureDecoder::renditionWidthsFor(picture.width);
    for (const auto &[width, bytes] : renditions) {
        if (width <= previous || !made.contains(width) || bytes.isEmpty() ||
            bytes.size() > Picture::kMaxFileBytes) {
            return invalid(PictureLibrary::tr("A smaller copy of %1 is %2 pixels wide: copies are "
                                              "made at the widths Newsroom makes for a picture "
                                              "%3 pixels wide, in ascending order, and hold a "
                                              "picture.")
                               .arg(picture.fileName)
                               .arg(width)
                               .arg(picture.width));
        }
        previous = width;
    }
    return {};
}

} // namespace

bool isHash(const QByteArray &hash)
{
    if (hash.size() != 64)
        return false;
    for (char c : hash) {
        if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f')))
            return false;
    }
    return true;
}

QByteArray hashOf(const QByteArray &bytes)
{
    return QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex();
}

StoreResult<Picture> checkedForAdding(const Picture &picture, const QByteArray &original,
                                      const QList<QPair<int, QByteArray>> &renditions)
{
    if (original.isEmpty() || original.size() > Picture::kMaxFileBytes)
        return invalid(PictureLibrary::tr("%1 holds %2 bytes; the archive takes pictures of 1 "
                                          "byte to %3 MB.")
                           .arg(picture.fileName)
                           .arg(original.size())
                           .arg(Picture::kMaxFileBytes / (1024 * 1024)));
    if (!isHash(picture.hash) || hashOf(original) != picture.hash)
        return invalid(PictureLibrary::tr("The bytes given for %1 are not the picture its name "
                                          "says (their SHA-256 differs): nothing was stored.")
                           .arg(picture.fileName));
    if (picture.width <= 0 || picture.height <= 0 ||
        qint64(picture.width) * picture.height > Picture::kMaxPixels)
        return invalid(PictureLibrary::tr("%1 is said to be %2 × %3 pixels; the archive takes "
                                          "pictures of at most %4 megapixels.")
                           .arg(picture.fileName)
                           .arg(picture.width)
                           .arg(picture.height)
                           .arg(Picture::kMaxPixels / 1'000'000));
    if (!isKnownType(picture.mimeType))
        return invalid(PictureLibrary::tr("%1 is of type \"%2\"; the archive takes JPEG, PNG, "
                                          "WebP and GIF pictures.")
                           .arg(picture.fileName, picture.mimeType.left(kMaxMimeType)));
    if (auto ok = checkRenditions(picture, renditions); !ok)
        return std::unexpected(ok.error());
    Picture checked = withWords(picture, picture.caption, picture.credit, picture.altText);
    checked.fileName = picture.fileName.left(kMaxFileName);
    checked.bytes = original.size();
    checked.renditionWidths.clear();
    for (const auto &rendition : renditions)
        checked.renditionWidths.append(rendition.first);
    return checked;
}

Picture withWords(Picture picture, const QString &caption, const QString &credit,
                  const QString &altText)
{
    picture.caption = caption.left(Picture::kMaxCaption);
    picture.credit = credit.left(Picture::kMaxCredit);
    picture.altText = altText.left(Picture::kMaxAltText);
    return picture;
}

QString searchText(const Picture &picture)
{
    QString text;
    for (const QString *field :
         {&picture.caption, &picture.credit, &picture.altText, &picture.fileName})
        appendFolded(text, *field);
    return text + QLatin1Char(' ');
}

QStringList searchWords(const QString &words)
{
    QString folded;
    appendFolded(folded, words.left(1000));
    QStringList list = folded.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    list.removeDuplicates();
    return list.mid(0, kMaxSearchWords);
}

std::unexpected<StoreError> notFound(const QByteArray &hash, int width)
{
    const QString name = QString::fromLatin1(hash.left(64));
    if (width != 0)
        return storeFailure(StoreError::Code::NotFound,
                            PictureLibrary::tr("The archive has no copy of picture %1 %2 "
                                               "pixels wide.")
                                .arg(name)
                                .arg(width));
    return storeFailure(StoreError::Code::NotFound,
                        PictureLibrary::tr("The archive has no picture %1.").arg(name));
}

std::unexpected<StoreError> tooLarge(const QByteArray &hash)
{
    return storeFailure(StoreError::Code::Corrupt,
                        PictureLibrary::tr("Picture %1 is damaged in the archive (its stored "
                                           "bytes are larger than any picture it takes).")
                            .arg(QString::fromLatin1(hash.left(64))));
}

QByteArray isRenditionWidthSql(const char *width, const char *pictureWidth, const char *least)
{
    const QByteArray w(width);
    const QByteArray widest = QByteArray(least) + '(' + pictureWidth + ", " +
                              QByteArray::number(PictureDecoder::kMaxRenditionWidth) + ')';
    QByteArray listed;
    for (int each : PictureDecoder::kRenditionWidths)
        listed += (listed.isEmpty() ? "" : ", ") + QByteArray::number(each);
    return "(" + w + " >= 1 AND (" + w + " = " + widest + " OR (" + w + " IN (" + listed +
           ") AND " + w + " < " + widest + ")))";
}

} // namespace newsroom::picturerules
