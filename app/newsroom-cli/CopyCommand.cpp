#include "CommandLineTool.h"

#include "TerminalText.h"
#include "store/ArchiveAddress.h"
#include "store/ArchiveCopier.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <algorithm>

// copy-to: the whole archive into another one (see ArchiveCopier).

namespace newsroom {

namespace {

constexpr qsizetype kFailuresShown = 5;

// What names the source for good, so that a second run finds the first one's copies: a
// server by its address without a password, a file by its canonical path (the same file
// however it is reached).
QString lastingName(const QString &address)
{
    if (ArchiveAddress::isServer(address))
        return ArchiveAddress::forDisplay(address);
    const QString canonical = QFileInfo(address).canonicalFilePath();
    return canonical.isEmpty() ? QFileInfo(address).absoluteFilePath() : canonical;
}

QJsonObject reportJson(const ArchiveCopier::Report &report, const QString &target)
{
    QJsonArray failed;
    for (const ArchiveCopier::Failure &failure : report.failed)
        failed.append(QJsonObject{{QStringLiteral("id"), failure.id},
                                  {QStringLiteral("message"), failure.message}});
    return QJsonObject{
        {QStringLiteral("target"), target},
        {QStringLiteral("articles"), report.articles},
        {QStringLiteral("copied"), report.copied},
        {QStringLiteral("already_there"), report.alreadyThere},
        {QStringLiteral("versions"), report.versions},
        {QStringLiteral("id_offset"), report.idOffset},
        {QStringLiteral("failed"), failed},
    };
}

} // namespace

int CommandLineTool::copyArchive(const QString &target)
{
    const QString shownTarget = ArchiveAddress::forDisplay(target);
    if (m_store->isArchiveFile(target) || lastingName(target) == lastingName(m_archive))
        return fail(
            tr("%1 is this archive itself; name another archive to copy it to.").arg(shownTarget));
    auto to = ArchiveAddress::open(target);
    if (!to)
        return fail(to.error().message);
    if (to->store->isReadOnly())
        return fail(tr("%1 can only be read, so nothing can be copied into it.").arg(shownTarget));
    ArchiveCopier copier(*m_store, lastingName(m_archive), *to->store);
    const auto report = copier.run();
    if (!report)
        return fail(report.error().message);
    if (m_json) {
        m_out << QJsonDocument(reportJson(*report, shownTarget)).toJson();
    } else {
        m_out << tr("Copied %n article(s) to %1 (versions: %2).", nullptr, report->copied)
                     .arg(terminaltext::printable(shownTarget), QString::number(report->versions))
              << Qt::endl;
        if (report->alreadyThere > 0)
            m_out << tr("%n article(s) were there from an earlier copy.", nullptr,
                        report->alreadyThere)
                  << Qt::endl;
        m_out << (report->idOffset == 0 ? tr("Every article kept its id.")
                                        : tr("Every id moved up by %1 (#1 is #%2 there).")
                                              .arg(report->idOffset)
                                              .arg(1 + report->idOffset))
              << Qt::endl;
        // The first few say what is wrong; the rest would bury the summary.
        for (const ArchiveCopier::Failure &failure :
             report->failed.first(std::min<qsizetype>(report->failed.size(), kFailuresShown)))
            m_err << tr("newsroom-cli: not copied: #%1: %2")
                         .arg(failure.id)
                         .arg(terminaltext::printable(failure.message))
                  << Qt::endl;
        if (report->failed.size() > kFailuresShown)
            m_err << tr("newsroom-cli: %n more article(s) not copied (--json lists them all).",
                        nullptr, int(report->failed.size() - kFailuresShown))
                  << Qt::endl;
    }
    return report->failed.isEmpty() ? Ok : Failed;
}

} // namespace newsroom
