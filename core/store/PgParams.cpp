#include "PgParams.h"

namespace newsroom {

PgParams &PgParams::append(QByteArray value, bool isNull, int format)
{
    if (format == 0 && value.contains('\0'))
        m_holdsNul = true;
    m_lengths.append(int(value.size()));
    m_values.append(std::move(value));
    m_nulls.append(isNull);
    m_formats.append(format);
    return *this;
}

PgParams &PgParams::add(const QString &value)
{
    return append(value.toUtf8(), false, 0);
}

PgParams &PgParams::add(QLatin1StringView value)
{
    return append(QByteArray(value.data(), value.size()), false, 0);
}

PgParams &PgParams::add(qint64 value)
{
    return append(QByteArray::number(value), false, 0);
}

PgParams &PgParams::add(bool value)
{
    return append(value ? QByteArrayLiteral("t") : QByteArrayLiteral("f"), false, 0);
}

PgParams &PgParams::add(double value)
{
    return append(QByteArray::number(value, 'g', 17), false, 0);
}

PgParams &PgParams::addTime(const QDateTime &time)
{
    return time.isValid() ? add(time.toSecsSinceEpoch()) : addNull();
}

PgParams &PgParams::addBytes(const QByteArray &value)
{
    return append(value, false, 1);
}

PgParams &PgParams::addArray(const QStringList &values)
{
    QByteArray literal = "{";
    for (const QString &value : values) {
        if (literal.size() > 1)
            literal += ',';
        literal += '"';
        for (char c : value.toUtf8()) {
            if (c == '"' || c == '\\')
                literal += '\\';
            literal += c;
        }
        literal += '"';
    }
    return append(literal + '}', false, 0);
}

PgParams &PgParams::addArray(const QList<qint64> &values)
{
    QByteArray literal = "{";
    for (qint64 value : values) {
        if (literal.size() > 1)
            literal += ',';
        literal += QByteArray::number(value);
    }
    return append(literal + '}', false, 0);
}

PgParams &PgParams::addNull()
{
    return append(QByteArray(), true, 0);
}

const char *const *PgParams::values() const
{
    m_pointers.resize(m_values.size());
    for (qsizetype i = 0; i < m_values.size(); ++i)
        m_pointers[i] = m_nulls[i] ? nullptr : m_values[i].constData();
    return m_pointers.constData();
}

const int *PgParams::lengths() const
{
    return m_lengths.constData();
}

const int *PgParams::formats() const
{
    return m_formats.constData();
}

} // namespace newsroom
