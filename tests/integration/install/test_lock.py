"""The environment make set up is the lock, and the lock honours pyproject.toml's ranges."""

from __future__ import annotations

import re
import tomllib
from importlib.metadata import distributions
from pathlib import Path

from packaging.requirements import Requirement

ROOT = Path(__file__).resolve().parents[3]


def _name(text: str) -> str:
    return re.sub(r"[-_.]+", "-", text).lower()


def _pins(path: Path) -> dict[str, str]:
    pins = {}
    for line in path.read_text().splitlines():
        match = re.match(r"^([A-Za-z0-9_.\-]+)==([^\s\\;]+)", line)
        if match:
            pins[_name(match.group(1))] = match.group(2)
    return pins


def test_every_locked_line_carries_a_hash() -> None:
    for lock in ("app.txt", "dev.txt", "package.txt"):
        text = (ROOT / "requirements" / lock).read_text()
        blocks = re.split(r"\n(?=[A-Za-z0-9])", text.split("\n\n", 1)[-1])
        for block in blocks:
            if "==" in block:
                assert "--hash=sha256:" in block, block.splitlines()[0]
        assert "file:///" not in text and "--find-links" not in text  # no machine's index


def test_the_environment_is_exactly_the_lock() -> None:
    locked = _pins(ROOT / "requirements" / "dev.txt")
    installed = {
        _name(d.metadata["Name"]): d.version for d in distributions()
        if _name(d.metadata["Name"]) not in ("pip", "vipclient")
    }
    assert installed == locked, (
        "the virtual environment differs from requirements/dev.txt: run make setup "
        "(or make lock after changing pyproject.toml)"
    )


def test_the_lock_satisfies_pyproject() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    extras = project["optional-dependencies"]
    for lock, wanted in (("app.txt", project["dependencies"]),
                         ("dev.txt", project["dependencies"] + extras["dev"]),
                         ("package.txt", project["dependencies"] + extras["package"])):
        pins = _pins(ROOT / "requirements" / lock)
        for text in wanted:
            req = Requirement(text)
            assert _name(req.name) in pins, f"{req.name} is not in requirements/{lock}"
            assert req.specifier.contains(pins[_name(req.name)], prereleases=True), (
                f"requirements/{lock} pins {req.name} {pins[_name(req.name)]}, outside {text}"
            )


def test_the_bundle_ships_the_versions_the_tests_ran_with() -> None:
    """requirements/package.txt (the packaging build) pins every app dependency as app.txt
    does: scripts/lock.sh compiles it against app.txt."""
    app = _pins(ROOT / "requirements" / "app.txt")
    package = _pins(ROOT / "requirements" / "package.txt")
    assert {name: package.get(name) for name in app} == app
    assert "pyinstaller" in package
