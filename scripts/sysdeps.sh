#!/usr/bin/env bash
# Qt's system libraries. Offscreen Qt (the tests) needs the first list; a real window under X
# (make demo, screenshots under Xvfb) the second as well; a CJK font so Chinese names render.
# As root it installs what is missing; otherwise it names exactly what to install.
set -uo pipefail
base=(libglib2.0-0 libgl1 libegl1 libfontconfig1 libxkbcommon0 libdbus-1-3 fonts-wqy-microhei)
gui=(xvfb xauth libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-render-util0
     libxcb-shape0 libxcb-xkb1 libxkbcommon-x11-0)
want=("${base[@]}")
[ "${1:-}" = "--gui" ] && want+=("${gui[@]}")
command -v dpkg-query >/dev/null || exit 0   # not Debian/Ubuntu: nothing we can check
missing=()
for p in "${want[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    echo "installing Qt system libraries: ${missing[*]}"
    apt-get update -qq >/dev/null 2>&1 || true
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null \
        || { echo "apt-get could not install: ${missing[*]}" >&2; exit 1; }
else
    echo "Qt needs these Debian packages, which are missing: ${missing[*]}" >&2
    echo "install them with: sudo apt-get install ${missing[*]}" >&2
    exit 1
fi
