"""Walking a screen's widgets the way a keyboard or screen-reader user meets them.

``controls(root)`` are the widgets Tab reaches, in the order it reaches them (Qt's focus
chain); ``unnamed`` / ``undescribed`` are those a screen reader would announce without a name
or a description (read through Qt's accessibility interface, as an assistive technology reads
them); ``out_of_reading_order`` are steps of the chain that go back up or to the left within a
column; ``focus_unseen`` are controls whose focus changes no pixel of the window.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from itertools import pairwise

import shiboken6
from PySide6.QtCore import QCoreApplication, QPoint, QRect, Qt
from PySide6.QtGui import QAccessible, QImage
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractButton, QAbstractScrollArea, QLabel, QTabBar, QWidget

TOLERANCE = 4  # px: widgets on one row may differ this much in their edges


def _takes_tab(w: QWidget, root: QWidget) -> bool:
    return (w.isVisibleTo(root) and w.isEnabled() and w.focusProxy() is None
            and bool(w.focusPolicy().value & Qt.FocusPolicy.TabFocus.value))


def controls(root: QWidget) -> list[QWidget]:
    """The widgets of ``root`` that Tab stops at, in the chain's order, starting from the
    first in reading order (the chain is a ring; where it starts is a choice)."""
    members = [w for w in root.findChildren(QWidget) if _takes_tab(w, root)]
    if not members:
        return []
    inside = set(map(id, members))
    chain: list[QWidget] = []
    w = members[0]
    for _ in range(10_000):
        if id(w) in inside and w not in chain:
            chain.append(w)
        w = w.nextInFocusChain()
        if w is members[0]:
            break
    # Reading starts top left: the leftmost of the controls on the top row (tops within
    # TOLERANCE; a field two pixels lower on the left still starts the row, as in a high
    # contrast theme whose borders move a pane's first control up by a pixel or two).
    top = min(rect(c, root).top() for c in chain)
    first = min((c for c in chain if rect(c, root).top() <= top + TOLERANCE),
                key=lambda c: rect(c, root).left())
    i = chain.index(first)
    return chain[i:] + chain[:i]


def rect(w: QWidget, root: QWidget) -> QRect:
    return QRect(w.mapTo(root, QPoint(0, 0)), w.size())


def name(w: QWidget) -> str:
    iface = QAccessible.queryAccessibleInterface(w)
    return "" if iface is None else iface.text(QAccessible.Text.Name)


def description(w: QWidget) -> str:
    iface = QAccessible.queryAccessibleInterface(w)
    return "" if iface is None else iface.text(QAccessible.Text.Description)


def _labelled(w: QWidget, root: QWidget) -> bool:
    return any(label.buddy() is w for label in root.window().findChildren(QLabel))


def describe(w: QWidget) -> str:
    return f"{type(w).__name__}({w.objectName() or name(w) or '?'})"


def unnamed(root: QWidget) -> list[str]:
    """Controls with no name of their own. A button's text is its name; any other control
    needs an accessible name or a label that is its buddy (what a screen reader would read
    otherwise is its current value, "Any language", which names nothing)."""
    found = []
    for w in controls(root):
        if isinstance(w, QAbstractButton) and (w.text().strip() or w.accessibleName()):
            continue
        if not w.accessibleName().strip() and not _labelled(w, root):
            found.append(describe(w))
    return found


def undescribed(root: QWidget) -> list[str]:
    """Controls without a description. A tab bar's are its tabs' (a screen reader reads the
    tab it lands on: its text and tooltip)."""
    found = []
    for w in controls(root):
        if isinstance(w, QTabBar):
            if any(not w.tabToolTip(i).strip() for i in range(w.count())):
                found.append(describe(w))
        elif not description(w).strip():
            found.append(describe(w))
    return found


def _outside(w: QWidget, other: QWidget) -> QWidget:
    """``w``, or the outermost scroll area holding it but not ``other``: leaving a scrolled
    page for the status bar is read from where the page is, not from a row scrolled out of
    sight below it."""
    found, parent = w, w.parentWidget()
    while parent is not None:
        if isinstance(parent, QAbstractScrollArea) and not parent.isAncestorOf(other):
            found = parent
        parent = parent.parentWidget()
    return found


def out_of_reading_order(root: QWidget) -> list[str]:
    """Steps a → b of the chain where b comes before a when reading: on the same row to the
    left, or higher up without being in a column to the right."""
    chain = controls(root)
    found = []
    for a, b in pairwise(chain):
        ra, rb = rect(_outside(a, b), root), rect(_outside(b, a), root)
        if ra.contains(rb) or rb.contains(ra):
            continue  # a scroll area and what it holds
        same_row = rb.top() < ra.bottom() - TOLERANCE and ra.top() < rb.bottom() - TOLERANCE
        left = rb.right() <= ra.left() + TOLERANCE
        above = rb.bottom() <= ra.top() + TOLERANCE
        new_column = rb.left() >= ra.right() - TOLERANCE
        if (same_row and left) or (above and not new_column):
            found.append(f"{describe(a)} {ra.getCoords()} -> {describe(b)} {rb.getCoords()}")
    return found


def _wait_for(condition: Callable[[], bool], seconds: float) -> bool:
    deadline = time.monotonic() + seconds
    while not condition():
        if time.monotonic() > deadline:
            return False
        QTest.qWait(10)
    return True


def _shot(window: QWidget, area: QRect) -> QImage:
    QCoreApplication.processEvents()
    return window.grab(area).toImage()


def focus_unseen(root: QWidget) -> list[str]:
    """Controls whose keyboard focus changes nothing on screen around them."""
    window = root.window()
    window.activateWindow()  # focus changes (and the ring follows) only in the active window
    QTest.qWaitForWindowActive(window)
    found = []
    def gone(w: QWidget) -> bool:
        # The screen may rebuild a part meanwhile (a refresh); a widget Qt made leaves a
        # wrapper shiboken cannot always tell is dangling, so ask the live tree as well.
        return not shiboken6.isValid(w) or not any(
            w is alive for alive in root.findChildren(QWidget))

    for w in controls(root):
        if gone(w):
            continue
        w.clearFocus()
        w.setFocus(Qt.FocusReason.TabFocusReason)
        # Focus may come a few events later on a loaded machine; it scrolls the control in.
        if not _wait_for(w.hasFocus, 2.0):
            found.append(f"{describe(w)} takes no focus")
            continue
        QCoreApplication.processEvents()
        if gone(w):
            continue
        if w.visibleRegion().isEmpty():
            continue
        area = rect(w, window).adjusted(-6, -6, 6, 6)
        shown = False
        for _ in range(3):
            if gone(w):  # rebuilt while being looked at (a page filled by a late answer)
                shown = True
                break
            try:
                if _focus_changes(window, w, area):
                    shown = True
                    break
            except RuntimeError:  # deleted while looked at: rebuilt by a late answer
                shown = True
                break
        if not shown:
            found.append(describe(w))
    return found


def _focus_changes(window: QWidget, w: QWidget, area: QRect) -> bool:
    """Does focusing ``w`` change the picture around it? (asked again when not: the first
    focus of a window may be drawn an event loop later)."""
    w.setFocus(Qt.FocusReason.TabFocusReason)
    QTest.qWait(20)
    with_focus = _shot(window, area)
    w.clearFocus()
    QTest.qWait(20)
    return _shot(window, area) != with_focus
