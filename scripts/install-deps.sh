#!/usr/bin/env bash
# Installs the Debian 12 packages one Newsroom command needs, and nothing more:
#   scripts/install-deps.sh --app     build and run the app (scripts/run-app.sh)
#   scripts/install-deps.sh --tests   the app's, plus every test's peers (scripts/run-tests.sh;
#                                     the default, so CI and older habits keep working)
#   scripts/install-deps.sh --bench   the app's, plus the benchmark's peers (bench/README.md)
#   scripts/install-deps.sh --all     all of them
#   scripts/install-deps.sh --list SET   prints the set's package names (scripts/measure-deps.sh)
# Safe to run again: apt-get skips what is already installed. Sizes: README, "Set-up sizes".
set -euo pipefail

SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi

# Building and running the app.
APP=(
  # toolchain
  build-essential cmake ninja-build pkg-config
  # Qt 6 (widgets, web engine, web channel, svg icons)
  qt6-base-dev qt6-base-dev-tools qt6-declarative-dev qt6-webengine-dev qt6-webengine-dev-tools
  qt6-webchannel-dev qt6-svg-dev qt6-l10n-tools libgl-dev
  # picture decoders beyond JPEG, PNG and GIF: WebP (core/media/PictureDecoder)
  qt6-image-formats-plugins
  # lupdate and lrelease for CMake (Qt6LinguistTools): the translations
  qt6-tools-dev
  # archive, Markdown, page templates, YAML front matter, spelling
  libsqlite3-dev libmd4c-dev libmd4c-html0-dev libctemplate-dev libyaml-cpp-dev libhunspell-dev
  # spelling dictionaries, one per language the desk writes (each article is checked in its own)
  hunspell-en-us hunspell-de-de hunspell-fr hunspell-es hunspell-ko hunspell-ar
  # fonts for the scripts the desk writes in (CJK; Arabic comes with DejaVu)
  fonts-noto-cjk fonts-dejavu-core
  # the team archive: libpq to reach a PostgreSQL server
  libpq-dev
  # server passwords in the desktop's secret store (QtKeychain)
  qtkeychain-qt6-dev
)
# A machine without a display starts the app under a virtual X server (scripts/run-app.sh).
APP_HEADLESS=(xvfb xauth)

# What the tests add.
TESTS=(
  # style, and the fuzzing harnesses: clang with libFuzzer and the sanitizers (scripts/fuzz.sh)
  clang-format clang libclang-rt-14-dev
  # the static-site generators export-md is checked against (tst_sitegenerators)
  hugo jekyll
  # headless runs of the desktop app, and the tool that finds and types into its windows
  xvfb xauth xdotool
  # the tests' throw-away PostgreSQL clusters (scripts/pg-test-cluster.sh)
  postgresql-15
  # a Secret Service of the tests' own (scripts/with-secret-service.sh: a private D-Bus
  # session and GNOME Keyring)
  gnome-keyring dbus
  # the package's checks (scripts/check-package.sh): manual pages, Debian's checkers
  help2man lintian desktop-file-utils appstream shared-mime-info
)

# What the benchmark adds (bench/README.md): its peers and what it measures them with.
BENCH=(
  # the desktop peer (a Qt Markdown editor with a WebEngine preview), the window finder
  ghostwriter xdotool xvfb xauth
  # the site peer, the search peer
  hugo sqlite3
  # the team archive's figures on a throw-away cluster
  postgresql-15
  # bench/compare.sh: the Markdown peers, its report and chart
  cmark-gfm pandoc python3 gnuplot-nox
)

set_name="${1:---tests}"
list_only=0
if [ "$set_name" = --list ]; then
  list_only=1
  set_name="--${2:?usage: install-deps.sh --list app|tests|bench|all}"
fi
case "$set_name" in
  --app) PACKAGES=("${APP[@]}")
         if [ -z "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ] || [ "$list_only" = 1 ]; then
           PACKAGES+=("${APP_HEADLESS[@]}")
         fi ;;
  --tests) PACKAGES=("${APP[@]}" "${TESTS[@]}") ;;
  --bench) PACKAGES=("${APP[@]}" "${BENCH[@]}") ;;
  --all) PACKAGES=("${APP[@]}" "${TESTS[@]}" "${BENCH[@]}") ;;
  -h|--help) sed -n 2,9p "$0"; exit 0 ;;
  *) echo "install-deps.sh: unknown set '$set_name' (--app, --tests, --bench, --all)" >&2; exit 2 ;;
esac
# The tests run the Nu Html Checker with Java, installed from npm (below).
with_vnu=0
case "$set_name" in --tests|--all) with_vnu=1 ;; esac

if [ "$list_only" = 1 ]; then
  extra=()
  [ "$with_vnu" = 0 ] || extra=(default-jre-headless npm)
  printf '%s\n' "${PACKAGES[@]}" "${extra[@]}" | sort -u
  exit 0
fi

export DEBIAN_FRONTEND=noninteractive
# Refresh the package lists only when they are missing or older than a day.
if [ -z "$(find /var/lib/apt/lists -maxdepth 1 -name '*Packages*' -mtime -1 2>/dev/null | head -n 1)" ]; then
  $SUDO apt-get update -qq
fi
missing=()
for p in "${PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ "$with_vnu" = 1 ]; then
  # Keep whichever Java and npm the machine already has.
  command -v java >/dev/null 2>&1 || missing+=(default-jre-headless)
  command -v npm >/dev/null 2>&1 || missing+=(npm)
fi
# Debian's postgresql-15 creates and starts a cluster of its own ("main", port 5432) unless
# told not to; the tests and the bench start throw-away clusters and never use it.
if printf '%s\n' "${missing[@]}" | grep -qx postgresql-15; then
  $SUDO mkdir -p /etc/postgresql-common/createcluster.d
  echo "create_main_cluster = false" |
    $SUDO tee /etc/postgresql-common/createcluster.d/newsroom-no-main-cluster.conf >/dev/null
fi
if [ ${#missing[@]} -gt 0 ]; then
  mapfile -t missing < <(printf '%s\n' "${missing[@]}" | sort -u)
  $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

if [ "$with_vnu" = 1 ]; then
  # The Nu Html Checker (vnu-jar from npm), into the project's own .tools folder.
  VNU_VERSION=26.9.27
  root="$(cd "$(dirname "$0")/.." && pwd)"
  if [ ! -f "$root/.tools/node_modules/vnu-jar/build/dist/vnu.jar" ]; then
    npm install --silent --no-save --no-audit --no-fund --prefix "$root/.tools" "vnu-jar@$VNU_VERSION"
  fi
fi
