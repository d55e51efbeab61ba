#!/usr/bin/env bash
# Install the Debian/Ubuntu packages SIMPEG Luring needs, or say exactly how.
# usage: scripts/system-packages.sh run|test
# As root: installs what is missing (apt-get). Otherwise: prints the apt-get line and fails.
set -euo pipefail
purpose=${1:-test}

qt_offscreen="libegl1 libgl1 libx11-6 libdbus-1-3 libfontconfig1 libfreetype6 libglib2.0-0 libxkbcommon0 fonts-dejavu-core"
qt_window="xvfb xauth libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-render-util0 libxcb-render0 libxcb-shape0 libxcb-util1 libxcb-xkb1 libxkbcommon-x11-0"
tools="poppler-utils sqlite3 nsis binutils"
case "$purpose" in
  run)  wanted="$qt_offscreen $qt_window" ;;
  test) wanted="$qt_offscreen $qt_window $tools postgresql" ;;
  *) echo "usage: $0 run|test" >&2; exit 2 ;;
esac

if ! command -v dpkg-query >/dev/null 2>&1; then
  echo "system-packages: not a Debian/Ubuntu system; install the equivalents of: $wanted" >&2
  exit 0
fi

missing=""
for p in $wanted; do
  status=$(dpkg-query -W -f='${Status}' "$p" 2>/dev/null || true)
  case "$status" in *"install ok installed"*) ;; *) missing="$missing $p" ;; esac
done
[ -z "$missing" ] && exit 0

line="apt-get install -y --no-install-recommends$missing"
if [ "$(id -u)" -eq 0 ]; then
  echo "system-packages: installing:$missing"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  # shellcheck disable=SC2086
  apt-get install -y -qq --no-install-recommends $missing
else
  echo "system-packages: missing:$missing" >&2
  echo "run as root:  sudo $line" >&2
  exit 1
fi
