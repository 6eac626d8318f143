#pragma once

#include "store/StoreError.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QString>

namespace newsroom {

class ExportFolder;

// What an export wrote into its folder, file by file with a content hash. It lets a
// re-export skip unchanged files and remove only files it made itself. The record sits in
// a folder anyone may write to, so it is read as untrusted: its size is capped, a hash that
// is not one is dropped, and ExportFolder::removeIfOurs removes a listed file only while it
// still holds the content recorded for it.
class ExportManifest
{
    Q_DECLARE_TR_FUNCTIONS(ExportManifest)
public:
    static constexpr QLatin1StringView kFileName{".newsroom-export.json"};
    // Present while an export whose files are not yet synced runs: found at the start of the
    // next one, it says the record may not describe the files (a crash lost some), so
    // every file is written again.
    static constexpr QLatin1StringView kUnfinishedFileName{".newsroom-export-unfinished"};
    static constexpr qint64 kMaxBytes = 64 * 1024 * 1024; // ~500,000 files

    // The record in `folder`; empty when missing. One that cannot be used (a link, too
    // large, not JSON) is empty too, and `problem`, when given, says why.
    static ExportManifest load(ExportFolder &folder, QString *problem = nullptr);
    StoreStatus save(ExportFolder &folder) const;
    // The hash recorded for `bytes`: SHA-1, lowercase hex.
    static QByteArray hash(const QByteArray &bytes);

    QByteArray hashOf(const QString &path) const { return m_files.value(path); }
    void record(const QString &path, const QByteArray &hash) { m_files.insert(path, hash); }
    QList<QString> paths() const { return m_files.keys(); }

private:
    QHash<QString, QByteArray> m_files;
};

} // namespace newsroom
