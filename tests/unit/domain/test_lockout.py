"""The lockout rule both sides share: five failures in fifteen minutes lock for the rest of
the window, counted from the fifth most recent failure."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from hypothesis import given
from hypothesis import strategies as st

from vipclient.domain.lockout import (
    LOCKOUT_FAILURES,
    LOCKOUT_WINDOW,
    FailureLog,
    attempts_left,
    lock_ends,
    retry_after,
)

T0 = datetime(2026, 11, 25, 9, 0, tzinfo=UTC)


def test_four_failures_leave_one_attempt_and_no_lock() -> None:
    fails = [T0 + timedelta(minutes=m) for m in range(4)]
    now = T0 + timedelta(minutes=5)
    assert attempts_left(fails, now) == 1
    assert lock_ends(fails, now) is None and retry_after(fails, now) is None


def test_the_fifth_locks_until_the_oldest_of_five_leaves_the_window() -> None:
    fails = [T0 + timedelta(minutes=m) for m in range(5)]
    now = T0 + timedelta(minutes=4, seconds=10)
    assert attempts_left(fails, now) == 0
    assert lock_ends(fails, now) == T0 + LOCKOUT_WINDOW
    assert retry_after(fails, now) == 15 * 60 - 250


def test_failures_older_than_the_window_do_not_count() -> None:
    fails = [T0, T0 + timedelta(minutes=1)]
    assert attempts_left(fails, T0 + timedelta(minutes=15, seconds=30)) == LOCKOUT_FAILURES - 1


@given(st.lists(st.integers(min_value=0, max_value=3600), max_size=12),
       st.integers(min_value=0, max_value=3600))
def test_retry_after_is_between_one_second_and_the_window(offsets: list[int], at: int) -> None:
    fails = [T0 + timedelta(seconds=s) for s in offsets]
    now = T0 + timedelta(seconds=at)
    wait = retry_after(fails, now)
    if wait is None:
        assert attempts_left(fails, now) > 0
    else:
        assert 1 <= wait <= LOCKOUT_WINDOW.total_seconds()
        assert attempts_left(fails, now) == 0


def test_the_desks_log_counts_down_and_takes_the_servers_lock() -> None:
    log = FailureLog()
    assert log.attempts_left(T0) == 5
    for n in range(3):
        log.failed(T0 + timedelta(seconds=n))
    assert log.attempts_left(T0 + timedelta(seconds=10)) == 2
    log.locked(600, T0 + timedelta(seconds=10))
    assert log.attempts_left(T0 + timedelta(seconds=20)) == 0
    assert log.locked_for(T0 + timedelta(seconds=20)) == 590
    assert log.locked_for(T0 + timedelta(seconds=611)) is None
    log.succeeded()
    assert log.locked_for(T0 + timedelta(seconds=20)) is None
    # Failures still count after a success: the server forgets none of them either.
    assert log.attempts_left(T0 + timedelta(seconds=20)) == 2
    assert log.attempts_left(T0 + LOCKOUT_WINDOW + timedelta(seconds=3)) == 5
