#include "PictureFigure.h"

#include "PictureUrls.h"

namespace newsroom {

void PictureFigure::appendEscaped(QByteArray &out, const QString &text)
{
    for (QChar c : text) {
        const char16_t u = c.unicode();
        if ((u < 0x20 && u != u'\t' && u != u'\n' && u != u'\r') || (u >= 0x7f && u <= 0x9f)) {
            out += "\xEF\xBF\xBD"; // no text in HTML (see PageRenderer)
            continue;
        }
        switch (u) {
        case u'&':
            out += "&amp;";
            break;
        case u'<':
            out += "&lt;";
            break;
        case u'>':
            out += "&gt;";
            break;
        case u'"':
            out += "&quot;";
            break;
        case u'\'':
            out += "&#39;";
            break;
        default:
            out += QStringView(&c, 1).toUtf8();
            break;
        }
    }
}

QString PictureFigure::url(const Picture &picture, const PictureShelf &shelf, int width)
{
    return shelf.target == PictureShelf::Target::Preview
               ? pictureurls::previewPath(picture.hash, width)
               : pictureurls::sitePath(picture, width);
}

int PictureFigure::defaultWidth(const Picture &picture)
{
    const QList<int> widths = pictureurls::pageWidths(picture);
    for (int width : widths) {
        if (width >= kDefaultWidth)
            return width;
    }
    return widths.isEmpty() ? 0 : widths.constLast();
}

int PictureFigure::widestWidth(const Picture &picture)
{
    const QList<int> widths = pictureurls::pageWidths(picture);
    return widths.isEmpty() ? 0 : widths.constLast();
}

QByteArray PictureFigure::imgAttributes(const Picture &picture, const PictureShelf &shelf)
{
    QString srcset;
    for (int width : pictureurls::pageWidths(picture)) {
        if (!srcset.isEmpty())
            srcset += QStringLiteral(", ");
        srcset += url(picture, shelf, width) + u' ' + QString::number(width) + u'w';
    }
    QByteArray out = " src=\"";
    appendEscaped(out, url(picture, shelf, defaultWidth(picture)));
    out += "\" srcset=\"";
    appendEscaped(out, srcset);
    out += "\" sizes=\"";
    appendEscaped(out, shelf.sizes);
    out += "\" width=\"" + QByteArray::number(picture.width) + "\" height=\"" +
           QByteArray::number(picture.height) + "\" loading=\"lazy\" decoding=\"async\"";
    return out;
}

QByteArray PictureFigure::img(const Picture &picture, const PictureShelf &shelf, const QString &alt)
{
    QByteArray out = "<img" + imgAttributes(picture, shelf) + " alt=\"";
    appendEscaped(out, alt);
    return out + "\">";
}

QByteArray PictureFigure::figcaption(const QString &caption, const QString &credit)
{
    const QString words = caption.trimmed();
    const QString by = credit.trimmed();
    if (words.isEmpty() && by.isEmpty())
        return {};
    QByteArray out = "<figcaption>";
    appendEscaped(out, words);
    if (!by.isEmpty()) {
        if (!words.isEmpty())
            out += ' ';
        out += "<small class=\"credit\">";
        appendEscaped(out, by);
        out += "</small>";
    }
    return out + "</figcaption>";
}

QByteArray PictureFigure::figure(const Picture &picture, const PictureShelf &shelf,
                                 const QString &alt, const QString &caption, const QString &credit,
                                 const char *className)
{
    QByteArray out = "<figure";
    if (className)
        out += QByteArray(" class=\"") + className + '"';
    return out + '>' + img(picture, shelf, alt) + figcaption(caption, credit) + "</figure>\n";
}

QByteArray PictureFigure::missingOpening()
{
    QByteArray out = "<span class=\"picture-missing\"><strong>";
    appendEscaped(out, tr("Picture not in the archive"));
    return out + "</strong> ";
}

QByteArray PictureFigure::missing(const QString &alt)
{
    QByteArray out = missingOpening();
    appendEscaped(out, alt);
    return out + "</span>";
}

PictureFigure::Lead PictureFigure::lead(const LeadImage &image, const PictureShelf &shelf)
{
    Lead lead;
    if (image.isEmpty())
        return lead;
    lead.picture = shelf.find(image.hash);
    const auto either = [](const QString &own, const QString &library) {
        return own.trimmed().isEmpty() ? library : own;
    };
    lead.alt = either(image.altText, lead.picture ? lead.picture->altText : QString());
    lead.caption = either(image.caption, lead.picture ? lead.picture->caption : QString());
    lead.credit = either(image.credit, lead.picture ? lead.picture->credit : QString());
    return lead;
}

QByteArray PictureFigure::leadFigure(const LeadImage &image, const PictureShelf &shelf)
{
    if (image.isEmpty())
        return {};
    const Lead shown = lead(image, shelf);
    if (shown.picture)
        return figure(*shown.picture, shelf, shown.alt, shown.caption, shown.credit, "lead");
    if (shelf.target == PictureShelf::Target::Preview)
        return "<p class=\"lead\">" + missing(shown.alt) + "</p>\n";
    return {};
}

PictureFigure::SocialImage PictureFigure::socialImage(const Picture &picture,
                                                      const PageContext &context)
{
    const int width = widestWidth(picture);
    if (context.baseUrl.isEmpty() || context.pictures.target != PictureShelf::Target::Site ||
        width <= 0 || picture.width <= 0)
        return {};
    // A rendition keeps the original's proportions (rounded as QImage::scaledToWidth does).
    const int height = width == picture.width
                           ? picture.height
                           : qRound(double(picture.height) * width / picture.width);
    return {absoluteUrl(context.baseUrl, pictureurls::sitePath(picture, width)), width, height};
}

} // namespace newsroom
