#pragma once

#include <QDateTime>
#include <QString>

namespace newsroom {

// One line of the desk's thread on an article ("cut to 600 words", "legal checked"): who
// wrote it and when. Notes are only ever added, never changed or removed.
struct ArticleNote
{
    static constexpr int kMaxLength = 500;     // characters (Unicode code points)
    static constexpr int kMaxPerArticle = 200; // a thread, not a chat: more is a mistake

    qint64 id = 0; // the archive's; grows with each note
    qint64 articleId = 0;
    QString author; // a server's role name, a file's local user name
    QDateTime writtenAt;
    QString text;

    friend bool operator==(const ArticleNote &, const ArticleNote &) = default;
};

} // namespace newsroom
