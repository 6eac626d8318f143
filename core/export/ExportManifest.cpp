#include "ExportManifest.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace newsroom {

ExportManifest ExportManifest::load(const QString &folder)
{
    ExportManifest manifest;
    QFile file(QDir(folder).filePath(kFileName));
    if (!file.open(QIODevice::ReadOnly))
        return manifest;
    const QJsonObject files =
        QJsonDocument::fromJson(file.readAll()).object().value(QStringLiteral("files")).toObject();
    for (auto it = files.begin(); it != files.end(); ++it)
        manifest.m_files.insert(it.key(), it.value().toString().toLatin1());
    return manifest;
}

bool ExportManifest::save(const QString &folder) const
{
    QJsonObject files;
    for (auto it = m_files.begin(); it != m_files.end(); ++it)
        files.insert(it.key(), QString::fromLatin1(it.value()));
    QSaveFile file(QDir(folder).filePath(kFileName));
    return file.open(QIODevice::WriteOnly) &&
           file.write(QJsonDocument(QJsonObject{{QStringLiteral("files"), files}}).toJson()) >= 0 &&
           file.commit();
}

} // namespace newsroom
