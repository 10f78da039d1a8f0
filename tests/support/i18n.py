"""Find the shell's translatable strings in the source, the way the app looks them up.

Each GUI module of the shell defines ``tr(text)`` as ``QCoreApplication.translate("Context",
text)``; its ``tr("…")`` calls are the module's messages. ``QT_TRANSLATE_NOOP("Context", "…")``
marks strings translated later (section titles). Qt's ``lupdate`` cannot see the context
through the helper, so this reads it from the helper's own body.
"""

from __future__ import annotations

import ast
import re
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
TS_FILE = ROOT / "resources" / "translations" / "vipclient_zh_CN.ts"
PLACEHOLDER = re.compile(r"\{[a-z_]+\}")

# The shell's modules (the screens of other areas keep their own catalogues' sections).
SHELL_MODULES = (
    "vipclient/app.py",
    "vipclient/gui/about_dialog.py",
    "vipclient/gui/busy_window.py",
    "vipclient/gui/crash_dialog.py",
    "vipclient/gui/main_window.py",
    "vipclient/gui/search_palette.py",
    "vipclient/gui/sections.py",
    "vipclient/gui/settings_dialog.py",
    "vipclient/gui/sign_in_dialog.py",
    "vipclient/gui/status_area.py",
    "vipclient/gui/step_up_dialog.py",
    "vipclient/gui/sync_problems.py",
)


def _helper_context(tree: ast.Module) -> str | None:
    for node in tree.body:
        if isinstance(node, ast.FunctionDef) and node.name == "tr":
            for call in ast.walk(node):
                if (
                    isinstance(call, ast.Call)
                    and isinstance(call.func, ast.Attribute)
                    and call.func.attr == "translate"
                    and call.args
                    and isinstance(call.args[0], ast.Constant)
                ):
                    return str(call.args[0].value)
    return None


def messages(modules: tuple[str, ...] = SHELL_MODULES) -> dict[str, set[str]]:
    """``{context: {source text}}`` for every literal passed to ``tr`` or the NOOP marker,
    and every translatable text of the Designer forms."""
    found: dict[str, set[str]] = {}
    for rel in modules:
        tree = ast.parse((ROOT / rel).read_text(encoding="utf-8"))
        context = _helper_context(tree)
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call) or not isinstance(node.func, ast.Name):
                continue
            args = node.args
            if node.func.id == "tr" and context and args and isinstance(args[0], ast.Constant):
                found.setdefault(context, set()).add(str(args[0].value))
            elif (
                node.func.id == "QT_TRANSLATE_NOOP"
                and len(args) == 2
                and all(isinstance(a, ast.Constant) for a in args)
            ):
                ctx, text = (str(a.value) for a in args)  # type: ignore[attr-defined]
                found.setdefault(ctx, set()).add(text)
    for ctx, texts in form_messages().items():
        found.setdefault(ctx, set()).update(texts)
    return found


def form_messages(forms_dir: Path = ROOT / "ui") -> dict[str, set[str]]:
    """``{context: {source text}}`` of the Designer forms: pyside6-uic translates each
    ``<string>`` not marked ``notr`` in the context of the form's class."""
    found: dict[str, set[str]] = {}
    for form in sorted(forms_dir.glob("*.ui")):
        root = ET.parse(form).getroot()
        context = root.findtext("class") or ""
        for string in root.iter("string"):
            if string.get("notr") != "true" and string.text:
                found.setdefault(context, set()).add(string.text)
    return found


def read_ts(path: Path = TS_FILE) -> dict[tuple[str, str], str]:
    """``{(context, source): translation}`` from a Qt Linguist file (unfinished ones as '')."""
    out: dict[tuple[str, str], str] = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            done = translation is not None and translation.get("type") != "unfinished"
            out[(name, message.findtext("source") or "")] = (
                (translation.text or "") if done and translation is not None else ""
            )
    return out


def write_ts(entries: dict[tuple[str, str], str], path: Path = TS_FILE) -> None:
    root = ET.Element("TS", version="2.1", language="zh_CN", sourcelanguage="en")
    contexts: dict[str, ET.Element] = {}
    for (ctx, source), translation in sorted(entries.items()):
        if ctx not in contexts:
            contexts[ctx] = ET.SubElement(root, "context")
            ET.SubElement(contexts[ctx], "name").text = ctx
        message = ET.SubElement(contexts[ctx], "message")
        ET.SubElement(message, "source").text = source
        node = ET.SubElement(message, "translation")
        if translation:
            node.text = translation
        else:
            node.set("type", "unfinished")
    ET.indent(root)
    text = ET.tostring(root, encoding="unicode")
    path.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + text + "\n", encoding="utf-8"
    )
