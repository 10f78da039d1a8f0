"""Every catalogue is up to date with the code, finished, and keeps each placeholder.

Qt's own ``pyside6-lupdate`` (through ``scripts/translations.py``, as ``make translations`` runs
it) updates a temporary copy of each catalogue; the copy must equal the catalogue: no new text
the code has and the catalogue lacks, none the catalogue has and the code dropped, none left
unfinished, and no translation that lost a ``{name}``, ``%n`` or ``%1`` of its source or an
``&`` accelerator mark.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
CATALOGUES = sorted((ROOT / "resources" / "translations").glob("*.ts"))
PLACEHOLDER = re.compile(r"\{[A-Za-z_][A-Za-z0-9_]*(?:[:!][^{}]*)?\}|%L?n|%L?\d")

Key = tuple[str, str, str]  # context, source, disambiguation


@dataclass(frozen=True)
class Message:
    numerus: bool
    finished: bool
    forms: tuple[str, ...]  # one translation, or one per numerus form


def read(path: Path) -> dict[Key, Message]:
    out: dict[Key, Message] = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None, (path.name, name, message.findtext("source"))
            numerus = message.get("numerus") == "yes"
            forms = ([f.text or "" for f in translation.iter("numerusform")] if numerus
                     else [translation.text or ""])
            key = (name, message.findtext("source") or "", message.findtext("comment") or "")
            out[key] = Message(numerus, translation.get("type") is None and all(forms),
                               tuple(forms))
    return out


def updated(catalogue: Path, tmp_path: Path) -> dict[Key, Message]:
    copy = tmp_path / catalogue.name
    shutil.copy(catalogue, copy)
    subprocess.run([sys.executable, str(ROOT / "scripts" / "translations.py"), str(copy)],
                   check=True, capture_output=True)
    return read(copy)


def placeholders(text: str) -> list[str]:
    return sorted(PLACEHOLDER.findall(text))


@pytest.fixture(params=CATALOGUES, ids=[c.stem for c in CATALOGUES])
def catalogue(request: pytest.FixtureRequest) -> Path:
    return Path(request.param)


def test_the_catalogues_are_found() -> None:
    names = {c.stem for c in CATALOGUES}
    assert {"vipclient_zh_CN", "vipclient_ja", "vipclient_ko", "vipclient_en"} <= names


def test_catalogue_holds_exactly_the_texts_of_the_code(catalogue: Path, tmp_path: Path) -> None:
    have, fresh = read(catalogue), updated(catalogue, tmp_path)
    new = sorted(set(fresh) - set(have))
    vanished = sorted(set(have) - set(fresh))
    assert not new, f"run `make translations`, then translate in {catalogue.name}: {new}"
    assert not vanished, f"run `make translations`: {catalogue.name} keeps {vanished}"
    changed = sorted(k for k in have if have[k].numerus != fresh[k].numerus)
    assert not changed, f"numerus changed in the code, run `make translations`: {changed}"


def test_every_context_is_a_name(catalogue: Path) -> None:
    """lupdate files a ``self.tr`` that follows ``QCoreApplication.translate(`` in the same
    expression under "QCoreApplication.self", where the app never looks."""
    odd = sorted({k[0] for k in read(catalogue) if not k[0].isidentifier()})
    assert not odd, f"texts under a context the app never asks for: {odd}"


def test_every_message_is_finished(catalogue: Path) -> None:
    unfinished = sorted(k for k, m in read(catalogue).items() if not m.finished)
    assert not unfinished, f"{len(unfinished)} unfinished in {catalogue.name}: {unfinished[:20]}"


def test_translations_keep_placeholders_and_accelerators(catalogue: Path) -> None:
    lost = []
    for (context, source, _), message in read(catalogue).items():
        for form in message.forms if message.finished else ():
            if placeholders(form) != placeholders(source) or (
                    form.count("&") - 2 * form.count("&&")
                    != source.count("&") - 2 * source.count("&&")):
                lost.append((context, source, form))
    assert not lost, f"{catalogue.name}: {lost}"


def test_source_language_catalogue_holds_only_plural_forms() -> None:
    english = read(ROOT / "resources" / "translations" / "vipclient_en.ts")
    assert english and all(m.numerus for m in english.values())
    assert all(len(m.forms) == 2 for m in english.values())  # one, other
    assert english[("ClientsSection", "%n clients", "")].forms == ("%n client", "%n clients")


def test_the_checks_catch_a_stale_catalogue(tmp_path: Path) -> None:
    """A catalogue missing a text, with one the code dropped, fails the first check."""
    stale = tmp_path / "vipclient_zh_CN.ts"
    tree = ET.parse(ROOT / "resources" / "translations" / "vipclient_zh_CN.ts")
    context = next(tree.getroot().iter("context"))
    first = context.find("message")
    assert first is not None
    context.remove(first)
    extra = ET.SubElement(context, "message")
    ET.SubElement(extra, "source").text = "A text no code has"
    ET.SubElement(extra, "translation").text = "没有代码的文字"
    tree.write(stale, encoding="utf-8")
    (tmp_path / "copy").mkdir()
    have, fresh = read(stale), updated(stale, tmp_path / "copy")
    name = context.findtext("name") or ""
    assert (name, first.findtext("source") or "", first.findtext("comment") or "") in (
        set(fresh) - set(have))
    assert (name, "A text no code has", "") in set(have) - set(fresh)


def test_the_placeholder_check_sees_what_a_translation_lost() -> None:
    assert placeholders("{n} of {total:,}") != placeholders("{n} / 共")
    assert placeholders("%n tickets") != placeholders("工单")
    assert placeholders("Open %1") == placeholders("打开 %1")


def test_compiled_catalogue_is_up_to_date(catalogue: Path, tmp_path: Path) -> None:
    """The .qm the app loads is made by make from this .ts (a stale one shows old texts)."""
    built = catalogue.with_suffix(".qm")
    if not built.exists():
        pytest.skip(f"{built.name} not built (make setup builds it)")
    fresh = tmp_path / built.name
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    subprocess.run([str(lrelease), str(catalogue), "-qm", str(fresh)], check=True,
                   capture_output=True)
    assert fresh.read_bytes() == built.read_bytes(), f"run make to rebuild {built.name}"
