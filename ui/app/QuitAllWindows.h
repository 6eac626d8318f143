#pragma once

namespace newsroom {

// SIGTERM (a logout, a service manager): every window saves and closes, as if closed by hand.
// A closed window is deleted, so never from inside a dialog's or a menu's own event loop (its
// exec() would return into a deleted window): open dialogs are rejected and menus closed
// first, and the windows closed once the main loop runs again.
void quitAllWindows();

} // namespace newsroom
