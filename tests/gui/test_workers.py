"""BackgroundOp: work runs off the UI thread, answers arrive on it."""

from __future__ import annotations

import threading

from pytestqt.qtbot import QtBot

from vipclient.gui.workers import BackgroundOp, run_in_background


def test_success_arrives_on_the_ui_thread(qtbot: QtBot) -> None:
    ui_thread = threading.get_ident()
    seen: dict[str, int] = {}

    def work() -> int:
        seen["worker"] = threading.get_ident()
        return 42

    def done(value: int) -> None:
        seen["value"] = value
        seen["callback"] = threading.get_ident()

    BackgroundOp(work).success(done).run()
    qtbot.waitUntil(lambda: "value" in seen, timeout=3000)
    assert seen["value"] == 42
    assert seen["worker"] != ui_thread
    assert seen["callback"] == ui_thread


def test_failure_and_finally_are_delivered(qtbot: QtBot) -> None:
    seen: list[str] = []

    def work() -> None:
        raise ValueError("boom")

    (
        BackgroundOp(work)
        .failure(lambda exc: seen.append(f"failed: {exc}"))
        .finally_(lambda: seen.append("finally"))
        .run()
    )
    qtbot.waitUntil(lambda: "finally" in seen, timeout=3000)
    assert seen == ["failed: boom", "finally"]


def test_progress_reports_in_order(qtbot: QtBot) -> None:
    values: list[int] = []
    finished: list[bool] = []
    op: BackgroundOp[None]

    def work() -> None:
        for i in range(5):
            op.report(i)

    op = BackgroundOp(work).progress(values.append).success(lambda _: finished.append(True))
    op.run()
    qtbot.waitUntil(lambda: bool(finished), timeout=3000)
    assert values == [0, 1, 2, 3, 4]


def test_run_in_background_helper(qtbot: QtBot) -> None:
    out: list[str] = []
    run_in_background(lambda: "x" * 3, out.append)
    qtbot.waitUntil(lambda: bool(out), timeout=3000)
    assert out == ["xxx"]


def test_answer_for_a_deleted_owner_is_dropped(qtbot: QtBot) -> None:
    import shiboken6
    from PySide6.QtWidgets import QLabel

    label = QLabel()
    delivered: list[str] = []
    gate = threading.Event()

    def work() -> str:
        gate.wait(3)
        return "late"

    def show(text: str) -> None:
        delivered.append(text)
        label.setText(text)

    op = BackgroundOp(work).success(show).owned_by(label)
    op.run()
    shiboken6.delete(label)
    gate.set()
    qtbot.wait(200)
    assert delivered == []


def test_deleted_widget_in_a_callback_is_not_a_crash(qtbot: QtBot) -> None:
    import shiboken6
    from PySide6.QtWidgets import QLabel

    label = QLabel()
    shiboken6.delete(label)
    done: list[bool] = []
    BackgroundOp(lambda: "x").success(label.setText).finally_(lambda: done.append(True)).run()
    qtbot.waitUntil(lambda: bool(done), timeout=3000)
