#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>

namespace newsroom {

// What an export wrote into its folder, file by file with a content hash. It lets a
// re-export skip unchanged files and remove only files it made itself; nothing else in
// the folder is ever touched.
class ExportManifest
{
public:
    static constexpr QLatin1StringView kFileName{".newsroom-export.json"};

    static ExportManifest load(const QString &folder); // empty when missing or unreadable
    bool save(const QString &folder) const;

    QByteArray hashOf(const QString &path) const { return m_files.value(path); }
    void record(const QString &path, const QByteArray &hash) { m_files.insert(path, hash); }
    QList<QString> paths() const { return m_files.keys(); }

private:
    QHash<QString, QByteArray> m_files;
};

} // namespace newsroom
