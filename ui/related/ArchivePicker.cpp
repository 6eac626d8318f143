#include "ArchivePicker.h"

#include "ArchiveGateway.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QLocale>
#include <QStandardItemModel>
#include <QToolTip>

namespace newsroom {

ArchivePicker::ArchivePicker(ArchiveGateway &gateway, QWidget *parent)
    : QLineEdit(parent), m_gateway(gateway), m_results(new QStandardItemModel(this)),
      m_completer(new QCompleter(this))
{
    setPlaceholderText(tr("Add from the archive: search headlines and text"));
    setClearButtonEnabled(true);
    m_completer->setModel(m_results);
    m_completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    m_completer->setWidget(this);
    m_typing.setSingleShot(true);
    m_typing.setInterval(kTypingDelay);
    m_busy.setSingleShot(true);
    m_busy.setInterval(kBusyDelay);
    connect(this, &QLineEdit::textEdited, &m_typing, qOverload<>(&QTimer::start));
    connect(&m_typing, &QTimer::timeout, this, &ArchivePicker::searchNow);
    connect(&m_busy, &QTimer::timeout, this, &ArchivePicker::showBusy);
    connect(m_completer, qOverload<const QModelIndex &>(&QCompleter::activated), this,
            [this](const QModelIndex &index) { pick(index.row()); });
}

void ArchivePicker::searchNow()
{
    m_typing.stop();
    if (text().trimmed().isEmpty()) {
        m_search.drop();
        stopBusy();
        m_results->clear();
        m_hits.clear();
        return;
    }
    // The matches for the text before stay in the drop-down until these come.
    setToolTip(tr("Searching…"));
    m_busy.start();
    m_search.ask(m_gateway.search(SearchQuery{text(), {}, kResults}), this,
                 [this](const StoreResult<QList<SearchHit>> &hits) { showHits(hits); });
}

void ArchivePicker::showHits(const StoreResult<QList<SearchHit>> &hits)
{
    stopBusy();
    m_results->clear();
    m_hits.clear();
    if (!hits) {
        setToolTip(hits.error().message);
        m_completer->popup()->hide();
        return;
    }
    for (const SearchHit &hit : *hits) {
        const ArticleSummary &a = hit.article;
        QStringList details{
            QLocale().toString(a.displayDate().toLocalTime().date(), QLocale::ShortFormat)};
        if (!a.section.isEmpty())
            details.append(a.section);
        if (a.status != ArticleStatus::Published)
            details.append(statusLabel(a.status));
        auto *item = new QStandardItem(
            QStringLiteral("%1 \u2014 %2").arg(a.headline, details.join(QStringLiteral(" · "))));
        item->setToolTip(a.headline);
        m_results->appendRow(item);
        m_hits.append(a);
    }
    // Only into the field the editor is still typing in: an answer that comes after they
    // moved on does not pop up over their work.
    if (!m_hits.isEmpty() && (hasFocus() || m_completer->popup()->isVisible()))
        m_completer->complete();
    else
        m_completer->popup()->hide();
}

void ArchivePicker::showBusy()
{
    if (isVisible())
        QToolTip::showText(mapToGlobal(QPoint(0, height())), toolTip(), this);
}

void ArchivePicker::stopBusy()
{
    m_busy.stop();
    if (QToolTip::isVisible() && QToolTip::text() == tr("Searching…"))
        QToolTip::hideText();
    setToolTip(QString());
}

void ArchivePicker::pick(int row)
{
    if (row < 0 || row >= m_hits.size())
        return;
    const ArticleSummary picked = m_hits[row];
    m_search.drop(); // matches for what was typed meanwhile would pop up after the pick
    stopBusy();
    clear();
    m_results->clear();
    m_hits.clear();
    Q_EMIT articlePicked(picked);
}

} // namespace newsroom
