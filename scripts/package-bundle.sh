#!/usr/bin/env bash
# Builds VIP Desk's frozen one-folder bundle, build/bundle/vipdesk/ (PyInstaller with
# packaging/vipdesk.spec), with the compiled catalogues, the hicolor icons it is installed
# with (build/icons) and build/build_info.json (version, commit, the sections it must show).
#
# PyInstaller and the app's pinned dependencies live in a build environment of their own
# (VIPDESK_PACKAGE_VENV, default build/package-venv) installed from requirements/package.txt,
# never in the test environment. SOURCE_DATE_EPOCH is the commit's time and the hash seed is
# fixed, so the same commit freezes to the same files (scripts/package-deb.sh checks it).
set -euo pipefail
python=${1:-python3}
cd "$(dirname "$0")/.."
venv=${VIPDESK_PACKAGE_VENV:-build/package-venv}
lock_hash=$(sha256sum requirements/package.txt | cut -c1-16)
if [ ! -e "$venv/.installed-$lock_hash" ]; then
    rm -rf "$venv"
    "$python" -m venv "$venv"
    "$venv/bin/python" -m pip install -q --upgrade pip
    "$venv/bin/python" -m pip install -q --require-hashes -r requirements/package.txt
    touch "$venv/.installed-$lock_hash"
fi
export SOURCE_DATE_EPOCH=${SOURCE_DATE_EPOCH:-$(git log -1 --format=%ct)}
export PYTHONHASHSEED=0 PYTHONDONTWRITEBYTECODE=1 QT_QPA_PLATFORM=offscreen
mkdir -p build
for ts in resources/translations/*.ts; do
    "$venv/bin/pyside6-lrelease" -silent "$ts" -qm "${ts%.ts}.qm"
done
"$venv/bin/python" scripts/build_info.py build/build_info.json
"$venv/bin/python" scripts/render_icons.py resources/icons/vipclient.svg build/icons
rm -rf build/bundle build/pyinstaller
PYTHONPATH=$PWD "$venv/bin/pyinstaller" --noconfirm --clean --log-level ERROR \
    --distpath build/bundle --workpath build/pyinstaller packaging/vipdesk.spec
echo "bundle ready in build/bundle/vipdesk ($(du -sh build/bundle/vipdesk | cut -f1))"
