#!/usr/bin/env bash
# kill -9 loops, hundreds of rounds (the test suite runs three of each):
#   scripts/kill-loops.sh [ROUNDS] [typing|cli|all]     (default: 200 all)
# "cli": newsroom-cli import and export-site killed at random moments into one growing
# archive (tst_interrupted); "typing": the real app killed while xdotool types into it
# under Xvfb (tst_deskbesidescripts). Each prints its figures; any loss fails the run.
# Needs a build in build/ (scripts/run-tests.sh makes one).
set -euo pipefail
cd "$(dirname "$0")/.."
rounds="${1:-200}"
which="${2:-all}"
export NEWSROOM_KILL_LOOPS="$rounds" QT_QPA_PLATFORM=offscreen
export QTEST_FUNCTION_TIMEOUT=$((rounds * 60000 + 600000))
if [ "$(id -u)" -eq 0 ]; then
  export QTWEBENGINE_CHROMIUM_FLAGS="--no-sandbox"
fi
if [ "$which" = cli ] || [ "$which" = all ]; then
  build/tests/tst_interrupted killedAtRandomMomentsRoundAfterRound
fi
if [ "$which" = typing ] || [ "$which" = all ]; then
  build/tests/tst_deskbesidescripts killedWhileTypingLosesNothingOlderThanASecond
fi
