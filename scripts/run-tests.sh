#!/usr/bin/env bash
# Installs what Newsroom and its tests need, builds everything, runs every test (headless),
# then builds the Debian package and checks it: lintian, installed, started, removed
# (scripts/check-package.sh, about half a minute).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh --tests
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo
cmake --build build --parallel
export QT_QPA_PLATFORM=offscreen
if [ "$(id -u)" -eq 0 ]; then
  # Chromium refuses its sandbox as root; only the tests run this way, never the app.
  export QTWEBENGINE_CHROMIUM_FLAGS="--no-sandbox"
fi
ctest --test-dir build --output-on-failure --timeout 600
scripts/check-package.sh --build build
