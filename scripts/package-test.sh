#!/usr/bin/env bash
# make package-test: build the .deb from a clean checkout of HEAD twice (two folders) and
# check that it is the same bytes, that it fits its size budget, that its Depends name every
# system library the bundle links against, that the bundled app passes --self-test (opening a
# cache made by the first migration) and --version where it is extracted, that its desktop
# entry is valid, and that dpkg installs it into a throwaway root with its launcher and
# conffile, and removes and purges it as documented. About 4 minutes on 2 cores.
set -euo pipefail
python=${1:-python3}
cd "$(dirname "$0")/.."
here=$PWD
# Budget for the installed size (the .deb's Installed-Size): the bundle measured 166 MB with
# Qt pruned; this leaves room for the screens still being built, and fails on a regression
# such as QML or WebEngine creeping back in.
budget_mb=${VIPDESK_SIZE_BUDGET_MB:-200}
commit=$(git rev-parse HEAD)
export VIPDESK_PACKAGE_VENV=${VIPDESK_PACKAGE_VENV:-$here/build/package-venv}
work=$(mktemp -d /tmp/vipdesk-package-test.XXXXXX)
trap 'rm -rf "$work"' EXIT
fail() { echo "package-test FAILED: $*" >&2; exit 1; }
step() { echo "== $*"; }

# 1. The same commit built twice, in two clean checkouts: the same bytes.
declare -A sums
for n in 1 2; do
    step "build $n from a clean checkout of ${commit:0:7}"
    git clone -q --no-local "$here" "$work/src$n"
    git -C "$work/src$n" checkout -q "$commit"
    started=$(date +%s)
    (cd "$work/src$n" && bash scripts/package-deb.sh "$python" | tail -2)
    echo "   built in $(( $(date +%s) - started )) s"
    deb=$(ls "$work/src$n"/dist/vipdesk_*_amd64.deb)
    (cd "$work/src$n/dist" && sha256sum -c --quiet SHA256SUMS) || fail "SHA256SUMS does not match"
    sums[$n]=$(sha256sum "$deb" | cut -d' ' -f1)
done
[ "${sums[1]}" = "${sums[2]}" ] || fail "two builds of one commit differ: ${sums[1]} ${sums[2]}"
echo "   reproducible: both builds are ${sums[1]}"
src=$work/src1
mkdir -p "$here/dist"
cp "$deb" "$src/dist/SHA256SUMS" "$here/dist/"

# 2. Size and metadata.
step "size and control file"
installed_kb=$(dpkg-deb -f "$deb" Installed-Size)
echo "   .deb $(( $(stat -c %s "$deb") / 1048576 )) MB, installed $(( installed_kb / 1024 )) MB" \
     "(budget $budget_mb MB)"
[ $(( installed_kb / 1024 )) -le "$budget_mb" ] || fail "installed size over $budget_mb MB"
dpkg-deb -f "$deb" Depends | grep -q 'libc6 (>= 2.34)' || fail "Depends lacks libc6 (>= 2.34)"
dpkg-deb -I "$deb" conffiles | grep -qx /etc/vipdesk/managed.toml || fail "no conffile"

# 3. Every system library the bundle links against is named in Depends. The libraries must be
# on this machine to be traced to their packages: install what Depends names, as apt would.
step "Depends against the bundle's libraries"
mapfile -t wanted < <(grep -v '^\s*#' "$src/packaging/debian/depends.txt" | sed '/^\s*$/d' |
                      awk '{print $1}')
missing=()
for p in "${wanted[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
    echo "   installing the package's dependencies: ${missing[*]}"
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
        "${missing[@]}" >/dev/null
fi
python3 "$src/scripts/deb_depends.py" "$src/build/bundle/vipdesk" \
    --check "$src/packaging/debian/depends.txt" > "$work/depends.out" ||
    { cat "$work/depends.out"; fail "Depends misses a library the bundle needs"; }
echo "   $(wc -l < "$work/depends.out") libraries, all from packages in Depends"

