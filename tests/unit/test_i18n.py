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


def test_a_plural_context_is_bound_to_its_own_name() -> None:
    """lupdate files ``Name.tr(…)`` under the name written in the code; the app asks Qt for the
    context given to Context(): the two must be the same word."""
    import ast
    from pathlib import Path

    bound = []
    for path in (Path(i18n.__file__).parent).rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (isinstance(node, ast.Assign) and isinstance(node.value, ast.Call)
                    and isinstance(node.value.func, ast.Name) and node.value.func.id == "Context"):
                name = node.targets[0]
                context = node.value.args[0]
                assert isinstance(name, ast.Name) and isinstance(context, ast.Constant), path
                assert name.id == context.value, (path, name.id, context.value)
                bound.append(name.id)
    assert {"Requests", "Dashboard"} <= set(bound)


def test_a_context_fills_in_its_count() -> None:
    assert i18n.Context("Lanes").tr("%n tickets", "", 3) == "3 tickets"
