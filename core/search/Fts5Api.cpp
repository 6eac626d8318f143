#include "Fts5Api.h"

#include "store/SqliteErrors.h"

namespace newsroom::fts5 {

StoreResult<fts5_api *> api(sqlite3 *db)
{
    fts5_api *api = nullptr;
    sqlite3_stmt *statement = nullptr;
    if (sqlite3_prepare_v2(db, "SELECT fts5(?1)", -1, &statement, nullptr) == SQLITE_OK) {
        sqlite3_bind_pointer(statement, 1, &api, "fts5_api_ptr", nullptr);
        sqlite3_step(statement);
    }
    sqlite3_finalize(statement);
    if (!api)
        return storeFailure(StoreError::Code::Io,
                            QStringLiteral("This SQLite library was built without FTS5."));
    return api;
}

StoreStatus createFunction(sqlite3 *db, const char *name, fts5_extension_function function)
{
    const auto fts5 = api(db);
    if (!fts5)
        return std::unexpected(fts5.error());
    if ((*fts5)->xCreateFunction(*fts5, name, nullptr, function, nullptr) != SQLITE_OK)
        return std::unexpected(sqliteError(db));
    return {};
}

} // namespace newsroom::fts5
