#pragma once

#include "PageContext.h"
#include "PictureShelf.h"
#include "model/LeadImage.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace newsroom {

// The markup of a picture on a page (issue 17), for the body's images (MarkdownRenderer) and
// the lead image (PageRenderer) alike. Every value is escaped here: alt text, caption and
// credit are text from anywhere.
class PictureFigure
{
    Q_DECLARE_TR_FUNCTIONS(PictureFigure)
public:
    // The rendition `src` names: the narrowest at least this wide, else the widest (srcset
    // lets the browser choose better).
    static constexpr int kDefaultWidth = 960;

    // ' src="…" srcset="…" sizes="…" width="…" height="…" loading="lazy" decoding="async"',
    // without alt (the body streams it in). width and height are the picture's, for its
    // aspect ratio (the theme scales it with max-width: 100%; height: auto).
    static QByteArray imgAttributes(const Picture &picture, const PictureShelf &shelf);
    static QByteArray img(const Picture &picture, const PictureShelf &shelf, const QString &alt);
    // <figcaption>caption <small class="credit">credit</small></figcaption>, or nothing when
    // both are empty.
    static QByteArray figcaption(const QString &caption, const QString &credit);
    // A whole <figure>; `className` (trusted, e.g. "lead") goes on it when given.
    static QByteArray figure(const Picture &picture, const PictureShelf &shelf, const QString &alt,
                             const QString &caption, const QString &credit,
                             const char *className = nullptr);
    // The preview's stand-in for a picture it was not given: visible and read out.
    static QByteArray missingOpening();
    static QByteArray missing(const QString &alt);

    // The address of the picture at `width` as the shelf names it.
    static QString url(const Picture &picture, const PictureShelf &shelf, int width);
    static int defaultWidth(const Picture &picture);
    static int widestWidth(const Picture &picture);

    // The lead image as a page shows it: the article's words, else the library's.
    struct Lead
    {
        const Picture *picture = nullptr; // null: the page was not given it
        QString alt;
        QString caption;
        QString credit;
    };
    static Lead lead(const LeadImage &image, const PictureShelf &shelf);
    // The lead figure at the top of the story (preview: a placeholder when not given).
    static QByteArray leadFigure(const LeadImage &image, const PictureShelf &shelf);
    // The picture for og:image and JSON-LD: its widest rendition's absolute address, which
    // only a site with a base URL has (a social card needs an absolute URL; a relative one
    // would be wrong, so without a base URL there is none). Empty when there is none.
    struct SocialImage
    {
        QString url;
        int width = 0;
        int height = 0;
    };
    static SocialImage socialImage(const Picture &picture, const PageContext &context);

    static void appendEscaped(QByteArray &out, const QString &text);
};

} // namespace newsroom
