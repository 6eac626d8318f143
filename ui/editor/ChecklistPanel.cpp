#include "ChecklistPanel.h"

#include "ArchiveGateway.h"
#include "ArticleDocument.h"

#include <QLabel>
#include <QListWidget>
#include <QStyle>
#include <QVBoxLayout>

namespace newsroom {

ChecklistPanel::ChecklistPanel(ArticleDocument &document, ArchiveGateway &gateway, QWidget *parent)
    : QWidget(parent), m_document(document), m_gateway(gateway), m_list(new QListWidget),
      m_status(new QLabel(tr("Checking\u2026")))
{
    m_list->setWordWrap(true);
    m_list->setAccessibleName(tr("Checklist"));
    m_list->setAccessibleDescription(tr("What to fix before publishing; press Return or "
                                        "double-click a finding to go to the field, or to the "
                                        "archived article it names"));
    connect(m_list, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        const int row = m_list->row(item);
        if (row < 0 || row >= m_findings.size())
            return;
        if (m_findings[row].articleId > 0)
            Q_EMIT articleRequested(m_findings[row].articleId);
        else if (m_findings[row].field)
            Q_EMIT findingActivated(m_findings[row]);
    });
    m_status->setForegroundRole(QPalette::PlaceholderText);
    m_status->hide();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(m_list);
    layout->addWidget(m_status);
    m_timer.setSingleShot(true);
    m_timer.setInterval(kRefreshDelay);
    connect(&m_timer, &QTimer::timeout, this, &ChecklistPanel::refresh);
    connect(&m_document, &ArticleDocument::contentChanged, &m_timer, qOverload<>(&QTimer::start));
    connect(&m_document, &ArticleDocument::loaded, this, [this] {
        // The findings were the other article's: none are shown until this one's come.
        m_checking.drop();
        m_findings.clear();
        m_list->clear();
        Q_EMIT summaryChanged(tr("Checklist"));
        refresh();
    });
}

void ChecklistPanel::setLimits(const CheckLimits &limits)
{
    if (limits == m_limits)
        return; // the document's own changes refresh the list
    m_limits = limits;
    refresh();
}

void ChecklistPanel::refresh()
{
    m_timer.stop();
    // The findings shown stay until the answer: they are the article of a moment ago.
    m_status->show();
    m_checking.ask(
        m_gateway.checklist(m_document.article(), m_limits), this,
        [this](const StoreResult<QList<CheckFinding>> &result) { showFindings(result); });
}

void ChecklistPanel::showFindings(const StoreResult<QList<CheckFinding>> &result)
{
    m_status->hide();
    QList<CheckFinding> findings =
        result ? *result
               : QList<CheckFinding>{{QStringLiteral("archive"), CheckFinding::Severity::Error,
                                      result.error().message}};
    std::stable_sort(findings.begin(), findings.end(), [](const auto &a, const auto &b) {
        return a.severity == CheckFinding::Severity::Error &&
               b.severity != CheckFinding::Severity::Error;
    });
    m_findings = findings;
    m_list->clear();
    int errors = 0;
    for (const CheckFinding &finding : std::as_const(findings)) {
        const bool error = finding.severity == CheckFinding::Severity::Error;
        errors += error;
        auto *item =
            new QListWidgetItem(style()->standardIcon(error ? QStyle::SP_MessageBoxCritical
                                                            : QStyle::SP_MessageBoxWarning),
                                finding.message);
        item->setToolTip(
            finding.articleId > 0
                ? tr("%1: double-click to open #%2").arg(finding.code).arg(finding.articleId)
            : finding.field ? tr("%1: double-click to go there").arg(finding.code)
                            : finding.code);
        m_list->addItem(item);
    }
    if (findings.isEmpty()) {
        m_list->addItem(new QListWidgetItem(style()->standardIcon(QStyle::SP_DialogApplyButton),
                                            tr("Ready to publish: no problems found.")));
    }
    const int warnings = int(findings.size()) - errors;
    Q_EMIT summaryChanged(
        findings.isEmpty() ? tr("Checklist")
                           : tr("Checklist (errors: %1, warnings: %2)").arg(errors).arg(warnings));
    Q_EMIT refreshed(m_findings);
}

} // namespace newsroom
