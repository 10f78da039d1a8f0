"""Fixtures for the sandbox's own integration tests: a small sandbox per module, over HTTP."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest

from tests.support.sandbox import Api, login, running_sandbox
from vipclient.sandbox.server import SandboxServer


@pytest.fixture(scope="module")
def sandbox() -> Iterator[SandboxServer]:
    """One small sandbox with controls for the whole module (state accumulates)."""
    with running_sandbox(clients=20) as srv:
        yield srv


@pytest.fixture
def api_as(sandbox: SandboxServer) -> Iterator[Callable[[str], Api]]:
    """``api_as("alice")``: a signed-in API session for a demo staff member."""
    opened: list[Api] = []

    def make(username: str) -> Api:
        api = Api(sandbox.base_url, login(sandbox.base_url, username)["access_token"])
        opened.append(api)
        return api

    yield make
    for api in opened:
        api.close()
