"""The managed config the .deb installs (packaging/managed.toml) documents every key IT may
set, all commented out; uncommented, it is a config the app takes without a complaint."""

from __future__ import annotations

import re
from pathlib import Path

from vipclient.settings import Settings

TEMPLATE = Path(__file__).resolve().parents[2] / "packaging" / "managed.toml"


def test_every_managed_key_is_there_and_commented_out(tmp_path: Path) -> None:
    text = TEMPLATE.read_text(encoding="utf-8")
    active = [line for line in text.splitlines() if line.strip() and not line.startswith("#")]
    assert active == [], "the installed file must change nothing until IT edits it"
    documented = set(re.findall(r"^# ([a-z_]+) = ", text, flags=re.MULTILINE))
    managed = {name for name in Settings.names() if Settings.info(name).managed}
    assert documented == managed


def test_the_examples_are_valid_settings(tmp_path: Path) -> None:
    text = TEMPLATE.read_text(encoding="utf-8")
    uncommented = "\n".join(line[2:] for line in text.splitlines()
                            if re.match(r"^# [a-z_]+ = ", line))
    managed = tmp_path / "managed.toml"
    managed.write_text(uncommented, encoding="utf-8")
    settings = Settings.load(tmp_path / "settings.json", managed)
    assert settings.warnings == []
    assert settings.is_locked("allowed_sign_in_methods") and settings.is_locked("update_channel")
