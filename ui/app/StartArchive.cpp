#include "StartArchive.h"

#include "store/ArchiveFile.h"

#include <QFileInfo>
#include <QLoggingCategory>
#include <QMessageBox>
#include <QPushButton>

Q_LOGGING_CATEGORY(lcStartArchive, "newsroom.app.start", QtWarningMsg)

namespace newsroom {

std::optional<StartArchive::Chosen> StartArchive::open(const QString &address,
                                                       const Opener &opener, const Ask &ask)
{
    const QString own = ArchiveFile::defaultPath();
    QString path = address;
    for (;;) {
        const bool existed = ArchiveAddress::isServer(path) || QFileInfo::exists(path);
        auto opened = opener(path);
        if (opened)
            return Chosen{path, std::move(*opened), !existed};
        // For scripts and logs too: a person may not be at the screen.
        qCWarning(lcStartArchive, "%s", qPrintable(opened.error().message));
        switch (ask(opened.error().message, path == own ? QString() : own)) {
        case Answer::TryAgain:
            break;
        case Answer::OpenOwnArchive:
            path = own;
            break;
        case Answer::Quit:
            return std::nullopt;
        }
    }
}

StartArchive::Answer StartArchive::askWithDialog(const QString &message, const QString &ownArchive)
{
    QMessageBox box(QMessageBox::Warning, tr("Cannot open the archive"), message);
    box.setInformativeText(ownArchive.isEmpty()
                               ? tr("Try again once the problem is solved, or quit.")
                               : tr("Try again once the problem is solved, or work in your own "
                                    "archive (%1) meanwhile.")
                                     .arg(ownArchive));
    QPushButton *again = box.addButton(tr("&Try Again"), QMessageBox::AcceptRole);
    QPushButton *own =
        ownArchive.isEmpty() ? nullptr : box.addButton(tr("Open &My Archive"), QMessageBox::ActionRole);
    box.addButton(tr("&Quit"), QMessageBox::RejectRole);
    box.setDefaultButton(again);
    box.exec();
    if (box.clickedButton() == again)
        return Answer::TryAgain;
    if (own && box.clickedButton() == own)
        return Answer::OpenOwnArchive;
    return Answer::Quit;
}

} // namespace newsroom
