"""``vipclient --self-test``: every check passes from a checkout, a failing one says what
failed, and an old cache handed to it is opened (upgraded) with its rows."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from vipclient import selftest, version
from vipclient.gui import sections
from vipclient.store.migrate import HEAD

ROOT = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.timeout(240)


def _old_cache(path: Path) -> None:
    """A cache as the first release made it (migration 0001), holding one client."""
    subprocess.run([sys.executable, str(ROOT / "scripts" / "make_old_cache.py"), str(path)],
                   check=True, cwd=ROOT, env={**os.environ, "PYTHONPATH": str(ROOT)})


def _lines(output: str) -> dict[str, tuple[bool, str]]:
    checks = {}
    for line in output.splitlines():
        mark, _, rest = line.partition("  ")
        if mark in ("ok", "FAIL"):
            name, _, detail = rest.strip().partition(": ")
            checks[name] = (mark == "ok", detail)
    return checks


def test_the_self_test_passes_from_a_checkout(tmp_path: Path) -> None:
    old = tmp_path / "person" / "alice.sqlite3"
    old.parent.mkdir()
    _old_cache(old)
    before = old.read_bytes()
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "QT_QPA_PLATFORM")}
    out = subprocess.run(
        [sys.executable, "-m", "vipclient", "--self-test", "--cache", str(old)],
        capture_output=True, text=True, timeout=200, cwd=ROOT, env=env,
    )
    checks = _lines(out.stdout)
    failed = {name: detail for name, (ok, detail) in checks.items() if not ok}
    # X11's plug-in needs libraries a headless test machine may lack; the self-test must
    # then name the missing one (what IT needs to read), and nothing else may fail.
    plugins = failed.pop("Qt plug-ins", None)
    if plugins is not None:
        assert "cannot open shared object file" in plugins and ".so" in plugins, plugins
    assert not failed, out.stdout + out.stderr
    assert out.returncode == (0 if plugins is None else 1), out.stdout
    for name in ("version", "resources", "translations", "keyring back-ends", "migrations",
                 "sections", "managed config", "sign-in (alice)", "sections (alice)",
                 "outbox", "feed child process", "sign-in (carol)", "sign-in (dave)"):
        assert name in checks, (name, out.stdout)
    assert "confirmed by the server" in checks["outbox"][1]
    built = selftest.sections_in_tree()
    assert checks["sections"][1].endswith(", ".join(built))
    cache_line = checks["cache"][1]
    assert f"schema 0001_initial -> {HEAD}" in cache_line and "1 clients" in cache_line
    assert old.read_bytes() == before  # a copy was opened, never the person's file


def test_a_failing_check_names_what_failed_and_the_run_exits_1() -> None:
    out = io.StringIO()
    report = selftest.Report(out)
    assert report.check("works", lambda: "fine")

    def broken() -> str:
        raise selftest.CheckFailed("the widget\nwas missing")

    assert not report.check("broken", broken)
    assert not report.check("crashes", lambda: str(1 / 0))
    assert report.summary() == 1
    lines = out.getvalue().splitlines()
    assert lines[0] == "ok    works: fine"
    assert lines[1] == "FAIL  broken: the widget was missing"  # one line per check
    assert lines[2].startswith("FAIL  crashes: ZeroDivisionError: division by zero (at ")
    assert lines[3] == "self-test FAILED: 2 of 3 checks (broken, crashes)"


def test_a_section_the_build_should_have_but_cannot_resolve_fails(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    ghost = sections.Section("ghost", "Ghost", "Ctrl+9", frozenset(),
                             "vipclient.gui.ghost.section:GhostSection")
    monkeypatch.setattr(sections, "SECTIONS", (*sections.SECTIONS, ghost))
    baked = tmp_path / "build_info.json"
    baked.write_text(json.dumps({"version": "1", "commit": "abc", "sections": ["lanes",
                                                                               "ghost"]}))
    monkeypatch.setattr(version, "BUILD_INFO", baked)
    assert selftest.expected_sections() == ["lanes", "ghost"]
    with pytest.raises(selftest.CheckFailed, match=r"'ghost'.*missing from this build"):
        selftest.check_sections()
    # The tree itself lists only the sections whose module is there.
    assert "ghost" not in selftest.sections_in_tree()
    assert "lanes" in selftest.sections_in_tree()


def test_sections_in_a_tree_are_found_as_files(tmp_path: Path) -> None:
    (tmp_path / "gui" / "lanes").mkdir(parents=True)
    (tmp_path / "gui" / "lanes" / "section.py").write_text("")
    assert selftest.sections_in_tree(tmp_path) == ["lanes"]


def test_a_build_says_what_it_was_built_from(monkeypatch: pytest.MonkeyPatch,
                                              tmp_path: Path) -> None:
    baked = tmp_path / "build_info.json"
    baked.write_text(json.dumps({"version": "1.2.0b1", "commit": "0123abc",
                                 "commit_date": "2026-12-01", "sections": []}))
    monkeypatch.setattr(version, "BUILD_INFO", baked)
    version.build_info.cache_clear()
    try:
        info = version.build_info()
        assert (info.version, info.commit, info.commit_date) == ("1.2.0b1", "0123abc",
                                                                  "2026-12-01")
        assert info.channel == "beta"
        assert version.describe().splitlines()[1] == "commit 0123abc (2026-12-01)"
    finally:
        version.build_info.cache_clear()
    assert version.BuildInfo("1.2.0", "x", "", False).channel == "stable"


def test_the_managed_config_is_read_as_the_app_reads_it(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    managed = tmp_path / "managed.toml"
    monkeypatch.setenv("VIPCLIENT_MANAGED_CONFIG", str(managed))
    assert selftest.check_managed_config(tmp_path) == f"none at {managed}"
    managed.write_text('server_url = "https://desk.example"\nupdate_channel = "stable"\n')
    assert selftest.check_managed_config(tmp_path).endswith("sets server_url, update_channel")
    managed.write_text('server_url = "ftp://nope"\ncolour = "red"\n')
    with pytest.raises(selftest.CheckFailed, match="unknown setting 'colour'"):
        selftest.check_managed_config(tmp_path)
    managed.write_text('update_channel = "beta"\n')  # a stable build on a beta desk
    with pytest.raises(selftest.CheckFailed, match=r"stable build.*update channel beta"):
        selftest.check_managed_config(tmp_path)
    assert list(tmp_path.glob("managed-check/*")) == []  # nothing written, nothing moved
