#pragma once

#include <QJsonObject>
#include <QString>

namespace newsroom::bench {

// A desk at work on one server archive: `editors` simulated editors, each a thread with
// its own connection (its own PgArticleStore), each autosaving its article once a second,
// while `searchers` others search (one query every 250 ms each, as-you-type pace). Then
// every save is accounted for: each editor's versions are 2, 3, ... without a gap, the
// archive's current version is the last one saved, and the history holds every one
// (no lost update). Figures: save p50/p95/p99, search p95, errors.
class ServerLoadTest
{
public:
    ServerLoadTest(QString address, int editors, int searchers, int seconds);
    QJsonObject run();

private:
    QString m_address;
    int m_editors;
    int m_searchers;
    int m_seconds;
};

} // namespace newsroom::bench
