"""The plain-words texts the sync engine hands the GUI (offline reasons, failed actions).

Like :mod:`vipclient.api.messages`: English here, translated through :mod:`vipclient.i18n`,
context ``SyncEngine``.
"""

from __future__ import annotations

from vipclient.i18n import QT_TRANSLATE_NOOP, translate

CONTEXT = "SyncEngine"

MESSAGES: dict[str, str] = {
    "unreachable": QT_TRANSLATE_NOOP(
        "SyncEngine", "The server cannot be reached."),
    "tls": QT_TRANSLATE_NOOP(
        "SyncEngine", "The server's security certificate could not be verified."),
    "session_expired": QT_TRANSLATE_NOOP(
        "SyncEngine", "Your session has ended. Please sign in again."),
    "server_problem": QT_TRANSLATE_NOOP(
        "SyncEngine", "The server is having a problem."),
    "unreadable": QT_TRANSLATE_NOOP(
        "SyncEngine", "The server sent answers VIP Desk could not read."),
    "step_up_cancelled": QT_TRANSLATE_NOOP(
        "SyncEngine", "Not sent: the authenticator code was not given."),
    "step_up_refused": QT_TRANSLATE_NOOP(
        "SyncEngine", "Not sent: the authenticator code was refused."),
    "too_old_unverified": QT_TRANSLATE_NOOP(
        "SyncEngine",
        "This action waited more than a day to be sent and VIP Desk cannot check whether the "
        "server already has it. Check on the server, then resend it only if it did not happen."
    ),
    "conflict": QT_TRANSLATE_NOOP(
        "SyncEngine",
        "Someone changed this item on the server before your change arrived. Review the "
        "current version, then resend your change or discard it."
    ),
}

def message(key: str, **fields: object) -> str:
    text = translate(CONTEXT, MESSAGES[key])
    return text.format(**fields) if fields else text
