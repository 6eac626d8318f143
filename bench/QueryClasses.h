#pragma once

#include "SyntheticArticles.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace newsroom::bench {

// The search queries measured, by how many articles they match (see SyntheticArticles):
// the same for the file and the server.
struct QueryClass
{
    QString name;
    QStringList queries;
};

inline QList<QueryClass> queryClasses(const SyntheticArticles &words)
{
    const QString common = QLatin1StringView(SyntheticArticles::kCommonWord);
    return {
        {QStringLiteral("rare"), words.rareWords().mid(0, 20)},
        {QStringLiteral("mid"), words.midWords().mid(0, 20)},
        {QStringLiteral("common"),
         {common, common + QStringLiteral(" ") + words.midWords().front()}},
        {QStringLiteral("phrase"),
         {QLatin1Char('"') + QLatin1StringView(SyntheticArticles::kPhrase) + QLatin1Char('"'),
          QStringLiteral("\"") + common + QStringLiteral(" met\"")}},
        {QStringLiteral("prefix"), words.prefixes()},
    };
}

} // namespace newsroom::bench
