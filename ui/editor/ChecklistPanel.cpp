#include "ChecklistPanel.h"

#include "ArticleDocument.h"
#include "ArchiveGateway.h"

#include <QListWidget>
#include <QStyle>
#include <QVBoxLayout>

namespace newsroom {

ChecklistPanel::ChecklistPanel(ArticleDocument &document, ArchiveGateway &gateway,
                               QWidget *parent)
    : QWidget(parent), m_document(document), m_gateway(gateway), m_list(new QListWidget)
{
    m_list->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(m_list);
    m_timer.setSingleShot(true);
    m_timer.setInterval(kRefreshDelay);
    connect(&m_timer, &QTimer::timeout, this, &ChecklistPanel::refresh);
    connect(&m_document, &ArticleDocument::contentChanged, &m_timer, qOverload<>(&QTimer::start));
    connect(&m_document, &ArticleDocument::loaded, this, &ChecklistPanel::refresh);
}

void ChecklistPanel::setLimits(const CheckLimits &limits)
{
    if (limits == m_limits)
        return; // the document's own changes refresh the list
    m_limits = limits;
    refresh();
}

QList<CheckFinding> ChecklistPanel::refresh()
{
    m_timer.stop();
    auto result = m_gateway.checklist(m_document.article(), m_limits).result();
    QList<CheckFinding> findings =
        result ? *result
               : QList<CheckFinding>{{QStringLiteral("archive"), CheckFinding::Severity::Error,
                                      result.error().message}};
    std::stable_sort(findings.begin(), findings.end(), [](const auto &a, const auto &b) {
        return a.severity == CheckFinding::Severity::Error &&
               b.severity != CheckFinding::Severity::Error;
    });
    m_list->clear();
    int errors = 0;
    for (const CheckFinding &finding : std::as_const(findings)) {
        const bool error = finding.severity == CheckFinding::Severity::Error;
        errors += error;
        auto *item =
            new QListWidgetItem(style()->standardIcon(error ? QStyle::SP_MessageBoxCritical
                                                            : QStyle::SP_MessageBoxWarning),
                                finding.message);
        item->setToolTip(finding.code);
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
    return findings;
}

} // namespace newsroom
