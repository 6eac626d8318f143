#pragma once

#include <QString>

namespace newsroom::terminaltext {

enum class Lines
{
    One,  // a field on one line: newlines and tabs are escaped too
    Many, // a body: newlines and tabs stay
};

// Archive text as it may reach a terminal. Control characters (C0, DEL and C1) become
// visible escapes such as \x1b and \u009b: ESC and CSI start the sequences that move the
// cursor, retitle the window or, with OSC 52, write the clipboard, and a headline is
// anyone's text. Every text line newsroom-cli prints goes through here; JSON does not (it
// escapes them itself).
QString printable(const QString &text, Lines lines = Lines::One);

} // namespace newsroom::terminaltext
