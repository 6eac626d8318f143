#pragma once

#include "store/ArchiveAddress.h"

#include <QCoreApplication>
#include <functional>
#include <optional>

namespace newsroom {

// The archive the app starts on. When it cannot be opened (the newsroom's server is down or
// unreachable, the file is locked or damaged), quitting is not the only way on: the editor
// may try again, or work in their own archive file meanwhile (what they type into a server's
// article stays in that server's recovery journal until it can be opened again).
class StartArchive
{
    Q_DECLARE_TR_FUNCTIONS(StartArchive)

public:
    enum class Answer
    {
        TryAgain,
        OpenOwnArchive, // the default archive file (ArchiveFile::defaultPath())
        Quit,
    };
    struct Chosen
    {
        QString path; // what was opened: the address asked for, or the own file
        ArchiveAddress::Opened opened;
        bool newFile = false; // a file archive that did not exist before it was opened
    };
    using Opener = std::function<StoreResult<ArchiveAddress::Opened>(const QString &address)>;
    // Asks what to do after `message`; `ownArchive` is empty when the failing archive is
    // already the own file (so that choice is not offered).
    using Ask = std::function<Answer(const QString &message, const QString &ownArchive)>;

    // Opens `address` (with `opener`), asking after each failure; nullopt when the editor
    // chose to quit.
    static std::optional<Chosen> open(const QString &address, const Opener &opener,
                                      const Ask &ask);
    // The question as a message box.
    static Answer askWithDialog(const QString &message, const QString &ownArchive);
};

} // namespace newsroom
