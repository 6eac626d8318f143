#pragma once

// The labelled beats (tests/data/clusters: 75 articles, 14 beats and 5 strays), imported to
// try the duplicate check on stories that share a beat but are not the same story.

#include <QDir>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QStringList>

namespace newsroom::test {

// The one article of the beats the duplicate check names: a match report that recaps the
// promotion and the ticket protest it follows. A follow-up, which no overlap of words tells
// from a rewording (README, "The same story twice"); every other article must pass unnamed.
inline const QString kKnownFollowUp = QStringLiteral("football-5.md");

inline QStringList beatFiles()
{
    const QDir dir(QStringLiteral(NEWSROOM_TEST_DATA "/clusters"));
    QStringList files;
    for (const QString &name : dir.entryList({QStringLiteral("*.md")}))
        files.append(dir.filePath(name));
    return files;
}

// The files of an import's JSON lines named as possible duplicates, the follow-up aside.
inline QStringList unexpectedDuplicates(const QList<QJsonObject> &lines)
{
    QStringList named;
    for (const QJsonObject &line : lines) {
        const QString file = line[QStringLiteral("file")].toString();
        if (line.contains(QStringLiteral("possible_duplicates")) && !file.endsWith(kKnownFollowUp))
            named.append(file);
    }
    return named;
}

// Whether a group `duplicates --json` printed holds the follow-up.
inline bool holdsFollowUp(const QJsonValue &group)
{
    for (const QJsonValue &member : group.toArray()) {
        if (member.toObject()[QStringLiteral("slug")].toString() ==
            QLatin1StringView("united-fans-celebrate-first-top-flight-win-at-waterfront-stadium"))
            return true;
    }
    return false;
}

} // namespace newsroom::test
