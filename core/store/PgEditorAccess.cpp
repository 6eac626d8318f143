#include "PgEditorAccess.h"

#include "PgConnection.h"

#include <QLoggingCategory>
#include <QRegularExpression>

Q_LOGGING_CATEGORY(lcPgAccess, "newsroom.store.pg.access", QtWarningMsg)

namespace newsroom {

namespace {

// The upgrade's advisory lock ('NWSR', as in PgMigrations): two inits granting at once
// would otherwise meet in the catalogue ("tuple concurrently updated").
constexpr qint64 kUpgradeLock = 0x4E575352;

StoreResult<bool> yes(PgConnection &connection, const QByteArray &sql, const PgParams &params = {})
{
    auto row = connection.query(sql, params);
    if (!row)
        return std::unexpected(row.error());
    return row->rows() > 0 && row->boolean(0, 0);
}

StoreResult<QString> text(PgConnection &connection, const QByteArray &sql)
{
    auto row = connection.query(sql);
    if (!row)
        return std::unexpected(row.error());
    return row->text(0, 0);
}

// The rights an editor needs: rows, not shapes. newsroom_schema is read only (an editor's
// client reads the version; only the owner upgrades); the desk's notes are added, never
// changed or removed. The default privileges give the same rights on tables a later
// upgrade by the owner makes, before init runs again.
QString grantsFor(const QString &schema, const QString &group, const QString &owner, bool hasNotes,
                  bool hasPictures)
{
    // An archive not yet upgraded has no notes table: its upgrade revokes the same.
    const QString notes =
        (hasNotes ? QStringLiteral("REVOKE UPDATE, DELETE ON %1.article_notes FROM %2;\n")
                  : QString()) +
        // A picture's bytes never change under its name (PgMigrations' version 4).
        (hasPictures ? QStringLiteral("REVOKE UPDATE ON %1.picture_data FROM %2;\n") : QString());
    const QString grants =
        QStringLiteral("GRANT USAGE ON SCHEMA %1 TO %2;\n"
                       "GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA %1 TO %2;\n"
                       "REVOKE INSERT, UPDATE, DELETE ON %1.newsroom_schema FROM %2;\n") +
        notes +
        QStringLiteral("GRANT USAGE, UPDATE ON ALL SEQUENCES IN SCHEMA %1 TO %2;\n"
                       "ALTER DEFAULT PRIVILEGES FOR ROLE %3 IN SCHEMA %1\n"
                       "    GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO %2;\n"
                       "ALTER DEFAULT PRIVILEGES FOR ROLE %3 IN SCHEMA %1\n"
                       "    GRANT USAGE, UPDATE ON SEQUENCES TO %2;");
    return grants.arg(schema, group, owner);
}

} // namespace

bool PgEditorAccess::isPlainRoleName(const QString &name)
{
    static const QRegularExpression plain(QStringLiteral("^[a-z_][a-z0-9_]{0,62}$"));
    return plain.match(name).hasMatch();
}

StoreResult<PgEditorAccess::Report> PgEditorAccess::grant(PgConnection &connection,
                                                          const QString &group)
{
    if (!isPlainRoleName(group)) {
        return storeFailure(StoreError::Code::Invalid,
                            tr("\"%1\" cannot name the editors' group role: use lower-case "
                               "letters, digits and _ (at most 63), such as newsroom_editor.")
                                .arg(group));
    }
    Report report;
    const StoreStatus done = connection.transaction([&]() -> StoreStatus {
        report = Report{};
        report.group = group;
        if (auto locked =
                connection.query("SELECT pg_advisory_xact_lock($1)", PgParams().add(kUpgradeLock));
            !locked)
            return std::unexpected(locked.error());
        // quote_ident: the schema and the owner are names the server knows, but may hold
        // anything; quoted, they are safe in the statement's text.
        auto owner = text(connection, "SELECT quote_ident(pg_get_userbyid(relowner)) FROM "
                                      "pg_class WHERE oid = 'newsroom_schema'::regclass");
        if (!owner)
            return std::unexpected(owner.error());
        report.owner = *owner;
        auto schema = text(connection, "SELECT quote_ident(current_schema())");
        if (!schema)
            return std::unexpected(schema.error());
        auto owns = yes(connection, "SELECT pg_has_role(current_user, relowner, 'USAGE') FROM "
                                    "pg_class WHERE oid = 'newsroom_schema'::regclass");
        if (!owns)
            return std::unexpected(owns.error());
        auto hasNotes = yes(connection, "SELECT to_regclass('article_notes') IS NOT NULL");
        if (!hasNotes)
            return std::unexpected(hasNotes.error());
        auto hasPictures = yes(connection, "SELECT to_regclass('picture_data') IS NOT NULL");
        if (!hasPictures)
            return std::unexpected(hasPictures.error());
        const QString grants = grantsFor(*schema, group, *owner, *hasNotes, *hasPictures);
        if (!*owns) {
            report.dbaMustRun = tr("Only the tables' owner (%1) may grant rights on them; "
                                   "run init as %1, or have it run:\n%2")
                                    .arg(*owner, grants);
            return {};
        }
        auto exists = yes(connection, "SELECT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = $1)",
                          PgParams().add(group));
        if (!exists)
            return std::unexpected(exists.error());
        if (!*exists) {
            auto mayCreate = yes(connection, "SELECT rolsuper OR rolcreaterole FROM pg_roles "
                                             "WHERE rolname = current_user");
            if (!mayCreate)
                return std::unexpected(mayCreate.error());
            if (!*mayCreate) {
                report.dbaMustRun =
                    tr("The editors' group role %1 does not exist, and %2 may not create "
                       "roles. Have whoever runs the server (a role with CREATEROLE) run:\n"
                       "CREATE ROLE %1 NOLOGIN;\nthen run init again.")
                        .arg(group, connection.role());
                return {};
            }
            // A colleague's init making it at the same moment: 23505, the transaction
            // runs again and finds it.
            if (auto made = connection.script(
                    QStringLiteral("CREATE ROLE %1 NOLOGIN").arg(group).toUtf8().constData());
                !made)
                return made;
            report.groupCreated = true;
        }
        if (auto granted = connection.script(grants.toUtf8().constData()); !granted)
            return granted;
        report.granted = true;
        return {};
    });
    if (!done)
        return std::unexpected(done.error());
    qCInfo(lcPgAccess) << "editors' group" << report.group << "granted:" << report.granted;
    return report;
}

} // namespace newsroom
