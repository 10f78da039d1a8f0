"""A session's services: made once, on first use, and a registered one is the one used."""

from __future__ import annotations

from typing import Any

from vipclient.services.context import AppContext, Me


def _ctx(**services: Any) -> AppContext:
    me = Me(id="S1", username="alice", display_name="Alice", roles=frozenset())
    return AppContext(settings=None, cache=None, sync=None, me=me,  # type: ignore[arg-type]
                      server_url="https://desk.example", run_in_background=None,  # type: ignore[arg-type]
                      services=dict(services))


def test_a_service_is_made_once_on_first_use() -> None:
    ctx = _ctx()
    made: list[object] = []

    def make() -> object:
        made.append(object())
        return made[-1]

    first = ctx.session_service("search", make)
    assert ctx.session_service("search", make) is first
    assert made == [first] and ctx.services["search"] is first


def test_a_registered_service_is_the_one_used() -> None:
    registered = object()
    ctx = _ctx(search=registered)
    assert ctx.session_service("search", object) is registered
