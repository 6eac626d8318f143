#pragma once

#include <QJsonObject>
#include <QString>

namespace newsroom::bench {

// Live refresh on the team archive (issue 16), on a throw-away cluster of its own (fsync
// on): one desk saves (its gateway), the other's list (the window's ArchiveListModel and
// LiveRefresh, on a gateway of its own) shows the new headline; the time from asking for
// the save, and from hearing the notice, to the list showing it, over `saves` saves. Then
// the server is stopped and started again a few times: how long after it accepts
// connections again the listener is back.
class LiveRefreshBenchmark
{
public:
    LiveRefreshBenchmark(QString folder, int saves);
    QJsonObject run();

private:
    void measureRefresh(const QString &address, QJsonObject &out);
    void measureReconnect(const QString &address, QJsonObject &out);

    QString m_folder;
    int m_saves;
};

} // namespace newsroom::bench
