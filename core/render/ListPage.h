#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

namespace newsroom {

// An index, section or tag page of an exported site: groups of article teasers.
struct ListPage
{
    struct Entry
    {
        QString headline;
        QString dek;
        QString href;
        QDateTime date;
    };
    struct Group
    {
        QString title; // empty: no heading
        QString href;  // where the heading links; may be empty
        QList<Entry> entries;
    };

    QString title;
    QString heading;
    QString description;
    // The page's <html lang dir>, and the language of its own words and dates (PageWords).
    QString language = QStringLiteral("en");
    QString homeHref = QStringLiteral("index.html");
    QString feedHref;
    QList<Group> groups;
    QList<std::pair<QString, QString>> tags; // name and href, for the index's tag list
};

} // namespace newsroom
