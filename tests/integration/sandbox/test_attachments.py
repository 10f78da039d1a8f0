"""Attachments over real HTTP: uploads of every type, files that lie about their type, the
size limit, hostile names, downloads, messages that carry attachments, idempotent retries
with another multipart boundary, the changes feed and the seeded and live files."""

from __future__ import annotations

import hashlib
import socket
import time
import uuid
import zlib
from collections.abc import Iterator
from typing import Any

import pytest
import requests

from tests.support.files import ELF, PE, SAMPLES, form, png_bytes
from tests.support.sandbox import Api, all_items, login, running_sandbox
from vipclient.domain.attachments import MAX_BYTES
from vipclient.sandbox.server import SandboxServer, default_source

pytestmark = pytest.mark.xdist_group("ws-attachments")

EXT = {"image/png": "png", "image/jpeg": "jpg", "image/webp": "webp",
       "application/pdf": "pdf", "video/mp4": "mp4", "text/plain": "txt"}


@pytest.fixture(scope="module")
def sandbox() -> Iterator[SandboxServer]:
    with running_sandbox(clients=20) as srv:
        yield srv


@pytest.fixture(scope="module")
def alice(sandbox: SandboxServer) -> Iterator[Api]:
    api = Api(sandbox.base_url, login(sandbox.base_url, "alice")["access_token"])
    yield api
    api.close()


def upload(api: Api, ticket_id: str, filename: str | None, content_type: str | None,
           data: bytes, *, key: str | None = "auto", boundary: str = "vipdesk-b0und",
           ) -> requests.Response:
    ctype, body = form(("file", filename, content_type, data), boundary=boundary)
    return api.post(f"/tickets/{ticket_id}/attachments", data=body, key=key,
                    headers={"Content-Type": ctype})


def open_ticket(api: Api, n: int = 0) -> dict[str, Any]:
    items = api.get("/tickets", params={"status": "open", "limit": 50}).json()["items"]
    return dict(items[n])


def problem(r: requests.Response, status: int) -> dict[str, Any]:
    assert r.status_code == status, r.text
    assert r.headers["Content-Type"].startswith("application/problem+json")
    return dict(r.json())


@pytest.mark.parametrize("kind", list(SAMPLES))
def test_every_allowed_type_uploads(alice: Api, kind: str) -> None:
    ticket = open_ticket(alice)
    data = SAMPLES[kind]
    r = upload(alice, ticket["id"], f"evidence.{EXT[kind]}", kind, data)
    assert r.status_code == 201, r.text
    meta = r.json()
    assert set(meta) == {"id", "ticket_id", "filename", "content_type", "size", "sha256",
                         "uploaded_by", "created_at"}
    assert meta["ticket_id"] == ticket["id"] and meta["content_type"] == kind
    assert meta["size"] == len(data) and meta["sha256"] == hashlib.sha256(data).hexdigest()
    assert meta["uploaded_by"] == "S0001" and meta["filename"] == f"evidence.{EXT[kind]}"
    assert alice.get(f"/attachments/{meta['id']}").json() == meta


@pytest.mark.parametrize(("declared", "data", "says"), [
    ("application/pdf", SAMPLES["image/png"], "is a PNG image, not a PDF document"),
    ("image/png", ELF, "Linux executable (ELF)"),
    ("image/png", PE, "Windows executable"),
    ("text/plain", b"caf\xe9 au lait", "valid UTF-8"),
    ("image/gif", b"GIF89a\x01\x00", "not accepted"),
    ("image/jpeg", b"", "empty"),
])
def test_files_that_lie_about_their_type_are_refused(
    alice: Api, declared: str, data: bytes, says: str
) -> None:
    body = problem(upload(alice, open_ticket(alice)["id"], "invoice.png", declared, data), 422)
    assert body["errors"][0]["field"] == "file" and says in body["errors"][0]["message"]


