#pragma once

#include "AppSettings.h"

namespace newsroom {

// Light or dark for the whole app: the desktop's own palette (the default), or Fusion
// with a light or a dark palette.
void applyAppearance(appsettings::Appearance appearance);

} // namespace newsroom
