"""ApiClient against the real sandbox: every served object fits the wire models, the long-poll
and abort(), the server clock, injected faults, and no secret in the log after a session."""

from __future__ import annotations

import logging
import re
import threading
import time
from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
import requests

from tests.support.client import advance_clock, fresh_totp, running_sandbox, signed_in_client
from vipclient import logs
from vipclient.api.client import ApiClient, new_idempotency_key
from vipclient.api.errors import (
    Cancelled,
    MalformedResponse,
    NetworkError,
    ServerError,
    StepUpRequired,
    is_retryable,
)
from vipclient.api.models import (
    Asset,
    AuditEntry,
    ChangesPage,
    Client,
    FeeRequest,
    Freeze,
    Message,
    Policy,
    Ticket,
    UnfreezeRequest,
    WithdrawalRequest,
)
from vipclient.security.tokens import TokenStore

# One worker runs this module under `--dist loadgroup`, so its sandbox starts once.
pytestmark = pytest.mark.xdist_group("client-api-feed")


@pytest.fixture(scope="module")
def sandbox() -> Iterator[Any]:
    with running_sandbox(clients=20) as srv:
        yield srv


def drain(api: ApiClient, cursor: str | None = None) -> tuple[list[ChangesPage], str]:
    pages: list[ChangesPage] = []
    while True:
        page = api.changes(cursor, limit=1000)
        pages.append(page)
        cursor = page.next_cursor
        if not page.has_more:
            return pages, cursor


def test_every_entity_of_the_initial_sync_fits_the_models(sandbox: Any) -> None:
    api = signed_in_client(sandbox, "carol")
    pages, cursor = drain(api)
    seen: dict[str, int] = {}
    for page in pages:
        for change in page.changes:
            change.model()  # raises MalformedResponse on any mismatch
            seen[change.entity] = seen.get(change.entity, 0) + 1
    assert cursor
    assert {"client", "ticket", "message", "staff", "policy"} <= set(seen), seen
    assert seen["client"] == 20


@pytest.mark.parametrize(
    ("path", "model"),
    [("/clients", Client), ("/tickets", Ticket), ("/policies", Policy), ("/assets", Asset),
     ("/fee-requests", FeeRequest), ("/withdrawal-requests", WithdrawalRequest),
     ("/freezes", Freeze), ("/unfreeze-requests", UnfreezeRequest), ("/audit", AuditEntry)],
)
def test_list_endpoints_fit_the_models(sandbox: Any, path: str, model: type) -> None:
    api = signed_in_client(sandbox, "carol")
    page = api.get_page(path, {"limit": 50}, item=model)
    assert all(isinstance(item, model) for item in page.items)


def test_messages_of_a_ticket(sandbox: Any) -> None:
    api = signed_in_client(sandbox, "alice")
    ticket = api.get_page("/tickets", {"limit": 1}, item=Ticket).items[0]
    messages = api.get_page(f"/tickets/{ticket.id}/messages", item=Message)
    assert all(m.ticket_id == ticket.id for m in messages.items)


def test_long_poll_wakes_on_a_change_and_abort_ends_it(sandbox: Any) -> None:
    api = signed_in_client(sandbox, "alice")
    _, cursor = drain(api)
    box: dict[str, Any] = {}

    def poll(cursor: str) -> None:
        started = time.monotonic()
        try:
            box["page"] = api.changes(cursor, wait=25)
        except BaseException as exc:
            box["error"] = exc
        box["elapsed"] = time.monotonic() - started

    # a change on the server reaches the waiting client at once
    worker = threading.Thread(target=poll, args=(cursor,))
    worker.start()
    time.sleep(0.3)
    writer = signed_in_client(sandbox, "carol")
    uid = writer.get_page("/clients", {"limit": 1}, item=Client).items[0]
    writer.request("PATCH", f"/clients/{uid.uid}", json={"notes": "Prefers calls after 6pm."},
                   if_match=uid.version)
    worker.join(10)
    assert not worker.is_alive()
    page = box["page"]
    assert any(c.entity == "client" and c.id == uid.uid for c in page.changes)
    assert box["elapsed"] < 5

    # nothing new: the poll would hold 25 s; abort() ends it within a second
    cursor = page.next_cursor
    for _ in range(5):  # a background tick may emit a change: poll again from there
        box.clear()
        worker = threading.Thread(target=poll, args=(cursor,))
        worker.start()
        time.sleep(0.5)
        if worker.is_alive():
            break
        cursor = box["page"].next_cursor
    assert worker.is_alive()
    aborted = time.monotonic()
    api.abort()
    worker.join(5)
    assert not worker.is_alive()
    assert time.monotonic() - aborted < 1.0
    assert isinstance(box["error"], Cancelled)
    assert not is_retryable(box["error"])


