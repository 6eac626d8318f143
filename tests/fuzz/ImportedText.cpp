#include "ImportedText.h"

#include "FuzzCheck.h"

#include "importer/ArticleImporter.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

namespace newsroom::test {

QString importedText(const uint8_t *data, size_t size, const QString &fileName)
{
    // One file per process, removed as soon as it is read: a crash in the parsers (which is
    // what the fuzzer is after) leaves nothing behind.
    static const QString folder = QDir(QStringLiteral("/dev/shm")).exists()
                                      ? QStringLiteral("/dev/shm")
                                      : QDir::tempPath();
    const QString path = QStringLiteral("%1/newsroom-fuzz-%2-%3")
                             .arg(folder)
                             .arg(QCoreApplication::applicationPid())
                             .arg(fileName);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
        file.write(reinterpret_cast<const char *>(data), qint64(size)) != qint64(size)) {
        fail(QStringLiteral("harness"), QStringLiteral("cannot write %1").arg(path));
    }
    file.close();
    auto text = ArticleImporter::readText(path);
    QFile::remove(path);
    if (!text)
        fail(QStringLiteral("read"),
             QStringLiteral("readText refused %1 bytes: %2").arg(size).arg(text.error().message));
    return *text;
}

} // namespace newsroom::test
