#include "PresenceBar.h"

#include "PresenceWords.h"

namespace newsroom {

PresenceBar::PresenceBar(QWidget *parent) : NoticeBar(tr("Also editing"), parent) {}

void PresenceBar::showNames(const QStringList &names)
{
    m_names = names;
    setMessage(PresenceWords::alsoEditing(names));
    setAccessibleDescription(message());
    setVisible(!names.isEmpty());
}

} // namespace newsroom