def test_a_file_over_25_mib_is_413_and_the_server_still_answers(alice: Api) -> None:
    ticket = open_ticket(alice)
    big = SAMPLES["image/png"] + bytes(26 * 1024 * 1024)
    body = problem(upload(alice, ticket["id"], "huge.png", "image/png", big), 413)
    assert body["limit_bytes"] == MAX_BYTES
    # Sent without a length (chunked): refused once the body grows past the limit.
    ctype, raw = form(("file", "huge.png", "image/png", big))
    chunks = (raw[i:i + (1 << 20)] for i in range(0, len(raw), 1 << 20))
    r = alice.post(f"/tickets/{ticket['id']}/attachments", data=chunks,
                   headers={"Content-Type": ctype})
    problem(r, 413)
    assert alice.get(f"/tickets/{ticket['id']}").status_code == 200
    # Exactly the limit is fine.
    exact = SAMPLES["image/png"] + bytes(MAX_BYTES - len(SAMPLES["image/png"]))
    assert upload(alice, ticket["id"], "exact.png", "image/png", exact).status_code == 201


def test_a_huge_declared_length_is_refused_before_any_body(
    sandbox: SandboxServer, alice: Api
) -> None:
    """10 GiB announced, nothing sent: the answer comes at once, so nothing was read."""
    host, port = sandbox.base_url.removeprefix("http://").split(":")
    with socket.create_connection((host, int(port)), timeout=10) as sock:
        sock.sendall((
            f"POST /api/v1/tickets/{open_ticket(alice)['id']}/attachments HTTP/1.1\r\n"
            f"Host: {host}\r\nAuthorization: Bearer {alice.token}\r\n"
            f"Idempotency-Key: {uuid.uuid4()}\r\n"
            "Content-Type: multipart/form-data; boundary=x\r\n"
            f"Content-Length: {10 * 1024 ** 3}\r\n\r\n"
        ).encode())
        started = time.monotonic()
        head = sock.recv(4096).decode("latin-1")
    assert head.startswith("HTTP/1.1 413"), head
    assert time.monotonic() - started < 5


@pytest.mark.parametrize(("name", "stored"), [
    ("../../etc/passwd", "passwd"),
    ("..\\..\\boot.ini", "boot.ini"),
    ("invoice\u202egnp.exe", "invoicegnp.exe"),
    ("\u2067\u200b", "attachment.png"),
])
def test_hostile_filenames_are_stored_safely(alice: Api, name: str, stored: str) -> None:
    r = upload(alice, open_ticket(alice)["id"], name, "image/png", SAMPLES["image/png"])
    assert r.status_code == 201, r.text
    assert r.json()["filename"] == stored


def test_download_headers(alice: Api) -> None:
    ticket = open_ticket(alice)
    name = "截屏 2026-11-20 14.32.05.png"
    meta = upload(alice, ticket["id"], name, "image/png", SAMPLES["image/png"]).json()
    r = alice.get(f"/attachments/{meta['id']}/content")
    assert r.status_code == 200 and r.content == SAMPLES["image/png"]
    assert r.headers["Content-Type"] == "image/png"
    assert r.headers["Content-Disposition"] == (
        "attachment; filename*=UTF-8''%E6%88%AA%E5%B1%8F%202026-11-20%2014.32.05.png")
    assert r.headers["X-Content-Type-Options"] == "nosniff"
    assert r.headers["ETag"] == f'"{meta["sha256"]}"'
    text = upload(alice, ticket["id"], 'notes "v2".txt', "text/plain", SAMPLES["text/plain"])
    t = alice.get(f"/attachments/{text.json()['id']}/content")
    assert t.headers["Content-Type"] == "text/plain; charset=utf-8"
    assert t.headers["Content-Disposition"] == "attachment; filename*=UTF-8''notes%20%22v2%22.txt"
    assert t.content.decode() == SAMPLES["text/plain"].decode()
    problem(alice.get("/attachments/AT-nope"), 404)
    problem(alice.get("/attachments/AT-nope/content"), 404)


