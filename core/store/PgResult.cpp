#include "PgResult.h"

#include <libpq-fe.h>
#include <utility>

namespace newsroom {

PgResult::~PgResult()
{
    if (m_result)
        PQclear(m_result);
}

PgResult::PgResult(PgResult &&other) noexcept : m_result(std::exchange(other.m_result, nullptr)) {}

PgResult &PgResult::operator=(PgResult &&other) noexcept
{
    if (this != &other) {
        if (m_result)
            PQclear(m_result);
        m_result = std::exchange(other.m_result, nullptr);
    }
    return *this;
}

int PgResult::rows() const
{
    return m_result ? PQntuples(m_result) : 0;
}

bool PgResult::isNull(int row, int column) const
{
    return PQgetisnull(m_result, row, column) != 0;
}

QByteArrayView PgResult::bytes(int row, int column) const
{
    return QByteArrayView(PQgetvalue(m_result, row, column), PQgetlength(m_result, row, column));
}

QString PgResult::text(int row, int column) const
{
    return QString::fromUtf8(bytes(row, column));
}

qint64 PgResult::int64(int row, int column) const
{
    return isNull(row, column) ? 0 : bytes(row, column).toLongLong();
}

double PgResult::real(int row, int column) const
{
    return isNull(row, column) ? 0 : bytes(row, column).toDouble();
}

bool PgResult::boolean(int row, int column) const
{
    return !isNull(row, column) && bytes(row, column) == "t";
}

qint64 PgResult::affected() const
{
    return m_result ? QByteArrayView(PQcmdTuples(m_result)).toLongLong() : 0;
}

} // namespace newsroom
