#include "ConflictDialog.h"

#include "ConflictMerge.h"
#include "model/ArticleJson.h"
#include "settings/PaletteColors.h"

#include <QButtonGroup>
#include <QDialogButtonBox>
#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QRadioButton>
#include <QScreen>
#include <QScrollArea>
#include <QScrollBar>
#include <QTextBrowser>
#include <QTextCursor>
#include <QTextDocument>
#include <QVBoxLayout>

namespace newsroom {

namespace {

constexpr auto kBody = QLatin1StringView("body");

QString escaped(const QString &text)
{
    QString html = text.toHtmlEscaped();
    html.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    html.replace(QLatin1Char('\n'), QStringLiteral("<br>"));
    return html;
}

QString marked(const QString &html, bool mine, const QPalette &palette)
{
    const QColor ground =
        mine ? palettecolors::removedBackground(palette) : palettecolors::addedBackground(palette);
    return QStringLiteral("<span style=\"text-decoration: %1; background-color: %2; color: %3;\">")
               .arg(mine ? QStringLiteral("line-through") : QStringLiteral("underline"),
                    ground.name(), palette.color(QPalette::Text).name()) +
           html + QStringLiteral("</span>");
}

// One side of a field: what both hold as it is, what only this side holds marked (struck
// through in mine, underlined in theirs: the colour is never the only sign).
QString sideHtml(const WordDiff &diff, bool mine, const QPalette &palette)
{
    const DiffOp own = mine ? DiffOp::Removed : DiffOp::Added;
    QString html;
    bool empty = true;
    for (const DiffPiece &piece : diff.pieces()) {
        if (piece.op == DiffOp::Same)
            html += escaped(piece.text);
        else if (piece.op == own)
            html += marked(escaped(piece.text), mine, palette);
        else
            continue;
        empty = empty && piece.text.isEmpty();
    }
    if (empty)
        return QStringLiteral("<i>%1</i>").arg(ConflictDialog::tr("(empty)"));
    return QStringLiteral("<div style=\"white-space: pre-wrap;\">") + html +
           QStringLiteral("</div>");
}

// The body's side, written into a document of its own and shown whole (as FieldChangesView
// does): a long body costs its layout once, not on every piece.
void showSide(QTextBrowser *browser, const WordDiff &diff, bool mine, const QPalette &colours)
{
    auto *doc = new QTextDocument(browser);
    doc->setUndoRedoEnabled(false);
    doc->setDefaultFont(browser->font());
    QTextCharFormat plain;
    plain.setForeground(colours.color(QPalette::Text));
    QTextCharFormat own = plain;
    own.setBackground(mine ? palettecolors::removedBackground(colours)
                           : palettecolors::addedBackground(colours));
    own.setFontStrikeOut(mine);
    own.setFontUnderline(!mine);
    const DiffOp ownOp = mine ? DiffOp::Removed : DiffOp::Added;
    QTextCursor cursor(doc);
    cursor.beginEditBlock();
    for (const DiffPiece &piece : diff.pieces()) {
        if (piece.op != DiffOp::Same && piece.op != ownOp)
            continue;
        QString text = piece.text;
        text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
        cursor.insertText(text, piece.op == DiffOp::Same ? plain : own);
    }
    cursor.endEditBlock();
    const QPointer<QTextDocument> old = browser->document(); // the text control deletes its own
    browser->setDocument(doc);
    if (old && old->parent() == browser)
        delete old;
}

// What only this side holds, for a screen reader (which says nothing of strike-through).
QString ownWords(const WordDiff &diff, bool mine)
{
    constexpr qsizetype kMostChars = 300;
    const DiffOp own = mine ? DiffOp::Removed : DiffOp::Added;
    QStringList words;
    qsizetype length = 0;
    for (const DiffPiece &piece : diff.pieces()) {
        const QString word = piece.text.simplified();
        if (piece.op != own || word.isEmpty())
            continue;
        words.append(word);
        length += word.size();
        if (length > kMostChars) {
            words.append(QStringLiteral("\u2026"));
            break;
        }
    }
    if (words.isEmpty())
        return {};
    return mine ? ConflictDialog::tr("Only in yours: %1").arg(words.join(u' '))
                : ConflictDialog::tr("Only in theirs: %1").arg(words.join(u' '));
}

// "14:02" today, "30 Nov 14:02" this year, else with the year; local time.
QString whenSaved(const QDateTime &time)
{
    const QDateTime local = time.toLocalTime();
    if (local.date() == QDate::currentDate())
        return QLocale().toString(local.time(), QStringLiteral("HH:mm"));
    const bool thisYear = local.date().year() == QDate::currentDate().year();
    return QLocale().toString(local, thisYear ? QStringLiteral("d MMM HH:mm")
                                              : QStringLiteral("d MMM yyyy HH:mm"));
}

QLabel *valueLabel()
{
    auto *label = new QLabel;
    label->setTextFormat(Qt::RichText);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    label->setFocusPolicy(Qt::StrongFocus); // read a field's text with the keyboard, too
    label->setBackgroundRole(QPalette::Base);
    label->setAutoFillBackground(true);
    label->setFrameShape(QFrame::StyledPanel);
    label->setMargin(4);
    label->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    label->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred); // halves stay equal
    return label;
}

// The first column: a field's name and notes, narrow so the two texts get the room.
QLabel *nameLabel(const QString &text)
{
    auto *label = new QLabel(text);
    label->setWordWrap(true);
    label->setMaximumWidth(label->fontMetrics().averageCharWidth() * 20);
    return label;
}

QTextBrowser *bodyBrowser()
{
    auto *browser = new QTextBrowser;
    browser->setOpenLinks(false);
    browser->setTabChangesFocus(true);
    browser->setMinimumHeight(browser->fontMetrics().lineSpacing() * 10);
    return browser;
}

} // namespace

