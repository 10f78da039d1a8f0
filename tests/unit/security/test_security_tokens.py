"""TokenStore: keyring-held tokens, memory cache, wipe, and the memory-only fallback."""

from __future__ import annotations

import json
import logging
import stat
from pathlib import Path

import keyring
import keyring.backends.fail
import keyring.backends.null
import pytest
from keyring.errors import KeyringLocked

from tests.support.memory_keyring import MemoryKeyring
from vipclient.logs import RedactionFilter
from vipclient.security.tokens import (
    SERVICE,
    TokenStore,
    account_name,
    set_keep_allowed,
    set_plaintext_fallback,
)


def test_tokens_live_in_the_keyring_under_server_and_user(_memory_keyring: MemoryKeyring) -> None:
    store = TokenStore.for_user("https://api.example/", "alice")
    assert store.account == "https://api.example|alice"
    assert store.get() is None
    store.set("access-aaaaaaaa", "refresh-rrrrrrrr")
    raw = _memory_keyring.get_password(SERVICE, "https://api.example|alice")
    assert raw is not None
    assert json.loads(raw) == {"access": "access-aaaaaaaa", "refresh": "refresh-rrrrrrrr"}
    assert store.persistent and store.reason is None
    # a new store (next run) reads them back
    again = TokenStore.for_user("https://api.example", "alice")
    assert again.access_token == "access-aaaaaaaa"
    assert again.refresh_token == "refresh-rrrrrrrr"


def test_access_token_is_cached_in_memory(_memory_keyring: MemoryKeyring) -> None:
    store = TokenStore(account_name("s", "u"))
    store.set("access-aaaaaaaa", "refresh-rrrrrrrr")
    calls: list[str] = []
    original = _memory_keyring.get_password

    def counting(service: str, username: str) -> str | None:
        calls.append(username)
        return original(service, username)

    _memory_keyring.get_password = counting  # type: ignore[method-assign]
    for _ in range(50):
        assert store.access_token == "access-aaaaaaaa"
    assert calls == []


def test_set_access_keeps_refresh_and_clear_wipes(_memory_keyring: MemoryKeyring) -> None:
    store = TokenStore("srv|bob")
    store.set("access-1-aaaaaa", "refresh-1-rrrrrr")
    store.set_access("access-2-aaaaaa")
    assert store.refresh_token == "refresh-1-rrrrrr"
    assert store.access_token == "access-2-aaaaaa"
    store.clear()
    assert store.get() is None
    assert _memory_keyring.get_password(SERVICE, "srv|bob") is None
    store.clear()  # clearing twice is fine
    assert not store.has_session()


def test_stores_for_different_people_do_not_mix() -> None:
    a = TokenStore.for_user("srv", "alice")
    b = TokenStore.for_user("srv", "bob")
    a.set("access-alice-xx", "refresh-alice-xx")
    assert b.get() is None


@pytest.mark.parametrize("backend", [keyring.backends.fail.Keyring, keyring.backends.null.Keyring])
def test_no_usable_backend_falls_back_to_memory(backend: type) -> None:
    keyring.set_keyring(backend())
    store = TokenStore.for_user("srv", "carol")
    assert not store.persistent
    assert store.reason and "memory only" in store.reason
    store.set("access-cccccccc", "refresh-cccccccc")
    assert store.access_token == "access-cccccccc"
    # nothing reached a keyring: a fresh store for the same person finds nothing
    assert TokenStore.for_user("srv", "carol").get() is None
    store.clear()
    assert store.get() is None


class LockedKeyring(MemoryKeyring):
    def get_password(self, service: str, username: str) -> str | None:
        raise KeyringLocked("locked")

    def set_password(self, service: str, username: str, password: str) -> None:
        raise KeyringLocked("locked")


def test_a_failing_backend_degrades_to_memory_with_a_reason() -> None:
    keyring.set_keyring(LockedKeyring())
    store = TokenStore.for_user("srv", "dave")
    assert store.get() is None
    assert not store.persistent
    assert store.reason is not None and "KeyringLocked" in store.reason
    store.set("access-dddddddd", "refresh-dddddddd")
    assert store.access_token == "access-dddddddd"


def test_unreadable_keyring_item_is_ignored(_memory_keyring: MemoryKeyring) -> None:
    _memory_keyring.set_password(SERVICE, "srv|erin", "{not json")
    assert TokenStore("srv|erin").get() is None
    _memory_keyring.set_password(SERVICE, "srv|erin", json.dumps({"access": 5}))
    assert TokenStore("srv|erin").get() is None


def test_tokens_are_registered_for_log_redaction() -> None:
    store = TokenStore("srv|frank")
    store.set("opaque-token-value-123", "opaque-refresh-value-456")
    record = logging.LogRecord("x", logging.INFO, __file__, 1,
                               "sent %s and %s", ("opaque-token-value-123",
                                                  "opaque-refresh-value-456"), None)
    RedactionFilter().filter(record)
    assert "opaque" not in record.getMessage()
    assert "opaque" not in repr(store.get())


def test_plain_file_only_when_opted_in(tmp_path: Path) -> None:
    keyring.set_keyring(keyring.backends.fail.Keyring())
    refused = TokenStore.for_user("srv", "gina")
    assert refused.storage == "memory" and not refused.persistent

    store = TokenStore.for_user("srv", "gina", plaintext_dir=tmp_path / "tokens")
    assert store.storage == "file" and store.persistent
    assert store.reason is not None and "only your user account can read" in store.reason
    store.set("access-gggggggg", "refresh-gggggggg")
    path = tmp_path / "tokens" / "tokens.json"
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700
    again = TokenStore.for_user("srv", "gina", plaintext_dir=tmp_path / "tokens")
    assert again.refresh_token == "refresh-gggggggg"
    other = TokenStore.for_user("srv", "hank", plaintext_dir=tmp_path / "tokens")
    other.set("access-hhhhhhhh", "refresh-hhhhhhhh")
    again.clear()
    assert "access-gggggggg" not in path.read_text()
    assert "access-hhhhhhhh" in path.read_text()


def test_module_wide_opt_in_and_keyring_still_preferred(tmp_path: Path) -> None:
    set_plaintext_fallback(tmp_path)
    try:
        with_keyring = TokenStore.for_user("srv", "ivy")
        with_keyring.set("access-iiiiiiii", "refresh-iiiiiiii")
        assert with_keyring.storage == "keyring"
        assert not (tmp_path / "tokens.json").exists()
        keyring.set_keyring(keyring.backends.fail.Keyring())
        assert TokenStore.for_user("srv", "ivy").storage == "file"
    finally:
        set_plaintext_fallback(None)
    assert TokenStore.for_user("srv", "ivy").storage == "memory"


def test_it_may_forbid_staying_signed_in(_memory_keyring: MemoryKeyring) -> None:
    """allowed_sign_in_methods without kept_sign_in: memory only, and a sign-in kept before
    the policy changed is wiped."""
    TokenStore.for_user("https://api.example", "alice").set("access-kept0000", "refresh-k")
    set_keep_allowed(False)
    try:
        store = TokenStore.for_user("https://api.example", "alice")
        assert store.get() is None
        assert _memory_keyring.get_password(SERVICE, "https://api.example|alice") is None
        store.set("access-new00000", "refresh-n")
        assert store.access_token == "access-new00000"
        assert _memory_keyring.get_password(SERVICE, "https://api.example|alice") is None
        assert (store.storage, store.persistent) == ("memory", False)
        assert store.reason is not None and "IT department" in store.reason
    finally:
        set_keep_allowed(True)
    assert TokenStore.for_user("https://api.example", "bob").persistent
