#pragma once

#include <QtGlobal>

namespace newsroom::bench {

// The memory of a process and every process it started (Qt WebEngine's renderer, GPU and
// zygote processes are its children and grandchildren), from /proc.
struct ProcessMemory
{
    double rssMb = 0; // resident set, summed: shared pages count once a process
    double pssMb = 0; // proportional set: shared pages split between their users
    int processes = 0;

    static ProcessMemory ofTree(qint64 pid);
    static ProcessMemory ofProcess(qint64 pid); // that process alone
};

} // namespace newsroom::bench
