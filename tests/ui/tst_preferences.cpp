// The Preferences dialog's theme folder: a theme is checked when chosen, and a refused one
// is named in the dialog while the theme in use stays. Spelling: one switch.

#include "editor/SpellChecker.h"
#include "render/Theme.h"
#include "settings/AppSettings.h"
#include "settings/PreferencesDialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace newsroom;

namespace {

bool writeTheme(const QString &folder, const Theme &theme)
{
    if (!QDir().mkpath(folder))
        return false;
    for (const auto &[name, text] :
         {std::pair{"article.html", &theme.articleTemplate}, std::pair{"style.css", &theme.css}}) {
        QFile file(QDir(folder).filePath(QLatin1StringView(name)));
        if (!file.open(QIODevice::WriteOnly) || file.write(text->toUtf8()) < 0)
            return false;
    }
    return true;
}

} // namespace

class TestPreferences : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        // The settings file lives here, away from the user's and other tests' settings.
        qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_dir.filePath(QStringLiteral("config"))));
    }

    void aThemeWithoutTheStoryAnchorIsRefusedAndTheOldOneStays()
    {
        const QString house = m_dir.filePath(QStringLiteral("house"));
        const QString other = m_dir.filePath(QStringLiteral("other"));
        const QString broken = m_dir.filePath(QStringLiteral("broken"));
        QVERIFY(writeTheme(house, Theme::builtIn()));
        QVERIFY(writeTheme(other, Theme::builtIn()));
        Theme withoutAnchor = Theme::builtIn();
        QCOMPARE(withoutAnchor.articleTemplate.count(QStringLiteral(" id=\"story\"")), 1);
        withoutAnchor.articleTemplate.remove(QStringLiteral(" id=\"story\""));
        QVERIFY(writeTheme(broken, withoutAnchor));
        appsettings::setThemeFolder(house);

        PreferencesDialog dialog;
        dialog.show();
        auto *folder = dialog.findChild<QLineEdit *>(QStringLiteral("themeFolder"));
        auto *problem = dialog.findChild<QLabel *>(QStringLiteral("themeProblem"));
        auto *buttons = dialog.findChild<QDialogButtonBox *>();
        QVERIFY(folder && problem && buttons);
        QCOMPARE(folder->text(), house);
        QVERIFY(!problem->isVisible());

        folder->setText(broken);
        buttons->button(QDialogButtonBox::Ok)->click();
        QVERIFY(dialog.isVisible()); // not accepted
        QVERIFY(problem->isVisible());
        QVERIFY2(problem->text().contains(QDir(broken).filePath(QStringLiteral("article.html")) +
                                          QStringLiteral(" is refused, line ")),
                 qPrintable(problem->text()));
        QVERIFY(problem->text().contains(QStringLiteral("stands outside the story")));
        QCOMPARE(folder->text(), house);
        QCOMPARE(appsettings::themeFolder(), house);

        // Typing clears the message; a good theme is taken.
        QTest::keyClicks(folder, QStringLiteral("x"));
        QVERIFY(!problem->isVisible());
        folder->setText(other);
        buttons->button(QDialogButtonBox::Ok)->click();
        QVERIFY(!dialog.isVisible());
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(appsettings::themeFolder(), other);
        QVERIFY(QFile::exists(m_dir.filePath(QStringLiteral("config/newsroom/newsroom.conf"))));
    }

    // Spelling is one switch; the language is each article's. Someone who had turned the
    // one spelling language off keeps it off.
    void spellingIsOnOrOff()
    {
        const QString conf = m_dir.filePath(QStringLiteral("config/newsroom/newsroom.conf"));
        {
            QSettings old(conf, QSettings::IniFormat);
            old.remove(QStringLiteral("editor"));
        }
        QVERIFY(appsettings::underlineMisspelt()); // on by default
        {
            QSettings old(conf, QSettings::IniFormat);
            old.setValue(QStringLiteral("editor/spellLanguage"), QString()); // "Off" before
        }
        QVERIFY(!appsettings::underlineMisspelt());
        QCOMPARE(appsettings::spellLanguage(), QString());

        PreferencesDialog dialog;
        dialog.show();
        auto *underline = dialog.findChild<QCheckBox *>(QStringLiteral("underlineMisspelt"));
        auto *buttons = dialog.findChild<QDialogButtonBox *>();
        QVERIFY(underline && buttons);
        QVERIFY(!underline->isChecked());
        QVERIFY(underline->text().contains(QStringLiteral("each article's language")));
        underline->click();
        buttons->button(QDialogButtonBox::Ok)->click();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QVERIFY(appsettings::underlineMisspelt());
        QCOMPARE(appsettings::spellLanguage(), QLatin1StringView(SpellChecker::kFollowArticle));
        QSettings saved(conf, QSettings::IniFormat);
        QVERIFY(!saved.contains(QStringLiteral("editor/spellLanguage")));
    }
};

QTEST_MAIN(TestPreferences)
#include "tst_preferences.moc"
