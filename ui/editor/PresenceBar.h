#pragma once

#include "NoticeBar.h"

#include <QStringList>

namespace newsroom {

// Above the editor while others have the same article open: "Ana Ruiz is also editing this
// article." Only a notice: presence is no lock, and saving goes on as ever (a save that
// crosses theirs shows the conflict bar, as it always would).
class PresenceBar : public NoticeBar
{
    Q_OBJECT
public:
    explicit PresenceBar(QWidget *parent = nullptr);

    // Shows the names (as PresenceWatch has them), or hides the bar when there are none.
    void showNames(const QStringList &names);
    const QStringList &names() const { return m_names; }

private:
    QStringList m_names;
};

} // namespace newsroom
