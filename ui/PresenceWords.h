#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace newsroom {

// What the window says of those in an article besides this window (PresenceWatch::names):
// the archive list's mark and the notice above the editor say it the same way.
class PresenceWords
{
    Q_DECLARE_TR_FUNCTIONS(PresenceWords)
public:
    // "Ana Ruiz is editing", "Ana Ruiz and ben are editing", "Ana Ruiz and 2 others are
    // editing"; empty for nobody.
    static QString editing(const QStringList &names);
    // The same above the editor: "Ana Ruiz is also editing this article"...
    static QString alsoEditing(const QStringList &names);
};

} // namespace newsroom
