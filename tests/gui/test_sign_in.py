"""The sign-in dialog against a real sandbox: success, and each failure in plain words."""

from __future__ import annotations

import re
import socket
import ssl
import subprocess
import threading
from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest
from keyring.backends import fail
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from tests.support.gui import (
    current_code,
    fresh_code,
    staff,
    start_sandbox,
    wrong_code,
)
from vipclient.api.messages import MESSAGES
from vipclient.gui.sign_in_dialog import SignInDialog
from vipclient.sandbox.server import SandboxServer
from vipclient.services.session import Credentials, SessionService, SignedIn, keyring_note


@pytest.fixture(scope="module")
def server() -> Iterator[SandboxServer]:
    srv = start_sandbox(clients=20)
    yield srv
    srv.stop()


@pytest.fixture
def service() -> SessionService:
    return SessionService()


def make_dialog(
    qtbot: QtBot, service: SessionService, server_url: str = "", **kw: object
) -> SignInDialog:
    dialog = SignInDialog(
        service.sign_in, Credentials, server_url=server_url, **kw  # type: ignore[arg-type]
    )
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def fill(qtbot: QtBot, dialog: SignInDialog, username: str, password: str, code: str) -> None:
    for edit in (dialog.username_edit, dialog.password_edit, dialog.code_edit):
        edit.clear()
    qtbot.keyClicks(dialog.username_edit, username)
    qtbot.keyClicks(dialog.password_edit, password)
    qtbot.keyClicks(dialog.code_edit, code)


def wait_for_error(qtbot: QtBot, dialog: SignInDialog) -> str:
    qtbot.waitUntil(lambda: dialog.error_label.isVisible(), timeout=10_000)
    qtbot.waitUntil(lambda: not dialog.busy.isVisible(), timeout=5_000)
    return dialog.error_label.text()


def test_validates_as_you_type(qtbot: QtBot, service: SessionService) -> None:
    dialog = make_dialog(qtbot, service)
    assert not dialog.sign_in_button.isEnabled()
    assert "https://" in dialog.hint_label.text()
    qtbot.keyClicks(dialog.server_edit, "https://backoffice.example.com")
    assert dialog.hint_label.text() == "Enter your username."
    qtbot.keyClicks(dialog.username_edit, "alice")
    qtbot.keyClicks(dialog.password_edit, "secret")
    qtbot.keyClicks(dialog.code_edit, "12x34")
    assert dialog.code_edit.text() == "1234"  # letters are refused
    assert "6-digit code" in dialog.hint_label.text()
    assert not dialog.sign_in_button.isEnabled()
    qtbot.keyClicks(dialog.code_edit, "56")
    assert dialog.sign_in_button.isEnabled()
    assert dialog.hint_label.text() == ""


def test_success_opens_a_session(
    qtbot: QtBot, server: SandboxServer, service: SessionService
) -> None:
    dialog = make_dialog(qtbot, service, server.base_url)
    alice = staff("alice")
    fill(qtbot, dialog, "alice", alice["password"], fresh_code(server, "alice"))
    with qtbot.waitSignal(dialog.signedIn, timeout=10_000) as blocker:
        qtbot.mouseClick(dialog.sign_in_button, Qt.MouseButton.LeftButton)
    session = blocker.args[0]
    assert isinstance(session, SignedIn)
    assert session.me.username == "alice"
    assert "account_manager" in session.me.roles
    assert session.tokens.has_session()
    assert dialog.password_edit.text() == ""  # nothing secret stays in the form
    assert dialog.result() == SignInDialog.DialogCode.Accepted
    service.sign_out(session)
    assert not session.tokens.has_session()


def test_wrong_password(qtbot: QtBot, server: SandboxServer, service: SessionService) -> None:
    dialog = make_dialog(qtbot, service, server.base_url)
    fill(qtbot, dialog, "carol", "not-her-password", fresh_code(server, "carol"))
    dialog.sign_in_button.click()
    assert wait_for_error(qtbot, dialog) == MESSAGES["invalid_credentials"]
    assert "password or code is not right" in dialog.error_label.text()
    assert dialog.code_edit.text() == ""  # a code is good once: the next try needs a new one


