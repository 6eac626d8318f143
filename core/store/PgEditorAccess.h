#pragma once

#include "StoreError.h"

#include <QCoreApplication>
#include <QString>

namespace newsroom {

class PgConnection;

// Who may do what in a server archive. The role that runs `newsroom-cli init` owns the
// tables (and alone may change their shape); editors sign in as their own roles, members
// of one group role (newsroom_editor unless init is told otherwise), which may read and
// write rows and take ids, and nothing more: no DROP, ALTER, TRUNCATE or CREATE. Granting
// to a group, not to each editor, means a new colleague needs one GRANT, not a migration.
class PgEditorAccess
{
    Q_DECLARE_TR_FUNCTIONS(PgEditorAccess)
public:
    static constexpr const char *kDefaultGroup = "newsroom_editor";

    struct Report
    {
        QString group; // the editors' group role
        QString owner; // who owns the tables
        bool groupCreated = false;
        bool granted = false;
        // When the grants could not be made: what whoever runs the server must do, with
        // the SQL to run (the group is missing and this role may not create roles), or
        // why only the owner can (this role does not own the tables).
        QString dbaMustRun;
    };

    // Makes the group when it is missing and this role may create roles, then grants it
    // the editors' rights on the archive in the connection's current schema (again each
    // time: a newer schema's tables get them too). A name that is not a plain lower-case
    // identifier is refused.
    static StoreResult<Report> grant(PgConnection &connection,
                                     const QString &group = QLatin1StringView(kDefaultGroup));

    // Whether `name` may be a group role's name here (spliced into GRANT, which takes no
    // $n values): lower-case letters, digits and _, not starting with a digit, ≤ 63.
    static bool isPlainRoleName(const QString &name);
};

} // namespace newsroom
