#include "ArchivePicker.h"

#include "ArchiveGateway.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QLocale>
#include <QStandardItemModel>

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
    connect(this, &QLineEdit::textEdited, &m_typing, qOverload<>(&QTimer::start));
    connect(&m_typing, &QTimer::timeout, this, &ArchivePicker::searchNow);
    connect(m_completer, qOverload<const QModelIndex &>(&QCompleter::activated), this,
            [this](const QModelIndex &index) { pick(index.row()); });
}

void ArchivePicker::searchNow()
{
    m_typing.stop();
    m_results->clear();
    m_hits.clear();
    if (text().trimmed().isEmpty())
        return;
    auto hits = m_gateway.search(SearchQuery{text(), {}, kResults}).result();
    if (!hits) {
        setToolTip(hits.error().message);
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
    if (!m_hits.isEmpty())
        m_completer->complete();
}

void ArchivePicker::pick(int row)
{
    if (row < 0 || row >= m_hits.size())
        return;
    const ArticleSummary picked = m_hits[row];
    clear();
    m_results->clear();
    m_hits.clear();
    Q_EMIT articlePicked(picked);
}

} // namespace newsroom