def test_messages_carry_attachments_once(alice: Api) -> None:
    ticket, other = open_ticket(alice, 0), open_ticket(alice, 1)
    a = upload(alice, ticket["id"], "a.png", "image/png", SAMPLES["image/png"]).json()
    b = upload(alice, ticket["id"], "b.pdf", "application/pdf", SAMPLES["application/pdf"]).json()
    foreign = upload(alice, other["id"], "c.png", "image/png", SAMPLES["image/png"]).json()
    r = alice.post(f"/tickets/{ticket['id']}/messages",
                   {"body": "Here are the files.", "attachment_ids": [a["id"], b["id"]]})
    assert r.status_code == 201, r.text
    msg = r.json()
    assert msg["attachments"] == [a, b]
    plain = alice.post(f"/tickets/{ticket['id']}/messages", {"body": "No files."}).json()
    assert "attachments" not in plain
    thread = alice.get(f"/tickets/{ticket['id']}/messages", params={"limit": 1000}).json()
    by_id = {m["id"]: m for m in thread["items"]}
    assert by_id[msg["id"]]["attachments"] == [a, b]
    assert "attachments" not in by_id[plain["id"]]
    # Reuse, another ticket's, unknown and duplicated entries: 422 naming each.
    again = upload(alice, ticket["id"], "d.png", "image/png", SAMPLES["image/png"]).json()
    r = alice.post(f"/tickets/{ticket['id']}/messages", {
        "body": "Again.", "attachment_ids": [again["id"], a["id"], foreign["id"], "AT-x",
                                             again["id"]]})
    body = problem(r, 422)
    fields = {e["field"]: e["message"] for e in body["errors"]}
    assert set(fields) == {"attachment_ids.1", "attachment_ids.2", "attachment_ids.3",
                           "attachment_ids.4"}
    assert msg["id"] in fields["attachment_ids.1"]
    assert ticket["id"] in fields["attachment_ids.2"] and "twice" in fields["attachment_ids.4"]
    # Nothing was used by the refused message: the fresh one still goes on a new message.
    ok = alice.post(f"/tickets/{ticket['id']}/messages",
                    {"body": "This one.", "attachment_ids": [again["id"]]})
    assert ok.status_code == 201 and ok.json()["attachments"] == [again]


def test_a_retried_upload_with_another_boundary_replays(alice: Api) -> None:
    ticket = open_ticket(alice)
    key = str(uuid.uuid4())
    first = upload(alice, ticket["id"], "proof.pdf", "application/pdf",
                   SAMPLES["application/pdf"], key=key, boundary="first-boundary")
    assert first.status_code == 201
    retry = upload(alice, ticket["id"], "proof.pdf", "application/pdf",
                   SAMPLES["application/pdf"], key=key, boundary="----another-0123")
    assert retry.status_code == 201 and retry.headers["Idempotent-Replayed"] == "true"
    assert retry.json() == first.json()
    other = upload(alice, ticket["id"], "proof.pdf", "application/pdf",
                   SAMPLES["application/pdf"] + b"%changed", key=key)
    assert problem(other, 422)["errors"][0]["field"] == "Idempotency-Key"
    problem(upload(alice, ticket["id"], "p.pdf", "application/pdf", SAMPLES["application/pdf"],
                   key=None), 400)


def test_malformed_forms_are_4xx_never_500(alice: Api) -> None:
    path = f"/tickets/{open_ticket(alice)['id']}/attachments"

    def send(ctype: str, body: bytes) -> requests.Response:
        return alice.post(path, data=body, headers={"Content-Type": ctype})

    png = SAMPLES["image/png"]
    ctype, two = form(("file", "a.png", "image/png", png), ("file", "b.png", "image/png", png))
    assert "2" in problem(send(ctype, two), 422)["errors"][0]["message"]
    ctype, none = form(("note", None, None, b"hello"))
    assert problem(send(ctype, none), 422)["errors"][0]["field"] == "note"
    ctype, empty = form()
    assert problem(send(ctype, empty), 422)["errors"][0]["field"] == "file"
    ctype, untyped = form(("file", "a.png", None, png))
    assert "Content-Type" in problem(send(ctype, untyped), 422)["errors"][0]["message"]
    ctype, whole = form(("file", "a.png", "image/png", png))
    problem(send("multipart/form-data", whole), 400)                     # no boundary
    problem(send(ctype, whole[:-40]), 400)                               # truncated
    problem(send(ctype, b"\x00\xff" * 100), 400)
    problem(alice.post(path, {"file": "a.png"}), 415)
    problem(send("multipart/form-data; boundary=\x7f", whole), 400)
    problem(Api(alice.base.removesuffix("/api/v1"), "not-a-token").post(
        path, data=whole, headers={"Content-Type": ctype}), 401)


def test_unknown_closed_and_frozen_tickets(alice: Api) -> None:
    png = SAMPLES["image/png"]
    problem(upload(alice, "T-nope", "a.png", "image/png", png), 404)
    closed = alice.get("/tickets", params={"status": "closed", "limit": 1}).json()["items"][0]
    problem(upload(alice, closed["id"], "a.png", "image/png", png), 409)
    frozen = alice.get("/freezes", params={"active": "true"}).json()["items"][0]["client_uid"]
    tickets = alice.get("/tickets", params={"client_uid": frozen, "limit": 1000}).json()["items"]
    live = next(t for t in tickets if t["status"] != "closed")
    assert upload(alice, live["id"], "evidence.png", "image/png", png).status_code == 201


