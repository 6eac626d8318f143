#include "ImportedText.h"

#include "FuzzCheck.h"

#include "importer/ArticleImporter.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

namespace newsroom::test {

QString importedText(const uint8_t *data, size_t size, const QString &fileName)
{
    static QTemporaryDir scratch(QDir(QStringLiteral("/dev/shm")).exists()
                                     ? QStringLiteral("/dev/shm/newsroom-fuzz-XXXXXX")
                                     : QDir::tempPath() + QStringLiteral("/newsroom-fuzz-XXXXXX"));
    const QString path = scratch.filePath(fileName);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
        file.write(reinterpret_cast<const char *>(data), qint64(size)) != qint64(size)) {
        fail(QStringLiteral("harness"), QStringLiteral("cannot write %1").arg(path));
    }
    file.close();
    auto text = ArticleImporter::readText(path);
    if (!text)
        fail(QStringLiteral("read"),
             QStringLiteral("readText refused %1 bytes: %2").arg(size).arg(text.error().message));
    return *text;
}

} // namespace newsroom::test
