"""Helpers for the security screens' tests: a signed-in desk with its online road, alerts
raised through the sandbox's control, and the shared step-up dialog found and answered."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QDialogButtonBox
from pytestqt.qtbot import QtBot

from tests.support.gui import LiveSession, fresh_code
from tests.support.sandbox import control
from vipclient.gui.online import OnlineRunner
from vipclient.gui.step_up_dialog import StepUpDialog
from vipclient.sandbox.server import SandboxServer


def officer_desk(server: SandboxServer, qtbot: QtBot, who: str = "dave") -> LiveSession:
    """A live session with the online road attached (as the composition root does)."""
    live = LiveSession(server, who, wait=5.0).start(qtbot)
    runner = OnlineRunner(lambda: None)
    runner.attach(live.signed.api)
    live.ctx.services["online"] = runner
    return live


def raise_alert(server: SandboxServer, uid: str, severity: str = "critical",
                kind: str = "sim_swap_report") -> str:
    alert = control(server.base_url, "POST", "/_sandbox/risk-alerts",
                    {"client_uid": uid, "kind": kind, "severity": severity})
    return str(alert["id"])


def active_clients(live: LiveSession, n: int, used: set[str]) -> list[str]:
    """``n`` active clients no test used yet (read from the server)."""
    api = live.signed.api
    found: list[str] = []
    for c in api.request("GET", "/clients", params={"limit": 200}).json["items"]:
        if c["status"] == "active" and c["uid"] not in used:
            used.add(c["uid"])
            found.append(c["uid"])
            if len(found) == n:
                return found
    raise AssertionError("not enough active clients")


def open_step_up(qtbot: QtBot, timeout: int = 15_000) -> StepUpDialog:
    """The step-up dialog the online road showed (a new one for each question)."""
    found: list[StepUpDialog] = []

    def shown() -> bool:
        found[:] = [w for w in QApplication.topLevelWidgets()
                    if isinstance(w, StepUpDialog) and w.isVisible()]
        return bool(found)

    qtbot.waitUntil(shown, timeout=timeout)
    return found[-1]


def answer_step_up(qtbot: QtBot, code: str) -> StepUpDialog:
    dialog = open_step_up(qtbot)
    dialog.code_edit.setText(code)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert ok.isEnabled()
    ok.click()
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=5_000)
    return dialog


def fresh(server: SandboxServer, who: str = "dave") -> str:
    return fresh_code(server, who)


def audit_actions(server: SandboxServer, target: str) -> list[str]:
    from types import SimpleNamespace

    from tests.support.client import signed_in_client

    api = signed_in_client(SimpleNamespace(base_url=server.base_url), "carol")
    try:
        items = api.request("GET", "/audit", params={"target": target, "limit": 1000}).json
        return [e["action"] for e in items["items"]]
    finally:
        api.close()
