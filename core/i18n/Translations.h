#pragma once

#include <QLatin1StringView>
#include <QLocale>
#include <QString>

namespace newsroom::translations {

// Where the catalogues are built in: translations/newsroom_<language>.ts, compiled by
// lrelease at build time into newsroom_<language>.qm in this resource folder.
inline constexpr QLatin1StringView kFolder(":/newsroom/translations");

// Installs on the running application the catalogue for the first of `locale`'s languages
// that Newsroom has, or else the English one, which holds the plural forms ("1 article",
// "2 articles"); without any, "%n article(s)" would show as written. Both mains call it
// before the first message; a second call replaces the catalogue installed before.
// Returns the installed catalogue's language ("en"), or an empty string when there is no
// application yet or no catalogue could be loaded.
QString install(const QLocale &locale = QLocale::system());

} // namespace newsroom::translations
