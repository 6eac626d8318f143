#include "RelatedChecks.h"

#include "SameStoryFinder.h"
#include "SameStoryMeasure.h"
#include "StoryProfile.h"
#include "render/UrlPolicy.h"
#include "store/ArticleStore.h"

#include <QCoreApplication>
#include <QLocale>
#include <QMap>
#include <numeric>

namespace newsroom::relatedchecks {

namespace {

// The context of this file's messages, at run time and in the catalogue.
struct RelatedChecks
{
    Q_DECLARE_TR_FUNCTIONS(RelatedChecks)
};

// Titles made from long blurbs are cut in messages: the start names the item well enough.
constexpr qsizetype kTitleChars = 80;

CheckFinding finding(const char *code, CheckFinding::Severity severity, const QString &message)
{
    return {QString::fromLatin1(code), severity, message, ArticleField::Related, {}};
}

constexpr auto Error = CheckFinding::Severity::Error;
constexpr auto Warning = CheckFinding::Severity::Warning;

// “Council passes budget”: how messages name an item, by the title readers see.
QString itemName(const QList<RelatedItem> &items, qsizetype index)
{
    QString title = items[index].title.simplified();
    if (title.isEmpty())
        return RelatedChecks::tr("related item %1 (untitled)").arg(index + 1);
    if (title.size() > kTitleChars) {
        const qsizetype cut = title.lastIndexOf(QLatin1Char(' '), kTitleChars);
        title = title.left(cut > kTitleChars / 2 ? cut : kTitleChars) + QChar(0x2026);
    }
    return RelatedChecks::tr("\u201c%1\u201d").arg(title);
}

// “A” (item 2), “B” (item 3) and “C” (item 4): several items, by title and place.
QString itemNames(const QList<RelatedItem> &items, const QList<qsizetype> &indexes)
{
    QStringList names;
    for (qsizetype index : indexes)
        names.append(RelatedChecks::tr("%1 (item %2)").arg(itemName(items, index)).arg(index + 1));
    return QLocale().createSeparatedList(names);
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

bool sameTarget(const RelatedItem &a, const RelatedItem &b)
{
    return a.pointsToArchive() ? a.targetId == b.targetId
                               : !a.url.trimmed().isEmpty() && a.url == b.url;
}

// What each item tells: the linked article when there is one, else its own title and blurb.
StoreResult<QList<StoryProfile>> itemStories(const Article &article, ArticleStore &store)
{
    QList<StoryProfile> profiles;
    for (const RelatedItem &item : article.related) {
        if (item.pointsToArchive() && item.targetId != article.id) {
            auto target = store.article(item.targetId);
            if (!target && target.error().code != StoreError::Code::NotFound)
                return std::unexpected(target.error());
            if (target) {
                profiles.append(StoryProfile::fromArticle(*target));
                continue;
            }
        }
        profiles.append(StoryProfile::fromItem(item));
    }
    return profiles;
}

// Items that tell one story are named together, once: the Maduro story told in three
// blurbs is one finding, not three.
StoreStatus checkDuplicates(QList<CheckFinding> &findings, const Article &article,
                            ArticleStore &store)
{
    const QList<RelatedItem> &items = article.related;
    if (items.size() < 2)
        return {};
    auto profiles = itemStories(article, store);
    if (!profiles)
        return std::unexpected(profiles.error());
    QList<QByteArray> terms;
    for (const StoryProfile &profile : std::as_const(*profiles))
        terms.append(profile.indexTerms());
    auto counts = store.termCounts(terms, SameStoryFinder::kCountCap);
    if (!counts)
        return std::unexpected(counts.error());
    const TermRarity rarity(counts->articles, counts->counts);
    const SameStoryMeasure measure(rarity);

    std::vector<qsizetype> group(size_t(items.size()));
    std::iota(group.begin(), group.end(), qsizetype(0));
    const auto root = [&group](qsizetype i) {
        while (group[size_t(i)] != i)
            i = group[size_t(i)];
        return i;
    };
    for (qsizetype i = 0; i < items.size(); ++i) {
        for (qsizetype j = i + 1; j < items.size(); ++j) {
            if (sameTarget(items[i], items[j])) {
                findings.append(
                    finding("related-same-link", Error,
                            RelatedChecks::tr("%1 link to the same place: remove one of them.")
                                .arg(itemNames(items, {i, j}))));
            } else if (measure.sameStory((*profiles)[i], (*profiles)[j])) {
                group[size_t(root(j))] = root(i);
            }
        }
    }
    QMap<qsizetype, QList<qsizetype>> stories; // by the first item of each
    for (qsizetype i = 0; i < items.size(); ++i)
        stories[root(i)].append(i);
    for (const QList<qsizetype> &story : std::as_const(stories)) {
        if (story.size() < 2)
            continue;
        findings.append(finding("related-duplicate", Warning,
                                RelatedChecks::tr("%1 seem to tell the same story: keep the one "
                                                  "that tells it best.")
                                    .arg(itemNames(items, story))));
    }
    return {};
}

void checkAddress(QList<CheckFinding> &findings, const RelatedItem &item, const QString &name)
{
    if (item.url.trimmed().isEmpty()) {
        findings.append(finding("related-no-link", Error,
                                RelatedChecks::tr("%1 has no link: pick an archived article or "
                                                  "add an address.")
                                    .arg(name)));
    } else if (!urlpolicy::isWebAddress(item.url)) {
        findings.append(
            finding("related-bad-url", Error,
                    RelatedChecks::tr("%1 has the address \u201c%2\u201d, which is not a "
                                      "complete http or https link: correct it, or pick an "
                                      "archived article instead.")
                        .arg(name, item.url)));
    }
}

StoreStatus checkTarget(QList<CheckFinding> &findings, const Article &article, qsizetype index,
                        ArticleStore &store)
{
    const RelatedItem &item = article.related[index];
    const QString name = itemName(article.related, index);
    if (!item.pointsToArchive()) {
        checkAddress(findings, item, name);
        return {};
    }
    if (item.targetId == article.id) {
        findings.append(finding(
            "related-self", Error,
            RelatedChecks::tr("%1 links to this article itself: pick another article.").arg(name)));
        return {};
    }
    auto target = store.summary(item.targetId);
    if (!target && target.error().code != StoreError::Code::NotFound)
        return std::unexpected(target.error());
    if (!target) {
        findings.append(finding("related-deleted", Error,
                                RelatedChecks::tr("%1 links to article #%2, which no longer "
                                                  "exists: pick another or remove the item.")
                                    .arg(name)
                                    .arg(item.targetId)));
    } else if (target->trashed) {
        findings.append(finding("related-deleted", Error,
                                RelatedChecks::tr("%1 links to an article in the trash: restore "
                                                  "it, pick another or remove the item.")
                                    .arg(name)));
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
                                    RelatedChecks::tr("Related item %1 has no title: give it "
                                                      "the one readers will see.")
                                        .arg(i + 1)));
        }
        if (auto done = checkTarget(findings, article, i, store); !done)
            return std::unexpected(done.error());
    }
    if (auto done = checkDuplicates(findings, article, store); !done)
        return std::unexpected(done.error());
    return findings;
}

} // namespace newsroom::relatedchecks
