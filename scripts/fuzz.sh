#!/usr/bin/env bash
# Builds the libFuzzer harnesses (clang, ASan, UBSan) and runs each for a while, one at a time.
#   scripts/fuzz.sh [--build DIR] [--seconds N] [--strict] [TARGET...]
# Targets: markdown (the renderer), plaintext (the .txt importer), markdownarticle (the .md
# importer), frontmatter (its YAML front matter alone), query (the search box). Default: all.
# Each run first replays the recorded findings (tests/fuzz/findings/TARGET: each must pass now),
# then fuzzes from the committed seed corpus (tests/fuzz/corpus/TARGET, plus the test data
# and sample articles that fit) and keeps what it finds in DIR/corpus/TARGET. A crash, a
# sanitizer report, a broken invariant, a slow (10 s) or greedy (2 GB) input stops the run,
# leaves the input in DIR/artifacts/ and exits non-zero. Findings recorded but not fixed yet
# (tests/fuzz/findings/open.txt) are passed over, unless --strict; NEWSROOM_FUZZ_KNOWN
# (tests/fuzz/FuzzCheck.h) adds more kinds to pass over, for exploring.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
build="$root/build-fuzz"
seconds=60
strict=0
targets=()
while [ $# -gt 0 ]; do
  case "$1" in
    --build) build="$2"; shift 2 ;;
    --seconds) seconds="$2"; shift 2 ;;
    --strict) strict=1; shift ;;
    -h|--help) sed -n 2,13p "$0"; exit 0 ;;
    *) targets+=("$1"); shift ;;
  esac
done
[ ${#targets[@]} -gt 0 ] || targets=(markdown plaintext markdownarticle frontmatter query)

command -v clang++ >/dev/null || { echo "fuzz.sh: clang++ is missing (scripts/install-deps.sh installs it)" >&2; exit 1; }
# The machine is shared: builds and runs are niced, two compile jobs, one fuzzer at a time.
nice -n 15 cmake -S "$root/tests/fuzz" -B "$build" -G Ninja -DCMAKE_CXX_COMPILER=clang++ >/dev/null
nice -n 15 cmake --build "$build" --parallel 2

mkdir -p "$build/artifacts"
user_known="${NEWSROOM_FUZZ_KNOWN:-}"
for target in "${targets[@]}"; do
  seeds="$root/tests/fuzz/corpus/$target"
  [ -d "$seeds" ] || { echo "fuzz.sh: no seed corpus for '$target'" >&2; exit 2; }
  mkdir -p "$build/corpus/$target"
  extra=()
  options=()
  max_len=65536
  case "$target" in
    markdown) extra=("$root/resources/samples") ;;
    plaintext) extra=("$root/resources/samples" "$root/tests/data") ;;
    markdownarticle) extra=("$root/resources/samples" "$root/tests/data/clusters")
                     options=(-dict="$root/tests/fuzz/yaml.dict") ;;
    frontmatter) options=(-dict="$root/tests/fuzz/yaml.dict") ;;
    query) max_len=4096 ;; # what fits a search box, and then some
  esac
  known="$user_known"
  if [ "$strict" = 0 ]; then
    open=$(awk -v t="$target" '$1 == t { printf "%s,", $2 }' "$root/tests/fuzz/findings/open.txt")
    known="$open$known"
  fi
  [ -z "$known" ] || echo "fuzz.sh: $target, passing over the open findings: $known"
  export NEWSROOM_FUZZ_KNOWN="$known"
  findings="$root/tests/fuzz/findings/$target"
  if [ -d "$findings" ]; then
    mapfile -t inputs < <(find "$findings" -type f ! -name index.txt | sort)
    if [ ${#inputs[@]} -gt 0 ]; then
      echo "fuzz.sh: $target, replaying ${#inputs[@]} recorded findings"
      nice -n 15 "$build/fuzz_$target" -timeout=10 -rss_limit_mb=2048 "${inputs[@]}" \
        >"$build/artifacts/$target-findings.log" 2>&1 ||
        { tail -n 40 "$build/artifacts/$target-findings.log";
          echo "fuzz.sh: $target: a recorded finding still fails (tests/fuzz/findings/$target/index.txt)" >&2;
          exit 1; }
    fi
  fi
  echo "fuzz.sh: $target for ${seconds} s"
  # Time and memory bounds: a slow or greedy input counts as a failure too.
  nice -n 15 "$build/fuzz_$target" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
    -max_len="$max_len" -print_final_stats=1 -artifact_prefix="$build/artifacts/$target-" \
    "${options[@]}" "$build/corpus/$target" "$seeds" "${extra[@]}"
done
