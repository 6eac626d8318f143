#!/usr/bin/env bash
# Builds the libFuzzer harnesses (clang, ASan, UBSan) and runs each for a while.
#   scripts/fuzz.sh [--build DIR] [--seconds N] [TARGET...]     (targets: markdown)
# Each run starts from the committed seed corpus (tests/fuzz/corpus/TARGET, plus the sample
# articles) and keeps what it finds in DIR/corpus/TARGET. A crash, a sanitizer report or a
# broken invariant stops the run, leaves the input in DIR/artifacts/ and exits non-zero.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
build="$root/build-fuzz"
seconds=60
targets=()
while [ $# -gt 0 ]; do
  case "$1" in
    --build) build="$2"; shift 2 ;;
    --seconds) seconds="$2"; shift 2 ;;
    -h|--help) sed -n 2,6p "$0"; exit 0 ;;
    *) targets+=("$1"); shift ;;
  esac
done
[ ${#targets[@]} -gt 0 ] || targets=(markdown)

command -v clang++ >/dev/null || { echo "fuzz.sh: clang++ is missing (scripts/install-deps.sh installs it)" >&2; exit 1; }
cmake -S "$root/tests/fuzz" -B "$build" -G Ninja -DCMAKE_CXX_COMPILER=clang++ >/dev/null
cmake --build "$build" --parallel 2

mkdir -p "$build/artifacts"
for target in "${targets[@]}"; do
  seeds="$root/tests/fuzz/corpus/$target"
  [ -d "$seeds" ] || { echo "fuzz.sh: no seed corpus for '$target'" >&2; exit 2; }
  mkdir -p "$build/corpus/$target"
  extra=()
  [ "$target" = markdown ] && extra=("$root/resources/samples")
  echo "fuzz.sh: $target for ${seconds} s"
  # Time and memory bounds: a slow or greedy input counts as a failure too.
  "$build/fuzz_$target" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
    -max_len=65536 -print_final_stats=1 -artifact_prefix="$build/artifacts/$target-" \
    "$build/corpus/$target" "$seeds" "${extra[@]}"
done
