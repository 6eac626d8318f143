#include "CommandLineTool.h"

#include "TerminalText.h"
#include "importer/ArticleImporter.h"
#include "model/ArticleJson.h"
#include "model/WordCount.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

// The archive commands: import, list, show, history, search.

namespace newsroom {

using terminaltext::Lines;
using terminaltext::printable;

namespace {

QJsonObject summaryJson(const ArticleSummary &a)
{
    return QJsonObject{{QStringLiteral("id"), a.id},
                       {QStringLiteral("slug"), a.slug},
                       {QStringLiteral("headline"), a.headline},
                       {QStringLiteral("status"), statusName(a.status)},
                       {QStringLiteral("section"), a.section},
                       {QStringLiteral("updated"), json::timeToText(a.updatedAt)},
                       {QStringLiteral("published"), json::timeToText(a.publishedAt)}};
}

// Matches marked for the medium: <mark> in (escaped) HTML for JSON, brackets for a terminal.
QString markedSnippet(const QString &snippet, bool html)
{
    QString text = html ? snippet.toHtmlEscaped() : snippet;
    text.replace(SearchHit::kMarkStart, html ? QStringLiteral("<mark>") : QStringLiteral("["));
    text.replace(SearchHit::kMarkEnd, html ? QStringLiteral("</mark>") : QStringLiteral("]"));
    return text;
}

QDateTime parseDate(const QString &text, bool endOfDay)
{
    const QDate date = QDate::fromString(text, Qt::ISODate);
    if (date.isValid())
        return endOfDay ? QDateTime(date, QTime(23, 59, 59), Qt::UTC)
                        : QDateTime(date, QTime(0, 0), Qt::UTC);
    return json::timeFromText(text);
}

} // namespace

QJsonArray CommandLineTool::notesJson(const QList<ArticleNote> &notes)
{
    QJsonArray array;
    for (const ArticleNote &note : notes) {
        array.append(QJsonObject{{QStringLiteral("author"), note.author},
                                 {QStringLiteral("written"), json::timeToText(note.writtenAt)},
                                 {QStringLiteral("text"), note.text}});
    }
    return array;
}

QJsonObject CommandLineTool::statusChangeJson(const Revision &change)
{
    QJsonObject object{{QStringLiteral("status"), statusName(change.status)},
                       {QStringLiteral("by"), change.author},
                       {QStringLiteral("at"), json::timeToText(change.savedAt)},
                       {QStringLiteral("version"), change.version}};
    if (change.previousStatus)
        object.insert(QStringLiteral("previous_status"), statusName(*change.previousStatus));
    return object;
}

std::optional<ArticleFilter> CommandLineTool::filterFromOptions()
{
    ArticleFilter filter;
    if (m_parser.isSet(QStringLiteral("status"))) {
        filter.status = statusFromName(m_parser.value(QStringLiteral("status")));
        if (!filter.status) {
            fail(tr("unknown status \"%1\"; use draft, in-review, ready or published.")
                     .arg(m_parser.value(QStringLiteral("status"))),
                 UsageError);
            return std::nullopt;
        }
    }
    filter.section = m_parser.value(QStringLiteral("section"));
    filter.tag = m_parser.value(QStringLiteral("tag"));
    filter.trashed = m_parser.isSet(QStringLiteral("trash"));
    filter.assignee = m_parser.value(QStringLiteral("assigned-to")).trimmed();
    filter.assignedToMe = m_parser.isSet(QStringLiteral("mine"));
    for (const QString &name : {QStringLiteral("from"), QStringLiteral("to")}) {
        if (!m_parser.isSet(name))
            continue;
        const QDateTime time = parseDate(m_parser.value(name), name == QLatin1StringView("to"));
        if (!time.isValid()) {
            fail(tr("--%1 needs a date such as 2026-01-31.").arg(name), UsageError);
            return std::nullopt;
        }
        (name == QLatin1StringView("from") ? filter.from : filter.to) = time;
    }
    return filter;
}

// Each batch is reported as soon as it is saved, so a killed import has said what it did:
// one line a file on stdout (with --json, one JSON object a line) and, when there is more
// than one batch, a count on stderr (a small import's stderr keeps to its errors).
int CommandLineTool::importFiles(const QStringList &paths)
{
    int failures = 0;
    int skipped = 0;
    bool counting = false;
    // Counts read as a person writes them ("4,000"): main() makes English the default
    // locale when the system's is C.
    const QLocale locale;
    const auto report = [&](const QList<ArticleImporter::Outcome> &batch, qsizetype done,
                            qsizetype total) {
        for (const auto &outcome : batch) {
            QJsonObject line{{QStringLiteral("file"), outcome.path}};
            if (!outcome.article) {
                ++failures;
                m_err << QStringLiteral("newsroom-cli: ") << printable(outcome.error) << Qt::endl;
                line.insert(QStringLiteral("error"), outcome.error);
            } else if (outcome.alreadyImported) {
                ++skipped;
                const Article &a = *outcome.article;
                line.insert(QStringLiteral("skipped"), QStringLiteral("already imported"));
                line.insert(QStringLiteral("id"), a.id);
                line.insert(QStringLiteral("slug"), a.slug);
                if (!m_json)
                    m_out << printable(
                                 tr("Skipped %1: already imported as %2").arg(outcome.path, a.slug))
                          << '\n';
            } else {
                const Article &a = *outcome.article;
                if (!outcome.warning.isEmpty())
                    m_err << QStringLiteral("newsroom-cli: note: ") << printable(outcome.warning)
                          << Qt::endl;
                line.insert(QStringLiteral("id"), a.id);
                line.insert(QStringLiteral("slug"), a.slug);
                line.insert(QStringLiteral("headline"), a.headline);
                if (!outcome.possibleDuplicates.isEmpty())
                    line.insert(QStringLiteral("possible_duplicates"),
                                matchesJson(outcome.possibleDuplicates));
                if (!m_json) {
                    m_out << printable(
                                 tr("Imported #%1 %2 (%3)").arg(a.id).arg(a.slug, outcome.path))
                          << '\n';
                    for (const SameStoryMatch &match : outcome.possibleDuplicates) {
                        m_out << printable(tr("  possible duplicate of #%1 %2 \u201c%3\u201d "
                                              "(%4)")
                                               .arg(match.id)
                                               .arg(match.slug, match.headline)
                                               .arg(match.score, 0, 'f', 2))
                              << '\n';
                    }
                }
            }
            if (m_json)
                m_out << QJsonDocument(line).toJson(QJsonDocument::Compact) << '\n';
        }
        m_out.flush();
        counting = counting || done < total;
        if (!counting)
            return;
        QString counts;
        if (skipped > 0 || failures > 0) {
            counts = tr(" (%1 already imported, %2 failed)")
                         .arg(locale.toString(skipped), locale.toString(failures));
        }
        m_err << QStringLiteral("newsroom-cli: ")
              << tr("imported %1 of %Ln file(s)…", nullptr, int(total))
                     .arg(locale.toString(qint64(done)))
              << counts << Qt::endl;
    };
    ArticleImporter importer(*m_store);
    importer.setDuplicateCheck(!m_parser.isSet(QStringLiteral("no-duplicate-check")));
    importer.importFiles(paths, report);
    return failures == 0 ? Ok : Failed;
}

int CommandLineTool::listArticles()
{
    const auto filter = filterFromOptions();
    if (!filter)
        return UsageError;
    const auto rows = m_store->list(*filter);
    if (!rows)
        return fail(rows.error().message);
    QJsonArray array;
    for (const ArticleSummary &a : *rows) {
        if (m_json) {
            array.append(summaryJson(a));
            continue;
        }
        m_out << QStringLiteral("%1  %2  %3  %4")
                     .arg(a.id, 6)
                     .arg(statusName(a.status), -9)
                     .arg(a.updatedAt.toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                          printable(a.headline))
              << Qt::endl;
    }
    if (m_json)
        m_out << QJsonDocument(array).toJson();
    return Ok;
}

int CommandLineTool::showArticle(const QString &ref)
{
    const auto article = m_store->articleByRef(ref);
    if (!article)
        return fail(article.error().message);
    QJsonObject object = json::fromArticle(*article);
    // Archive links are named by slug for scripts; the id stays for exactness.
    QJsonArray related;
    for (const RelatedItem &item : article->related) {
        QJsonObject entry{{QStringLiteral("title"), item.title},
                          {QStringLiteral("summary"), item.summary}};
        if (item.pointsToArchive()) {
            entry.insert(QStringLiteral("article_id"), item.targetId);
            if (auto target = m_store->summary(item.targetId))
                entry.insert(QStringLiteral("slug"), target->slug);
        } else {
            entry.insert(QStringLiteral("url"), item.url);
        }
        related.append(entry);
    }
    object.insert(QStringLiteral("related"), related);
    // Who saved this version: on a server the editor's role, on a file the account.
    if (auto history = m_store->revisions(article->id); history && !history->isEmpty())
        object.insert(QStringLiteral("saved_by"), history->first().author);
    const auto thread = m_store->deskThread(article->id);
    if (!thread)
        return fail(thread.error().message);
    object.insert(QStringLiteral("notes"), notesJson(thread->notes));
    if (thread->lastStatusChange)
        object.insert(QStringLiteral("status_changed"),
                      statusChangeJson(*thread->lastStatusChange));
    if (m_json) {
        m_out << QJsonDocument(object).toJson();
        return Ok;
    }
    const Article &a = *article;
    m_out << printable(a.headline) << Qt::endl;
    if (!a.dek.isEmpty())
        m_out << printable(a.dek) << Qt::endl;
    m_out << Qt::endl
          << tr("id %1 · %2 · %3 · updated %4")
                 .arg(a.id)
                 .arg(printable(a.slug), statusName(a.status), json::timeToText(a.updatedAt))
          << Qt::endl;
    if (!a.byline.isEmpty())
        m_out << tr("By %1").arg(printable(a.byline)) << Qt::endl;
    if (!a.tags.isEmpty())
        m_out << tr("Tags: %1").arg(printable(a.tags.join(QStringLiteral(", ")))) << Qt::endl;
    m_out << (a.assignee.isEmpty() ? tr("Assigned to nobody")
                                   : tr("Assigned to %1").arg(printable(a.assignee)))
          << Qt::endl;
    if (const auto &change = thread->lastStatusChange) {
        m_out << tr("Status set to %1 on %2 by %3")
                     .arg(statusName(change->status), json::timeToText(change->savedAt),
                          change->author.isEmpty() ? QStringLiteral("-")
                                                   : printable(change->author))
              << Qt::endl;
    }
    const int words = wordcount::count(a.body);
    m_out << (a.wordTarget > 0 ? tr("Length: %L1 of %L2 words").arg(words).arg(a.wordTarget)
                               : tr("Length: %L1 words").arg(words))
          << Qt::endl;
    m_out << Qt::endl << printable(a.body, Lines::Many) << Qt::endl;
    if (a.aiGenerated)
        m_out << Qt::endl
              << tr("[AI-generated] %1").arg(printable(a.disclosure, Lines::Many)) << Qt::endl;
    if (!thread->notes.isEmpty()) {
        m_out << Qt::endl << tr("Notes:") << Qt::endl;
        for (const ArticleNote &note : thread->notes) {
            m_out << json::timeToText(note.writtenAt) << QStringLiteral("  ")
                  << printable(note.author) << QStringLiteral(": ") << printable(note.text)
                  << Qt::endl;
        }
    }
    if (!related.isEmpty()) {
        m_out << Qt::endl << tr("Related articles:") << Qt::endl;
        for (const QJsonValue &item : std::as_const(related)) {
            const QJsonObject entry = item.toObject();
            const QString target = entry.contains(QStringLiteral("url"))
                                       ? entry.value(QStringLiteral("url")).toString()
                                       : entry.value(QStringLiteral("slug")).toString();
            m_out << QStringLiteral("- ")
                  << printable(entry.value(QStringLiteral("title")).toString())
                  << (target.isEmpty()
                          ? QString()
                          : QStringLiteral(" <") + printable(target) + QLatin1Char('>'))
                  << Qt::endl;
        }
    }
    return Ok;
}

// Every version of the article, newest first: why it was kept, when, by whom, its status.
int CommandLineTool::showHistory(const QString &ref)
{
    const auto article = m_store->articleByRef(ref);
    if (!article)
        return fail(article.error().message);
    const auto revisions = m_store->revisions(article->id);
    if (!revisions)
        return fail(revisions.error().message);
    const bool publishedOnly = m_parser.isSet(QStringLiteral("published"));
    QJsonArray array;
    for (const Revision &r : *revisions) {
        if (publishedOnly && r.status != ArticleStatus::Published)
            continue;
        if (m_json) {
            QJsonObject object{{QStringLiteral("version"), r.version},
                               {QStringLiteral("saved"), json::timeToText(r.savedAt)},
                               {QStringLiteral("kind"), QString(revisionKindName(r.kind))},
                               {QStringLiteral("author"), r.author},
                               {QStringLiteral("status"), statusName(r.status)},
                               {QStringLiteral("headline"), r.headline}};
            if (r.previousStatus)
                object.insert(QStringLiteral("previous_status"), statusName(*r.previousStatus));
            if (r.restoredFrom > 0)
                object.insert(QStringLiteral("restored_from"), r.restoredFrom);
            array.append(object);
            continue;
        }
        QString what;
        if (r.kind == RevisionKind::Restored)
            what = tr("from version %1").arg(r.restoredFrom);
        else if (r.previousStatus)
            what = QStringLiteral("%1 \u2192 %2")
                       .arg(statusName(*r.previousStatus), statusName(r.status));
        m_out << QStringLiteral("%1  %2  %3  %4  %5")
                     .arg(r.version, 6)
                     .arg(r.savedAt.toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                          QString(revisionKindName(r.kind)).leftJustified(9),
                          statusName(r.status).leftJustified(9),
                          printable(r.author.isEmpty() ? QStringLiteral("-") : r.author))
              << (what.isEmpty() ? QString() : QStringLiteral("  (") + what + QLatin1Char(')'))
              << Qt::endl;
    }
    if (m_json)
        m_out << QJsonDocument(array).toJson();
    return Ok;
}

int CommandLineTool::searchArticles(const QString &text)
{
    const auto filter = filterFromOptions();
    if (!filter)
        return UsageError;
    const int limit = limitOption(kDefaultSearchResults);
    if (limit <= 0)
        return UsageError;
    const auto hits = m_store->search(SearchQuery{text, *filter, limit});
    if (!hits)
        return fail(hits.error().message);
    QJsonArray array;
    for (const SearchHit &hit : *hits) {
        if (m_json) {
            QJsonObject object = summaryJson(hit.article);
            object.insert(QStringLiteral("snippet"), markedSnippet(hit.snippet, true));
            object.insert(QStringLiteral("score"), hit.score);
            array.append(object);
            continue;
        }
        m_out
            << QStringLiteral("%1  %2").arg(hit.article.id, 6).arg(printable(hit.article.headline))
            << Qt::endl
            << QStringLiteral("        ")
            << printable(markedSnippet(hit.snippet, false).simplified()) << Qt::endl;
    }
    if (m_json)
        m_out << QJsonDocument(array).toJson();
    return Ok;
}

} // namespace newsroom
