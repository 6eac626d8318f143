#pragma once

#include "ConflictSnapshot.h"

#include <QDialog>
#include <QJsonObject>

class QButtonGroup;
class QGridLayout;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QRadioButton;
class QTextBrowser;

namespace newsroom {

// Side by side, what the editor's unsaved text and the archive's newest version (saved
// elsewhere meanwhile) hold differently: only the fields that differ, field by field, the
// body word by word; words only in yours struck through, words only in theirs underlined,
// each on a ground from the palette. The editor keeps theirs, keeps mine, or picks per
// field (and may write the body by hand). Nothing is written here: the choice is signalled.
class ConflictDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Side
    {
        Mine,
        Theirs,
        Edited, // the body as written in the dialog
    };

    explicit ConflictDialog(const ConflictSnapshot &snapshot, QWidget *parent = nullptr);

    const ConflictSnapshot &snapshot() const { return m_snapshot; }
    // The keys of the fields listed ("headline", "body", ...), in the order shown.
    QStringList fields() const;
    // The choice for a listed field (Edited only for the body); null when there is none.
    QRadioButton *choice(const QString &field, Side side) const;
    QPlainTextEdit *mergedBody() const { return m_mergedBody; }
    QPushButton *keepMineButton() const { return m_keepMine; }
    QPushButton *takeTheirsButton() const { return m_takeTheirs; }
    QPushButton *mergeButton() const { return m_merge; }
    // Mine with the fields picked from theirs, on their version.
    Article merged() const;

Q_SIGNALS:
    void keepMineChosen();
    void takeTheirsChosen();
    void mergeChosen(const newsroom::Article &merged);

protected:
    void changeEvent(QEvent *event) override;

private:
    struct Row
    {
        QString field;
        QLabel *mineLabel = nullptr; // one of label and browser, the body's the browser
        QLabel *theirsLabel = nullptr;
        QTextBrowser *mineBrowser = nullptr;
        QTextBrowser *theirsBrowser = nullptr;
        QButtonGroup *choices = nullptr;
    };

    void addRow(QGridLayout *grid, const FieldDiff &diff);
    void addMergedBody(QGridLayout *grid);
    void followScrolling(QTextBrowser *from, QTextBrowser *to);
    QString changedBy(const QString &field) const; // "changed by you", ...; empty if unknown
    Side defaultSide(const QString &field) const;
    void render(); // the texts again (and when the palette changes)

    ConflictSnapshot m_snapshot;
    QList<Row> m_rows;
    QLabel *m_legend = nullptr;
    QPlainTextEdit *m_mergedBody = nullptr;
    QPushButton *m_keepMine = nullptr;
    QPushButton *m_takeTheirs = nullptr;
    QPushButton *m_merge = nullptr;
    QJsonObject m_mineFields; // compareArticles()' view, to tell who changed a field
    QJsonObject m_theirFields;
    QJsonObject m_baseFields; // empty without a base
    bool m_following = false; // one body's scroll bar is moving the other's
};

} // namespace newsroom
