#pragma once

#include <QString>

namespace newsroom::test {

// How a harness reports a broken invariant. `kind` names the invariant ("nul:headline",
// "roundtrip:body", "typed:entity", ...); the message goes to stderr and the process
// aborts, so libFuzzer saves the input.
//
// NEWSROOM_FUZZ_KNOWN (a comma-separated list of kinds, kind prefixes, or *suffixes:
// "roundtrip:body,nul,*:nonchar")
// turns the named failures into a quiet skip of the rest of that input's checks: for findings
// recorded in tests/fuzz/findings/ and waiting for a fix. scripts/fuzz.sh (and so CTest) sets
// it to the kinds listed in tests/fuzz/findings/open.txt, and to nothing with --strict.
[[noreturn]] void fail(const QString &kind, const QString &detail);

// Thrown by fail() for a tolerated kind; runChecks() catches it.
struct KnownFinding
{};

template <typename Checks> int runChecks(Checks &&checks)
{
    try {
        checks();
    } catch (const KnownFinding &) {
    }
    return 0;
}

// A short, printable excerpt of `text` for messages.
QString excerpt(const QString &text, qsizetype max = 200);

} // namespace newsroom::test
