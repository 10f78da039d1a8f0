"""Every keyboard shortcut of VIP Desk, defined once.

Screens bind their keys through this registry (``bind``, ``assign``, ``matches``) and never
spell a key sequence themselves, so the cheat-sheet (F1 or ``?``, :mod:`shortcuts_dialog`) lists
exactly the keys that work, and a change of key is one edit here. A test fails on a key
sequence written anywhere else.

Texts are source texts in the ``Shortcuts`` context, translated where shown. Keys are portable
strings (``"Ctrl+K"``) or Qt standard keys (the platform's own key for Copy, Quit…); a row may
have several keys (all of them work), shown in the order given.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any, cast

from PySide6.QtCore import QCoreApplication, QKeyCombination, Qt
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QAbstractButton, QWidget

from vipclient.i18n import QT_TRANSLATE_NOOP

Key = str | QKeySequence.StandardKey
SK = QKeySequence.StandardKey


@dataclass(frozen=True, slots=True)
class Shortcut:
    id: str
    group: str  # source text, context "Shortcuts"
    text: str  # source text, context "Shortcuts"
    keys: tuple[Key, ...]

    def display_group(self) -> str:
        return QCoreApplication.translate("Shortcuts", self.group)

    def display_text(self) -> str:
        return QCoreApplication.translate("Shortcuts", self.text)

    def sequences(self) -> list[QKeySequence]:
        """The key sequences in force on this platform (a standard key the platform has no
        key for is left out; duplicates once)."""
        found: list[QKeySequence] = []
        for key in self.keys:
            if isinstance(key, str):
                candidates = [QKeySequence(key)]
            else:
                candidates = QKeySequence.keyBindings(key)
            for seq in candidates:
                if not seq.isEmpty() and seq not in found:
                    found.append(seq)
        return found

    def display_keys(self) -> list[str]:
        """The keys as this platform writes them (``Ctrl+K``, ``⌘K`` on a Mac), without the
        keys of special keyboards a standard key may bring (a "Copy" or "Exit" key: they work,
        but nobody looks for them on a cheat-sheet)."""
        return [s.toString(QKeySequence.SequenceFormat.NativeText) for s in self.sequences()
                if _first_key(s) < Qt.Key.Key_Back.value]


def _first_key(seq: QKeySequence) -> int:
    combination: QKeyCombination = cast(Any, seq)[0]  # the stubs lack QKeySequence[i]
    return combination.key().value


ANYWHERE = QT_TRANSLATE_NOOP("Shortcuts", "Anywhere")
LANES = QT_TRANSLATE_NOOP("Shortcuts", "Lanes")
TICKET = QT_TRANSLATE_NOOP("Shortcuts", "Ticket")
CLIENTS = QT_TRANSLATE_NOOP("Shortcuts", "Clients")
REQUESTS = QT_TRANSLATE_NOOP("Shortcuts", "Requests")
FORMS = QT_TRANSLATE_NOOP("Shortcuts", "Request forms")
DASHBOARD = QT_TRANSLATE_NOOP("Shortcuts", "Dashboard")
SEARCH = QT_TRANSLATE_NOOP("Shortcuts", "Search palette")
IMAGES = QT_TRANSLATE_NOOP("Shortcuts", "Image viewer")
SECURITY = QT_TRANSLATE_NOOP("Shortcuts", "Security")
AUDIT = QT_TRANSLATE_NOOP("Shortcuts", "Audit")

# In the order the cheat-sheet shows them, grouped by where they work.
SHORTCUTS: tuple[Shortcut, ...] = (
    Shortcut("help.shortcuts", ANYWHERE,
             QT_TRANSLATE_NOOP("Shortcuts", "Show these keyboard shortcuts"), ("F1", "?")),
    Shortcut("search", ANYWHERE,
             QT_TRANSLATE_NOOP("Shortcuts", "Search clients and tickets"), ("Ctrl+K",)),
    Shortcut("section.lanes", ANYWHERE,
             QT_TRANSLATE_NOOP("Shortcuts", "Go to Lanes"), ("Ctrl+1",)),
    Shortcut("section.clients", ANYWHERE,
             QT_TRANSLATE_NOOP("Shortcuts", "Go to Clients"), ("Ctrl+2",)),
    Shortcut("section.requests", ANYWHERE,
             QT_TRANSLATE_NOOP("Shortcuts", "Go to Requests"), ("Ctrl+3",)),
    Shortcut("section.security", ANYWHERE,
             QT_TRANSLATE_NOOP("Shortcuts", "Go to Security"), ("Ctrl+4",)),
    Shortcut("section.dashboard", ANYWHERE,
             QT_TRANSLATE_NOOP("Shortcuts", "Go to Dashboard"), ("Ctrl+5",)),
    Shortcut("section.audit", ANYWHERE,
             QT_TRANSLATE_NOOP("Shortcuts", "Go to Audit"), ("Ctrl+6",)),
    Shortcut("settings", ANYWHERE,
             QT_TRANSLATE_NOOP("Shortcuts", "Settings"), (SK.Preferences, "Ctrl+,")),
    Shortcut("quit", ANYWHERE, QT_TRANSLATE_NOOP("Shortcuts", "Quit"), (SK.Quit, "Ctrl+Q")),

    Shortcut("lanes.lane", LANES,
             QT_TRANSLATE_NOOP("Shortcuts", "Show lane 1 to 5 (in the order of the tabs)"),
             ("Alt+1", "Alt+2", "Alt+3", "Alt+4", "Alt+5")),
    Shortcut("lanes.next", LANES, QT_TRANSLATE_NOOP("Shortcuts", "Next lane"),
             ("Ctrl+PgDown",)),
    Shortcut("lanes.previous", LANES, QT_TRANSLATE_NOOP("Shortcuts", "Previous lane"),
             ("Ctrl+PgUp",)),
    Shortcut("lanes.open", LANES,
             QT_TRANSLATE_NOOP("Shortcuts", "Open the selected ticket"), ("Return", "Enter")),

    Shortcut("ticket.send", TICKET,
             QT_TRANSLATE_NOOP("Shortcuts", "Send the reply or note being written"),
             ("Ctrl+Return", "Ctrl+Enter")),
    Shortcut("ticket.attach", TICKET,
             QT_TRANSLATE_NOOP("Shortcuts", "Attach files to the reply"), ("Ctrl+Shift+A",)),
    Shortcut("ticket.articles", TICKET,
             QT_TRANSLATE_NOOP("Shortcuts", "Show or hide help-centre articles"), ("Ctrl+H",)),
    Shortcut("ticket.articles_results", TICKET,
             QT_TRANSLATE_NOOP("Shortcuts", "From the article search, go to the results"),
             ("Down",)),
    Shortcut("ticket.remove_file", TICKET,
             QT_TRANSLATE_NOOP("Shortcuts", "Remove the selected file from the reply"),
             (SK.Delete,)),

    Shortcut("clients.find", CLIENTS,
             QT_TRANSLATE_NOOP("Shortcuts", "Search the clients list"), (SK.Find,)),

    Shortcut("requests.desk", REQUESTS,
             QT_TRANSLATE_NOOP("Shortcuts", "Show desk 1 to 3 (in the order of the tabs)"),
             ("Alt+1", "Alt+2", "Alt+3")),
    Shortcut("requests.policies", REQUESTS,
             QT_TRANSLATE_NOOP("Shortcuts", "Show the approval policies"), ("Ctrl+Shift+P",)),
    Shortcut("requests.refresh", REQUESTS,
             QT_TRANSLATE_NOOP("Shortcuts", "Refresh the requests"), ("F5",)),
    Shortcut("requests.approve", REQUESTS,
             QT_TRANSLATE_NOOP("Shortcuts", "Approve the request shown"), ("Ctrl+Shift+A",)),
    Shortcut("requests.reject", REQUESTS,
             QT_TRANSLATE_NOOP("Shortcuts", "Reject the request shown"), ("Ctrl+Shift+J",)),
    Shortcut("requests.cancel", REQUESTS,
             QT_TRANSLATE_NOOP("Shortcuts", "Cancel the request shown"), ("Ctrl+Shift+Q",)),
    Shortcut("requests.new_fee", REQUESTS,
             QT_TRANSLATE_NOOP("Shortcuts", "New custom fee schedule request"),
             ("Ctrl+Shift+F",)),
    Shortcut("requests.new_withdrawal", REQUESTS,
             QT_TRANSLATE_NOOP("Shortcuts", "New withdrawal limit or expedite request"),
             ("Ctrl+Shift+W",)),
    Shortcut("requests.new_api_access", REQUESTS,
             QT_TRANSLATE_NOOP("Shortcuts", "New API access request"), ("Ctrl+Shift+I",)),

    Shortcut("form.submit", FORMS,
             QT_TRANSLATE_NOOP("Shortcuts", "Send the request"), ("Ctrl+Return",)),
    Shortcut("form.remove_network", FORMS,
             QT_TRANSLATE_NOOP("Shortcuts", "Remove the selected network from the whitelist"),
             (SK.Delete,)),

    Shortcut("dashboard.refresh", DASHBOARD,
             QT_TRANSLATE_NOOP("Shortcuts", "Refresh the figures"), ("F5",)),
    Shortcut("chart.move", DASHBOARD,
             QT_TRANSLATE_NOOP("Shortcuts", "In a chart, move between bars"),
             ("Left", "Right", "Up", "Down")),
    Shortcut("chart.ends", DASHBOARD,
             QT_TRANSLATE_NOOP("Shortcuts", "In a chart, first or last bar"), ("Home", "End")),
    Shortcut("chart.open", DASHBOARD,
             QT_TRANSLATE_NOOP("Shortcuts", "In a chart, open the tickets behind the bar"),
             ("Return", "Enter", "Space")),

    Shortcut("security.find_client", SECURITY,
             QT_TRANSLATE_NOOP("Shortcuts", "Find a client to freeze"), ("Ctrl+Shift+K",)),
    Shortcut("security.acknowledge", SECURITY,
             QT_TRANSLATE_NOOP("Shortcuts", "Acknowledge the chosen alert"), ("Ctrl+Shift+A",)),
    Shortcut("security.dismiss", SECURITY,
             QT_TRANSLATE_NOOP("Shortcuts", "Dismiss the chosen alert, with a note"),
             ("Ctrl+Shift+D",)),
    Shortcut("security.freeze", SECURITY,
             QT_TRANSLATE_NOOP("Shortcuts", "Freeze the account of the chosen alert"),
             ("Ctrl+Shift+F",)),
    Shortcut("security.lift", SECURITY,
             QT_TRANSLATE_NOOP("Shortcuts", "Ask to lift the chosen freeze"), ("Ctrl+Shift+U",)),
    Shortcut("freeze.scope", SECURITY,
             QT_TRANSLATE_NOOP("Shortcuts", "Freeze dialog: tick login, trading, withdrawals, API"),
             ("Alt+1", "Alt+2", "Alt+3", "Alt+4")),

    Shortcut("audit.refresh", AUDIT,
             QT_TRANSLATE_NOOP("Shortcuts", "Read the new entries"), ("F5",)),
    Shortcut("audit.verify", AUDIT,
             QT_TRANSLATE_NOOP("Shortcuts", "Verify the chain"), ("Ctrl+Shift+V",)),
    Shortcut("audit.find_target", AUDIT,
             QT_TRANSLATE_NOOP("Shortcuts", "Filter by target"), ("Ctrl+F",)),

    Shortcut("palette.move", SEARCH,
             QT_TRANSLATE_NOOP("Shortcuts", "Move through the results"), ("Down", "Up")),
    Shortcut("palette.open", SEARCH,
             QT_TRANSLATE_NOOP("Shortcuts", "Open the chosen result"), ("Return", "Enter")),
    Shortcut("palette.close", SEARCH, QT_TRANSLATE_NOOP("Shortcuts", "Close"), ("Esc",)),

    Shortcut("image.zoom_in", IMAGES, QT_TRANSLATE_NOOP("Shortcuts", "Zoom in"),
             (SK.ZoomIn, "Ctrl+=")),
    Shortcut("image.zoom_out", IMAGES, QT_TRANSLATE_NOOP("Shortcuts", "Zoom out"),
             (SK.ZoomOut,)),
    Shortcut("image.fit", IMAGES, QT_TRANSLATE_NOOP("Shortcuts", "Fit to window"), ("Ctrl+0",)),
    Shortcut("image.actual", IMAGES, QT_TRANSLATE_NOOP("Shortcuts", "Actual size"),
             ("Ctrl+1",)),
    Shortcut("image.copy", IMAGES, QT_TRANSLATE_NOOP("Shortcuts", "Copy the image"),
             (SK.Copy,)),
)

_BY_ID = {s.id: s for s in SHORTCUTS}
if len(_BY_ID) != len(SHORTCUTS):  # pragma: no cover - a typo in the table above
    raise RuntimeError("two shortcuts share an id")


def get(shortcut_id: str) -> Shortcut:
    return _BY_ID[shortcut_id]


def sequences(shortcut_id: str) -> list[QKeySequence]:
    return get(shortcut_id).sequences()


def sequence(shortcut_id: str, index: int = 0) -> QKeySequence:
    """One of the shortcut's keys (``lanes.lane`` has one per lane)."""
    return get(shortcut_id).sequences()[index]


