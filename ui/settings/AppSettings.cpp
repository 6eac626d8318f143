#include "AppSettings.h"

#include "editor/SpellChecker.h"

#include <QFontDatabase>
#include <QSettings>
#include <QStandardPaths>
#include <algorithm>

namespace newsroom::appsettings {

namespace {
// The keys, all of them.
const QString kThemeFolder = QStringLiteral("export/themeFolder");
const QString kBackupsEnabled = QStringLiteral("backups/enabled");
const QString kBackupFolder = QStringLiteral("backups/folder");
const QString kBackupsKept = QStringLiteral("backups/kept");
const QString kSiteBaseUrl = QStringLiteral("export/siteBaseUrl");
const QString kPublishFolder = QStringLiteral("export/publishFolder");
const QString kUnderlineMisspelt = QStringLiteral("editor/underlineMisspelt");
// Before spelling followed the article: one dictionary for all ("" was off).
const QString kOldSpellLanguage = QStringLiteral("editor/spellLanguage");
const QString kEditorFont = QStringLiteral("editor/font");
const QString kHeadlineLimit = QStringLiteral("limits/headline");
const QString kDekLimit = QStringLiteral("limits/dek");
const QString kRelatedLimit = QStringLiteral("limits/related");
const QString kAppearance = QStringLiteral("window/appearance");
const QString kGeometry = QStringLiteral("window/geometry");
const QString kPanels = QStringLiteral("window/panels"); // QMainWindow::saveState
const QString kFocusMode = QStringLiteral("editor/focusMode");
const QString kTypewriter = QStringLiteral("editor/typewriterScrolling");
// File → Open Recent (RecentArchives): paths and server URIs, never a password.
const QString kRecentArchives = QStringLiteral("archives/recent");
// ~/.config/newsroom/newsroom.conf, found through QStandardPaths so that tests (in its
// test mode) never touch the editor's own preferences.
QSettings settings()
{
    return QSettings(QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation) +
                         QStringLiteral("/newsroom/newsroom.conf"),
                     QSettings::IniFormat);
}
} // namespace

QString publishFolder()
{
    return settings().value(kPublishFolder).toString();
}

void setPublishFolder(const QString &folder)
{
    settings().setValue(kPublishFolder, folder);
}

bool backupsEnabled()
{
    return settings().value(kBackupsEnabled, true).toBool();
}

void setBackupsEnabled(bool enabled)
{
    settings().setValue(kBackupsEnabled, enabled);
}

QString backupFolder()
{
    const QString folder = settings().value(kBackupFolder).toString();
    return folder.isEmpty() ? QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
                                  QStringLiteral("/backups")
                            : folder;
}

void setBackupFolder(const QString &folder)
{
    settings().setValue(kBackupFolder, folder);
}

int backupsKept()
{
    return std::clamp(settings().value(kBackupsKept, 7).toInt(), 1, 365);
}

void setBackupsKept(int count)
{
    settings().setValue(kBackupsKept, count);
}

QString themeFolder()
{
    return settings().value(kThemeFolder).toString();
}

void setThemeFolder(const QString &folder)
{
    settings().setValue(kThemeFolder, folder);
}

QString siteBaseUrl()
{
    return settings().value(kSiteBaseUrl).toString();
}

void setSiteBaseUrl(const QString &url)
{
    settings().setValue(kSiteBaseUrl, url);
}

bool underlineMisspelt()
{
    const QSettings values = settings();
    const bool wasOff =
        values.contains(kOldSpellLanguage) && values.value(kOldSpellLanguage).toString().isEmpty();
    return values.value(kUnderlineMisspelt, !wasOff).toBool();
}

void setUnderlineMisspelt(bool on)
{
    QSettings values = settings();
    values.setValue(kUnderlineMisspelt, on);
    values.remove(kOldSpellLanguage);
}

QString spellLanguage()
{
    return underlineMisspelt() ? QString::fromLatin1(SpellChecker::kFollowArticle) : QString();
}

QFont editorFont()
{
    QFont font = QFontDatabase::systemFont(QFontDatabase::GeneralFont);
    font.setPointSizeF(font.pointSizeF() + 1);
    const QString saved = settings().value(kEditorFont).toString();
    if (!saved.isEmpty())
        font.fromString(saved);
    return font;
}

void setEditorFont(const QFont &font)
{
    settings().setValue(kEditorFont, font.toString());
}

CheckLimits limits()
{
    const QSettings values = settings();
    const CheckLimits defaults;
    return CheckLimits{values.value(kHeadlineLimit, defaults.headline).toInt(),
                       values.value(kDekLimit, defaults.dek).toInt(),
                       values.value(kRelatedLimit, defaults.related).toInt()};
}

void setLimits(const CheckLimits &limits)
{
    QSettings values = settings();
    values.setValue(kHeadlineLimit, limits.headline);
    values.setValue(kDekLimit, limits.dek);
    values.setValue(kRelatedLimit, limits.related);
}

Appearance appearance()
{
    const int value = settings().value(kAppearance, int(Appearance::System)).toInt();
    return value >= 0 && value <= int(Appearance::Dark) ? Appearance(value) : Appearance::System;
}

void setAppearance(Appearance appearance)
{
    settings().setValue(kAppearance, int(appearance));
}

QStringList recentArchives()
{
    return settings().value(kRecentArchives).toStringList();
}

void setRecentArchives(const QStringList &addresses)
{
    if (addresses.isEmpty())
        settings().remove(kRecentArchives);
    else
        settings().setValue(kRecentArchives, addresses);
}

QByteArray windowGeometry()
{
    return settings().value(kGeometry).toByteArray();
}

void setWindowGeometry(const QByteArray &geometry)
{
    settings().setValue(kGeometry, geometry);
}

QByteArray panelState()
{
    return settings().value(kPanels).toByteArray();
}

void setPanelState(const QByteArray &state)
{
    settings().setValue(kPanels, state);
}

bool focusMode()
{
    return settings().value(kFocusMode, false).toBool();
}

void setFocusMode(bool on)
{
    settings().setValue(kFocusMode, on);
}

bool typewriterScrolling()
{
    return settings().value(kTypewriter, false).toBool();
}

void setTypewriterScrolling(bool on)
{
    settings().setValue(kTypewriter, on);
}

} // namespace newsroom::appsettings
