"""``vipclient audit verify``: exit codes, verdict lines, pins, and files that are no export."""

from __future__ import annotations

import copy
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from vipclient.audit_cli import main
from vipclient.domain.audit import GENESIS, chain_entry, entry_hash


def chain(n: int) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    prev = GENESIS
    for seq in range(1, n + 1):
        entry = chain_entry(prev, {
            "seq": seq, "at": f"2026-12-05T10:{seq % 60:02d}:00Z", "actor_id": "S0004",
            "action": "client.freeze", "target": f"U1000{seq:04d}",
            "details": {"scopes": ["login"], "note": "口座の乗っ取り", "n": seq},
        })
        out.append(entry)
        prev = entry["hash"]
    return out


def export(path: Path, entries: list[dict[str, Any]]) -> Path:
    path.write_text("".join(json.dumps(e, ensure_ascii=False) + "\n" for e in entries),
                    encoding="utf-8")
    return path


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str]:
    code = main(["verify", *args])
    out = capsys.readouterr()
    return code, (out.out + out.err).strip()


def test_an_intact_export_verifies(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    entries = chain(30)
    code, line = run(capsys, str(export(tmp_path / "a.jsonl", entries)))
    assert (code, line) == (0, f"verified 30 entries, head {entries[-1]['hash']}")


def test_changed_missing_and_rewritten_entries_are_named(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    entries = chain(20)
    pin = tmp_path / "pin.json"
    ok = export(tmp_path / "ok.jsonl", entries[:12])
    assert run(capsys, str(ok), "--pin", str(pin), "--update-pin")[0] == 0
    assert json.loads(pin.read_text()) == {"size": 12, "head_hash": entries[11]["hash"]}

    changed = copy.deepcopy(entries)
    changed[6]["details"]["note"] = "nothing happened"
    assert run(capsys, str(export(tmp_path / "c.jsonl", changed))) == (1, "seq 7 changed")

    missing = entries[:9] + entries[10:]
    assert run(capsys, str(export(tmp_path / "m.jsonl", missing))) == (1, "seq 10 missing")

    rewritten = copy.deepcopy(entries)
    rewritten[4]["details"]["note"] = "rewritten"
    for i in range(4, 20):
        rewritten[i]["prev_hash"] = rewritten[i - 1]["hash"]
        rewritten[i]["hash"] = entry_hash(rewritten[i]["prev_hash"], rewritten[i])
    path = export(tmp_path / "r.jsonl", rewritten)
    assert run(capsys, str(path))[0] == 0  # it verifies on its own …
    code, line = run(capsys, str(path), "--pin", str(pin), "--update-pin")
    assert (code, line) == (1, f"seq 12 rewritten (pinned hash {entries[11]['hash']})")
    # … and the old pin is kept as the evidence, never silently replaced.
    assert json.loads(pin.read_text())["head_hash"] == entries[11]["hash"]


@pytest.mark.parametrize(("content", "where"), [
    (b"not json at all\n", "line 1: not JSON"),
    (b'{"seq": 1}\n', "line 1: not an audit entry (no at, actor_id"),
    (b"[" * 100_000 + b"]" * 100_000 + b"\n", "line 1"),
    (b"\xff\xfe\n", "not UTF-8"),
    (b"", None),
])
def test_a_file_that_is_no_export_exits_2_with_the_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], content: bytes, where: str | None,
) -> None:
    path = tmp_path / "x.jsonl"
    path.write_bytes(content)
    code, line = run(capsys, str(path))
    if where is None:  # an empty export is an empty, intact chain
        assert (code, line) == (0, f"verified 0 entries, head {GENESIS}")
    else:
        assert code == 2 and where in line, line


def test_a_bad_pin_file_and_an_empty_line_inside_exit_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    entries = chain(3)
    good = export(tmp_path / "g.jsonl", entries)
    (tmp_path / "bad-pin.json").write_text('{"size": "x"}')
    code, line = run(capsys, str(good), "--pin", str(tmp_path / "bad-pin.json"))
    assert code == 2 and "not a pin file" in line
    gap = tmp_path / "gap.jsonl"
    text = good.read_text().splitlines()
    gap.write_text(text[0] + "\n\n" + "\n".join(text[1:]) + "\n")
    code, line = run(capsys, str(gap))
    assert code == 2 and line.startswith("line 2:")


def test_the_command_line_runs_without_a_display_or_qt(tmp_path: Path) -> None:
    path = export(tmp_path / "a.jsonl", chain(5))
    proc = subprocess.run(
        [sys.executable, "-c", "import sys; from vipclient.__main__ import main;"
         " code = main(['audit', 'verify', sys.argv[1]]);"
         " assert 'PySide6' not in sys.modules, 'Qt was loaded'; sys.exit(code)", str(path)],
        capture_output=True, text=True, env={"PATH": "/usr/bin:/bin"},
    )
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.startswith("verified 5 entries, head ")
