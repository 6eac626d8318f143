#pragma once

#include "model/Article.h"

#include <QTableWidget>

namespace newsroom {

// Field by field, what differs between two versions of an article (the related list too):
// the revisions dialog and the recovery of unsaved text both show it.
class FieldChangesTable : public QTableWidget
{
    Q_OBJECT
public:
    FieldChangesTable(const QString &beforeTitle, const QString &afterTitle,
                      QWidget *parent = nullptr);
    // Shows the differences and returns how many fields differ.
    qsizetype showChanges(const Article &before, const Article &after);
};

} // namespace newsroom
