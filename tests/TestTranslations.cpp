// Linked into every test: the catalogue is installed as the apps install it (both mains
// call translations::install() first), so messages with counts read as users see them
// ("1 article", "2 articles"), not as written in the code ("%n article(s)").
#include "i18n/Translations.h"

#include <QCoreApplication>

namespace {
void installTranslations()
{
    newsroom::translations::install();
}
} // namespace

Q_COREAPP_STARTUP_FUNCTION(installTranslations)
