#pragma once

#include <QObject>
#include <QTimer>

namespace newsroom {

class ArchiveGateway;

// Tells the archive which article this window has open (PresenceBook): noted when it opens,
// renewed every `interval`, cleared when the window moves to another article or goes away.
// Fire and forget: every call goes through the gateway, and a failure is only logged;
// presence never holds up or interrupts typing or saving.
class PresenceHeartbeat : public QObject
{
    Q_OBJECT
public:
    // `interval` in ms (PresenceBook::kHeartbeat by default; tests make it shorter).
    explicit PresenceHeartbeat(ArchiveGateway &gateway, int interval = -1,
                               QObject *parent = nullptr);
    ~PresenceHeartbeat() override; // the open article is noted gone

    // The article now open here (0: none, or a new one not saved yet).
    void setArticle(qint64 id);
    qint64 article() const { return m_article; }

private:
    void beat();

    ArchiveGateway &m_gateway;
    QTimer m_timer;
    qint64 m_article = 0;
};

} // namespace newsroom
