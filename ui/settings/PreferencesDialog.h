#pragma once

#include <QDialog>

class QCheckBox;
class QComboBox;
class QFontComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace newsroom {

// Preferences: page theme folder, site base URL, spelling on or off, editor font, the
// counters' limits, and light or dark (following the desktop by default). Saved with
// AppSettings on OK. A theme is checked when chosen; a refused one is named under the
// folder with why, and the theme in use stays.
class PreferencesDialog : public QDialog
{
    Q_OBJECT
public:
    explicit PreferencesDialog(QWidget *parent = nullptr);

private:
    void load();
    void save();
    void chooseThemeFolder();
    bool themeAccepted(const QString &folder);

    QLineEdit *m_themeFolder;
    QLabel *m_themeProblem;
    QLineEdit *m_baseUrl;
    QLineEdit *m_publishFolder;
    QCheckBox *m_underlineMisspelt;
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
