"""The committed OpenAPI document is the app's: regenerate it when the API changes with
``vipclient-sandbox openapi --out docs/openapi.json``."""

from __future__ import annotations

import json
from pathlib import Path

from vipclient.sandbox.openapi import openapi_document

DOC = Path(__file__).resolve().parents[3] / "docs" / "openapi.json"


def test_committed_document_matches_the_app() -> None:
    committed = json.loads(DOC.read_text(encoding="utf-8"))
    generated = json.loads(json.dumps(openapi_document()))
    assert committed == generated, (
        "docs/openapi.json drifted from the app: run "
        "`vipclient-sandbox openapi --out docs/openapi.json` and review the diff"
    )


def test_every_error_is_documented_as_problem_json() -> None:
    doc = openapi_document()
    for path, item in doc["paths"].items():
        for method, op in item.items():
            for code, answer in op["responses"].items():
                if code.startswith(("4", "5")):
                    assert list(answer["content"]) == ["application/problem+json"], (
                        method, path, code)
            if method == "post" and not path.startswith(("/api/v1/auth/", "/api/v1/_sandbox")):
                names = {p["name"] for p in op.get("parameters", []) if p["in"] == "header"}
                assert "Idempotency-Key" in names, (method, path)
