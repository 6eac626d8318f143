#!/usr/bin/env bash
# Installs everything Newsroom needs to build, run and test on Debian 12.
# Safe to run again: apt-get skips what is already installed.
set -euo pipefail

SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi

PACKAGES=(
  # toolchain
  build-essential cmake ninja-build pkg-config clang-format
  # the fuzzing harnesses: clang with libFuzzer and the sanitizers (scripts/fuzz.sh)
  clang libclang-rt-14-dev
  # Qt 6 (widgets, web engine, web channel, svg icons)
  qt6-base-dev qt6-base-dev-tools qt6-declarative-dev qt6-webengine-dev qt6-webengine-dev-tools
  qt6-webchannel-dev qt6-svg-dev qt6-l10n-tools libgl-dev
  # lupdate and lrelease for CMake (Qt6LinguistTools): the translations
  qt6-tools-dev
  # archive, Markdown, page templates, YAML front matter, spelling
  libsqlite3-dev sqlite3 libmd4c-dev libmd4c-html0-dev libctemplate-dev libyaml-cpp-dev libhunspell-dev
  # spelling dictionaries, one per language the desk writes (each article is checked in its own)
  hunspell-en-us hunspell-de-de hunspell-fr hunspell-es hunspell-ko hunspell-ar
  # the static-site generators export-md is checked against (Hugo is also a bench peer)
  hugo jekyll
  # the desktop benchmark's peer, and the tool it finds windows with
  ghostwriter xdotool
  # headless runs of the desktop app and its tests
  xvfb xauth
  # fonts for the scripts the desk writes in (CJK; Arabic comes with DejaVu)
  fonts-noto-cjk fonts-dejavu-core
  # the team archive: libpq to reach a PostgreSQL server, and the server itself for the
  # tests' throw-away clusters (scripts/pg-test-cluster.sh)
  libpq-dev postgresql-15
  # server passwords in the desktop's secret store (QtKeychain), and a Secret Service of the
  # tests' own (scripts/with-secret-service.sh: a private D-Bus session and GNOME Keyring)
  qtkeychain-qt6-dev gnome-keyring dbus
)

export DEBIAN_FRONTEND=noninteractive
# Refresh the package lists only when they are missing or older than a day.
if [ -z "$(find /var/lib/apt/lists -maxdepth 1 -name '*Packages*' -mtime -1 2>/dev/null | head -n 1)" ]; then
  $SUDO apt-get update -qq
fi
missing=()
for p in "${PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
# Java and npm run the Nu Html Checker in the tests; keep whichever the machine already has.
command -v java >/dev/null 2>&1 || missing+=(default-jre-headless)
command -v npm >/dev/null 2>&1 || missing+=(npm)
# Debian's postgresql-15 creates and starts a cluster of its own ("main", port 5432) unless
# told not to; the tests start throw-away clusters and never use it.
if ! dpkg-query -W -f='${Status}' postgresql-15 2>/dev/null | grep -q "install ok installed"; then
  $SUDO mkdir -p /etc/postgresql-common/createcluster.d
  echo "create_main_cluster = false" |
    $SUDO tee /etc/postgresql-common/createcluster.d/newsroom-no-main-cluster.conf >/dev/null
fi
if [ ${#missing[@]} -gt 0 ]; then
  $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

# The Nu Html Checker (vnu-jar from npm), into the project's own .tools folder.
VNU_VERSION=26.9.27
root="$(cd "$(dirname "$0")/.." && pwd)"
if [ ! -f "$root/.tools/node_modules/vnu-jar/build/dist/vnu.jar" ]; then
  npm install --silent --no-save --no-audit --no-fund --prefix "$root/.tools" "vnu-jar@$VNU_VERSION"
fi
