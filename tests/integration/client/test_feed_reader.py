"""FeedReader, the child process that reads a long first pull's pages, against a real sandbox."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.support.sync import no_children_left, sign_in, start_sandbox, wait_until
from vipclient.api.feed_reader import FeedGrant, FeedReader, decode_page, page_position
from vipclient.sandbox.server import SandboxServer

pytestmark = pytest.mark.timeout(60)


@pytest.fixture(scope="module")
def server() -> Iterator[SandboxServer]:
    srv = start_sandbox(clients=5, seed=7, controls=True)
    yield srv
    srv.stop()


def test_a_refused_token_stops_the_child_and_never_shows_in_its_command_line(
    server: SandboxServer,
) -> None:
    api = sign_in(server.base_url, "alice")
    good = api.feed_grant(5)
    token = good.authorization.removeprefix("Bearer ")
    assert token and token not in repr(good)

    reader = FeedReader(good)
    try:
        assert wait_until(reader.ready, 20)
        with open(f"/proc/{reader._process.pid}/cmdline", "rb") as f:
            assert token.encode() not in f.read()
        with open(f"/proc/{reader._process.pid}/environ", "rb") as f:
            assert token.encode() not in f.read()
        reader.start(None)
        page = reader.next_page(lambda: False)
        assert page is not None
        body, cursor, more = page
        assert len(decode_page(body)) == 5 and more
        assert page_position(body) == (cursor, True)
    finally:
        reader.close()

    bad = FeedGrant(url=good.url, authorization="Bearer not-a-token", limit=5,
                    verify=False, timeout=good.timeout)
    reader = FeedReader(bad)
    try:
        assert wait_until(reader.ready, 20)
        reader.start(None)
        assert reader.next_page(lambda: False) is None
        assert reader.stopped_because == "the server answered 401"
    finally:
        reader.close()
    assert wait_until(no_children_left, 3)


def test_a_reader_closed_before_it_is_ready_leaves_no_process(server: SandboxServer) -> None:
    reader = FeedReader(sign_in(server.base_url, "alice").feed_grant(5))
    reader.close()
    reader.close()  # twice is harmless
    assert no_children_left()


@pytest.mark.parametrize("body", [
    b"", b"not json", b"[]", b'{"changes": []}', b'{"changes": {}, "next_cursor": "c"}',
    b'{"changes": [], "next_cursor": 7}',
])
def test_anything_but_a_page_of_changes_has_no_position(body: bytes) -> None:
    assert page_position(body) is None


def test_a_page_of_changes_has_its_position() -> None:
    assert page_position(b'{"changes": [], "next_cursor": "c", "has_more": true}') == ("c", True)
    assert page_position(b'{"changes": [], "next_cursor": "c"}') == ("c", False)
