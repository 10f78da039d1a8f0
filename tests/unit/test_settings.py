"""Settings: typed defaults, the user's file, IT's managed file that wins and locks, and broken
files that never stop the app."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from vipclient import settings as settings_module
from vipclient.settings import (
    SCHEMA_VERSION,
    SettingError,
    SettingLocked,
    Settings,
    managed_config_path,
    user_settings_path,
)


@pytest.fixture
def paths(tmp_path: Path) -> tuple[Path, Path]:
    return tmp_path / "settings.json", tmp_path / "managed.toml"


def test_defaults_and_default_locations(monkeypatch: pytest.MonkeyPatch) -> None:
    s = Settings.load()
    assert s.server_url == "" and s.theme == "system" and s.notifications is True
    assert s.window_geometry is None
    assert s.warnings == []
    # conftest points XDG_CONFIG_HOME and the managed file at this test's own folders
    assert str(user_settings_path()).startswith(os.environ["XDG_CONFIG_HOME"])
    assert managed_config_path() == Path(os.environ["VIPCLIENT_MANAGED_CONFIG"])
    monkeypatch.delenv("VIPCLIENT_MANAGED_CONFIG")
    assert managed_config_path() == Path("/etc/vipdesk/managed.toml")


def test_the_managed_file_of_older_installs_is_read_until_the_packaged_one_exists(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.delenv("VIPCLIENT_MANAGED_CONFIG")
    new, old = tmp_path / "vipdesk" / "managed.toml", tmp_path / "vipclient" / "managed.toml"
    monkeypatch.setattr(settings_module, "LINUX_MANAGED", new)
    monkeypatch.setattr(settings_module, "LINUX_MANAGED_BEFORE", old)
    assert managed_config_path() == new  # neither: the packaged place
    old.parent.mkdir()
    old.write_text('server_url = "https://old.example.com"\n')
    assert managed_config_path() == old
    assert Settings.load(tmp_path / "settings.json").server_url == "https://old.example.com"
    new.parent.mkdir()
    new.write_text('server_url = "https://new.example.com"\n')
    assert managed_config_path() == new
    assert Settings.load(tmp_path / "settings.json").server_url == "https://new.example.com"


def test_round_trip_with_bytes_as_base64(paths: tuple[Path, Path]) -> None:
    user, managed = paths
    s = Settings.load(user, managed)
    s.server_url = "https://backoffice.example.com"
    s.theme = "dark"
    s.window_geometry = b"\x01\xd9\xd0\xcb\x00\x03"
    s.notifications = False
    s.save()
    data = json.loads(user.read_text())
    assert data["schema_version"] == SCHEMA_VERSION
    assert data["window_geometry"] == "AdnQywAD"
    again = Settings.load(user, managed)
    assert again.window_geometry == b"\x01\xd9\xd0\xcb\x00\x03"
    assert (again.server_url, again.theme, again.notifications) == (
        "https://backoffice.example.com", "dark", False)


def test_bad_values_are_refused_on_set(paths: tuple[Path, Path]) -> None:
    s = Settings.load(*paths)
    with pytest.raises(SettingError):
        s.theme = "pink"
    with pytest.raises(SettingError):
        s.server_url = "backoffice.example.com"
    with pytest.raises(SettingError):
        s.notifications = "yes"  # type: ignore[assignment]
    with pytest.raises(KeyError):
        s.set("no_such_setting", 1)
    with pytest.raises(SettingError, match="password"):
        s.proxy = "http://bob:hunter2@proxy.corp:3128"
    with pytest.raises(SettingError):
        s.server_url = "https://bob:hunter2@backoffice.example.com"
    s.proxy = "http://proxy.corp:3128"  # no credentials: fine


def test_managed_values_win_and_are_locked(paths: tuple[Path, Path]) -> None:
    user, managed = paths
    user.write_text(json.dumps({"server_url": "https://personal.example", "theme": "light"}))
    managed.write_text(
        'server_url = "https://corp.example"\n'
        'ca_bundle = "/etc/ssl/certs/corp-ca.pem"\n'
        'proxy = "http://proxy.corp.example:3128"\n'
        "allow_plaintext_token_fallback = false\n"
    )
    s = Settings.load(user, managed)
    assert s.server_url == "https://corp.example"
    assert s.user_value("server_url") == "https://personal.example"
    assert s.ca_bundle == "/etc/ssl/certs/corp-ca.pem"
    assert s.proxy == "http://proxy.corp.example:3128"
    assert s.is_locked("server_url") and s.is_locked("proxy")
    assert not s.is_locked("theme") and s.theme == "light"
    with pytest.raises(SettingLocked):
        s.server_url = "https://elsewhere.example"
    assert sorted(s.locked_names()) == sorted(
        ["server_url", "ca_bundle", "proxy", "allow_plaintext_token_fallback"])
    # saving never copies IT's values into the user's file
    s.theme = "dark"
    s.save()
    assert json.loads(user.read_text())["server_url"] == "https://personal.example"


def test_managed_file_problems_are_warnings(paths: tuple[Path, Path]) -> None:
    user, managed = paths
    managed.write_text(
        'server_url = "not a url"\n'
        'theme = "dark"\n'
        'window_geometry = "AAAA"\n'
        'refresh_token = "abc"\n'
        "mystery = 1\n"
    )
    s = Settings.load(user, managed)
    assert s.server_url == "" and not s.is_locked("server_url")
    assert s.theme == "dark" and s.is_locked("theme")
    assert not s.is_locked("window_geometry")
    text = " | ".join(s.warnings)
    assert "server_url" in text and "window_geometry" in text and "mystery" in text
    assert "secrets are never settings" in text and "abc" not in text


def test_corrupt_managed_toml_is_ignored(paths: tuple[Path, Path]) -> None:
    user, managed = paths
    managed.write_text("server_url = [unclosed\n")
    s = Settings.load(user, managed)
    assert s.server_url == "" and s.locked_names() == []
    assert any("unreadable" in w for w in s.warnings)


@pytest.mark.parametrize("content", [b"{oops", b"[1, 2]", b"\xff\xfe\x00garbage",
                                     b'{"schema_version": "one"}'])
def test_corrupt_user_file_is_set_aside(paths: tuple[Path, Path], content: bytes,
                                        caplog: pytest.LogCaptureFixture) -> None:
    user, managed = paths
    user.write_bytes(content)
    s = Settings.load(user, managed)
    assert s.theme == "system"
    assert not user.exists()
    kept = list(user.parent.glob("settings.json.corrupt-*"))
    assert len(kept) == 1 and kept[0].read_bytes() == content
    assert s.warnings and "settings" in caplog.text
    s.theme = "dark"
    s.save()  # and the app can write a fresh one
    assert Settings.load(user, managed).theme == "dark"


def test_bad_single_values_are_dropped_others_kept(paths: tuple[Path, Path]) -> None:
    user, managed = paths
    user.write_text(json.dumps({"theme": "dark", "notifications": "maybe",
                                "window_geometry": "%%%notbase64", "language": "zh_CN"}))
    s = Settings.load(user, managed)
    assert s.theme == "dark" and s.language == "zh_CN"
    assert s.notifications is True and s.window_geometry is None
    assert len(s.warnings) == 2


def test_newer_schema_keeps_unknown_keys(paths: tuple[Path, Path]) -> None:
    user, managed = paths
    user.write_text(json.dumps({"schema_version": SCHEMA_VERSION + 1, "theme": "dark",
                                "future_thing": {"a": 1}}))
    s = Settings.load(user, managed)
    assert s.theme == "dark"
    s.save()
    data = json.loads(user.read_text())
    assert data["future_thing"] == {"a": 1}
    assert data["schema_version"] == SCHEMA_VERSION + 1


def test_migrations_run_in_order(paths: tuple[Path, Path],
                                 monkeypatch: pytest.MonkeyPatch) -> None:
    user, managed = paths
    monkeypatch.setattr(settings_module, "SCHEMA_VERSION", 3)
    monkeypatch.setattr(settings_module, "MIGRATIONS", {
        1: lambda d: {**{k: v for k, v in d.items() if k != "dark_mode"},
                      "theme": "dark" if d.get("dark_mode") else "light"},
        2: lambda d: {**d, "language": "en"},
    })
    user.write_text(json.dumps({"schema_version": 1, "dark_mode": True}))
    s = Settings.load(user, managed)
    assert s.theme == "dark" and s.language == "en"


def test_secrets_never_become_settings(paths: tuple[Path, Path]) -> None:
    user, managed = paths
    user.write_text(json.dumps({"password": "hunter2", "theme": "dark"}))
    s = Settings.load(user, managed)
    s.save()
    assert "hunter2" not in user.read_text()
    # Python 3.11 wraps an error in __set_name__ in RuntimeError; 3.12+ does not.
    with pytest.raises((TypeError, RuntimeError)):
        type("Bad", (Settings,), {"api_token": settings_module.Setting("", kind=str)})


def test_info_and_iteration() -> None:
    assert "server_url" in Settings.names()
    assert Settings.info("theme").choices == ("system", "light", "dark", "high_contrast")
    assert not Settings.info("window_geometry").managed
    assert dict(Settings.load())["theme"] == "system"


def test_sign_in_methods_and_update_channel_are_managed_keys(paths: tuple[Path, Path]) -> None:
    user, managed = paths
    s = Settings.load(user, managed)
    assert s.allowed_sign_in_methods == ["password_totp", "kept_sign_in", "demo"]
    assert s.update_channel == "stable"
    managed.write_text('allowed_sign_in_methods = ["password_totp"]\nupdate_channel = "beta"\n')
    s = Settings.load(user, managed)
    assert s.allowed_sign_in_methods == ["password_totp"] and s.update_channel == "beta"
    assert s.is_locked("allowed_sign_in_methods") and s.is_locked("update_channel")
    for bad in ('allowed_sign_in_methods = ["kept_sign_in"]',  # no way to the server
                'allowed_sign_in_methods = ["password_totp", "sso"]',
                'allowed_sign_in_methods = "password_totp"',
                'update_channel = "nightly"'):
        managed.write_text(bad + "\n")
        s = Settings.load(user, managed)
        assert len(s.warnings) == 1 and "ignored" in s.warnings[0], bad
        assert s.locked_names() == []


def test_a_settings_path_that_is_not_a_file_is_never_moved(paths: tuple[Path, Path]) -> None:
    # A folder stands for any non-file (a device such as /dev/null given as the settings file):
    # it is read as unreadable, the defaults are used, and it stays where it is.
    user, managed = paths
    user.mkdir()
    s = Settings.load(user, managed)
    assert s.theme == "system"
    assert user.is_dir() and not list(user.parent.glob("settings.json.corrupt-*"))
    assert any("not a regular file" in w for w in s.warnings)
