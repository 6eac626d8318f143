#pragma once

#include <QStringList>

namespace newsroom {

// Collects what Qt's image readers warn about on this thread while it lives (libjpeg's
// "Premature end of JPEG file", "Corrupt JPEG data…", libpng's warnings): a decoder that warns
// has filled part of the picture with grey, so the picture is refused, not stored. Other
// messages pass on to the handler installed before.
class ImageWarnings
{
public:
    ImageWarnings();
    ~ImageWarnings();
    ImageWarnings(const ImageWarnings &) = delete;
    ImageWarnings &operator=(const ImageWarnings &) = delete;

    const QStringList &messages() const { return m_messages; }
    void record(const QString &message) { m_messages.append(message); }

private:
    QStringList m_messages;
    ImageWarnings *m_outer;
};

} // namespace newsroom