ConflictDialog::ConflictDialog(const ConflictSnapshot &snapshot, QWidget *parent)
    : QDialog(parent), m_snapshot(snapshot), m_legend(new QLabel),
      m_mineFields(json::fromArticle(snapshot.mine)),
      m_theirFields(json::fromArticle(snapshot.theirs)),
      m_baseFields(snapshot.base ? json::fromArticle(*snapshot.base) : QJsonObject())
{
    setWindowTitle(tr("Changed Elsewhere: \u201c%1\u201d").arg(snapshot.mine.headline));

    auto *intro = new QLabel(
        m_snapshot.diffs.isEmpty()
            ? tr("Your text and the archive's newest version are the same: Take Theirs loses "
                 "nothing.")
            : tr("This article was saved elsewhere (another window, process or colleague) while "
                 "you were editing it. Only the fields that differ are listed. Nothing is written "
                 "to the archive until you choose."));
    intro->setWordWrap(true);
    m_legend->setWordWrap(true);
    m_legend->setTextFormat(Qt::RichText);

    auto *grid = new QGridLayout;
    grid->setColumnStretch(1, 1);
    grid->setColumnStretch(2, 1);
    auto *mineTitle = new QLabel(tr("Yours (not saved)"));
    const QString when = whenSaved(m_snapshot.savedAt);
    const QString version = QString::number(m_snapshot.theirs.version);
    auto *theirsTitle = new QLabel(
        m_snapshot.author.isEmpty()
            //: %1 is a version number, %2 a time ("14:02")
            ? tr("Theirs (version %1, saved at %2)").arg(version, when)
            //: %1 is a version number, %2 a person or server role, %3 a time ("14:02")
            : tr("Theirs (version %1, saved by %2 at %3)").arg(version, m_snapshot.author, when));
    auto *useTitle = new QLabel(tr("Use"));
    for (QLabel *title : {mineTitle, theirsTitle, useTitle}) {
        QFont bold = title->font();
        bold.setBold(true);
        title->setFont(bold);
        title->setWordWrap(true);
    }
    grid->addWidget(mineTitle, 0, 1);
    grid->addWidget(theirsTitle, 0, 2);
    grid->addWidget(useTitle, 0, 3);
    for (const FieldDiff &diff : std::as_const(m_snapshot.diffs)) {
        addRow(grid, diff);
        if (diff.field == kBody)
            addMergedBody(grid);
    }
    grid->setRowStretch(grid->rowCount(), 1);

    auto *fields = new QWidget;
    fields->setLayout(grid);
    auto *scroll = new QScrollArea;
    scroll->setWidgetResizable(true);
    scroll->setWidget(fields);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setAccessibleName(tr("Fields that differ"));

    auto *buttons = new QDialogButtonBox;
    m_keepMine = buttons->addButton(tr("Keep &Mine"), QDialogButtonBox::ActionRole);
    m_keepMine->setToolTip(tr("Save your text as the newest version; theirs stays in Revisions."));
    m_takeTheirs = buttons->addButton(tr("Take &Theirs"), QDialogButtonBox::ActionRole);
    m_takeTheirs->setToolTip(tr("Show their version; your text is kept in a recovery file first."));
    m_merge = buttons->addButton(tr("&Apply Picks"), QDialogButtonBox::ActionRole);
    m_merge->setToolTip(tr("Put the fields picked above into the editor as one undoable step; "
                           "it is saved as the version after theirs."));
    m_merge->setEnabled(!m_snapshot.diffs.isEmpty());
    QPushButton *later = buttons->addButton(QDialogButtonBox::Cancel);
    later->setToolTip(tr("Decide later: nothing is saved meanwhile and the bar stays."));
    // Enter in a field must not settle the conflict: every choice is a deliberate click.
    for (QPushButton *button : {m_keepMine, m_takeTheirs, m_merge, later}) {
        button->setAutoDefault(false);
        button->setDefault(false);
    }

    connect(m_keepMine, &QPushButton::clicked, this, [this] {
        accept();
        Q_EMIT keepMineChosen();
    });
    connect(m_takeTheirs, &QPushButton::clicked, this, [this] {
        accept();
        Q_EMIT takeTheirsChosen();
    });
    connect(m_merge, &QPushButton::clicked, this, [this] {
        const Article picked = merged();
        accept();
        Q_EMIT mergeChosen(picked);
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_legend);
    layout->addWidget(scroll, 1);
    layout->addWidget(buttons);
    render();

    const QRect room = (parent ? parent->screen() : screen())->availableGeometry();
    resize(std::min(1180, room.width() - 40), std::min(680, room.height() - 40));
}

void ConflictDialog::addRow(QGridLayout *grid, const FieldDiff &diff)
{
    const int row = grid->rowCount();
    const QString name = FieldChangesView::fieldLabel(diff.field);
    Row shown{diff.field};

    auto *title = nameLabel(QStringLiteral("<b>%1</b>").arg(name.toHtmlEscaped()));
    auto *names = new QVBoxLayout;
    names->addWidget(title);
    if (const QString who = changedBy(diff.field); !who.isEmpty()) {
        auto *note = nameLabel(who);
        names->addWidget(note);
    }
    names->addStretch();
    grid->addLayout(names, row, 0);

    QWidget *mine = nullptr;
    QWidget *theirs = nullptr;
    if (diff.field == kBody) {
        shown.mineBrowser = bodyBrowser();
        shown.theirsBrowser = bodyBrowser();
        mine = shown.mineBrowser;
        theirs = shown.theirsBrowser;
        followScrolling(shown.mineBrowser, shown.theirsBrowser);
        followScrolling(shown.theirsBrowser, shown.mineBrowser);
    } else {
        shown.mineLabel = valueLabel();
        shown.theirsLabel = valueLabel();
        mine = shown.mineLabel;
        theirs = shown.theirsLabel;
    }
    //: %1 is a field's name ("Headline")
    mine->setAccessibleName(tr("%1, yours").arg(name));
    //: %1 is a field's name ("Headline")
    theirs->setAccessibleName(tr("%1, theirs").arg(name));
    grid->addWidget(mine, row, 1);
    grid->addWidget(theirs, row, 2);

    shown.choices = new QButtonGroup(this);
    auto *choices = new QVBoxLayout;
    const auto addChoice = [&](Side side, const QString &text, const QString &accessible) {
        auto *button = new QRadioButton(text);
        button->setAccessibleName(accessible);
        shown.choices->addButton(button, int(side));
        choices->addWidget(button);
    };
    //: %1 is a field's name ("Headline")
    addChoice(Side::Mine, tr("Yours"), tr("%1: use yours").arg(name));
    //: %1 is a field's name ("Headline")
    addChoice(Side::Theirs, tr("Theirs"), tr("%1: use theirs").arg(name));
    if (diff.field == kBody)
        addChoice(Side::Edited, tr("As merged below"), tr("Body: use the merged text below"));
    choices->addStretch();
    grid->addLayout(choices, row, 3);
    shown.choices->button(int(defaultSide(diff.field)))->setChecked(true);
    m_rows.append(shown);
}

void ConflictDialog::addMergedBody(QGridLayout *grid)
{
    const int row = grid->rowCount();
    m_mergedBody = new QPlainTextEdit;
    m_mergedBody->setTabChangesFocus(true);
    m_mergedBody->setAccessibleName(tr("Merged body"));
    m_mergedBody->setMinimumHeight(m_mergedBody->fontMetrics().lineSpacing() * 8);
    const std::optional<ParagraphMerge> &merge = m_snapshot.bodyMerge;
    m_mergedBody->setPlainText(merge ? merge->text()
                               : defaultSide(QString(kBody)) == Side::Theirs
                                   ? m_snapshot.theirs.body
                                   : m_snapshot.mine.body);
    auto *title = nameLabel(tr("Merged bod&y"));
    title->setBuddy(m_mergedBody);
    const QString hintText =
        !merge ? tr("Starts as yours: edit here to combine both, copying from the texts above.")
        : merge->clashes() == 0
            ? tr("Both sides' changes, merged paragraph by paragraph: check and edit here.")
            //: %n passages changed on both sides
            : tr("Merged paragraph by paragraph; %n passage(s) both of you changed appear twice, "
                 "yours first: keep one.",
                 nullptr, merge->clashes());
    auto *hint = nameLabel(hintText);
    auto *names = new QVBoxLayout;
    names->addWidget(title);
    names->addWidget(hint);
    names->addStretch();
    grid->addLayout(names, row, 0);
    grid->addWidget(m_mergedBody, row, 1, 1, 2);

    auto *fromMine = new QPushButton(tr("Start from Yours"));
    fromMine->setAccessibleName(tr("Merged body: start from your body"));
    auto *fromTheirs = new QPushButton(tr("Start from Theirs"));
    fromTheirs->setAccessibleName(tr("Merged body: start from their body"));
    for (QPushButton *button : {fromMine, fromTheirs})
        button->setAutoDefault(false);
    auto *starts = new QVBoxLayout;
    starts->addWidget(fromMine);
    starts->addWidget(fromTheirs);
    starts->addStretch();
    grid->addLayout(starts, row, 3);

    connect(fromMine, &QPushButton::clicked, this,
            [this] { m_mergedBody->setPlainText(m_snapshot.mine.body); });
    connect(fromTheirs, &QPushButton::clicked, this,
            [this] { m_mergedBody->setPlainText(m_snapshot.theirs.body); });
    // Writing in it (or starting it over) is choosing it.
    connect(m_mergedBody, &QPlainTextEdit::textChanged, this, [this] {
        if (QRadioButton *edited = choice(QString(kBody), Side::Edited))
            edited->setChecked(true);
    });
}

// The two bodies scroll together (in proportion: one may be longer), so the eye finds the
// same passage on both sides.
void ConflictDialog::followScrolling(QTextBrowser *from, QTextBrowser *to)
{
    connect(from->verticalScrollBar(), &QScrollBar::valueChanged, to, [this, from, to](int value) {
        const QScrollBar *source = from->verticalScrollBar();
        QScrollBar *target = to->verticalScrollBar();
        if (m_following || source->maximum() <= 0)
            return;
        m_following = true;
        target->setValue(int(qint64(value) * target->maximum() / source->maximum()));
        m_following = false;
    });
}

QString ConflictDialog::changedBy(const QString &field) const
{
    if (m_baseFields.isEmpty())
        return {};
    const QJsonValue base = m_baseFields.value(field);
    const bool byYou = m_mineFields.value(field) != base;
    const bool byThem = m_theirFields.value(field) != base;
    if (byYou && byThem)
        return tr("changed by both");
    if (byYou)
        return tr("changed by you");
    if (byThem)
        return tr("changed by them");
    return {};
}

// Where only they changed a field, theirs; a body both changed in different paragraphs, the
// merge; else (only you, both, unknown) yours.
ConflictDialog::Side ConflictDialog::defaultSide(const QString &field) const
{
    if (m_baseFields.isEmpty())
        return Side::Mine;
    if (field == kBody && m_snapshot.bodyMerge && m_snapshot.bodyMerge->clashes() == 0 &&
        m_snapshot.bodyMerge->text() != m_snapshot.mine.body &&
        m_snapshot.bodyMerge->text() != m_snapshot.theirs.body)
        return Side::Edited;
    const QJsonValue base = m_baseFields.value(field);
    return m_mineFields.value(field) == base && m_theirFields.value(field) != base ? Side::Theirs
                                                                                   : Side::Mine;
}

QStringList ConflictDialog::fields() const
{
    QStringList keys;
    for (const Row &row : m_rows)
        keys.append(row.field);
    return keys;
}

QRadioButton *ConflictDialog::choice(const QString &field, Side side) const
{
    for (const Row &row : m_rows) {
        if (row.field == field)
            return qobject_cast<QRadioButton *>(row.choices->button(int(side)));
    }
    return nullptr;
}

Article ConflictDialog::merged() const
{
    QSet<QString> fromTheirs;
    std::optional<QString> body;
    for (const Row &row : m_rows) {
        const auto side = Side(row.choices->checkedId());
        if (side == Side::Theirs)
            fromTheirs.insert(row.field);
        else if (side == Side::Edited && m_mergedBody)
            body = m_mergedBody->toPlainText();
    }
    return ConflictMerge::merged(m_snapshot.mine, m_snapshot.theirs, fromTheirs, body);
}

void ConflictDialog::changeEvent(QEvent *event)
{
    QDialog::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        render();
}

void ConflictDialog::render()
{
    const QPalette colours = palette();
    m_legend->setText(
        //: %1 is "struck through", %2 "underlined", each shown so
        tr("Words only in yours are %1; words only in theirs are %2.")
            .arg(marked(tr("struck through"), true, colours),
                 marked(tr("underlined"), false, colours)));
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        const Row &row = m_rows.at(i);
        const WordDiff &diff = m_snapshot.diffs.at(i).diff;
        if (row.mineBrowser) {
            showSide(row.mineBrowser, diff, true, colours);
            showSide(row.theirsBrowser, diff, false, colours);
        } else {
            row.mineLabel->setText(sideHtml(diff, true, colours));
            row.theirsLabel->setText(sideHtml(diff, false, colours));
        }
        QWidget *mine = row.mineBrowser ? static_cast<QWidget *>(row.mineBrowser) : row.mineLabel;
        QWidget *theirs =
            row.theirsBrowser ? static_cast<QWidget *>(row.theirsBrowser) : row.theirsLabel;
        mine->setAccessibleDescription(ownWords(diff, true));
        theirs->setAccessibleDescription(ownWords(diff, false));
    }
}

} // namespace newsroom
