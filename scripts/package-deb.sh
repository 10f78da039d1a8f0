#!/usr/bin/env bash
# make package-deb: dist/vipdesk_<version>_amd64.deb and dist/SHA256SUMS beside it.
#
# The bundle (scripts/package-bundle.sh) goes under /opt/vipdesk, a launcher to
# /usr/bin/vipdesk, the desktop entry and hicolor icons under /usr/share, IT's managed config
# to /etc/vipdesk/managed.toml as a conffile (every key commented out). Depends: the system
# libraries the bundle links against (packaging/debian/depends.txt, checked by
# make package-test). Reproducible: every file's time is the commit's, owners are root, the
# archive members are sorted (dpkg-deb --root-owner-group, SOURCE_DATE_EPOCH), so the same
# commit gives the same bytes.
set -euo pipefail
python=${1:-python3}
cd "$(dirname "$0")/.."
export SOURCE_DATE_EPOCH=${SOURCE_DATE_EPOCH:-$(git log -1 --format=%ct)}
command -v desktop-file-validate >/dev/null || {
    echo "installing desktop-file-utils (desktop-file-validate)"
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq desktop-file-utils >/dev/null
}
started=$(date +%s)
bash scripts/package-bundle.sh "$python"
bundled=$(date +%s)

version=$(python3 -c 'import json; print(json.load(open("build/build_info.json"))["version"])')
# PEP 440 pre-releases (1.2.0b1, 1.2.0rc1) sort before the release in dpkg with a tilde.
deb_version=$(echo "$version" | sed -E 's/([0-9])(a|b|rc|\.dev)([0-9]*)$/\1~\2\3/')
root=build/deb/root
rm -rf build/deb
mkdir -p "$root/DEBIAN" "$root/opt" "$root/usr/bin" "$root/usr/share/applications" \
    "$root/usr/share/icons" "$root/usr/share/doc/vipdesk" "$root/etc/vipdesk"
cp -a build/bundle/vipdesk "$root/opt/vipdesk"
install -m 755 packaging/vipdesk-launcher.sh "$root/usr/bin/vipdesk"
cp -a build/icons/hicolor "$root/usr/share/icons/hicolor"
install -m 644 packaging/managed.toml "$root/etc/vipdesk/managed.toml"
# The wheel's entry starts "vipclient"; the package's starts the bundle's launcher. Its name
# stays vipclient.desktop, the desktop file name the app declares (Wayland finds the icon by
# it). One main category, and no key Debian 12's desktop-file-validate does not know yet.
sed -e 's/^Exec=.*/Exec=vipdesk/' -e 's/^Icon=.*/Icon=vipdesk/' \
    -e 's/^StartupWMClass=.*/StartupWMClass=vipdesk/' -e 's/^Categories=.*/Categories=Office;/' \
    -e '/^SingleMainWindow=/d' \
    resources/vipclient.desktop > "$root/usr/share/applications/vipclient.desktop"
desktop-file-validate "$root/usr/share/applications/vipclient.desktop"
cat > "$root/usr/share/doc/vipdesk/copyright" <<'TXT'
VIP Desk. Proprietary. The bundle under /opt/vipdesk carries Python (PSF License), Qt and
PySide6 (LGPLv3) and the Python packages listed in /opt/vipdesk/_internal/*.dist-info;
their licences are in /opt/vipdesk/_internal.
TXT
echo "/etc/vipdesk/managed.toml" > "$root/DEBIAN/conffiles"
install -m 755 packaging/debian/postrm "$root/DEBIAN/postrm"

depends=$(grep -v '^\s*#' packaging/debian/depends.txt | sed '/^\s*$/d' | paste -sd, | sed 's/,/, /g')
size=$(du -sk --apparent-size --exclude=DEBIAN "$root" | cut -f1)
sed -e "s/@VERSION@/$deb_version/" -e "s/@INSTALLED_SIZE@/$size/" \
    -e "s/@DEPENDS@/$depends/" \
    -e "s/@MAINTAINER@/${VIPDESK_MAINTAINER:-VIP Desk team <vipdesk@example.com>}/" \
    packaging/debian/control.in > "$root/DEBIAN/control"

# Fixed modes, owners and times: nothing of this machine or this moment in the archive.
chmod -R u+rwX,go+rX,go-w "$root"
find "$root" -exec touch -h -d "@$SOURCE_DATE_EPOCH" {} +
mkdir -p dist
deb="dist/vipdesk_${deb_version}_amd64.deb"
rm -f "$deb"
dpkg-deb --root-owner-group -Zxz -z6 --threads-max=2 --build "$root" "$deb" >/dev/null
(cd dist && sha256sum "$(basename "$deb")" > SHA256SUMS)
finished=$(date +%s)
echo "$deb: $(du -h "$deb" | cut -f1), installed $((size / 1024)) MB;" \
     "bundle $((bundled - started)) s, package $((finished - bundled)) s"
cat dist/SHA256SUMS
