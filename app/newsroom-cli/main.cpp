#include "CommandLineTool.h"
#include "i18n/Translations.h"

#include <QCoreApplication>
#include <QLocale>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("newsroom-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(NEWSROOM_VERSION));
    // Counts read as a person writes them ("4,000"): in the user's language, or in English
    // where the system's locale is C (as under cron or CI).
    if (QLocale().language() == QLocale::C)
        QLocale::setDefault(QLocale(QLocale::English));
    newsroom::translations::install(); // the user's language, else English
    return newsroom::CommandLineTool().run(QCoreApplication::arguments());
}