def _sandbox_now(base_url: str) -> datetime:
    text = requests.get(f"{base_url}/_sandbox/clock", timeout=10).json()["now"]
    return datetime.fromisoformat(text.replace("Z", "+00:00"))


def test_server_now_follows_the_sandbox_clock(sandbox: Any) -> None:
    api = signed_in_client(sandbox, "alice")
    api.me()
    assert abs(api.server_now() - _sandbox_now(sandbox.base_url)) < timedelta(seconds=1.6)
    advance_clock(sandbox.base_url, 3 * 3600)
    api.me()
    assert abs(api.server_now() - _sandbox_now(sandbox.base_url)) < timedelta(seconds=1.6)


@pytest.fixture
def faults(sandbox: Any) -> Iterator[Any]:
    def set_faults(**config: Any) -> None:
        requests.post(f"{sandbox.base_url}/_sandbox/faults", json=config,
                      timeout=10).raise_for_status()

    yield set_faults
    requests.delete(f"{sandbox.base_url}/_sandbox/faults", timeout=10).raise_for_status()


def test_injected_faults_become_retryable_errors(sandbox: Any, faults: Any) -> None:
    api = signed_in_client(sandbox, "alice")
    faults(malformed_rate=1.0, paths=["/api/v1/me"])
    with pytest.raises(MalformedResponse) as malformed:
        api.me()
    faults(error_rate=1.0, paths=["/api/v1/me"])
    with pytest.raises(ServerError) as error:
        api.me()
    faults(drop_rate=1.0, paths=["/api/v1/me"])
    with pytest.raises(NetworkError) as dropped:
        api.me()
    assert not isinstance(dropped.value, Cancelled)
    for exc in (malformed.value, error.value, dropped.value):
        assert is_retryable(exc)
        assert exc.user_message
    faults()
    assert api.me().username == "alice"


def test_no_secret_reaches_the_log_file_after_a_session(sandbox: Any, tmp_path: Path) -> None:
    log_path = logs.setup_logging(logging.DEBUG, directory=tmp_path, console=False)
    logging.getLogger("urllib3").setLevel(logging.DEBUG)
    secrets: set[str] = set()
    try:
        tokens = TokenStore.for_user(sandbox.base_url, "dave")
        from tests.support.client import staff_credentials

        person = staff_credentials("dave")
        secrets.add(person["password"])
        secrets.add(person["totp_secret"])
        api = ApiClient(sandbox.base_url, tokens)
        code = fresh_totp(sandbox.base_url, "dave")
        secrets.add(code)
        login = api.login("dave", person["password"], code)
        logging.getLogger("test").info("login answer %r", login)
        secrets.update(t for t in (tokens.access_token, tokens.refresh_token) if t)
        api.refresh()
        secrets.update(t for t in (tokens.access_token, tokens.refresh_token) if t)
        uid = api.get_page("/clients", {"limit": 1}, item=Client).items[0].uid
        key = new_idempotency_key()
        body = {"scopes": ["api"], "reason_code": "phishing_report", "note": "Reported."}
        with pytest.raises(StepUpRequired):
            api.request("POST", f"/clients/{uid}/freeze", json=body, idempotency_key=key)
        step_code = fresh_totp(sandbox.base_url, "dave")
        secrets.add(step_code)
        logging.getLogger("test").info("user typed TOTP %s", step_code)
        api.step_up(step_code)
        secrets.update(t for t in (tokens.access_token, tokens.refresh_token) if t)
        api.request("POST", f"/clients/{uid}/freeze", json=body, idempotency_key=key)
        advance_clock(sandbox.base_url, 901)
        api.me()  # refreshes after expiry
        secrets.update(t for t in (tokens.access_token, tokens.refresh_token) if t)
        api.changes(None, limit=50)
        try:
            raise RuntimeError(f"boom with Authorization: Bearer {tokens.access_token}")
        except RuntimeError:
            logging.getLogger("test").exception("unexpected")
        api.logout()
    finally:
        logs.teardown_logging()
    text = log_path.read_text(encoding="utf-8")
    assert "signed in as dave" in text and "Traceback" in text
    for secret in secrets:
        assert secret not in text, "a secret reached the log file"
    assert not re.search(r"Bearer [A-Za-z0-9_\-]{20,}", text)
