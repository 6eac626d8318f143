#include "CommandLineTool.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("newsroom-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(NEWSROOM_VERSION));
    return newsroom::CommandLineTool().run(QCoreApplication::arguments());
}