def test_feed_and_seeded_files(sandbox: SandboxServer, alice: Api) -> None:
    changes = all_items(alice, "/changes", "changes")
    attachments = {c["id"]: c["data"] for c in changes if c["entity"] == "attachment"}
    # The demo's files are the clients' (uploaded_by a uid); this module's are alice's.
    seeded = [a for a in attachments.values() if a["uploaded_by"].startswith("U")]
    assert seeded and all(set(a) == {"id", "ticket_id", "filename", "content_type", "size",
                                     "sha256", "uploaded_by", "created_at"}
                          for a in attachments.values())
    kinds = {a["content_type"] for a in seeded}
    assert kinds == {"image/png", "application/pdf"}
    carried = [c["data"] for c in changes
               if c["entity"] == "message" and "attachments" in c["data"]]
    seeded_carried = {a["id"] for m in carried for a in m["attachments"]}
    assert {a["id"] for a in seeded} <= seeded_carried
    for m in carried:
        if m["attachments"][0]["uploaded_by"].startswith("U"):
            assert m["author_kind"] == "client" and m["author_id"] == m["attachments"][0][
                "uploaded_by"]
    for kind in kinds:
        meta = next(a for a in seeded if a["content_type"] == kind)
        data = alice.get(f"/attachments/{meta['id']}/content").content
        assert hashlib.sha256(data).hexdigest() == meta["sha256"] and len(data) == meta["size"]
        assert 300 < len(data) < 8000
        if kind == "image/png":
            _check_png(data)
        else:
            assert data.startswith(b"%PDF-1.4") and data.rstrip().endswith(b"%%EOF")
    audit = Api(sandbox.base_url, login(sandbox.base_url, "carol")["access_token"])
    entries = audit.get("/audit", params={"actor": "S0001", "limit": 1000}).json()["items"]
    uploads = [e for e in entries if e["action"] == "attachment.upload"]
    assert uploads and {"attachment_id", "sha256", "filename"} <= set(uploads[0]["details"])


def _check_png(data: bytes) -> None:
    """A PNG that decodes: chunks with valid CRCs, IDAT inflating to height rows."""
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    pos, idat, size = 8, b"", (0, 0)
    while pos < len(data):
        length = int.from_bytes(data[pos:pos + 4], "big")
        kind, body = data[pos + 4:pos + 8], data[pos + 8:pos + 8 + length]
        crc = int.from_bytes(data[pos + 8 + length:pos + 12 + length], "big")
        assert zlib.crc32(kind + body) == crc
        if kind == b"IHDR":
            size = (int.from_bytes(body[:4], "big"), int.from_bytes(body[4:8], "big"))
        elif kind == b"IDAT":
            idat += body
        pos += 12 + length
    width, height = size
    assert len(zlib.decompress(idat)) == height * (1 + 3 * width)


def test_live_client_messages_sometimes_carry_a_file() -> None:
    from sqlalchemy import select

    from vipclient.sandbox.db import Attachment, Message
    from vipclient.sandbox.live import LiveGenerator

    with running_sandbox(clients=10) as srv:
        assert srv.sandbox is not None
        with srv.sandbox.read() as s:
            before = set(s.scalars(select(Attachment.id)))
        live = LiveGenerator(srv.sandbox, default_source(), seed=7)
        for _ in range(300):
            live.step()
        with srv.sandbox.read() as s:
            new = [a for a in s.scalars(select(Attachment)) if a.id not in before]
            carried = {m.id: m for m in s.scalars(select(Message).where(
                Message.id.in_([a.message_id for a in new])))}
    assert 3 <= len(new) <= 60, len(new)
    for att in new:
        msg = carried[att.message_id or ""]
        assert msg.author_kind == "client" and att.uploaded_by == msg.author_id
        assert msg.attachments == [att.to_api()]


def test_png_helper_checks_something() -> None:
    _check_png(png_bytes())
    with pytest.raises(AssertionError):
        _check_png(png_bytes()[:-20] + bytes(20))
