#pragma once

#include "store/StoreError.h"

#include <QCoreApplication>
#include <QStringView>
#include <string>

namespace newsroom {

// How much YAML front matter an imported file may hold, checked before yaml-cpp builds its
// tree. yaml-cpp has no limits of its own: an alias shares its anchor's node, so 70 KB of
// aliases names gigabytes of text once read out, and a million keys cost seconds and
// gigabytes. The check reads the YAML's events once, as they stream (nothing is built),
// and counts every node as often as it is used: an alias costs what its anchor holds,
// so aliases stay usable as long as the result stays the size of an article's fields.
class FrontMatterLimits
{
    Q_DECLARE_TR_FUNCTIONS(FrontMatterLimits)
public:
    static constexpr qsizetype kBytes = 256 * 1024; // of front matter text, as UTF-8
    static constexpr qsizetype kTextBytes = kBytes; // of scalar text, aliases expanded
    static constexpr qsizetype kNodes = 10'000;     // keys, values and items, expanded
    static constexpr qsizetype kEntries = 1'000;    // keys of one map, items of one list
    static constexpr int kDepth = 16;               // lists and maps inside each other

    // The YAML as UTF-8 for yaml-cpp, or why it is refused; `firstLine` is the file's line
    // the YAML starts on, for the message. Never throws. YAML that is not well formed
    // passes: reading it says what is wrong with it.
    static StoreResult<std::string> admit(QStringView yaml, int firstLine = 1);
};

} // namespace newsroom
