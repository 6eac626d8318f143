#include "PreferencesDialog.h"

#include "AppSettings.h"
#include "editor/SpellChecker.h"
#include "i18n/Languages.h"
#include "render/Theme.h"
#include "render/UrlPolicy.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFontComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace newsroom {

PreferencesDialog::PreferencesDialog(QWidget *parent)
    : QDialog(parent), m_themeFolder(new QLineEdit), m_themeProblem(new QLabel),
      m_baseUrl(new QLineEdit), m_publishFolder(new QLineEdit), m_underlineMisspelt(new QCheckBox(
                                    tr("Underline &misspelt words, in each article's language"))),
      m_font(new QFontComboBox), m_fontSize(new QSpinBox), m_headlineLimit(new QSpinBox),
      m_dekLimit(new QSpinBox), m_relatedLimit(new QSpinBox), m_appearance(new QComboBox),
      m_backups(new QCheckBox(tr("Back up the archive &daily"))), m_backupFolder(new QLineEdit),
      m_backupsKept(new QSpinBox)
{
    setWindowTitle(tr("Preferences"));
    m_themeFolder->setObjectName(QStringLiteral("themeFolder"));
    m_themeFolder->setPlaceholderText(tr("built-in theme"));
    m_themeProblem->setObjectName(QStringLiteral("themeProblem"));
    m_themeProblem->setWordWrap(true);
    m_themeProblem->setTextFormat(Qt::PlainText);
    m_themeProblem->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_themeProblem->hide();
    auto *browse = new QPushButton(tr("Choose…"));
    auto *themeRow = new QHBoxLayout;
    themeRow->addWidget(m_themeFolder, 1);
    themeRow->addWidget(browse);
    m_baseUrl->setPlaceholderText(QStringLiteral("https://news.example.org"));
    m_publishFolder->setObjectName(QStringLiteral("publishFolder"));
    m_publishFolder->setPlaceholderText(tr("none: export the site by hand"));
    m_publishFolder->setToolTip(
        tr("The site in this folder is brought up to date whenever an article is published, "
           "and when a scheduled article's time comes"));
    m_underlineMisspelt->setObjectName(QStringLiteral("underlineMisspelt"));
    // Which languages can be checked at all: the others are never underlined.
    QStringList dictionaries;
    for (const QString &dictionary : SpellChecker::availableLanguages()) {
        const QString name = languages::englishName(dictionary);
        if (!dictionaries.contains(name))
            dictionaries.append(name);
    }
    dictionaries.sort(Qt::CaseInsensitive);
    auto *installed = new QLabel(
        dictionaries.isEmpty()
            ? tr("No Hunspell dictionaries are installed (Debian: hunspell-en-us and the like).")
            : tr("Dictionaries installed: %1. Other languages are not checked.")
                  .arg(QLocale().createSeparatedList(dictionaries)));
    installed->setWordWrap(true);
    auto *spelling = new QVBoxLayout;
    spelling->addWidget(m_underlineMisspelt);
    spelling->addWidget(installed);
    m_fontSize->setRange(6, 48);
    auto *fontRow = new QHBoxLayout;
    fontRow->addWidget(m_font, 1);
    fontRow->addWidget(m_fontSize);
    for (QSpinBox *limit : {m_headlineLimit, m_dekLimit, m_relatedLimit})
        limit->setRange(1, 1000);
    m_appearance->addItem(tr("Follow the desktop"), int(appsettings::Appearance::System));
    m_appearance->addItem(tr("Light"), int(appsettings::Appearance::Light));
    m_appearance->addItem(tr("Dark"), int(appsettings::Appearance::Dark));

    auto *backupRow = new QHBoxLayout;
    backupRow->addWidget(m_backups);
    backupRow->addWidget(m_backupFolder, 1);
    m_backupsKept->setRange(1, 365);
    m_backupsKept->setSuffix(tr(" kept"));
    backupRow->addWidget(m_backupsKept);
    m_backupFolder->setAccessibleName(tr("Backup folder"));
    m_backupsKept->setAccessibleName(tr("Backups kept"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    auto *form = new QFormLayout(this);
    form->addRow(tr("Page &theme folder"), themeRow);
    form->addRow(QString(), m_themeProblem);
    form->addRow(tr("Site &base URL"), m_baseUrl);
    form->addRow(tr("&Publish to folder"), m_publishFolder);
    form->addRow(tr("Spelling"), spelling);
    form->addRow(tr("Editor &font"), fontRow);
    form->addRow(tr("&Headline limit"), m_headlineLimit);
    form->addRow(tr("&Dek limit"), m_dekLimit);
    form->addRow(tr("&Related list limit"), m_relatedLimit);
    form->addRow(tr("&Appearance"), m_appearance);
    form->addRow(tr("Backups"), backupRow);
    form->addRow(buttons);
    // A label for a row of several widgets gets no buddy by itself: its Alt key would do
    // nothing and its "&" would show.
    for (auto [row, field] : {std::pair<QLayout *, QWidget *>{themeRow, m_themeFolder},
                              {fontRow, m_font},
                              {backupRow, m_backups}}) {
        if (auto *label = qobject_cast<QLabel *>(form->labelForField(row)))
            label->setBuddy(field);
    }

    connect(browse, &QPushButton::clicked, this, &PreferencesDialog::chooseThemeFolder);
    connect(m_themeFolder, &QLineEdit::textEdited, m_themeProblem, &QLabel::hide);
    connect(buttons, &QDialogButtonBox::accepted, this, &PreferencesDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    load();
}

void PreferencesDialog::load()
{
    m_themeFolder->setText(appsettings::themeFolder());
    m_baseUrl->setText(appsettings::siteBaseUrl());
    m_publishFolder->setText(appsettings::publishFolder());
    m_underlineMisspelt->setChecked(appsettings::underlineMisspelt());
    const QFont font = appsettings::editorFont();
    m_font->setCurrentFont(font);
    m_fontSize->setValue(int(font.pointSizeF()));
    const CheckLimits limits = appsettings::limits();
    m_headlineLimit->setValue(limits.headline);
    m_dekLimit->setValue(limits.dek);
    m_relatedLimit->setValue(limits.related);
    m_appearance->setCurrentIndex(m_appearance->findData(int(appsettings::appearance())));
    m_backups->setChecked(appsettings::backupsEnabled());
    m_backupFolder->setText(appsettings::backupFolder());
    m_backupsKept->setValue(appsettings::backupsKept());
}

void PreferencesDialog::chooseThemeFolder()
{
    const QString folder =
        QFileDialog::getExistingDirectory(this, tr("Page Theme Folder"), m_themeFolder->text());
    if (!folder.isEmpty() && themeAccepted(folder))
        m_themeFolder->setText(folder);
}

// A theme is refused here, when chosen, not at the next export or keystroke: Theme reads the
// folder, checks its rules (the story anchor the preview needs among them) and renders the
// sample article with it. The message stays in the dialog beside the theme still in use.
bool PreferencesDialog::themeAccepted(const QString &folder)
{
    if (!folder.isEmpty()) {
        auto theme = Theme::fromFolder(folder);
        if (!theme) {
            m_themeProblem->setText(
                tr("This theme was refused; the one in use stays. %1").arg(theme.error().message));
            m_themeProblem->show();
            return false;
        }
    }
    m_themeProblem->hide();
    return true;
}

// Checks what can be wrong before anything is kept.
void PreferencesDialog::save()
{
    const QString folder = m_themeFolder->text().trimmed();
    // A theme kept from before is not chosen again here: the window says if it fails.
    if (folder != appsettings::themeFolder() && !themeAccepted(folder)) {
        m_themeFolder->setText(appsettings::themeFolder());
        m_themeFolder->setFocus();
        return;
    }
    const QString baseUrl = m_baseUrl->text().trimmed();
    if (!baseUrl.isEmpty() && !urlpolicy::isWebAddress(baseUrl)) {
        QMessageBox::warning(this, tr("Site Base URL"),
                             tr("The base URL must be a complete address such as "
                                "https://news.example.org."));
        return;
    }
    appsettings::setThemeFolder(folder);
    appsettings::setSiteBaseUrl(baseUrl);
    appsettings::setPublishFolder(m_publishFolder->text().trimmed());
    appsettings::setUnderlineMisspelt(m_underlineMisspelt->isChecked());
    QFont font = m_font->currentFont();
    font.setPointSize(m_fontSize->value());
    appsettings::setEditorFont(font);
    appsettings::setLimits(
        CheckLimits{m_headlineLimit->value(), m_dekLimit->value(), m_relatedLimit->value()});
    appsettings::setAppearance(appsettings::Appearance(m_appearance->currentData().toInt()));
    appsettings::setBackupsEnabled(m_backups->isChecked());
    appsettings::setBackupFolder(m_backupFolder->text().trimmed());
    appsettings::setBackupsKept(m_backupsKept->value());
    accept();
}

} // namespace newsroom
