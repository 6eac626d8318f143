#pragma once

#include <QString>
#include <expected>

namespace newsroom {

// Why an archive call failed, in words a person can act on. `code` lets callers react
// (a conflict asks the editor to reload; NotFound is not an I/O problem).
struct StoreError
{
    enum class Code
    {
        Io,           // the file cannot be read, written or created
        NotAnArchive, // the file is not a Newsroom archive (foreign, corrupt, too new)
        Corrupt,      // SQLite found damage while working
        Busy,         // another program held the archive for too long
        NotFound,     // no article with that id or slug
        Conflict,     // the article changed since this copy was read
        Invalid,      // the request itself is wrong (bad slug, bad filter)
        SignIn,       // the server wants a password: none was given, or it refused the one given
    };

    Code code = Code::Io;
    QString message;
};

template <typename T> using StoreResult = std::expected<T, StoreError>;

// For calls that return nothing but can fail.
using StoreStatus = std::expected<void, StoreError>;

inline std::unexpected<StoreError> storeFailure(StoreError::Code code, const QString &message)
{
    return std::unexpected(StoreError{code, message});
}

} // namespace newsroom
