#!/usr/bin/env bash
# Installs what building and running Newsroom needs (no test or benchmark peers), builds the
# app, and starts it on the default archive (created with the sample articles on first run).
# Extra arguments go to the app: an archive file, or Markdown articles to import.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh --app
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo
# The app and its command-line tool only, not the tests and the benchmark.
cmake --build build --parallel --target newsroom newsroom-cli
if [ "$(id -u)" -eq 0 ]; then
  # Chromium cannot sandbox its processes for root; as any other user the sandbox stays on.
  echo "Running as root: the preview runs without Chromium's sandbox." >&2
  export QTWEBENGINE_DISABLE_SANDBOX=1
fi
if [ -z "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
  echo "No display: starting Newsroom under a virtual X server (xvfb-run)." >&2
  exec xvfb-run -a build/app/newsroom/newsroom "$@"
fi
exec build/app/newsroom/newsroom "$@"
