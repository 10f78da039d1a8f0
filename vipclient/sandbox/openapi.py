"""The OpenAPI document of the sandbox as committed in ``docs/openapi.json``.

It describes the app with controls on (they are part of the sandbox's surface); building it
needs no database content, so an empty in-memory database is used.
"""

from __future__ import annotations

from typing import Any

from vipclient.sandbox.app import create_app
from vipclient.sandbox.core import Sandbox
from vipclient.sandbox.db import Database


def openapi_document() -> dict[str, Any]:
    db = Database("sqlite://")
    try:
        app = create_app(Sandbox(db, controls=True))
        return app.openapi()
    finally:
        db.dispose()
