#include "DeskNotes.h"

#include <QCollator>
#include <QCoreApplication>
#include <algorithm>

namespace newsroom::desknotes {

namespace {
// The context of this file's messages, at run time and in the catalogue.
struct DeskNotes
{
    Q_DECLARE_TR_FUNCTIONS(DeskNotes)
};
} // namespace

StoreResult<QString> checkedText(const QString &text)
{
    QString clean;
    clean.reserve(text.size());
    for (QChar c : text)
        clean.append(c.category() == QChar::Other_Control ? QLatin1Char(' ') : c);
    clean = clean.trimmed();
    if (clean.isEmpty())
        return storeFailure(StoreError::Code::Invalid, DeskNotes::tr("A note needs some text."));
    const qsizetype characters = clean.toUcs4().size(); // what the archive's CHECK counts
    if (characters > ArticleNote::kMaxLength) {
        return storeFailure(StoreError::Code::Invalid,
                            DeskNotes::tr("A note holds at most %n character(s); this one has "
                                          "%1. Say it shorter, or in two notes.",
                                          nullptr, ArticleNote::kMaxLength)
                                .arg(characters));
    }
    return clean;
}

std::unexpected<StoreError> tooMany(qint64 id)
{
    return storeFailure(StoreError::Code::Invalid,
                        DeskNotes::tr("Article #%1 has %n note(s), as many as an article keeps; "
                                      "no more can be added.",
                                      nullptr, ArticleNote::kMaxPerArticle)
                            .arg(id));
}

std::unexpected<StoreError> inTrash(qint64 id)
{
    return storeFailure(
        StoreError::Code::Conflict,
        DeskNotes::tr("Article #%1 is in the trash; restore it before adding a note.").arg(id));
}

QStringList mergedUsers(QStringList users, const QStringList &assigned)
{
    users.append(assigned);
    users.removeAll(QString());
    users.removeDuplicates();
    QCollator collator;
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    std::sort(users.begin(), users.end(),
              [&](const QString &a, const QString &b) { return collator.compare(a, b) < 0; });
    return users;
}

std::optional<Revision> lastStatusChange(const QList<Revision> &history)
{
    for (const Revision &revision : history) {
        if (revision.kind == RevisionKind::Status || revision.kind == RevisionKind::Published)
            return revision;
    }
    return std::nullopt;
}

} // namespace newsroom::desknotes
