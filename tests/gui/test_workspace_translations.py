"""The workspace's screens (files, help articles, transcripts) in Simplified Chinese: every
string Qt's own ``pyside6-lupdate`` finds in their modules has a translation with the same
placeholders."""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

from tests.support.i18n import PLACEHOLDER, ROOT, read_ts

MODULES = (
    "vipclient/gui/tickets/attachments.py",
    "vipclient/gui/tickets/attachment_opener.py",
    "vipclient/gui/tickets/help_panel.py",
    "vipclient/gui/tickets/image_viewer.py",
    "vipclient/gui/tickets/text_preview.py",
    "vipclient/gui/tickets/thumbnails.py",
    "vipclient/gui/tickets/thread_html.py",
    "vipclient/gui/clients/transcripts.py",
    "vipclient/gui/clients/transcript_pdf.py",
)


def found_by_lupdate(tmp_path: Path) -> set[tuple[str, str]]:
    lupdate = Path(sys.executable).with_name("pyside6-lupdate")
    out = tmp_path / "found.ts"
    subprocess.run([str(lupdate), *(str(ROOT / m) for m in MODULES), "-ts", str(out)],
                   check=True, capture_output=True)
    found = set()
    for context in ET.parse(out).getroot().iter("context"):
        name = context.findtext("name") or ""
        if not name:
            continue  # the older modules' tr() helpers (their context is not in the call)
        for message in context.iter("message"):
            found.add((name, message.findtext("source") or ""))
    return found


def test_every_workspace_string_is_translated(tmp_path: Path) -> None:
    found = found_by_lupdate(tmp_path)
    assert len(found) > 100  # the modules' strings really were read
    catalogue = read_ts()
    missing = sorted(key for key in found if not catalogue.get(key))
    assert not missing, f"add to resources/translations/vipclient_zh_CN.ts: {missing}"
    for key in found:
        translation = catalogue[key]
        assert sorted(PLACEHOLDER.findall(key[1])) == sorted(PLACEHOLDER.findall(translation))
