"""Which Debian packages a frozen bundle needs from the system, and whether a list names them.

    python scripts/deb_depends.py BUNDLE_DIR                  # print library -> package
    python scripts/deb_depends.py BUNDLE_DIR --check LIST     # exit 1 if LIST misses one

Every ELF file in the bundle (the executable, Python's extensions, Qt's libraries and
plug-ins) names the shared libraries it links against (``objdump -p``: NEEDED). Those the
bundle carries itself are its own; each other one is found on this machine (``ldconfig -p``)
and its package asked of dpkg (``dpkg -S``). A library this machine lacks cannot be traced to
a package: it is reported, and ``--check`` fails until it is installed (``apt-get install``
the package that ships it) so that the list can be checked against it.
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

ELF_MAGIC = b"\x7fELF"


def elf_files(root: Path) -> list[Path]:
    found = []
    for path in sorted(root.rglob("*")):
        if path.is_file() and not path.is_symlink():
            with open(path, "rb") as fh:
                if fh.read(4) == ELF_MAGIC:
                    found.append(path)
    return found


def needed(path: Path) -> list[str]:
    out = subprocess.run(["objdump", "-p", str(path)], capture_output=True, text=True).stdout
    return re.findall(r"^\s*NEEDED\s+(\S+)", out, flags=re.MULTILINE)


def system_libraries() -> dict[str, str]:
    """soname -> path for this machine's x86-64 libraries."""
    out = subprocess.run(["ldconfig", "-p"], capture_output=True, text=True, check=True).stdout
    found: dict[str, str] = {}
    for line in out.splitlines():
        match = re.match(r"\s*(\S+) \(([^)]*)\) => (\S+)", line)
        if match and "x86-64" in match.group(2):
            found.setdefault(match.group(1), match.group(3))
    return found


def owner(path: str) -> str | None:
    for candidate in (path, str(Path(path).resolve())):
        out = subprocess.run(["dpkg", "-S", candidate], capture_output=True, text=True)
        if out.returncode == 0:
            return out.stdout.split(":", 1)[0].strip()
        # /lib is a symlink to /usr/lib on merged-/usr systems: dpkg knows one spelling.
        alt = candidate.replace("/usr/lib/", "/lib/", 1) if candidate.startswith(
            "/usr/lib/") else candidate.replace("/lib/", "/usr/lib/", 1)
        out = subprocess.run(["dpkg", "-S", alt], capture_output=True, text=True)
        if out.returncode == 0:
            return out.stdout.split(":", 1)[0].strip()
    return None


def resolve(bundle: Path) -> tuple[dict[str, str], dict[str, list[str]]]:
    """(soname -> package) for what the system must provide, (soname -> users) not found."""
    files = elf_files(bundle)
    own = {p.name for p in bundle.rglob("*")}
    wanted: dict[str, list[str]] = {}
    for path in files:
        for soname in needed(path):
            if soname not in own:
                wanted.setdefault(soname, []).append(str(path.relative_to(bundle)))
    system = system_libraries()
    packages: dict[str, str] = {}
    missing: dict[str, list[str]] = {}
    for soname, users in sorted(wanted.items()):
        package = owner(system[soname]) if soname in system else None
        if package is None:
            missing[soname] = users
        else:
            packages[soname] = package
    return packages, missing


def listed(path: Path) -> set[str]:
    names = set()
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            names.add(line.split()[0])
    return names


def main(argv: list[str]) -> int:
    bundle = Path(argv[0])
    packages, missing = resolve(bundle)
    for soname, package in sorted(packages.items(), key=lambda kv: (kv[1], kv[0])):
        print(f"{package:28} {soname}")
    for soname, users in missing.items():
        print(f"{'NOT ON THIS MACHINE':28} {soname} (needed by {users[0]}"
              + (f" and {len(users) - 1} more" if len(users) > 1 else "") + ")")
    if len(argv) >= 3 and argv[1] == "--check":
        names = listed(Path(argv[2]))
        absent = sorted({p for p in packages.values()} - names)
        if absent:
            print(f"{argv[2]} misses: {', '.join(absent)}", file=sys.stderr)
        if missing:
            print(f"libraries not on this machine, so not traced: {', '.join(missing)}",
                  file=sys.stderr)
        return 1 if absent or missing else 0
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
