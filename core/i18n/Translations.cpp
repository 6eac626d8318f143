#include "Translations.h"

#include <QCoreApplication>
#include <QPointer>
#include <QTranslator>

#include <memory>

namespace newsroom::translations {

namespace {
QPointer<QTranslator> &installed()
{
    static QPointer<QTranslator> translator;
    return translator;
}
} // namespace

QString install(const QLocale &locale)
{
    QCoreApplication *app = QCoreApplication::instance();
    if (!app)
        return {};
    auto translator = std::make_unique<QTranslator>(app);
    // The locale's languages in order ("de-CH": newsroom_de_CH, then newsroom_de), then
    // English, which every build has.
    if (!translator->load(locale, QStringLiteral("newsroom"), QStringLiteral("_"), kFolder) &&
        !translator->load(QStringLiteral("newsroom_en"), kFolder))
        return {};
    if (QTranslator *previous = installed()) {
        QCoreApplication::removeTranslator(previous);
        delete previous;
    }
    QCoreApplication::installTranslator(translator.get());
    installed() = translator.release();
    return installed()->language();
}

} // namespace newsroom::translations
