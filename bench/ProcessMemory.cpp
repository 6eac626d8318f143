#include "ProcessMemory.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QList>

namespace newsroom::bench {

namespace {
QHash<qint64, QList<qint64>> childrenByParent()
{
    QHash<qint64, QList<qint64>> children;
    const QStringList entries = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs);
    for (const QString &entry : entries) {
        bool isPid = false;
        const qint64 pid = entry.toLongLong(&isPid);
        if (!isPid)
            continue;
        QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
        if (!stat.open(QIODevice::ReadOnly))
            continue;
        const QByteArray line = stat.readAll();
        // "pid (comm) state ppid ...": comm may hold spaces, so read after the last ')'.
        const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
        if (fields.size() > 1)
            children[fields[1].toLongLong()].append(pid);
    }
    return children;
}

double kilobytes(const QByteArray &text, const QByteArray &key)
{
    const qsizetype at = text.indexOf(QByteArray('\n' + key));
    if (at < 0)
        return 0;
    const QByteArray rest = text.mid(at + key.size() + 1).trimmed();
    return rest.left(rest.indexOf(' ')).toDouble();
}
} // namespace

namespace {
void add(ProcessMemory &memory, qint64 pid)
{
    QFile rollup(QStringLiteral("/proc/%1/smaps_rollup").arg(pid));
    if (!rollup.open(QIODevice::ReadOnly))
        return;
    const QByteArray text = QByteArray('\n' + rollup.readAll());
    memory.rssMb += kilobytes(text, "Rss:") / 1024.0;
    memory.pssMb += kilobytes(text, "Pss:") / 1024.0;
    ++memory.processes;
}
} // namespace

ProcessMemory ProcessMemory::ofProcess(qint64 pid)
{
    ProcessMemory memory;
    add(memory, pid);
    return memory;
}

ProcessMemory ProcessMemory::ofTree(qint64 pid)
{
    const auto children = childrenByParent();
    ProcessMemory memory;
    QList<qint64> pending{pid};
    while (!pending.isEmpty()) {
        const qint64 current = pending.takeLast();
        add(memory, current);
        pending.append(children.value(current));
    }
    return memory;
}

} // namespace newsroom::bench
