"""Which queued actions go out together: one at a time per entity, in queue order."""

from __future__ import annotations

from vipclient.store.models import OutboxRow
from vipclient.sync.engine import order_key, rows_ready_to_send


def _row(oid: int, entity: str | None, entity_id: str | None) -> OutboxRow:
    return OutboxRow(id=oid, entity=entity, entity_id=entity_id)


def _ids(rows: list[OutboxRow]) -> list[int]:
    return [r.id for r in rows]


QUEUE = [
    _row(1, "ticket", "T1"),
    _row(2, "ticket", "T2"),
    _row(3, "ticket", "T1"),  # waits for 1
    _row(4, "client", "U1"),
    _row(5, "ticket", "T3"),
]


def test_one_per_entity_up_to_the_window() -> None:
    assert _ids(rows_ready_to_send(QUEUE, {}, 8)) == [1, 2, 4, 5]
    assert _ids(rows_ready_to_send(QUEUE, {}, 2)) == [1, 2]


def test_a_later_action_on_an_entity_waits_for_the_one_out() -> None:
    out = {1: order_key(QUEUE[0])}
    assert _ids(rows_ready_to_send(QUEUE, out, 8)) == [2, 4, 5]
    # 1 is done (no longer queued): 3 may go now.
    assert _ids(rows_ready_to_send(QUEUE[1:], {2: "ticket:T2"}, 8)) == [3, 4, 5]


def test_the_window_counts_what_is_already_out() -> None:
    out = {1: "ticket:T1", 2: "ticket:T2"}
    assert _ids(rows_ready_to_send(QUEUE, out, 3)) == [4]
    assert rows_ready_to_send(QUEUE, out, 2) == []


def test_an_action_without_an_entity_goes_alone_after_everything_before_it() -> None:
    queue = [_row(1, "ticket", "T1"), _row(2, None, None), _row(3, "ticket", "T2")]
    assert _ids(rows_ready_to_send(queue, {}, 8)) == [1]
    assert rows_ready_to_send(queue, {1: "ticket:T1"}, 8) == []
    assert _ids(rows_ready_to_send(queue[1:], {}, 8)) == [2]
    assert rows_ready_to_send(queue[1:], {2: None}, 8) == []


def test_an_entity_that_exists_only_locally_orders_like_a_barrier() -> None:
    local = _row(1, "ticket", "local-3f2a")
    assert order_key(local) is None
    assert order_key(_row(2, "ticket", "T9")) == "ticket:T9"