def native(shortcut_id: str) -> str:
    """The first key as this platform writes it, for a tooltip ("Articles (Ctrl+H)")."""
    found = get(shortcut_id).display_keys()
    return found[0] if found else ""


def bind(shortcut_id: str, parent: QWidget, slot: Callable[[], object], *,
         context: Qt.ShortcutContext = Qt.ShortcutContext.WindowShortcut,
         index: int | None = None) -> list[QShortcut]:
    """``QShortcut``s on ``parent`` for every key of the shortcut (or only its ``index``-th)
    calling ``slot``."""
    keys = sequences(shortcut_id)
    if index is not None:
        keys = [keys[index]]
    made = []
    for seq in keys:
        shortcut = QShortcut(seq, parent)
        shortcut.setContext(context)
        shortcut.activated.connect(slot)
        made.append(shortcut)
    return made


def assign(target: QAction | QAbstractButton, shortcut_id: str, index: int = 0) -> None:
    """Give an action (all its keys) or a button (its ``index``-th key) the shortcut."""
    if isinstance(target, QAction):
        target.setShortcuts(sequences(shortcut_id))
    else:
        target.setShortcut(sequence(shortcut_id, index))


def matches(event: QKeyEvent, shortcut_id: str) -> bool:
    """Is the pressed key one of the shortcut's? (for keys a widget handles itself)."""
    # Keypad Enter comes with KeypadModifier: the key counts, not the pad it is on.
    modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
    pressed = QKeySequence(QKeyCombination(modifiers, Qt.Key(event.key())))
    return pressed in sequences(shortcut_id)


# The shortcuts of each section, by their ids' first word: left off the cheat-sheet for a
# person who does not have that section.
SECTION_KEYS = {
    "lanes": ("lanes",), "clients": ("clients",), "requests": ("requests", "form"),
    "security": ("security", "freeze"), "dashboard": ("dashboard", "chart"), "audit": ("audit",),
}


def hidden_for(absent_sections: Iterable[str]) -> set[str]:
    """The ids of the shortcuts that only work in ``absent_sections`` (and their Ctrl+n)."""
    absent = set(absent_sections)
    prefixes = {p for section in absent for p in SECTION_KEYS.get(section, ())}
    keys = {f"section.{section}" for section in absent}
    return {s.id for s in SHORTCUTS if s.id in keys or s.id.split(".")[0] in prefixes}


def in_groups(hidden: Iterable[str] = ()) -> list[tuple[str, list[Shortcut]]]:
    """The shortcuts by group, in the table's order, without the ``hidden`` ids (sections this
    person does not have)."""
    skip = set(hidden)
    groups: dict[str, list[Shortcut]] = {}
    for s in SHORTCUTS:
        if s.id not in skip and s.display_keys():
            groups.setdefault(s.group, []).append(s)
    return list(groups.items())

