#include "PictureUrls.h"

#include "media/PictureRefs.h"

namespace newsroom::pictureurls {

QString extension(const QString &mimeType)
{
    if (mimeType == u"image/jpeg" || mimeType == u"image/webp")
        return QStringLiteral("jpg");
    if (mimeType == u"image/png" || mimeType == u"image/gif")
        return QStringLiteral("png");
    return QStringLiteral("img");
}

QString renditionMimeType(const QString &mimeType)
{
    const QString ext = extension(mimeType);
    return ext == u"jpg"   ? QStringLiteral("image/jpeg")
           : ext == u"png" ? QStringLiteral("image/png")
                           : QStringLiteral("application/octet-stream");
}

QList<int> pageWidths(const Picture &picture)
{
    return picture.renditionWidths;
}

QString siteFileName(const Picture &picture, int width)
{
    return QString::fromLatin1(picture.hash) + u'-' + QString::number(width) + u'.' +
           extension(picture.mimeType);
}

QString sitePath(const Picture &picture, int width)
{
    return kMediaFolder + u'/' + siteFileName(picture, width);
}

QString previewPath(const QByteArray &hash, int width)
{
    return kMediaFolder + u'/' + QString::fromLatin1(hash) + u'-' + QString::number(width);
}

std::optional<PreviewRequest> parsePreviewPath(QStringView path)
{
    const QString prefix = u'/' + kMediaFolder + u'/';
    if (!path.startsWith(prefix))
        return std::nullopt;
    const QStringView name = path.mid(prefix.size());
    const qsizetype dash = name.indexOf(u'-');
    if (dash < 0)
        return std::nullopt;
    const QByteArray hash = picturerefs::hashOf(QString(picturerefs::kScheme + name.left(dash).toString()));
    bool ok = false;
    const int width = name.mid(dash + 1).toInt(&ok);
    // toInt accepts "+5" and " 5"; a width is digits only.
    const bool digits = std::all_of(name.begin() + dash + 1, name.end(),
                                    [](QChar c) { return c >= u'0' && c <= u'9'; });
    if (hash.isEmpty() || !ok || !digits || width <= 0 || hash != name.left(dash).toLatin1())
        return std::nullopt;
    return PreviewRequest{hash, width};
}

} // namespace newsroom::pictureurls
