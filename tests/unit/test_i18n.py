"""One Qt-free way to translate, for every layer; plural forms through Qt's %n."""

from __future__ import annotations

import subprocess
import sys

from vipclient import i18n


def test_english_without_qt_and_numerus_filled_in() -> None:
    code = ("import sys; from vipclient.i18n import translate;"
            " assert translate('Lanes', 'Claim') == 'Claim';"
            " assert translate('Lanes', '%n tickets', None, 3) == '3 tickets';"
            " assert 'PySide6' not in sys.modules")
    subprocess.run([sys.executable, "-c", code], check=True)


def test_an_installed_translator_is_used_for_every_layer() -> None:
    from vipclient.api.messages import message
    from vipclient.sync.messages import message as sync_message

    i18n.set_translator(lambda context, text: f"[{context}] {text}")
    try:
        assert i18n.translate("X", "y") == "[X] y"
        assert message("duration_unknown").startswith("[ApiErrors] ")
        assert sync_message("unreachable").startswith("[SyncEngine] ")
    finally:
        i18n.set_translator(None)
