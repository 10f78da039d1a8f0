"""Every colour VIP Desk paints with, in one place, in a light, a dark and a high-contrast
variant.

Screens ask for colours by meaning (``colors().sla_red``, ``tier_badge(tier)``), never by hex
value, so the variants stay consistent and a change of scheme is one edit here. The variant
follows the system palette unless the person picked one in Settings (``apply_theme``). Every
text colour reads on its background at WCAG AA contrast (4.5:1) in light and dark, AAA (7:1) in
high contrast (a test measures it); a state is never told by colour alone (the screens put a
word or a mark beside it, see ``lanes.format.sla_mark``).

The palette's own colours follow a switch by themselves; a colour from here set in a style
sheet or in rendered HTML does not. ``style(widget, template)`` sets such a sheet and sets it
again at every switch; ``follow_theme(widget, restyle)`` calls a screen back to repaint what it
coloured itself (badges, the sync dot, a ticket's thread).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import asdict, dataclass
from enum import StrEnum

from PySide6.QtCore import QObject, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QWidget


class ThemeChoice(StrEnum):
    SYSTEM = "system"
    LIGHT = "light"
    DARK = "dark"
    HIGH_CONTRAST = "high_contrast"


@dataclass(frozen=True, slots=True)
class Colors:
    """Named colours of one variant (hex strings, ``#rrggbb``)."""

    # SLA countdowns: plenty of time / a quarter or less left / breached.
    sla_ok: str
    sla_amber: str
    sla_red: str
    # The red banner over a frozen client's profile.
    frozen_bg: str
    frozen_fg: str
    # Outgoing messages and actions: waiting in the outbox / refused by the server.
    pending_fg: str
    pending_bg: str
    failed_fg: str
    failed_bg: str
    # Sync state dot in the status area.
    live: str
    syncing: str
    offline: str
    # Ticket thread: who wrote it.
    client_msg_bg: str
    staff_msg_bg: str
    system_msg_fg: str
    internal_note_bg: str
    # Search palette / badges text on coloured backgrounds.
    muted_fg: str
    badge_fg: str
    # Tier bands, lowest (VIP1–3) to highest (VIP10).
    tier_low: str
    tier_mid: str
    tier_high: str
    tier_top: str
    tier_vip10: str
    # Chart series that mean nothing by themselves (categories, channels): distinct hues that
    # read on the window's background.
    chart_1: str
    chart_2: str
    chart_3: str
    chart_4: str
    chart_5: str
    chart_6: str
    chart_7: str
    chart_8: str


LIGHT = Colors(
    sla_ok="#2a6f2e",
    sla_amber="#955700",
    sla_red="#c62828",
    frozen_bg="#c62828",
    frozen_fg="#ffffff",
    pending_fg="#666666",
    pending_bg="#f3f3f3",
    failed_fg="#b71c1c",
    failed_bg="#fdecea",
    live="#2a6f2e",
    syncing="#1565c0",
    offline="#6a6a6a",
    client_msg_bg="#eef3fb",
    staff_msg_bg="#eef7ee",
    system_msg_fg="#666666",
    internal_note_bg="#fff6d6",
    muted_fg="#666666",
    badge_fg="#ffffff",
    tier_low="#546e7a",
    tier_mid="#00838f",
    tier_high="#6a1b9a",
    tier_top="#8d6a00",
    tier_vip10="#212121",
    chart_1="#1565c0",
    chart_2="#ef6c00",
    chart_3="#2e7d32",
    chart_4="#8e24aa",
    chart_5="#c62828",
    chart_6="#00838f",
    chart_7="#9e7c00",
    chart_8="#6d4c41",
)

DARK = Colors(
    sla_ok="#81c784",
    sla_amber="#ffb74d",
    sla_red="#ff6f6b",
    frozen_bg="#b71c1c",
    frozen_fg="#ffffff",
    pending_fg="#a0a0a0",
    pending_bg="#2b2b2b",
    failed_fg="#ff8a80",
    failed_bg="#4a1f1f",
    live="#81c784",
    syncing="#64b5f6",
    offline="#9a9a9a",
    client_msg_bg="#1f2a3a",
    staff_msg_bg="#1f3322",
    system_msg_fg="#a0a0a0",
    internal_note_bg="#3d3620",
    muted_fg="#a0a0a0",
    badge_fg="#ffffff",
    tier_low="#546e7a",
    tier_mid="#00838f",
    tier_high="#7b1fa2",
    tier_top="#8b6508",
    tier_vip10="#000000",
    chart_1="#64b5f6",
    chart_2="#ffb74d",
    chart_3="#81c784",
    chart_4="#ce93d8",
    chart_5="#ef5350",
    chart_6="#4dd0e1",
    chart_7="#ffd54f",
    chart_8="#bcaaa4",
)

# White on black, the few colours bright and far apart: for long shifts, low vision, glare.
HIGH_CONTRAST = Colors(
    sla_ok="#66ff66",
    sla_amber="#ffd400",
    sla_red="#ff7070",
    frozen_bg="#ffd400",
    frozen_fg="#000000",
    pending_fg="#e0e0e0",
    pending_bg="#000000",
    failed_fg="#ff8c8c",
    failed_bg="#000000",
    live="#66ff66",
    syncing="#5ce1ff",
    offline="#d0d0d0",
    client_msg_bg="#001b3a",
    staff_msg_bg="#002400",
    system_msg_fg="#e0e0e0",
    internal_note_bg="#2e2600",
    muted_fg="#e0e0e0",
    badge_fg="#000000",
    tier_low="#cfd8dc",
    tier_mid="#5ce1ff",
    tier_high="#e1a6ff",
    tier_top="#ffd400",
    tier_vip10="#ffffff",
    chart_1="#5ce1ff",
    chart_2="#ffd400",
    chart_3="#66ff66",
    chart_4="#e1a6ff",
    chart_5="#ff7070",
    chart_6="#ffffff",
    chart_7="#ffa64d",
    chart_8="#b3b3ff",
)

# Marks that go beside a warning colour wherever one is used, so a state reads without telling
# colours apart (glyphs in DejaVu Sans, Segoe UI Symbol and the Mac's system font).
AT_RISK_MARK = "⚠"
BREACHED_MARK = "✖"

_choice: ThemeChoice = ThemeChoice.SYSTEM
_system_style: str | None = None  # the platform's own style, restored for "system"


def palette_is_dark(palette: QPalette | None = None) -> bool:
    """Dark when the window background is darker than its text."""
    if palette is None:
        palette = QGuiApplication.palette()
    window = palette.color(QPalette.ColorRole.Window)
    text = palette.color(QPalette.ColorRole.WindowText)
    return window.lightness() < text.lightness()


def is_dark() -> bool:
    if _choice in (ThemeChoice.DARK, ThemeChoice.HIGH_CONTRAST):
        return True
    if _choice is ThemeChoice.LIGHT:
        return False
    return palette_is_dark()


def is_high_contrast() -> bool:
    return _choice is ThemeChoice.HIGH_CONTRAST


def colors() -> Colors:
    """The variant in force now."""
    if _choice is ThemeChoice.HIGH_CONTRAST:
        return HIGH_CONTRAST
    return DARK if is_dark() else LIGHT


def contrast(foreground: str, background: str) -> float:
    """WCAG contrast ratio of two ``#rrggbb`` colours (1 to 21)."""

    def luminance(hex_value: str) -> float:
        channels = []
        for i in (1, 3, 5):
            c = int(hex_value[i:i + 2], 16) / 255
            channels.append(c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4)
        r, g, b = channels
        return 0.2126 * r + 0.7152 * g + 0.0722 * b

    high, low = sorted((luminance(foreground), luminance(background)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def qcolor(hex_value: str) -> QColor:
    return QColor(hex_value)


def chart_colors() -> list[str]:
    """The chart series' colours in order (the n-th series of a chart takes the n-th)."""
    c = colors()
    return [c.chart_1, c.chart_2, c.chart_3, c.chart_4, c.chart_5, c.chart_6, c.chart_7,
            c.chart_8]


def tier_badge(tier: str) -> tuple[str, str]:
    """(background, text) colours for a tier badge such as ``VIP7``."""
    c = colors()
    try:
        level = int(str(tier).upper().removeprefix("VIP"))
    except ValueError:
        return c.tier_low, c.badge_fg
    if level >= 10:
        bg = c.tier_vip10
    elif level >= 8:
        bg = c.tier_top
    elif level >= 6:
        bg = c.tier_high
    elif level >= 4:
        bg = c.tier_mid
    else:
        bg = c.tier_low
    return bg, c.badge_fg


def sla_color(state: str) -> str:
    """``ok`` / ``amber`` / ``red`` (or ``breached``) → the countdown's colour."""
    c = colors()
    return {"ok": c.sla_ok, "amber": c.sla_amber, "red": c.sla_red, "breached": c.sla_red}.get(
        state, c.sla_ok
    )


def sync_state_color(state: str) -> str:
    c = colors()
    return {"live": c.live, "syncing": c.syncing, "offline": c.offline}.get(state, c.offline)


def tier_badge_style(tier: str) -> str:
    """The style sheet of a tier's badge label."""
    return badge_style(*tier_badge(tier))


def badge_style(bg: str, fg: str) -> str:
    """A stylesheet for a small rounded label (tier badge, state pill)."""
    return (
        f"QLabel {{ background-color: {bg}; color: {fg}; border-radius: 4px;"
        " padding: 1px 6px; font-weight: 600; }"
    )


class ThemeNotifier(QObject):
    """Says when the variant may have changed: the person chose one, or the system switched
    while VIP Desk follows it."""

    changed = Signal()


_notifier: ThemeNotifier | None = None


def notifier() -> ThemeNotifier:
    global _notifier
    if _notifier is None:
        _notifier = ThemeNotifier()
        hints = QGuiApplication.styleHints()
        # After the switch: Qt updates the palette once the signal has been handled.
        hints.colorSchemeChanged.connect(lambda _scheme: QTimer.singleShot(0, _changed))
    return _notifier


def _changed() -> None:
    # A widget with a style sheet keeps the palette it was polished with (the navigation
    # list stayed white in a dark window): setting its sheet again polishes it anew.
    for widget in QApplication.allWidgets():
        sheet = widget.styleSheet()
        if sheet:
            widget.setStyleSheet(sheet)
    notifier().changed.emit()


class _Follower(QObject):
    """Calls ``restyle`` at every switch while its widget lives (a child of it: Qt drops the
    connection when the widget goes)."""

    def __init__(self, widget: QWidget, restyle: Callable[[], None]) -> None:
        super().__init__(widget)
        self._restyle = restyle
        notifier().changed.connect(self._on_changed)

    @Slot()
    def _on_changed(self) -> None:
        # A switch can reach a follower whose widget is being torn down, its Python side
        # already gone (seen once in a full run, the window closing at sign-out): nothing to do.
        restyle = getattr(self, "_restyle", None)
        if restyle is not None:
            restyle()


def follow_theme(widget: QWidget, restyle: Callable[[], None]) -> None:
    """Call ``restyle`` whenever the theme switches, for as long as ``widget`` lives."""
    _Follower(widget, restyle)


def style(widget: QWidget, template: str) -> None:
    """Give ``widget`` the style sheet ``template`` with this module's colours filled in by
    name (``"color: {muted_fg};"``, braces of the sheet itself doubled), now and at every
    switch of theme."""

    def apply() -> None:
        widget.setStyleSheet(template.format_map(asdict(colors())))

    apply()
    follow_theme(widget, apply)


def _dark_palette() -> QPalette:
    p = QPalette()
    role = QPalette.ColorRole
    window, base, text = QColor("#232629"), QColor("#1b1e20"), QColor("#eff0f1")
    p.setColor(role.Window, window)
    p.setColor(role.WindowText, text)
    p.setColor(role.Base, base)
    p.setColor(role.AlternateBase, QColor("#2a2e32"))
    p.setColor(role.ToolTipBase, window)
    p.setColor(role.ToolTipText, text)
    p.setColor(role.PlaceholderText, QColor("#8a8f94"))
    p.setColor(role.Text, text)
    p.setColor(role.Button, QColor("#31363b"))
    p.setColor(role.ButtonText, text)
    p.setColor(role.BrightText, QColor("#ff5252"))
    p.setColor(role.Link, QColor("#64b5f6"))
    p.setColor(role.Highlight, QColor("#3daee9"))
    p.setColor(role.HighlightedText, QColor("#10181f"))
    disabled = QPalette.ColorGroup.Disabled
    for r in (role.Text, role.WindowText, role.ButtonText):
        p.setColor(disabled, r, QColor("#6e7378"))
    return p


def _high_contrast_palette() -> QPalette:
    p = QPalette()
    role = QPalette.ColorRole
    black, white, yellow = QColor("#000000"), QColor("#ffffff"), QColor("#ffd400")
    for r in (role.Window, role.Base, role.Button, role.ToolTipBase):
        p.setColor(r, black)
    p.setColor(role.AlternateBase, QColor("#1a1a1a"))
    for r in (role.WindowText, role.Text, role.ButtonText, role.ToolTipText, role.BrightText):
        p.setColor(r, white)
    p.setColor(role.PlaceholderText, QColor("#c8c8c8"))
    p.setColor(role.Link, QColor("#5ce1ff"))
    p.setColor(role.LinkVisited, QColor("#e1a6ff"))
    p.setColor(role.Highlight, yellow)
    p.setColor(role.HighlightedText, black)
    # Edges of buttons and fields: Fusion draws them from these, white on black.
    for r in (role.Light, role.Midlight, role.Mid, role.Dark, role.Shadow):
        p.setColor(r, white if r in (role.Light, role.Midlight) else QColor("#bdbdbd"))
    disabled = QPalette.ColorGroup.Disabled
    for r in (role.Text, role.WindowText, role.ButtonText):
        p.setColor(disabled, r, QColor("#9e9e9e"))
    return p


# Fusion draws the edges of fields, lists and check boxes a shade darker than the window:
# nothing on black. High contrast gives them a white edge (only there: a style sheet takes
# over how a widget is drawn, which light and dark do not need).
HIGH_CONTRAST_SHEET = """
QAbstractScrollArea, QLineEdit, QAbstractSpinBox { border: 1px solid #ffffff; }
QCheckBox::indicator, QRadioButton::indicator {
    border: 1px solid #ffffff; background: #000000; width: 13px; height: 13px;
}
QCheckBox::indicator:checked, QRadioButton::indicator:checked { background: #ffd400; }
QCheckBox::indicator:disabled, QRadioButton::indicator:disabled { border-color: #9e9e9e; }
"""


def apply_theme(app: QApplication, choice: str | ThemeChoice = ThemeChoice.SYSTEM) -> None:
    """Follow the system, or force light/dark/high contrast with the Fusion style's
    palette."""
    global _choice, _system_style
    try:
        _choice = ThemeChoice(str(choice))
    except ValueError:
        _choice = ThemeChoice.SYSTEM
    hints = QGuiApplication.styleHints()
    system_style = _system_style
    if _choice is ThemeChoice.SYSTEM:
        hints.unsetColorScheme()
        # Nothing forced yet (a start following the system): the platform's style and
        # palette are in place. Not asking the style its name spares the start the 5 ms in
        # which PySide makes QStyle's enum types. Back from a forced theme, the platform's
        # palette is restored by resetting the application's (Qt's documentation of
        # QStyle.standardPalette: the Windows and macOS styles use the system's colours, and
        # their standard palette must not be set on the application).
        if system_style is not None:
            if app.style().name() != system_style:
                app.setStyle(system_style)
            app.setPalette(QPalette())
    else:
        if _system_style is None:  # the platform's own style, before Fusion replaces it
            _system_style = app.style().name()
        app.setStyle("Fusion")
        if _choice is ThemeChoice.HIGH_CONTRAST:
            hints.setColorScheme(Qt.ColorScheme.Dark)
            app.setPalette(_high_contrast_palette())
        elif _choice is ThemeChoice.DARK:
            hints.setColorScheme(Qt.ColorScheme.Dark)
            app.setPalette(_dark_palette())
        else:
            hints.setColorScheme(Qt.ColorScheme.Light)
            app.setPalette(app.style().standardPalette())
    sheet = HIGH_CONTRAST_SHEET if _choice is ThemeChoice.HIGH_CONTRAST else ""
    if app.styleSheet() != sheet:  # setting it again would repolish every widget for nothing
        app.setStyleSheet(sheet)
    _changed()
