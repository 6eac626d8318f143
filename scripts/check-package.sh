#!/usr/bin/env bash
# Builds the Debian package and checks it as Debian and a new user would:
#   scripts/check-package.sh [--build DIR] [--no-install]
# 1. cpack -G DEB in DIR (default: build/, configured and built already);
# 2. lintian: any error or warning fails; desktop-file-validate and appstreamcli validate
#    --no-net on the desktop file and the AppStream metadata;
# 3. (unless --no-install; root or sudo) apt-get installs the .deb with what it pulls in,
#    checks the MIME type and the file manager's association, runs newsroom-cli --version,
#    starts the menu's command (/usr/bin/newsroom) under Xvfb on a throw-away HOME until its
#    window shows with the default archive, opens an archive file the way a file manager
#    does (newsroom FILE), then apt-get removes the package and checks that the user's
#    archive and settings are still there, untouched.
# Run by scripts/run-tests.sh after the tests. Needs lintian, desktop-file-utils, appstream,
# help2man, xvfb, xauth and xdotool (scripts/install-deps.sh --tests).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
build="$root/build"
install=1
while [ $# -gt 0 ]; do
  case "$1" in
    --build) build="$(cd "$2" && pwd)"; shift 2 ;;
    --no-install) install=0; shift ;;
    -h|--help) sed -n 2,14p "$0"; exit 0 ;;
    *) echo "check-package.sh: unknown argument '$1'" >&2; exit 2 ;;
  esac
done
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
say() { echo "check-package: $*"; }
fail() { echo "check-package: FAILED: $*" >&2; exit 1; }
app_id=io.github.newsroom.Newsroom

# 1. The package, from the build's own install rules (binaries stripped by CPack).
nice -n 10 cmake --build "$build" --target newsroom newsroom-cli newsroom_packaged_files
rm -f "$build"/newsroom_*.deb
(cd "$build" && nice -n 10 cpack -G DEB >"$build/cpack.log" 2>&1) ||
  { cat "$build/cpack.log"; fail "cpack -G DEB"; }
deb="$(ls "$build"/newsroom_*_amd64.deb)"
say "built $deb ($(du -k "$deb" | cut -f1) KiB)"
changelog_version="$(dpkg-parsechangelog -l "$root/packaging/debian/changelog" -S Version)"
[ "$changelog_version" = "$(dpkg-deb -f "$deb" Version)" ] ||
  fail "packaging/debian/changelog's newest entry is $changelog_version, the package $(dpkg-deb -f "$deb" Version)"
contents="$(dpkg-deb -c "$deb")" # whole, not piped to grep -q: that would break dpkg-deb's pipe
grep -q "usr/share/man/man1/newsroom.1.gz" <<<"$contents" ||
  fail "no manual pages in the package (is help2man installed? scripts/install-deps.sh --tests)"

# 2. Debian's checkers. lintian says it runs as root; that line is not a finding.
lintian_out="$(lintian "$deb" 2>&1 | grep -v '^running with root privileges' || true)"
if [ -n "$lintian_out" ]; then
  echo "$lintian_out"
  if grep -q '^[EW]:' <<<"$lintian_out"; then fail "lintian reports errors or warnings"; fi
fi
say "lintian: no errors, no warnings"
desktop-file-validate "$root/packaging/$app_id.desktop" || fail "desktop-file-validate"
appstreamcli validate --no-net "$root/packaging/$app_id.metainfo.xml" >"$build/appstream.log" 2>&1 ||
  { cat "$build/appstream.log"; fail "appstreamcli validate --no-net"; }
xmllint_ok=1
command -v xmllint >/dev/null && { xmllint --noout "$root/packaging/$app_id.mime.xml" || xmllint_ok=0; }
[ "$xmllint_ok" = 1 ] || fail "the MIME type's XML"
say "desktop-file-validate and appstreamcli validate: clean"
[ "$install" = 1 ] || exit 0

