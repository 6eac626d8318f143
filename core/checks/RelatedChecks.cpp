#include "RelatedChecks.h"

#include "TextSimilarity.h"
#include "render/UrlPolicy.h"
#include "store/ArticleStore.h"

#include <QCoreApplication>

namespace newsroom::relatedchecks {

namespace {

// The context of this file's messages, at run time and in the catalogue.
struct RelatedChecks
{
    Q_DECLARE_TR_FUNCTIONS(RelatedChecks)
};

CheckFinding finding(const char *code, CheckFinding::Severity severity, const QString &message)
{
    return {QString::fromLatin1(code), severity, message, ArticleField::Related, {}};
}

constexpr auto Error = CheckFinding::Severity::Error;
constexpr auto Warning = CheckFinding::Severity::Warning;

// "Related item 2 (“Council passes budget”)": how messages name an item.
QString itemName(const QList<RelatedItem> &items, qsizetype index)
{
    return RelatedChecks::tr("Related item %1 (\u201c%2\u201d)")
        .arg(index + 1)
        .arg(items[index].title);
}

void checkSize(QList<CheckFinding> &findings, const QList<RelatedItem> &items,
               const CheckLimits &limits)
{
    if (items.isEmpty()) {
        findings.append(finding(
            "related-empty", Warning,
            RelatedChecks::tr("The related list is empty; readers get nowhere to go next.")));
    } else if (limits.related > 0 && items.size() > limits.related) {
        findings.append(
            finding("related-too-long", Warning,
                    RelatedChecks::tr("The related list has %n item(s); the house limit is %1.",
                                      nullptr, int(items.size()))
                        .arg(limits.related)));
    }
}

void checkDuplicates(QList<CheckFinding> &findings, const QList<RelatedItem> &items)
{
    for (qsizetype i = 0; i < items.size(); ++i) {
        for (qsizetype j = i + 1; j < items.size(); ++j) {
            const RelatedItem &a = items[i];
            const RelatedItem &b = items[j];
            const bool sameTarget =
                a.pointsToArchive() ? a.targetId == b.targetId : !a.url.isEmpty() && a.url == b.url;
            if (sameTarget) {
                findings.append(finding("related-same-link", Error,
                                        RelatedChecks::tr("%1 and %2 link to the same place.")
                                            .arg(itemName(items, i), itemName(items, j))));
            } else if (textsimilarity::termOverlap(a.title, b.title) >= kDuplicateOverlap ||
                       textsimilarity::termOverlap(a.summary, b.summary) >= kDuplicateOverlap) {
                findings.append(finding("related-duplicate", Warning,
                                        RelatedChecks::tr("%1 and %2 seem to tell the same story.")
                                            .arg(itemName(items, i), itemName(items, j))));
            }
        }
    }
}

StoreStatus checkTarget(QList<CheckFinding> &findings, const Article &article, qsizetype index,
                        ArticleStore &store)
{
    const RelatedItem &item = article.related[index];
    const QString name = itemName(article.related, index);
    if (!item.pointsToArchive()) {
        if (!urlpolicy::isWebAddress(item.url)) {
            findings.append(
                finding("related-bad-url", Error,
                        RelatedChecks::tr("%1 has the address \u201c%2\u201d, which is not a "
                                          "complete http or https link.")
                            .arg(name, item.url)));
        }
        return {};
    }
    if (item.targetId == article.id) {
        findings.append(finding("related-self", Error,
                                RelatedChecks::tr("%1 links to this article itself.").arg(name)));
        return {};
    }
    auto target = store.summary(item.targetId);
    if (!target && target.error().code != StoreError::Code::NotFound)
        return std::unexpected(target.error());
    if (!target) {
        findings.append(
            finding("related-deleted", Error,
                    RelatedChecks::tr("%1 links to article #%2, which no longer exists.")
                        .arg(name)
                        .arg(item.targetId)));
    } else if (target->trashed) {
        findings.append(
            finding("related-deleted", Error,
                    RelatedChecks::tr("%1 links to an article in the trash.").arg(name)));
    } else if (target->status != ArticleStatus::Published) {
        findings.append(
            finding("related-unpublished", Warning,
                    RelatedChecks::tr("%1 links to an article that is not published (%2); readers "
                                      "will see it unlinked.")
                        .arg(name, statusLabel(target->status))));
    }
    return {};
}

} // namespace

StoreResult<QList<CheckFinding>> run(const Article &article, ArticleStore &store,
                                     const CheckLimits &limits)
{
    QList<CheckFinding> findings;
    checkSize(findings, article.related, limits);
    for (qsizetype i = 0; i < article.related.size(); ++i) {
        if (article.related[i].title.trimmed().isEmpty()) {
            findings.append(finding("related-untitled", Error,
                                    RelatedChecks::tr("Related item %1 has no title.").arg(i + 1)));
        }
        if (auto done = checkTarget(findings, article, i, store); !done)
            return std::unexpected(done.error());
    }
    checkDuplicates(findings, article.related);
    return findings;
}

} // namespace newsroom::relatedchecks
