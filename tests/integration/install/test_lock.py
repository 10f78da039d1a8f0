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
    for lock in ("app.txt", "dev.txt"):
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
    for lock, wanted in (("app.txt", project["dependencies"]),
                         ("dev.txt", project["dependencies"]
                          + project["optional-dependencies"]["dev"])):
        pins = _pins(ROOT / "requirements" / lock)
        for text in wanted:
            req = Requirement(text)
            assert _name(req.name) in pins, f"{req.name} is not in requirements/{lock}"
            assert req.specifier.contains(pins[_name(req.name)], prereleases=True), (
                f"requirements/{lock} pins {req.name} {pins[_name(req.name)]}, outside {text}"
            )
