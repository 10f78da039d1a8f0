"""Opening a request form: from a client's profile, a ticket about that client, the Requests
section, or Sync problems (a refused request, with the server's messages on its fields)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMenu, QWidget

from vipclient.gui import shortcuts as keys
from vipclient.gui.requests import services

if TYPE_CHECKING:
    from vipclient.gui.requests.forms.base import RequestForm
    from vipclient.services.context import AppContext


def form_class(entity: str) -> type[RequestForm]:
    if entity == "fee_request":
        from vipclient.gui.requests.forms.fee import FeeRequestForm

        return FeeRequestForm
    if entity == "withdrawal_request":
        from vipclient.gui.requests.forms.withdrawal import WithdrawalRequestForm

        return WithdrawalRequestForm
    if entity == "api_access_request":
        from vipclient.gui.requests.forms.api_access import ApiAccessRequestForm

        return ApiAccessRequestForm
    raise KeyError(entity)


def open_form(ctx: AppContext, entity: str, client_uid: str | None, parent: QWidget | None,
              **options: Any) -> RequestForm:
    """Show the form of ``entity`` (non-modal; it queues the request when sent)."""
    form = form_class(entity)(ctx, client_uid, parent, **options)
    form.finished.connect(form.deleteLater)
    form.open()
    return form


def reopen_refused(ctx: AppContext, outbox_id: int, parent: QWidget | None) -> RequestForm | None:
    """A request the server refused, in its form again: the values sent, the server's message
    on each field; sending it replaces the refused action."""
    found = services.requests(ctx).failed_creation(outbox_id)
    if found is None:
        return None
    entity, body, fields = found
    return open_form(ctx, entity, str(body.get("client_uid") or "") or None, parent,
                     body=body, server_errors=fields, replaces=outbox_id)


ENTRIES = (
    ("fee_request", "requests.new_fee"),
    ("withdrawal_request", "requests.new_withdrawal"),
    ("api_access_request", "requests.new_api_access"),
)


def entry_title(entity: str) -> str:
    return {
        "fee_request": QCoreApplication.translate("Requests", "Custom &fee schedule…"),
        "withdrawal_request": QCoreApplication.translate(
            "Requests", "&Withdrawal limit or expedite…"),
        "api_access_request": QCoreApplication.translate("Requests", "&API access…"),
    }[entity]


def request_menu(ctx: AppContext, client_uid: Callable[[], str | None], parent: QWidget,
                 shortcuts: bool = False) -> QMenu:
    """"Request…": one entry per kind, for the client ``client_uid()`` names when chosen."""
    menu = QMenu(QCoreApplication.translate("Requests", "Request…"), parent)
    fill_request_menu(menu, ctx, client_uid, parent, shortcuts)
    return menu


def fill_request_menu(menu: QMenu, ctx: AppContext, client_uid: Callable[[], str | None],
                      parent: QWidget, shortcuts: bool = False) -> None:
    """The entries of a "Request…" menu (other screens fill theirs when it first opens)."""
    if menu.actions():
        return
    for entity, shortcut_id in ENTRIES:
        action = menu.addAction(entry_title(entity))
        if shortcuts:
            keys.assign(action, shortcut_id)
        action.triggered.connect(
            lambda _=False, e=entity: open_form(ctx, e, client_uid(), parent.window()))

