#!/usr/bin/env bash
# VIP Desk for macOS: the .app PyInstaller made (packaging/vipdesk.spec's BUNDLE step) in a
# compressed disk image, dist/VIPDesk-<version>.dmg. Untested here: built by
# .github/workflows/release.yml on a macOS runner. Unsigned: a company that deploys it signs
# and notarises the .app first (codesign --deep --options runtime, notarytool), or pushes it
# with its device management, which also installs the managed config at
# /Library/Application Support/VIPDesk/managed.toml.
set -euo pipefail
version=$1
app="build/bundle/VIP Desk.app"
[ -d "$app" ] || { echo "no $app: run pyinstaller packaging/vipdesk.spec first" >&2; exit 1; }
stage=$(mktemp -d)
trap 'rm -rf "$stage"' EXIT
cp -R "$app" "$stage/"
ln -s /Applications "$stage/Applications"
cp packaging/managed.toml "$stage/managed.toml (for IT).txt"
mkdir -p dist
hdiutil create -volname "VIP Desk $version" -srcfolder "$stage" -ov -format UDZO \
    "dist/VIPDesk-$version.dmg"
