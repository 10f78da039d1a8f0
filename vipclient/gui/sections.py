"""The registry of the main window's sections: one line per screen.

A section is a ``QWidget`` built by ``factory(ctx, parent)``. ``factory`` is named as
``"module:attribute"`` and imported only when the section is listed, so a section whose module
is not built yet is simply absent (no placeholder page), and adding a screen is one line here.
``capability`` names the roles that may see it (any of them); empty means every staff member.
"""

from __future__ import annotations

import importlib
import importlib.util
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, cast

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from vipclient.gui.translations import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from vipclient.services.context import AppContext

SectionFactory = Callable[["AppContext", QWidget | None], QWidget]


@dataclass(frozen=True, slots=True)
class Section:
    key: str
    title: str  # source text; shown through QCoreApplication.translate("Sections", title)
    shortcut: str  # the id of its key in the shortcuts registry (vipclient.gui.shortcuts)
    capability: frozenset[str]
    factory: str  # "package.module:Attribute"

    def display_title(self) -> str:
        return QCoreApplication.translate("Sections", self.title)

    def is_built(self) -> bool:
        """Is the section's module part of this build? Found without importing it: a screen
        is imported when it is first shown, not when the window lists it."""
        module_name = self.factory.partition(":")[0]
        try:
            return importlib.util.find_spec(module_name) is not None
        except ModuleNotFoundError:  # a parent package is missing
            return False

    def resolve(self) -> SectionFactory | None:
        """The factory, or ``None`` when its module is not part of this build."""
        module_name, _, attr = self.factory.partition(":")
        try:
            module = importlib.import_module(module_name)
        except ModuleNotFoundError as exc:
            # Only the section's own module (or a parent package) missing means "not built";
            # a missing dependency inside a built module is a real error and must surface.
            if exc.name is not None and module_name.startswith(exc.name):
                return None
            raise
        return cast(SectionFactory, getattr(module, attr))

    def allowed_for(self, roles: Iterable[str]) -> bool:
        return not self.capability or bool(self.capability & frozenset(roles))


def _roles(*names: str) -> frozenset[str]:
    return frozenset(names)


# Order is the navigation order; their keys (Ctrl+1…) are in the shortcuts registry.
SECTIONS: tuple[Section, ...] = (
    Section("lanes", QT_TRANSLATE_NOOP("Sections", "Lanes"), "section.lanes", _roles(),
            "vipclient.gui.lanes.section:LanesSection"),
    Section("clients", QT_TRANSLATE_NOOP("Sections", "Clients"), "section.clients", _roles(),
            "vipclient.gui.clients.section:ClientsSection"),
    Section("requests", QT_TRANSLATE_NOOP("Sections", "Requests"), "section.requests",
            _roles("account_manager", "supervisor", "security_officer"),
            "vipclient.gui.requests.section:RequestsSection"),
    Section("security", QT_TRANSLATE_NOOP("Sections", "Security"), "section.security",
            _roles("security_officer"), "vipclient.gui.security.section:SecuritySection"),
    # Everyone's own figures; a supervisor's also the team's (the screen's Mine/Team choice).
    Section("dashboard", QT_TRANSLATE_NOOP("Sections", "Dashboard"), "section.dashboard", _roles(),
            "vipclient.gui.dashboard.section:DashboardSection"),
    Section("audit", QT_TRANSLATE_NOOP("Sections", "Audit"), "section.audit",
            _roles("supervisor", "security_officer"), "vipclient.gui.audit.section:AuditSection"),
)


def available_sections(
    roles: Iterable[str], sections: Iterable[Section] = SECTIONS
) -> list[Section]:
    """The sections this build has and this person may see (their modules not imported)."""
    role_set = frozenset(roles)
    return [section for section in sections
            if section.allowed_for(role_set) and section.is_built()]


def build(section: Section, ctx: AppContext, parent: QWidget | None) -> QWidget:
    factory = section.resolve()
    if factory is None:
        raise ModuleNotFoundError(f"the section {section.key!r} is not part of this build")
    widget: Any = factory(ctx, parent)
    return cast(QWidget, widget)
