#pragma once

namespace newsroom {

// The house limits the checklist and the editor's counters hold an article to.
// Preferences can change them; these are the defaults.
struct CheckLimits
{
    int headline = 64; // characters
    int dek = 160;     // characters
    int related = 8;   // items in the related list

    friend bool operator==(const CheckLimits &, const CheckLimits &) = default;
};

} // namespace newsroom
