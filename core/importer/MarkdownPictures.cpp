#include "MarkdownPictures.h"

#include "media/PictureRefs.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QUrl>

namespace newsroom {

namespace {

// "![alt](" and the target up to white space, ')' or '"'. Alt text with brackets inside is
// not matched (nor rewritten either way, so a round trip still gives back what it was).
const QRegularExpression &imageTarget()
{
    static const QRegularExpression pattern(
        QStringLiteral("(!\\[[^\\]\\n]*\\]\\([ \\t]*)<?([^\\s)\"<>]+)>?"));
    return pattern;
}

} // namespace

QString MarkdownPictures::originalExtension(const QString &mimeType)
{
    if (mimeType == u"image/jpeg")
        return QStringLiteral("jpg");
    if (mimeType == u"image/png")
        return QStringLiteral("png");
    if (mimeType == u"image/webp")
        return QStringLiteral("webp");
    if (mimeType == u"image/gif")
        return QStringLiteral("gif");
    return QStringLiteral("img");
}

QString MarkdownPictures::fileName(const QString &slug, const Picture &picture)
{
    return slug + u'.' + QString::fromLatin1(picture.hash.left(12)) + u'.' +
           originalExtension(picture.mimeType);
}

QString MarkdownPictures::withPaths(const QString &body, const QHash<QByteArray, QString> &paths)
{
    QString out;
    qsizetype copied = 0;
    for (auto it = imageTarget().globalMatch(body); it.hasNext();) {
        const auto match = it.next();
        const QString path = paths.value(picturerefs::hashOf(match.captured(2)));
        if (path.isEmpty())
            continue;
        out += QStringView(body).mid(copied, match.capturedStart(2) - copied);
        out += path;
        copied = match.capturedEnd(2);
    }
    return copied == 0 ? body : out + QStringView(body).mid(copied);
}

QStringList MarkdownPictures::relativeTargets(const QString &body)
{
    QStringList targets;
    for (auto it = imageTarget().globalMatch(body); it.hasNext();) {
        const QString target = it.next().captured(2);
        const QUrl url(target);
        if (target.startsWith(u'/') || target.startsWith(u'#') || target.startsWith(u'\\') ||
            !url.isValid() || !url.scheme().isEmpty() || !url.host().isEmpty() ||
            targets.contains(target))
            continue;
        targets.append(target);
    }
    return targets;
}

QString MarkdownPictures::withHashes(const QString &body, const QHash<QString, QByteArray> &hashes)
{
    QString out;
    qsizetype copied = 0;
    for (auto it = imageTarget().globalMatch(body); it.hasNext();) {
        const auto match = it.next();
        const QByteArray hash = hashes.value(match.captured(2));
        if (hash.isEmpty())
            continue;
        // The whole target, <angle brackets> included, becomes media:HASH.
        const qsizetype start = match.capturedEnd(1);
        out += QStringView(body).mid(copied, start - copied);
        out += picturerefs::kScheme + QString::fromLatin1(hash);
        copied = match.capturedEnd(0);
    }
    return copied == 0 ? body : out + QStringView(body).mid(copied);
}

StoreResult<QString> MarkdownPictures::resolve(const QString &folder, const QString &relativePath)
{
    const auto refused = [&relativePath](const QString &why) {
        return storeFailure(StoreError::Code::Invalid,
                            tr("The picture \"%1\" was not read: %2.").arg(relativePath, why));
    };
    // A path in Markdown may be percent-encoded ("my%20photo.jpg").
    const QString path = QUrl::fromPercentEncoding(relativePath.toUtf8());
    if (path.isEmpty() || QDir::isAbsolutePath(path) || path.startsWith(u'/') ||
        path.startsWith(u'\\') || path.contains(u'\\') || path.contains(QChar(0)))
        return refused(tr("only a path relative to the Markdown file, inside its folder, is "
                          "read"));
    const QStringList parts = path.split(u'/', Qt::SkipEmptyParts);
    if (parts.contains(QStringLiteral("..")))
        return refused(tr("it climbs out of the folder (\"..\")"));
    QString where = QDir(folder).absolutePath();
    for (const QString &part : parts) {
        if (part == u".")
            continue;
        where += u'/' + part;
        const QFileInfo info(where);
        if (info.isSymLink())
            return refused(tr("%1 is a symbolic link, which is never followed").arg(part));
        if (!info.exists())
            return refused(tr("there is no such file beside the Markdown file"));
    }
    if (!QFileInfo(where).isFile())
        return refused(tr("it is not a file"));
    return where;
}

} // namespace newsroom
