"""schemathesis 4 against a sandbox process, as an outsider would run it.

The sandbox's own served OpenAPI document drives three phases (examples, coverage — the
negative values at each schema boundary — and fuzzing), authenticated as a supervisor. It
fails on any 5xx, any status the document does not list, any answer off its content type or
schema, and any request left unanswered for :data:`REQUEST_TIMEOUT` seconds. Bounded by
example count to fit CI. Left out: the sandbox controls (they would sabotage the run itself)
and logout (it would end the run's session).

Afterwards the sandbox must still answer at once and stop within two seconds of SIGTERM:
the run must leave nothing behind that holds it.
"""

from __future__ import annotations

import os
import re
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
import requests

from tests.support.sandbox import API, login

pytestmark = pytest.mark.xdist_group("h1-schemathesis")

REQUEST_TIMEOUT = 20
CHECKS = "not_a_server_error,status_code_conformance,content_type_conformance," \
         "response_schema_conformance"


def _bin(name: str) -> str:
    found = Path(sys.executable).with_name(name)
    return str(found) if found.exists() else (shutil.which(name) or name)


@pytest.fixture(scope="module")
def sandbox_process(
    tmp_path_factory: pytest.TempPathFactory,
) -> Iterator[tuple[str, subprocess.Popen[str]]]:
    db = tmp_path_factory.mktemp("fuzz") / "sandbox.db"
    proc = subprocess.Popen(
        [_bin("vipclient-sandbox"), "serve", "--port", "0", "--clients", "100", "--controls",
         "--db", f"sqlite:///{db}"],
        stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
    )
    try:
        assert proc.stdout is not None
        line = proc.stdout.readline()
        match = re.search(r"listening on (http://\S+)", line)
        assert match, line
        yield match.group(1), proc
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()


def test_schemathesis_finds_nothing_and_the_sandbox_still_answers(
    sandbox_process: tuple[str, subprocess.Popen[str]], tmp_path: Path,
) -> None:
    base, _proc = sandbox_process
    token = login(base, "carol")["access_token"]
    run = subprocess.run(
        [_bin("schemathesis"), "run", f"{base}{API}/openapi.json", "--url", base,
         "-H", f"Authorization: Bearer {token}", "--checks", CHECKS,
         "--exclude-path-regex", "(/_sandbox|/auth/logout)",
         "--max-examples", "30", "--seed", "1", "--phases", "examples,coverage,fuzzing",
         "--request-timeout", str(REQUEST_TIMEOUT), "--no-color"],
        capture_output=True, text=True, timeout=900, cwd=tmp_path,  # its cache stays there
        env={**os.environ, "SCHEMATHESIS_HOOKS": "", "NO_COLOR": "1"},
    )
    report = run.stdout[-6000:] + run.stderr[-2000:]
    assert run.returncode == 0, report
    assert re.search(r"\d+ generated, \d+ passed", run.stdout), report
    # Whatever came before, the next request is answered at once.
    started = time.monotonic()
    me = requests.get(f"{base}{API}/me", headers={"Authorization": f"Bearer {token}"},
                      timeout=5)
    assert me.status_code == 200
    assert time.monotonic() - started < 1


def test_sigterm_after_the_run_stops_within_two_seconds(
    sandbox_process: tuple[str, subprocess.Popen[str]],
) -> None:
    base, proc = sandbox_process
    started = time.monotonic()
    proc.send_signal(signal.SIGTERM)
    try:
        proc.wait(timeout=5)
    except subprocess.TimeoutExpired:
        pytest.fail("the sandbox is still running 5 s after SIGTERM")
    assert proc.returncode == 0
    assert time.monotonic() - started < 2
    with pytest.raises(requests.ConnectionError):  # the port is released
        requests.get(f"{base}{API}/me", timeout=2)
