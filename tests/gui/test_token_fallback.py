"""A workstation without an OS keyring: memory only, unless the person or IT opted in."""

from __future__ import annotations

import stat
from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest
from keyring.backends import fail
from PySide6.QtWidgets import QApplication

from vipclient.app import Options, VipDesk, token_file_dir
from vipclient.security import tokens as token_storage
from vipclient.security.tokens import TokenStore
from vipclient.settings import Settings

SERVER = "http://127.0.0.1:9"


@pytest.fixture
def no_keyring() -> Iterator[None]:
    keyring.set_keyring(fail.Keyring())
    yield
    token_storage.set_plaintext_fallback(None)


def desk_with(qapp: QApplication, tmp_path: Path, managed: str) -> VipDesk:
    managed_path = tmp_path / "managed.toml"
    managed_path.write_text(managed, encoding="utf-8")
    settings = Settings.load(tmp_path / "settings.json", managed_path=managed_path)
    desk = VipDesk(
        qapp, Options(single_instance=False), settings=settings,
        log_directory=tmp_path / "logs", install_crash_hooks=False, quit_app=lambda: None,
    )
    _ = desk.session_service  # every sign-in and resume goes through it: it sets the store up
    return desk


def test_without_consent_tokens_stay_in_memory(
    qapp: QApplication, tmp_path: Path, no_keyring: None
) -> None:
    desk_with(qapp, tmp_path, "")
    store = TokenStore.for_user(SERVER, "alice")
    store.set("access-1", "refresh-1")
    assert store.storage == "memory"
    assert not store.persistent and store.reason
    assert not token_file_dir().exists()
    # A new run (a new store) has nothing: the person signs in again.
    assert TokenStore.for_user(SERVER, "alice").get() is None


def test_it_opt_in_keeps_tokens_in_a_private_file(
    qapp: QApplication, tmp_path: Path, no_keyring: None
) -> None:
    desk = desk_with(qapp, tmp_path, "allow_plaintext_token_fallback = true\n")
    assert desk.settings.is_locked("allow_plaintext_token_fallback")
    store = TokenStore.for_user(SERVER, "alice")
    store.set("access-1", "refresh-1")
    assert store.storage == "file"
    files = list(token_file_dir().iterdir())
    assert files, "the opted-in file exists"
    for path in files:
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
    again = TokenStore.for_user(SERVER, "alice").get()
    assert again is not None and again.access == "access-1"
