#include "FieldChangesView.h"

#include "model/ArticleDiff.h"
#include "settings/PaletteColors.h"

#include <QEvent>
#include <QPointer>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>

#include <algorithm>
#include <array>

namespace newsroom {

namespace {

// The JSON keys in the order of the editor's form.
constexpr std::array kFieldOrder{
    QLatin1StringView("headline"),     QLatin1StringView("dek"),
    QLatin1StringView("byline"),       QLatin1StringView("dateline"),
    QLatin1StringView("section"),      QLatin1StringView("slug"),
    QLatin1StringView("language"),     QLatin1StringView("tags"),
    QLatin1StringView("status"),       QLatin1StringView("published"),
    QLatin1StringView("ai_generated"), QLatin1StringView("disclosure"),
    QLatin1StringView("sources"),      QLatin1StringView("word_target"),
    QLatin1StringView("assignee"),     QLatin1StringView("lead_image"),
    QLatin1StringView("body"),         QLatin1StringView("related"),
};

qsizetype orderOf(const QString &field)
{
    const auto found = std::find(kFieldOrder.begin(), kFieldOrder.end(), field);
    return found - kFieldOrder.begin(); // unknown fields last
}

// A status reads as the form shows it ("In review"), not as it is stored.
QString shownValue(const QString &field, const QString &value)
{
    if (field == QLatin1StringView("status")) {
        if (const auto status = statusFromName(value))
            return statusLabel(*status);
    }
    if (field == QLatin1StringView("word_target") && value == QLatin1StringView("0"))
        return FieldChangesView::tr("none");
    if (field == QLatin1StringView("assignee") && value.isEmpty())
        return FieldChangesView::tr("nobody");
    if (field == QLatin1StringView("lead_image") && value.isEmpty())
        return FieldChangesView::tr("none");
    return value;
}

// The document makes a paragraph of every line; a CR before its LF would show as a box.
QString shownText(const QString &text)
{
    QString shown = text;
    shown.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    return shown;
}

} // namespace

FieldChangesView::FieldChangesView(const QString &beforeTitle, const QString &afterTitle,
                                   QWidget *parent)
    : QTextBrowser(parent), m_beforeTitle(beforeTitle), m_afterTitle(afterTitle)
{
    setOpenLinks(false);
    setUndoRedoEnabled(false);
}

QList<FieldDiff> FieldChangesView::compare(const Article &before, const Article &after)
{
    QList<FieldChange> changes = compareArticles(before, after);
    std::stable_sort(changes.begin(), changes.end(),
                     [](const FieldChange &a, const FieldChange &b) {
                         return orderOf(a.field) < orderOf(b.field);
                     });
    QList<FieldDiff> diffs;
    diffs.reserve(changes.size());
    for (const FieldChange &change : std::as_const(changes)) {
        diffs.append(
            FieldDiff{change.field, WordDiff::compare(shownValue(change.field, change.before),
                                                      shownValue(change.field, change.after))});
    }
    return diffs;
}

QString FieldChangesView::fieldLabel(const QString &field)
{
    static const QMap<QString, const char *> labels{
        {QStringLiteral("headline"), QT_TR_NOOP("Headline")},
        {QStringLiteral("dek"), QT_TR_NOOP("Dek")},
        {QStringLiteral("byline"), QT_TR_NOOP("Byline")},
        {QStringLiteral("dateline"), QT_TR_NOOP("Dateline")},
        {QStringLiteral("section"), QT_TR_NOOP("Section")},
        {QStringLiteral("slug"), QT_TR_NOOP("Slug")},
        {QStringLiteral("language"), QT_TR_NOOP("Language")},
        {QStringLiteral("tags"), QT_TR_NOOP("Tags")},
        {QStringLiteral("status"), QT_TR_NOOP("Status")},
        {QStringLiteral("published"), QT_TR_NOOP("Published time")},
        {QStringLiteral("ai_generated"), QT_TR_NOOP("AI-generated")},
        {QStringLiteral("disclosure"), QT_TR_NOOP("Disclosure")},
        {QStringLiteral("sources"), QT_TR_NOOP("Sources")},
        {QStringLiteral("word_target"), QT_TR_NOOP("Length target (words)")},
        {QStringLiteral("assignee"), QT_TR_NOOP("Assigned to")},
        {QStringLiteral("lead_image"), QT_TR_NOOP("Lead image")},
        {QStringLiteral("body"), QT_TR_NOOP("Body")},
        {QStringLiteral("related"), QT_TR_NOOP("Related articles")},
    };
    const auto found = labels.constFind(field);
    return found == labels.constEnd() ? field : tr(*found);
}

qsizetype FieldChangesView::showChanges(const Article &before, const Article &after)
{
    showDiffs(compare(before, after));
    return m_diffs.size();
}

void FieldChangesView::showDiffs(const QList<FieldDiff> &diffs)
{
    m_diffs = diffs;
    render();
}

void FieldChangesView::clearChanges()
{
    m_diffs.clear();
    render();
}

void FieldChangesView::changeEvent(QEvent *event)
{
    QTextBrowser::changeEvent(event);
    if (event->type() == QEvent::PaletteChange && !m_diffs.isEmpty())
        render();
}

void FieldChangesView::render()
{
    // Written into a document of its own and shown whole: written into the one on show, a
    // 1 MB body costs its layout on every insertion.
    auto *doc = new QTextDocument(this);
    doc->setUndoRedoEnabled(false);
    doc->setDefaultFont(font());
    const auto show = [this, doc] {
        const QPointer<QTextDocument> old = document(); // the text control deletes its own
        setDocument(doc);
        if (old && old->parent() == this)
            delete old;
    };
    if (m_diffs.isEmpty()) {
        show();
        return;
    }
    const QPalette colours = palette();
    QTextCharFormat plain;
    plain.setForeground(colours.color(QPalette::Text));
    QTextCharFormat removed = plain;
    removed.setFontStrikeOut(true);
    removed.setBackground(palettecolors::removedBackground(colours));
    QTextCharFormat added = plain;
    added.setBackground(palettecolors::addedBackground(colours));
    QTextCharFormat heading = plain;
    heading.setFontWeight(QFont::Bold);
    QTextCharFormat note = plain;
    note.setFontItalic(true);
    QTextBlockFormat headingBlock;
    headingBlock.setTopMargin(fontMetrics().height() * 0.6);
    headingBlock.setBottomMargin(fontMetrics().height() * 0.2);
    const QTextBlockFormat textBlock;

    QTextCursor cursor(doc);
    cursor.beginEditBlock();
    // The key: what each colour means here.
    cursor.insertText(m_beforeTitle, removed);
    cursor.insertText(QStringLiteral("   "), plain);
    cursor.insertText(m_afterTitle, added);
    for (const FieldDiff &field : std::as_const(m_diffs)) {
        cursor.insertBlock(headingBlock, heading);
        cursor.insertText(fieldLabel(field.field), heading);
        cursor.insertBlock(textBlock, plain);
        for (const DiffPiece &piece : field.diff.pieces()) {
            const QTextCharFormat &format = piece.op == DiffOp::Removed ? removed
                                            : piece.op == DiffOp::Added ? added
                                                                        : plain;
            cursor.insertText(shownText(piece.text), format);
        }
        if (field.diff.isCoarse()) {
            cursor.insertBlock(textBlock, note);
            cursor.insertText(tr("Too much changed to compare word by word everywhere: some "
                                 "changed lines are shown whole."),
                              note);
        }
    }
    cursor.endEditBlock();
    show();
}

} // namespace newsroom