# 4. The bundled app where the .deb puts it: --version, and --self-test opening a cache the
# first release made (migration 0001, one client) as an upgrade would meet it.
step "extracted: --version and --self-test"
dpkg-deb -x "$deb" "$work/extract"
app=$work/extract/opt/vipdesk/vipdesk
env -u DISPLAY -u QT_QPA_PLATFORM "$app" --version | tee "$work/version.out"
grep -q "^commit ${commit:0:7}" "$work/version.out" || fail "--version has not the commit"
PYTHONPATH=$src "$VIPDESK_PACKAGE_VENV/bin/python" "$src/scripts/make_old_cache.py" \
    "$work/old/alice.sqlite3"
if ! env -u DISPLAY -u QT_QPA_PLATFORM HOME="$work/home" "$app" --self-test \
        --cache "$work/old/alice.sqlite3" > "$work/selftest.out" 2> "$work/selftest.err"; then
    cat "$work/selftest.out"; tail -20 "$work/selftest.err"; fail "the bundled self-test failed"
fi
sed 's/^/   /' "$work/selftest.out"
grep -q "schema 0001_initial -> .* 1 clients" "$work/selftest.out" || fail "old cache not opened"
desktop-file-validate "$work/extract/usr/share/applications/vipclient.desktop" ||
    fail "the desktop entry is not valid"
for size in 16 32 48 128 256; do
    [ -s "$work/extract/usr/share/icons/hicolor/${size}x${size}/apps/vipdesk.png" ] ||
        fail "no ${size}px icon"
done

# 5. dpkg into a throwaway root: the launcher, the conffile kept over an upgrade with IT's
# edit, people's data left by removal, the config gone with purge.
step "dpkg install, upgrade, remove and purge in a throwaway root"
root=$work/root
mkdir -p "$root/var/lib/dpkg/info" "$root/var/lib/dpkg/updates"
touch "$root/var/lib/dpkg/status"
# The throwaway root has no packages: its Depends are forced (the host has them, step 3).
dpkg_root() { dpkg --root="$root" --force-script-chrootless --force-depends \
                   --force-not-root --force-confold "$@" >"$work/dpkg.log" 2>&1 ||
              { cat "$work/dpkg.log"; fail "dpkg $*"; }; }
dpkg_root -i "$deb"
[ -x "$root/usr/bin/vipdesk" ] && [ -x "$root/opt/vipdesk/vipdesk" ] || fail "not installed"
grep -q '^exec /opt/vipdesk/vipdesk "\$@"' "$root/usr/bin/vipdesk" || fail "launcher"
if unshare -m true 2>/dev/null; then
    # The launcher run as installed: /opt of the throwaway root mounted over /opt.
    unshare -m sh -c "mount --bind '$root/opt' /opt && env -u DISPLAY '$root/usr/bin/vipdesk' --version" \
        | head -1 | grep -q "^VIP Desk " || fail "the launcher does not start the app"
    echo "   the launcher starts the installed app"
fi
dpkg-query --admindir="$root/var/lib/dpkg" -W -f='${Conffiles}\n' vipdesk |
    grep -q "/etc/vipdesk/managed.toml" || fail "managed.toml is not a conffile"
sed -i 's|^# server_url = .*|server_url = "https://backoffice.example.com"|' \
    "$root/etc/vipdesk/managed.toml"
data=$root/home/alice/.local/share/vipclient/cache
mkdir -p "$data" && cp "$work/old/alice.sqlite3" "$data/"
dpkg_root -i "$deb"  # the upgrade path: the package over itself
grep -q '^server_url = "https://backoffice.example.com"' "$root/etc/vipdesk/managed.toml" ||
    fail "an upgrade lost IT's managed config"
dpkg_root -r vipdesk
[ ! -e "$root/opt/vipdesk" ] && [ ! -e "$root/usr/bin/vipdesk" ] || fail "dpkg -r left the app"
[ -f "$root/etc/vipdesk/managed.toml" ] || fail "dpkg -r removed the managed config"
[ -f "$data/alice.sqlite3" ] || fail "dpkg -r touched a person's data"
dpkg_root --purge vipdesk
[ ! -e "$root/etc/vipdesk" ] || fail "dpkg --purge left /etc/vipdesk"
[ -f "$data/alice.sqlite3" ] || fail "dpkg --purge touched a person's data"
echo "   installed, upgraded (IT's edit kept), removed (config and data kept), purged"
echo "package-test passed: $(basename "$deb") ${sums[1]}"
