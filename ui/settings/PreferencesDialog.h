#pragma once

#include <QDialog>

class QCheckBox;
class QComboBox;
class QFontComboBox;
class QLineEdit;
class QSpinBox;

namespace newsroom {

// Preferences: page theme folder, site base URL, spell-check language, editor font, the
// counters' limits, and light or dark (following the desktop by default). Saved with
// AppSettings on OK.
class PreferencesDialog : public QDialog
{
    Q_OBJECT
public:
    explicit PreferencesDialog(QWidget *parent = nullptr);

private:
    void load();
    void save();
    void chooseThemeFolder();

    QLineEdit *m_themeFolder;
    QLineEdit *m_baseUrl;
    QComboBox *m_spellLanguage;
    QFontComboBox *m_font;
    QSpinBox *m_fontSize;
    QSpinBox *m_headlineLimit;
    QSpinBox *m_dekLimit;
    QSpinBox *m_relatedLimit;
    QComboBox *m_appearance;
    QCheckBox *m_backups;
    QLineEdit *m_backupFolder;
    QSpinBox *m_backupsKept;
};

} // namespace newsroom
