#pragma once

#include <QByteArray>
#include <QString>

struct pg_result;

namespace newsroom {

// One libpq result, cleared when it goes. Every value arrives as text (the server's output
// format), read here by row and column.
class PgResult
{
public:
    PgResult() = default;
    explicit PgResult(pg_result *result) : m_result(result) {}
    ~PgResult();
    PgResult(PgResult &&other) noexcept;
    PgResult &operator=(PgResult &&other) noexcept;
    PgResult(const PgResult &) = delete;
    PgResult &operator=(const PgResult &) = delete;

    int rows() const;
    bool isNull(int row, int column) const;
    QString text(int row, int column) const;
    QByteArrayView bytes(int row, int column) const; // valid while the result lives
    qint64 int64(int row, int column) const;         // 0 for NULL
    double real(int row, int column) const;
    bool boolean(int row, int column) const; // the server's 't'
    // The number of rows an INSERT, UPDATE or DELETE touched.
    qint64 affected() const;

    pg_result *handle() const { return m_result; }

private:
    pg_result *m_result = nullptr;
};

} // namespace newsroom
