#!/usr/bin/env bash
# What each set of scripts/install-deps.sh downloads and takes on disk on a minimal Debian 12
# (the README's "Set-up sizes"):
#   scripts/measure-deps.sh [app tests bench all]
# Nothing is installed: apt-get simulates each install (-s, --no-install-recommends, as
# install-deps.sh runs it) against a dpkg status of a minimal system, the packages of
# priority "required" plus apt (what debootstrap's minbase variant and the debian:12 image
# hold), taken from this machine's own status file. The download is the sum of the .deb
# sizes (the Packages files' Size), the disk the sum of their Installed-Size, over every
# package apt would install. The Nu Html Checker (npm, tests only) is measured apart, from
# the project's .tools folder. Needs current package lists (apt-get update).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
sets=("$@")
[ ${#sets[@]} -gt 0 ] || sets=(app tests bench)

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# The minimal system: every installed package of priority required, apt, and what they need
# (Depends and Pre-Depends, recursively), as this machine has them.
mapfile -t required < <(dpkg-query -W -f='${Package} ${Priority} ${db:Status-Status}\n' |
  awk '$2 == "required" && $3 == "installed" { print $1 }')
apt-cache depends --recurse --no-recommends --no-suggests --no-conflicts --no-breaks \
  --no-replaces --no-enhances "${required[@]}" apt | grep -v '^ \|<' | sort -u >"$work/base.txt"
awk 'NR == FNR { keep[$0] = 1; next }
  { split($0, line, "\n"); name = substr(line[1], 10)
    if ((name in keep) && $0 ~ /\nStatus: install ok installed/) printf "%s\n\n", $0 }' \
  "$work/base.txt" RS= /var/lib/dpkg/status >"$work/status"
: >"$work/extended_states"
echo "minimal Debian 12: $(grep -c '^Package:' "$work/status") packages"

human() { awk -v b="$1" 'BEGIN { printf "%.0f MB", b / 1e6 }'; }

for set in "${sets[@]}"; do
  mapfile -t wanted < <("$root/scripts/install-deps.sh" --list "$set")
  apt-get -s -o Dir::State::status="$work/status" \
    -o Dir::State::extended_states="$work/extended_states" \
    install --no-install-recommends "${wanted[@]}" 2>/dev/null |
    awk '/^Inst / && $3 !~ /^\[/ { v = $3; gsub(/[()]/, "", v); print $2 "=" v }' >"$work/$set.inst"
  count=$(wc -l <"$work/$set.inst")
  # One Size and Installed-Size (KiB) a package, from the version apt would install.
  read -r download disk < <(xargs -a "$work/$set.inst" apt-cache show 2>/dev/null |
    awk -v RS= '{ if (match($0, /\nSize: [0-9]+/)) s += substr($0, RSTART + 7, RLENGTH - 7)
                  if (match($0, /\nInstalled-Size: [0-9]+/)) i += substr($0, RSTART + 17, RLENGTH - 17) }
                END { printf "%.0f %.0f\n", s, i * 1024 }')
  echo "$set: $count packages, download $(human "$download"), on disk $(human "$disk")"
done
vnu="$root/.tools/node_modules"
if [ -d "$vnu" ]; then
  echo "tests, Nu Html Checker (npm, .tools): on disk $(human "$(du -sb "$vnu" | cut -f1)")"
fi
