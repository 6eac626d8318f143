#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

namespace newsroom {

// A picture in the archive (issue 17): stored once by the SHA-256 of its file's bytes, with
// what the desk says about it. A plain value, as Article is.
struct Picture
{
    static constexpr qint64 kMaxFileBytes = 20 * 1024 * 1024; // refused at import above this
    static constexpr qint64 kMaxPixels = 50'000'000;          // ditto (50 megapixels)
    static constexpr int kSocialCardWidth = 1200;             // narrower: a warning on a lead
    static constexpr int kMaxCaption = 1000;                  // characters
    static constexpr int kMaxCredit = 200;
    static constexpr int kMaxAltText = 500;

    QByteArray hash;  // 64 lower-case hex digits: the picture's name everywhere (media:HASH)
    QString fileName; // as it was imported, for people ("harbour-crane.jpg")
    QString mimeType; // what its bytes are (never what its name says): image/jpeg, image/png…
    int width = 0;    // pixels
    int height = 0;
    qint64 bytes = 0; // of the original file
    QString caption;  // the library's default; an article may say its own
    QString credit;   // "Photo: Ana Ruiz / Agency"
    QString altText;  // what a screen reader says instead of the picture
    // Smaller copies made once at import (each narrower than the original, the widest as wide
    // as the picture up to 2400 pixels), ascending,
    // re-encoded without the original's metadata.
    QList<int> renditionWidths;
    QDateTime addedAt;

    bool isNull() const { return hash.isEmpty(); }
    friend bool operator==(const Picture &, const Picture &) = default;
};

} // namespace newsroom
