"""The sandbox's own models store and serve our records unchanged (the seam with H1a).

Each record goes through ``Model.row_from_api`` (what the bulk insert writes) and back
through ``to_api`` (what the API serves); the result must be the record itself.
"""

from __future__ import annotations

from typing import Any

from tests.support.sandbox_seed import book
from vipclient.sandbox import db

MODELS: dict[str, Any] = {
    "client": db.Client,
    "ticket": db.Ticket,
    "message": db.Message,
    "fee_request": db.FeeRequest,
    "withdrawal_request": db.WithdrawalRequest,
    "api_access_request": db.ApiAccessRequest,
    "freeze": db.Freeze,
}


def test_records_round_trip_through_the_sandbox_models() -> None:
    checked: set[str] = set()
    for entity, record in book(7, 40):
        model = MODELS[entity]
        row = model.row_from_api(record)
        assert model(**row).to_api() == record, entity
        checked.add(entity)
    assert checked == set(MODELS)
