#!/usr/bin/env bash
# Runs a command (a test) with a Secret Service of its own, as a desktop session has one: a
# private D-Bus session bus (dbus-run-session) and GNOME Keyring on it, its login keyring
# made and unlocked with a throw-away password, in a throw-away home. Nothing of the
# account's own keyring or session is touched. Fails saying why when the service cannot
# start, never runs the command without it.
#
#   scripts/with-secret-service.sh COMMAND [ARGS...]
set -euo pipefail

[ $# -ge 1 ] || { echo "usage: $0 COMMAND [ARGS...]" >&2; exit 2; }

if [ "${NEWSROOM_SECRET_SERVICE_INSIDE:-}" != yes ]; then
  for tool in dbus-run-session gnome-keyring-daemon dbus-send; do
    if ! command -v "$tool" >/dev/null 2>&1; then
      echo "with-secret-service: $tool is not installed; run scripts/install-deps.sh" \
        "(packages dbus, gnome-keyring)." >&2
      exit 1
    fi
  done
  home="$(mktemp -d /tmp/newsroom-secrets-XXXXXX)"
  trap 'rm -rf "$home"' EXIT
  mkdir -p "$home/data" "$home/runtime" "$home/config" "$home/cache"
  chmod 700 "$home/runtime"
  status=0
  NEWSROOM_SECRET_SERVICE_INSIDE=yes HOME="$home" XDG_DATA_HOME="$home/data" \
    XDG_CONFIG_HOME="$home/config" XDG_CACHE_HOME="$home/cache" \
    XDG_RUNTIME_DIR="$home/runtime" XDG_CURRENT_DESKTOP=GNOME \
    dbus-run-session -- "$0" "$@" || status=$?
  exit "$status"
fi

# On the private bus: the keyring daemon, in the foreground so that this script knows it
# by its process id and stops it when the command is done.
log="$HOME/gnome-keyring.log"
printf '%s' "throw-away-$$-$RANDOM" |
  gnome-keyring-daemon --foreground --unlock --components=secrets >"$log" 2>&1 &
keyring=$!
trap 'kill "$keyring" 2>/dev/null || true; wait "$keyring" 2>/dev/null || true' EXIT

# Up once the daemon owns org.freedesktop.secrets on the bus (10 s at most).
for _ in $(seq 1 100); do
  if dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
    org.freedesktop.DBus.NameHasOwner string:org.freedesktop.secrets 2>/dev/null |
    grep -q 'boolean true'; then
    "$@"
    exit $?
  fi
  if ! kill -0 "$keyring" 2>/dev/null; then
    break
  fi
  sleep 0.1
done
echo "with-secret-service: GNOME Keyring did not start on the private session bus:" >&2
cat "$log" >&2
exit 1
