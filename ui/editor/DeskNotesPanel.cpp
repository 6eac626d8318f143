#include "DeskNotesPanel.h"

#include "ArchiveGateway.h"
#include "ArticleDocument.h"
#include "MenuShortcutFilter.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace newsroom {

namespace {
QString shortTime(const QDateTime &time)
{
    return QLocale().toString(time.toLocalTime(), QLocale::ShortFormat);
}
} // namespace

DeskNotesPanel::DeskNotesPanel(ArchiveGateway &gateway, ArticleDocument &document, QWidget *parent)
    : QWidget(parent), m_gateway(gateway), m_document(document),
      m_readStatus(document.article().status), m_statusChange(new QLabel), m_notes(new QListWidget),
      m_input(new QLineEdit), m_add(new QPushButton(tr("A&dd Note"))), m_problem(new QLabel)
{
    auto *heading = new QLabel(tr("Desk notes"));
    QFont bold = heading->font();
    bold.setBold(true);
    heading->setFont(bold);
    m_statusChange->setWordWrap(true);
    m_statusChange->setForegroundRole(QPalette::PlaceholderText); // a quiet line, in any theme
    m_notes->setAccessibleName(tr("Desk notes"));
    m_notes->setWordWrap(true);
    m_notes->setAlternatingRowColors(true); // where one note ends and the next begins
    m_notes->setSpacing(2);
    m_notes->setSelectionMode(QAbstractItemView::SingleSelection);
    m_notes->setMinimumHeight(m_notes->fontMetrics().lineSpacing() * 6);
    m_input->setAccessibleName(tr("New note"));
    m_input->setMaxLength(ArticleNote::kMaxLength);
    m_input->installEventFilter(new MenuShortcutFilter(MenuShortcutFilter::Undo::Field, this));
    m_add->setAccessibleName(tr("Add note"));
    m_add->setAutoDefault(false);
    m_problem->setWordWrap(true);
    m_problem->hide();

    auto *adding = new QHBoxLayout;
    adding->setContentsMargins(0, 0, 0, 0);
    adding->addWidget(m_input, 1);
    adding->addWidget(m_add);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(heading);
    layout->addWidget(m_statusChange);
    layout->addWidget(m_notes, 1);
    layout->addLayout(adding);
    layout->addWidget(m_problem);

    connect(m_add, &QPushButton::clicked, this, &DeskNotesPanel::addNote);
    connect(m_input, &QLineEdit::returnPressed, this, &DeskNotesPanel::addNote);
    connect(m_input, &QLineEdit::textChanged, this, &DeskNotesPanel::updateInput);
    connect(&m_document, &ArticleDocument::loaded, this, &DeskNotesPanel::onLoaded);
    onLoaded();
}

void DeskNotesPanel::onLoaded()
{
    const qint64 id = m_document.article().id;
    if (id != m_articleId) {
        m_input->clear();
        m_problem->hide();
    }
    m_articleId = id;
    reload();
}

void DeskNotesPanel::articleSaved()
{
    const Article &article = m_document.article();
    if (article.id != m_articleId || article.status != m_readStatus) {
        m_articleId = article.id;
        reload();
    }
}

void DeskNotesPanel::reload()
{
    m_readStatus = m_document.article().status;
    if (m_articleId == 0) {
        m_reading.drop();
        showThread(DeskThread{});
        return;
    }
    const qint64 id = m_articleId;
    m_reading.ask(
        m_gateway.run<DeskThread>(ArchiveGateway::Lane::Reads,
                                  [id](ArticleStore &store) { return store.deskThread(id); }),
        this, [this, id](const StoreResult<DeskThread> &thread) {
            if (id != m_articleId)
                return;
            if (!thread) {
                m_problem->setText(thread.error().message);
                m_problem->show();
                return;
            }
            showThread(*thread);
        });
}

void DeskNotesPanel::showThread(const DeskThread &thread)
{
    m_notes->clear();
    for (const ArticleNote &note : thread.notes)
        append(note);
    showStatusChange(thread.lastStatusChange);
    updateInput();
}

void DeskNotesPanel::showStatusChange(const std::optional<Revision> &change)
{
    if (m_articleId == 0) {
        m_statusChange->setText(tr("Notes can be added once the article is saved."));
    } else if (!change) {
        m_statusChange->setText(tr("%1 since it was begun.").arg(statusLabel(m_readStatus)));
    } else if (change->author.isEmpty()) {
        m_statusChange->setText(
            tr("%1 since %2.").arg(statusLabel(change->status), shortTime(change->savedAt)));
    } else {
        m_statusChange->setText(
            tr("%1 since %2, set by %3.")
                .arg(statusLabel(change->status), shortTime(change->savedAt), change->author));
    }
}

void DeskNotesPanel::append(const ArticleNote &note)
{
    auto *item = new QListWidgetItem(
        tr("%1\n%2 · %3").arg(note.text, note.author, shortTime(note.writtenAt)), m_notes);
    item->setToolTip(QLocale().toString(note.writtenAt.toLocalTime(), QLocale::LongFormat));
    m_notes->scrollToItem(item);
}

void DeskNotesPanel::updateInput()
{
    const bool full = m_notes->count() >= ArticleNote::kMaxPerArticle;
    const bool open = m_articleId != 0 && !full;
    m_input->setEnabled(open);
    m_add->setEnabled(open && !m_adding && !m_input->text().trimmed().isEmpty());
    m_input->setPlaceholderText(full ? tr("This article has as many notes as it can keep.")
                                     : tr("A note for the desk, e.g. \u201clegal checked\u201d"));
}

void DeskNotesPanel::addNote()
{
    const QString text = m_input->text().trimmed();
    if (m_adding || m_articleId == 0 || text.isEmpty())
        return;
    m_adding = true;
    updateInput();
    const qint64 id = m_articleId;
    onAnswer(m_gateway.run<ArticleNote>(
                 ArchiveGateway::Lane::Writes,
                 [id, text](ArticleStore &store) { return store.addNote(id, text); }),
             this, [this, id, text](const StoreResult<ArticleNote> &note) {
                 m_adding = false;
                 if (id == m_articleId) {
                     if (note) {
                         append(*note);
                         m_problem->hide();
                         if (m_input->text().trimmed() == text)
                             m_input->clear();
                     } else {
                         m_problem->setText(note.error().message);
                         m_problem->show();
                     }
                 }
                 updateInput();
                 if (note && id == m_articleId)
                     Q_EMIT noteAdded(*note);
             });
}

} // namespace newsroom
