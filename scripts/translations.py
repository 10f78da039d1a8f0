"""Bring translation catalogues up to the texts in the code and the forms (``make translations``).

One definition of what Qt's ``pyside6-lupdate`` reads and how, used by the Makefile and by
``tests/unit/test_catalogues.py`` (which runs it over temporary copies): the package's modules
(the generated forms are left out, their ``ui/*.ui`` files are read instead; the sandbox shows
nothing to the desk's people) without line numbers, so a change of code elsewhere in a file does
not touch the catalogues. The source language's catalogue (``vipclient_en.ts``) holds only the
numerus messages: English needs no translation but its plural forms ("1 ticket", "2 tickets").

    python scripts/translations.py [CATALOGUE.ts ...]   # default: resources/translations/*.ts
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CATALOGUES = ROOT / "resources" / "translations"
SOURCE_LANGUAGE = "en"


def sources(root: Path = ROOT) -> list[Path]:
    package = root / "vipclient"
    skipped = (package / "gui" / "forms", package / "sandbox")
    code = [p for p in package.rglob("*.py") if not any(p.is_relative_to(s) for s in skipped)]
    return sorted(code) + sorted((root / "ui").glob("*.ui"))


def is_source_language(catalogue: Path) -> bool:
    return catalogue.stem.rsplit("_", 1)[-1] == SOURCE_LANGUAGE


def lupdate(catalogues: list[Path], root: Path = ROOT) -> None:
    """Update ``catalogues`` in place (new texts added unfinished, vanished ones dropped)."""
    tool = Path(sys.executable).with_name("pyside6-lupdate")
    files = [str(p.relative_to(root)) for p in sources(root)]
    for plural_only in (False, True):
        chosen = [str(c) for c in catalogues if is_source_language(c) == plural_only]
        if not chosen:
            continue
        options = ["-locations", "none", "-no-obsolete", "-silent"]
        if plural_only:
            options.append("-pluralonly")
        subprocess.run([str(tool), *files, *options, "-ts", *chosen], check=True, cwd=root)


def main(argv: list[str]) -> int:
    catalogues = [Path(a).resolve() for a in argv] or sorted(CATALOGUES.glob("*.ts"))
    lupdate(catalogues)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
