"""The plain-words texts the sync engine hands the GUI (offline reasons, failed actions).

Like :mod:`vipclient.api.messages`: English here, routed through the translator the GUI
installs (``set_translator(QCoreApplication.translate)``; the controller does it), context
``SyncEngine``.
"""

from __future__ import annotations

from collections.abc import Callable

CONTEXT = "SyncEngine"

MESSAGES: dict[str, str] = {
    "unreachable": "The server cannot be reached.",
    "tls": "The server's security certificate could not be verified.",
    "session_expired": "Your session has ended. Please sign in again.",
    "server_problem": "The server is having a problem.",
    "unreadable": "The server sent answers VIP Desk could not read.",
    "step_up_cancelled": "Not sent: the authenticator code was not given.",
    "step_up_refused": "Not sent: the authenticator code was refused.",
    "too_old_unverified": (
        "This action waited more than a day to be sent and VIP Desk cannot check whether the "
        "server already has it. Check on the server, then resend it only if it did not happen."
    ),
    "conflict": (
        "Someone changed this item on the server before your change arrived. Review the "
        "current version, then resend your change or discard it."
    ),
}

Translator = Callable[[str, str], str]
_translator: Translator | None = None


def set_translator(translator: Translator | None) -> None:
    global _translator
    _translator = translator


def message(key: str, **fields: object) -> str:
    text = MESSAGES[key]
    if _translator is not None:
        text = _translator(CONTEXT, text)
    return text.format(**fields) if fields else text
