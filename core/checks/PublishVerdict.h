#pragma once

#include "CheckFinding.h"

#include <QStringList>

namespace newsroom {

// What the checklist says about publishing: errors block it, warnings ask the editor to
// confirm, nothing found lets it through. The desktop's Publish goes by it.
struct PublishVerdict
{
    QStringList errors;
    QStringList warnings;

    static PublishVerdict of(const QList<CheckFinding> &findings);
    bool blocks() const { return !errors.isEmpty(); }
    bool asks() const { return !blocks() && !warnings.isEmpty(); }
};

} // namespace newsroom
