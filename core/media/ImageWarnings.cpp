#include "ImageWarnings.h"

#include <QByteArrayView>
#include <QtGlobal>
#include <mutex>

namespace newsroom {

namespace {

thread_local ImageWarnings *t_current = nullptr;
QtMessageHandler g_previous = nullptr;

// Qt's image plugins log under qt.gui.imageio (…jpeg, …png); the GIF reader has no category.
void collect(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    const QByteArrayView category(context.category ? context.category : "");
    if (t_current && type != QtDebugMsg && type != QtInfoMsg &&
        (category.startsWith("qt.gui.imageio") || message.contains(u"JPEG") ||
         message.startsWith(u"libpng"))) {
        t_current->record(message);
        return;
    }
    if (g_previous) // Qt's default handler when nobody installed one
        g_previous(type, context, message);
}

void install()
{
    static std::once_flag once;
    std::call_once(once, [] { g_previous = qInstallMessageHandler(collect); });
}

} // namespace

ImageWarnings::ImageWarnings() : m_outer(t_current)
{
    install();
    t_current = this;
}

ImageWarnings::~ImageWarnings()
{
    t_current = m_outer;
}

} // namespace newsroom