# 3. Installed as a user would, started from the menu's command, removed again.
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get install -y -qq --reinstall "$deb" >"$build/apt-install.log" 2>&1 ||
  { cat "$build/apt-install.log"; fail "apt-get install $deb"; }
say "installed: $(dpkg-query -W -f='${Package} ${Version}' newsroom)"
version="$(/usr/bin/newsroom-cli --version)"
[ "$version" = "newsroom-cli $(dpkg-query -W -f='${Version}' newsroom)" ] ||
  fail "newsroom-cli --version says '$version'"
# dpkg's triggers made the MIME type known and Newsroom the program for it.
grep -q 'x-newsroom-archive' /usr/share/mime/globs2 || fail "*.newsroom is not in the MIME database"
if [ -f /usr/share/applications/mimeinfo.cache ]; then
  grep -q "^application/x-newsroom-archive=.*$app_id.desktop" /usr/share/applications/mimeinfo.cache ||
    fail "the desktop database does not open archives with Newsroom"
fi

# A throw-away home for the app and the tool: nothing of the caller's is read or changed.
unset XDG_CONFIG_HOME XDG_DATA_HOME XDG_CACHE_HOME XDG_RUNTIME_DIR
home="$(mktemp -d /tmp/newsroom-package-home.XXXXXX)"
trap 'rm -rf "$home"' EXIT
command_line="$(sed -n 's/^Exec=//p' /usr/share/applications/$app_id.desktop | sed 's/ *%[fFuU]//')"
[ "$command_line" = newsroom ] || fail "the menu's command is '$command_line'"
# Starts /usr/bin/newsroom with ARGS under Xvfb; prints its window's title once it shows,
# then asks it to quit (SIGTERM: it saves and closes as if closed by hand).
run_app() {
  HOME="$home" QTWEBENGINE_DISABLE_SANDBOX=1 QT_QPA_PLATFORM=xcb \
    timeout 120 xvfb-run -a -s '-screen 0 1280x720x24' bash -c '
      /usr/bin/newsroom "$@" >"$HOME/app.log" 2>&1 &
      pid=$!
      window="$(timeout 60 xdotool search --sync --onlyvisible --pid "$pid" | head -n 1)" || true
      [ -n "$window" ] && xdotool getwindowname "$window"
      kill -TERM "$pid" 2>/dev/null
      wait "$pid"' app "$@"
}
title="$(run_app)" || true
[ -n "$title" ] || { cat "$home/app.log" >&2; fail "/usr/bin/newsroom showed no window"; }
say "/usr/bin/newsroom showed its window: $title"
archive="$home/.local/share/newsroom/archive.newsroom"
settings="$home/.config/newsroom/newsroom.conf"
[ -f "$archive" ] || fail "the first start made no default archive"
articles="$(HOME="$home" /usr/bin/newsroom-cli list --json | grep -o '"id":' | wc -l)"
[ "$articles" -gt 0 ] || fail "the default archive has no sample articles"
# An archive file opened as a file manager opens it.
HOME="$home" /usr/bin/newsroom-cli --db "$home/desk.newsroom" init >/dev/null
title="$(run_app "$home/desk.newsroom")" || true
case "$title" in
  *desk.newsroom*) say "newsroom FILE opened it: $title" ;;
  *) cat "$home/app.log" >&2; fail "newsroom $home/desk.newsroom showed '$title'" ;;
esac
[ -f "$settings" ] || fail "the app kept no settings in $settings"
before="$(sha256sum "$archive" "$settings")"

$SUDO apt-get remove -y -qq newsroom >"$build/apt-remove.log" 2>&1 ||
  { cat "$build/apt-remove.log"; fail "apt-get remove newsroom"; }
[ ! -e /usr/bin/newsroom ] || fail "/usr/bin/newsroom is still there after apt-get remove"
[ "$(sha256sum "$archive" "$settings")" = "$before" ] ||
  fail "apt-get remove touched the user's archive or settings"
say "removed; the user's archive ($articles articles) and settings are as they were"
