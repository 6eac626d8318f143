#!/usr/bin/env bash
# Newsroom beside its peers on one deterministic archive, each side several times in the same
# run (medians): import and search vs the sqlite3 shell, site export vs Hugo, Markdown to
# HTML vs cmark-gfm and pandoc, start-up and memory vs Ghostwriter, and our preview latency.
# Prints a table of ratios and writes bench/RESULTS.md with it and bench/results.png.
#   bench/compare.sh [--articles N] [--dir DIR]   (default 10000 articles, a temporary DIR)
# Installs the peers and builds newsroom-bench first (as root or with sudo), so it runs on a
# fresh Debian 12 machine; about 10 minutes on 2 cores.
set -euo pipefail
cd "$(dirname "$0")/.."
articles=10000
dir=""
while [ $# -gt 0 ]; do
  case "$1" in
    --articles) articles="${2:?--articles needs a number}"; shift 2 ;;
    --dir) dir="${2:?--dir needs a folder}"; shift 2 ;;
    -h|--help) sed -n 2,8p "$0"; exit 0 ;;
    *) echo "bench/compare.sh: unknown option '$1' (--articles N, --dir DIR)" >&2; exit 2 ;;
  esac
done
case "$articles" in ''|*[!0-9]*) echo "bench/compare.sh: --articles takes a number" >&2; exit 2 ;; esac

scripts/install-deps.sh --bench
[ -f build/build.ninja ] || cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo
cmake --build build --parallel --target newsroom-bench

if [ -z "$dir" ]; then
  dir="$(mktemp -d -t newsroom-compare-XXXXXX)"
  trap 'rm -rf "$dir"' EXIT
fi
mkdir -p "$dir"
json="$dir/compare.json"
# The desktop figures need an X server; Chromium refuses its sandbox as root (the bench says so).
if ! xvfb-run -a -s "-screen 0 1600x1000x24" build/bench/newsroom-bench --compare \
    --sizes "$articles" --quick --dir "$dir" --json "$json" > "$dir/compare.log" 2>&1; then
  tail -n 30 "$dir/compare.log" >&2
  echo "bench/compare.sh: the benchmark failed (above); nothing was written." >&2
  exit 1
fi
python3 bench/compare-report.py "$json" bench/RESULTS.md bench/results.png