def test_wrong_code(qtbot: QtBot, server: SandboxServer, service: SessionService) -> None:
    dialog = make_dialog(qtbot, service, server.base_url)
    code = fresh_code(server, "dave")
    fill(qtbot, dialog, "dave", staff("dave")["password"], wrong_code(code))
    dialog.sign_in_button.click()
    assert wait_for_error(qtbot, dialog) == MESSAGES["invalid_credentials"]


def test_lockout_shows_time_left(
    qtbot: QtBot, server: SandboxServer, service: SessionService
) -> None:
    # Five failures within 15 minutes lock the username (platform-api: lockout).
    statuses = []
    for _ in range(5):
        with pytest.raises(Exception) as refused:
            service.sign_in(Credentials(server.base_url, "erin", "wrong-password", "000000"))
        statuses.append(getattr(refused.value, "status", None))
    assert statuses[:4] == [401] * 4
    dialog = make_dialog(qtbot, service, server.base_url)
    # Even the right password and code are refused while locked.
    fill(qtbot, dialog, "erin", staff("erin")["password"], current_code(server, "erin"))
    dialog.sign_in_button.click()
    text = wait_for_error(qtbot, dialog)
    assert text.startswith("Too many failed attempts. Signing in is locked for another ")
    assert re.search(r"1[45] min \d+ s", text), text
    assert re.fullmatch(r"Locked: try again in 1[45]:[0-5]\d", dialog.lockout_text())
    assert not dialog.sign_in_button.isEnabled()


def test_unreachable_server(qtbot: QtBot, service: SessionService) -> None:
    with socket.socket() as probe:  # a loopback port with nobody listening
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    dialog = make_dialog(qtbot, service, f"http://127.0.0.1:{port}")
    fill(qtbot, dialog, "alice", "whatever", "123456")
    dialog.sign_in_button.click()
    assert wait_for_error(qtbot, dialog) == MESSAGES["network"]
    assert dialog.error_label.text().startswith("The server cannot be reached.")


@pytest.fixture
def untrusted_tls_server(tmp_path: Path) -> Iterator[str]:
    """A TLS server on loopback whose self-signed certificate the client does not trust."""
    key, cert = tmp_path / "key.pem", tmp_path / "cert.pem"
    subprocess.run(
        ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", str(key),
         "-out", str(cert), "-days", "1", "-subj", "/CN=127.0.0.1"],
        check=True, capture_output=True,
    )
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(cert, key)
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen()
    port = listener.getsockname()[1]
    stop = threading.Event()

    def serve() -> None:
        listener.settimeout(0.2)
        while not stop.is_set():
            try:
                conn, _ = listener.accept()
            except OSError:
                continue
            try:
                with context.wrap_socket(conn, server_side=True):
                    pass
            except (ssl.SSLError, OSError):
                pass  # the client refuses our certificate: that is the point

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    yield f"https://127.0.0.1:{port}"
    stop.set()
    thread.join(2)
    listener.close()


def test_tls_failure(qtbot: QtBot, service: SessionService, untrusted_tls_server: str) -> None:
    dialog = make_dialog(qtbot, service, untrusted_tls_server)
    fill(qtbot, dialog, "alice", "whatever", "123456")
    dialog.sign_in_button.click()
    assert wait_for_error(qtbot, dialog) == MESSAGES["tls"]
    assert "certificate could not be verified" in dialog.error_label.text()


def test_keyring_note_when_tokens_cannot_be_kept(qtbot: QtBot, service: SessionService) -> None:
    keyring.set_keyring(fail.Keyring())
    note = keyring_note()
    assert note is not None and "kept in memory only" in note
    dialog = make_dialog(qtbot, service, keyring_note=note)
    assert dialog.keyring_label.isVisible()
    assert dialog.keyring_label.text() == note


def test_managed_server_is_locked(qtbot: QtBot, service: SessionService) -> None:
    dialog = make_dialog(qtbot, service, "https://backoffice.example.com", server_locked=True)
    assert not dialog.server_edit.isEnabled()
    assert dialog.findChild(type(dialog.hint_label), "serverManaged").text() == (
        "Set by your IT department."
    )
