#include "PictureRefs.h"

#include <QRegularExpression>

namespace newsroom::picturerefs {

namespace {
constexpr qsizetype kHashDigits = 64;

bool isHexDigit(QChar c)
{
    return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f') || (c >= u'A' && c <= u'F');
}
// One line, with Markdown's own escapes before each character in `special`.
QString escaped(const QString &words, QStringView special)
{
    QString out;
    out.reserve(words.size());
    for (QChar c : words.simplified()) {
        if (c == u'\\' || special.contains(c))
            out.append(u'\\');
        out.append(c);
    }
    return out;
}
} // namespace

QString markdownImage(const QByteArray &hash, const QString &altText, const QString &caption)
{
    QString image = QStringLiteral("![%1](%2%3")
                        .arg(escaped(altText, u"[]"), kScheme, QString::fromLatin1(hash));
    if (!caption.trimmed().isEmpty())
        image += QStringLiteral(" \"%1\"").arg(escaped(caption, u"\""));
    return image + u')';
}

QByteArray hashOf(QStringView target)
{
    const QStringView t = target.trimmed();
    if (t.size() != kScheme.size() + kHashDigits || !t.startsWith(kScheme, Qt::CaseInsensitive))
        return {};
    const QStringView digits = t.mid(kScheme.size());
    for (QChar c : digits)
        if (!isHexDigit(c))
            return {};
    return digits.toString().toLower().toLatin1();
}

QList<QByteArray> usedBy(const Article &article)
{
    QList<QByteArray> hashes;
    if (!article.leadImage.isEmpty())
        hashes.append(article.leadImage.hash);
    // Any "media:HASH" in the body counts, in an image or not: keeping a picture a sentence
    // merely mentions costs little, purging one a story shows loses it.
    static const QRegularExpression pattern(
        QStringLiteral("media:([0-9A-Fa-f]{64})(?![0-9A-Fa-f])"));
    for (auto it = pattern.globalMatch(article.body); it.hasNext();) {
        const QByteArray hash = it.next().captured(1).toLower().toLatin1();
        if (!hashes.contains(hash))
            hashes.append(hash);
    }
    return hashes;
}

} // namespace newsroom::picturerefs
