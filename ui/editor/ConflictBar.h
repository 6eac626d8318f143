#pragma once

#include "NoticeBar.h"

namespace newsroom {

// Shown above the editor when the article was changed elsewhere (another window, another
// process, a colleague): nothing is overwritten until the editor picks one version.
class ConflictBar : public NoticeBar
{
    Q_OBJECT
public:
    explicit ConflictBar(QWidget *parent = nullptr);
    void showConflict(const QString &message);

Q_SIGNALS:
    void compareRequested(); // side by side, then keep mine, take theirs or pick per field
    void reloadRequested(); // take theirs; the window keeps a recovery copy of mine
    void keepMineRequested();
};

} // namespace newsroom
