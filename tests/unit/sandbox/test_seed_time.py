"""The generator's fast timestamps are byte-for-byte the domain's format."""

from __future__ import annotations

import random
from datetime import UTC, datetime

from vipclient.domain.sla import format_ts
from vipclient.sandbox.demo_time import to_datetime, to_seconds, ts, ts_opt


def test_ts_matches_format_ts() -> None:
    rng = random.Random(3)
    for seconds in [0, 86399, 86400, 951782400, 4102444799] + [
        rng.randrange(0, 4_102_444_800) for _ in range(5000)
    ]:
        at = datetime.fromtimestamp(seconds, UTC)
        assert ts(seconds) == format_ts(at)
        assert to_seconds(at) == seconds and to_datetime(seconds) == at
    assert ts_opt(None) is None


def test_to_seconds_rounds_down_and_reads_naive_as_utc() -> None:
    assert to_seconds(datetime(2026, 11, 25, 8, 0, 0, 999_999, tzinfo=UTC)) == to_seconds(
        datetime(2026, 11, 25, 8, 0, 0, tzinfo=UTC))
    assert to_seconds(datetime(2026, 11, 25, 8, 0, 0)) == to_seconds(
        datetime(2026, 11, 25, 8, 0, 0, tzinfo=UTC))
