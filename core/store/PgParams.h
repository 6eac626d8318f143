#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace newsroom {

// The values of one statement's $1, $2, ... sent to the server apart from the SQL text
// (PQexecParams / PQexecPrepared), so article text never becomes part of a statement, nor
// of the server's log of statements. Text format, except bytes (binary).
class PgParams
{
public:
    PgParams &add(const QString &value);
    PgParams &add(QLatin1StringView value);
    PgParams &add(qint64 value);
    PgParams &add(int value) { return add(qint64(value)); }
    PgParams &add(bool value);
    PgParams &add(double value);
    // Unix seconds for a to_timestamp($n) in the SQL; NULL when the time is not set.
    PgParams &addTime(const QDateTime &time);
    PgParams &addBytes(const QByteArray &value);
    // An array literal ({"a","b"}) for a $n::text[] or $n::bigint[] in the SQL.
    PgParams &addArray(const QStringList &values);
    PgParams &addArray(const QList<qint64> &values);
    PgParams &addNull();
    template <typename T> PgParams &addOptional(const std::optional<T> &value)
    {
        return value ? add(*value) : addNull();
    }
    // `value`, or NULL when it is 0 (optional ids and versions).
    PgParams &addIdOrNull(qint64 value) { return value > 0 ? add(value) : addNull(); }

    int size() const { return int(m_values.size()); }
    // True when a text value holds a NUL byte: the server stores no U+0000, and libpq would
    // cut the value there without a word.
    bool holdsNul() const { return m_holdsNul; }
    // For libpq: pointers into this object, valid while it lives unchanged.
    const char *const *values() const;
    const int *lengths() const;
    const int *formats() const;

private:
    PgParams &append(QByteArray value, bool isNull, int format);

    QList<QByteArray> m_values;
    QList<bool> m_nulls;
    QList<int> m_lengths;
    QList<int> m_formats;
    mutable QList<const char *> m_pointers;
    bool m_holdsNul = false;
};

} // namespace newsroom
