"""Test-wide set-up: headless Qt, a pinned in-memory keyring, a real sandbox on loopback."""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from pathlib import Path

# Qt aborts without a display unless told to draw offscreen; set before anything imports Qt.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# With no backend pinned, keyring raises NoKeyringError here, and keyrings.alt can hang asking
# for a password: the tests always use the in-memory backend.
os.environ["PYTHON_KEYRING_BACKEND"] = "tests.support.memory_keyring.MemoryKeyring"
ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

import keyring  # noqa: E402
import pytest  # noqa: E402
from hypothesis import HealthCheck, settings  # noqa: E402

from tests.support.memory_keyring import MemoryKeyring  # noqa: E402

# Two cores shared by two xdist workers and live sandboxes: wall-clock timing says nothing
# about a property, so Hypothesis judges inputs, not how fast this machine produced them.
settings.register_profile(
    "vipdesk", deadline=None, suppress_health_check=[HealthCheck.too_slow], print_blob=True
)
settings.load_profile("vipdesk")


@pytest.fixture(autouse=True)
def _memory_keyring() -> Iterator[MemoryKeyring]:
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend


@pytest.fixture(autouse=True)
def _isolated_dirs(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Every test gets its own config, data and log folders: nothing touches the real home."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "data"))
    monkeypatch.setenv("XDG_STATE_HOME", str(home / "state"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(home / "cache"))
    monkeypatch.setenv("VIPCLIENT_MANAGED_CONFIG", str(home / "managed.toml"))


@pytest.fixture(autouse=True)
def _english(request: pytest.FixtureRequest) -> None:
    """A Qt test starts in English with its catalogue, as the app starts in its language: the
    plural forms ("1 needs attention") come from vipclient_en.qm, and a test that switched
    language leaves nothing behind for the next one."""
    if "qapp" in request.fixturenames:
        from vipclient.gui.translations import install_translators

        install_translators(request.getfixturevalue("qapp"), "en")
