"""The item models at the size of a big book (10,000 clients, 100,000 tickets): they pass
pytest-qt's model tester, hold ids only, fetch rows lazily and update without resets."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import QModelIndex
from pytestqt.qtbot import QtBot

from tests.support.screens import BIG_TICKETS, NOW, shared_big_book
from vipclient.domain.lanes import Lane
from vipclient.gui.clients.model import ClientsModel
from vipclient.gui.lanes.model import LaneModel
from vipclient.services.clients import ClientFilter, ClientsService
from vipclient.services.lanes import LaneFilter, LanesService
from vipclient.store.cache import Cache


@pytest.fixture(scope="session")
def big_cache(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Cache]:
    path = shared_big_book(tmp_path_factory.getbasetemp().parent)
    cache = Cache.open(path)
    yield cache
    cache.close()


class Counter:
    """Fetch calls and rows asked for, to prove rows come lazily and in small blocks."""

    def __init__(self, fetch: Any) -> None:
        self.fetch = fetch
        self.calls = 0
        self.rows = 0

    def __call__(self, ids: Any) -> Any:
        self.calls += 1
        self.rows += len(ids)
        return self.fetch(ids)


@pytest.mark.slow
def test_lane_model_at_100k_tickets_passes_the_model_tester(qtmodeltester: Any,
                                                            big_cache: Cache) -> None:
    service = LanesService(big_cache)
    index = service.lane_index(LaneFilter(), NOW)
    placed = sum(index.count(lane) for lane in Lane)
    assert placed > 30_000  # every open ticket of the 100,000 is placed
    # The model is a table over whatever ids it is given: give it all 100,000 tickets,
    # lanes first, then the solved and closed ones.
    with big_cache.read_session() as s:
        from sqlalchemy import select

        from vipclient.store.models import TicketRow

        rest = s.scalars(select(TicketRow.id).where(TicketRow.status.in_(["solved", "closed"])))
        all_ids = [tid for lane in Lane for tid in index.ids[lane]] + list(rest)
    assert len(all_ids) == BIG_TICKETS
    fetch = Counter(service.rows)
    model = LaneModel(fetch, lambda: NOW)
    model.replace_ids(all_ids)
    assert model.rowCount() == BIG_TICKETS
    assert fetch.calls == 0  # nothing read up front
    qtmodeltester.check(model)  # Qt's own (C++) QAbstractItemModelTester
    assert model.cached_rows() <= model.CACHE_ROWS
    assert fetch.rows <= 4 * model.BLOCK  # the tester saw a few rows, not 100,000
    # The last row reads like any other (solved: no countdown).
    last = model.index(BIG_TICKETS - 1, LaneModel.SLA)
    assert model.data(last) == "—"


def test_clients_model_at_10k_clients_passes_the_model_tester(qtmodeltester: Any,
                                                              big_cache: Cache) -> None:
    service = ClientsService(big_cache)
    ids = service.ids(ClientFilter(), "tier", True)
    assert len(ids) == 10_000
    fetch = Counter(service.rows)
    model = ClientsModel(fetch)
    model.replace_ids(ids)
    qtmodeltester.check(model)
    assert fetch.rows <= 4 * model.BLOCK


def test_the_book_has_100k_tickets(big_cache: Cache) -> None:
    from sqlalchemy import func, select

    from vipclient.store.models import TicketRow

    with big_cache.read_session() as s:
        assert s.scalar(select(func.count()).select_from(TicketRow)) == BIG_TICKETS


def test_set_ids_moves_rows_with_targeted_signals(qtbot: QtBot, qtmodeltester: Any) -> None:
    rows = {f"T{i}": f"row {i}" for i in range(10)}

    class Model(LaneModel):
        def cell(self, row: Any, column: int, role: int) -> Any:
            return row if role == 0 else None

    model = Model(lambda ids: {i: rows[i] for i in ids if i in rows}, lambda: NOW)
    model.replace_ids(["T0", "T1", "T2", "T3", "T4"])
    qtmodeltester.check(model, force_py=True)
    resets: list[int] = []
    model.modelReset.connect(lambda: resets.append(1))
    removed: list[tuple[int, int]] = []
    inserted: list[tuple[int, int]] = []
    model.rowsRemoved.connect(lambda _p, a, b: removed.append((a, b)))
    model.rowsInserted.connect(lambda _p, a, b: inserted.append((a, b)))
    keep = model.index(3, 0)
    from PySide6.QtCore import QPersistentModelIndex

    persistent = QPersistentModelIndex(keep)  # e.g. the selected row, "T3"
    with qtbot.waitSignal(model.layoutChanged, timeout=1000):
        model.set_ids(["T5", "T3", "T0", "T4"])
    assert resets == []
    assert removed == [(1, 2)]  # T1 and T2 in one run
    assert inserted == [(3, 3)]  # T5 appended, then moved by layoutChanged
    assert model.ids() == ["T5", "T3", "T0", "T4"]
    assert persistent.row() == 1 and model.data(model.index(1, 0)) == "row 3"
    # Same ids, same order: only a repaint.
    changed: list[QModelIndex] = []
    model.dataChanged.connect(lambda a, _b, _r=None: changed.append(a))
    model.set_ids(["T5", "T3", "T0", "T4"])
    assert resets == [] and changed


def test_countdown_repaints_visible_rows_without_reading_the_cache(big_cache: Cache) -> None:
    service = LanesService(big_cache)
    index = service.lane_index(LaneFilter(), NOW)
    fetch = Counter(service.rows)
    model = LaneModel(fetch, lambda: NOW)
    model.replace_ids(index.ids[Lane.VIP_PRIORITY])
    first = model.data(model.index(0, LaneModel.SLA))
    calls = fetch.calls
    painted: list[tuple[int, int]] = []
    model.dataChanged.connect(lambda a, b, _r=None: painted.append((a.row(), b.row())))
    model.refresh_column(LaneModel.SLA, 0, 30)
    assert painted == [(0, 30)]
    assert model.data(model.index(0, LaneModel.SLA)) == first
    assert fetch.calls == calls  # the tick re-reads nothing
