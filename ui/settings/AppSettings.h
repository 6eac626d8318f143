#pragma once

#include "checks/CheckLimits.h"

#include <QByteArray>
#include <QFont>
#include <QString>
#include <QStringList>

namespace newsroom {

// Every preference and remembered layout, with its QSettings key in one place.
namespace appsettings {

enum class Appearance
{
    System, // follow the desktop's palette
    Light,
    Dark,
};

QString themeFolder(); // empty: the built-in theme
void setThemeFolder(const QString &folder);
// The folder the site is kept published in (empty: none): re-exported on every publish.
QString publishFolder();
void setPublishFolder(const QString &folder);
QString siteBaseUrl();
void setSiteBaseUrl(const QString &url);
// Misspelt words underlined in the body, each article in its own language.
bool underlineMisspelt();
void setUnderlineMisspelt(bool on);
// underlineMisspelt() as SpellChecker::setLanguage() takes it: SpellChecker::kFollowArticle,
// or empty for off.
QString spellLanguage();
QFont editorFont();
void setEditorFont(const QFont &font);
CheckLimits limits();
void setLimits(const CheckLimits &limits);
Appearance appearance();
void setAppearance(Appearance appearance);
// The daily automatic backup: on by default, into <AppDataLocation>/backups, 7 kept.
bool backupsEnabled();
void setBackupsEnabled(bool enabled);
QString backupFolder();
void setBackupFolder(const QString &folder);
int backupsKept();
void setBackupsKept(int count);

// The archives opened last, newest first (RecentArchives keeps the list's rules).
QStringList recentArchives();
void setRecentArchives(const QStringList &addresses);

QByteArray windowGeometry();
void setWindowGeometry(const QByteArray &geometry);
// Which panels show, where and how big (QMainWindow::saveState).
QByteArray panelState();
void setPanelState(const QByteArray &state);
bool focusMode();
void setFocusMode(bool on);
bool typewriterScrolling();
void setTypewriterScrolling(bool on);

} // namespace appsettings
} // namespace newsroom
