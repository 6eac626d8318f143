#include "CommandLineTool.h"

#include "TerminalText.h"
#include "model/ArticleJson.h"

#include <QJsonDocument>
#include <QJsonObject>

// The desk's workflow: assign and note.

namespace newsroom {

using terminaltext::printable;

// A new version with the assignee changed, kept in the history like any save. Someone the
// archive does not know as a user is assigned all the same (a colleague not yet signed up),
// with a note on stderr.
int CommandLineTool::assignArticle(const QString &ref, const QString &user)
{
    const QString assignee = user.trimmed();
    if (assignee.size() > Article::kMaxAssignee)
        return fail(tr("a user name has at most %n character(s).", nullptr, Article::kMaxAssignee),
                    UsageError);
    auto article = m_store->articleByRef(ref);
    if (!article)
        return fail(article.error().message);
    if (article->assignee != assignee) {
        if (!assignee.isEmpty()) {
            auto users = m_store->assignableUsers();
            if (users && !users->contains(assignee)) {
                m_err << QStringLiteral("newsroom-cli: note: ")
                      << printable(tr("%1 is not one of the archive's users yet (%2).")
                                       .arg(assignee, users->join(QStringLiteral(", "))))
                      << Qt::endl;
            }
        }
        Article changed = *article;
        changed.assignee = assignee;
        auto saved = m_store->save(changed);
        if (!saved)
            return fail(saved.error().message);
        article = *saved;
    }
    if (m_json) {
        m_out << QJsonDocument(QJsonObject{{QStringLiteral("id"), article->id},
                                           {QStringLiteral("slug"), article->slug},
                                           {QStringLiteral("version"), article->version},
                                           {QStringLiteral("assignee"), article->assignee}})
                     .toJson(QJsonDocument::Compact)
              << Qt::endl;
        return Ok;
    }
    m_out
        << (assignee.isEmpty()
                ? tr("#%1 %2 is assigned to nobody.").arg(article->id).arg(printable(article->slug))
                : tr("#%1 %2 is assigned to %3.")
                      .arg(article->id)
                      .arg(printable(article->slug), printable(assignee)))
        << Qt::endl;
    return Ok;
}

int CommandLineTool::addNote(const QString &ref, const QString &text)
{
    auto article = m_store->articleByRef(ref);
    if (!article)
        return fail(article.error().message);
    auto note = m_store->addNote(article->id, text);
    if (!note)
        return fail(note.error().message);
    if (m_json) {
        QJsonObject object{{QStringLiteral("id"), article->id},
                           {QStringLiteral("slug"), article->slug},
                           {QStringLiteral("author"), note->author},
                           {QStringLiteral("written"), json::timeToText(note->writtenAt)},
                           {QStringLiteral("text"), note->text}};
        m_out << QJsonDocument(object).toJson(QJsonDocument::Compact) << Qt::endl;
        return Ok;
    }
    m_out << tr("Noted on #%1 %2 by %3.")
                 .arg(article->id)
                 .arg(printable(article->slug), printable(note->author))
          << Qt::endl;
    return Ok;
}

} // namespace newsroom
