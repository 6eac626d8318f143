#!/usr/bin/env bash
# Installs what Newsroom needs, builds it, and starts the desktop app on the default
# archive (created with the sample articles on first run). Extra arguments go to the app.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo
cmake --build build --parallel
if [ -z "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
  echo "No display: starting Newsroom under a virtual X server (xvfb-run)." >&2
  exec xvfb-run -a build/app/newsroom/newsroom "$@"
fi
exec build/app/newsroom/newsroom "$@"
