"""Every plain-words message the API layer shows a person, in one table.

They are translated through :mod:`vipclient.i18n` (context ``ApiErrors``): Qt's translators once
the GUI has loaded Qt, with no wiring. Keys are stable; texts may use ``str.format`` fields
that the raising code fills in.
"""

from __future__ import annotations

from vipclient.i18n import QT_TRANSLATE_NOOP, translate

# The context name the GUI's translator files these strings under (QCoreApplication.translate).
CONTEXT = "ApiErrors"




MESSAGES: dict[str, str] = {
    "api_error": QT_TRANSLATE_NOOP(
        "ApiErrors", "Something went wrong while talking to the server."
    ),
    "network": QT_TRANSLATE_NOOP(
        "ApiErrors",
        "The server cannot be reached. Check your network connection; your work is kept and will "
        "be sent when the connection is back.",
    ),
    "network_timeout": QT_TRANSLATE_NOOP(
        "ApiErrors",
        "The server did not answer in time. Your work is kept and will be sent when the "
        "connection is back.",
    ),
    "network_dropped": QT_TRANSLATE_NOOP(
        "ApiErrors",
        "The connection to the server was interrupted. Your work is kept and will be sent when "
        "the connection is back.",
    ),
    "proxy": QT_TRANSLATE_NOOP(
        "ApiErrors",
        "The proxy server refused or dropped the connection. Check the proxy setting, or ask IT.",
    ),
    "cancelled": QT_TRANSLATE_NOOP("ApiErrors", "The request was cancelled."),
    "tls": QT_TRANSLATE_NOOP(
        "ApiErrors",
        "The server's security certificate could not be verified, so the connection was stopped. "
        "If your company uses its own certificates, ask IT to set the CA bundle setting.",
    ),
    "tls_ca_bundle": QT_TRANSLATE_NOOP(
        "ApiErrors",
        "The CA bundle file in the settings ({path}) cannot be read, so no secure connection "
        "can be made. Ask IT to check the CA bundle setting.",
    ),
    "insecure_url": QT_TRANSLATE_NOOP(
        "ApiErrors",
        "The server address must start with https:// so that your sign-in is protected.",
    ),
    "invalid_url": QT_TRANSLATE_NOOP(
        "ApiErrors", "The server address is not valid. It should look like https://example.com."
    ),
    "malformed": QT_TRANSLATE_NOOP(
        "ApiErrors",
        "The server sent an answer VIP Desk could not understand. It will be tried again.",
    ),
    "problem": QT_TRANSLATE_NOOP("ApiErrors", "The server refused the request."),
    "problem_detail": QT_TRANSLATE_NOOP("ApiErrors", "The server refused the request: {detail}"),
    "bad_request": QT_TRANSLATE_NOOP(
        "ApiErrors", "The server refused the request as incomplete: {detail}"
    ),
    "unauthorized": QT_TRANSLATE_NOOP(
        "ApiErrors", "You are no longer signed in. Please sign in again."
    ),
    "session_expired": QT_TRANSLATE_NOOP(
        "ApiErrors", "Your session has ended. Please sign in again."
    ),
    "invalid_credentials": QT_TRANSLATE_NOOP(
        "ApiErrors",
        "The username, password or code is not right. Check them and try again; a code can be "
        "used only once, so wait for the next one.",
    ),
    "invalid_code": QT_TRANSLATE_NOOP(
        "ApiErrors",
        "That code was not accepted. Wait for the next code in your authenticator app and try "
        "again.",
    ),
    "step_up_required": QT_TRANSLATE_NOOP(
        "ApiErrors", "This action needs a fresh code from your authenticator app."
    ),
    "forbidden": QT_TRANSLATE_NOOP("ApiErrors", "You do not have permission to do this."),
    "policy_block": QT_TRANSLATE_NOOP(
        "ApiErrors", "A policy does not allow this request (rule: {rule_id})."
    ),
    "policy_block_no_rule": QT_TRANSLATE_NOOP("ApiErrors", "No policy allows this request."),
    "not_found": QT_TRANSLATE_NOOP("ApiErrors", "This item no longer exists on the server."),
    "conflict": QT_TRANSLATE_NOOP(
        "ApiErrors", "This cannot be done in the item's current state: {detail}"
    ),
    "conflict_plain": QT_TRANSLATE_NOOP(
        "ApiErrors", "This cannot be done in the item's current state."
    ),
    "in_flight": QT_TRANSLATE_NOOP(
        "ApiErrors",
        "The same action is still being processed by the server. It will be checked again.",
    ),
    "precondition_failed": QT_TRANSLATE_NOOP(
        "ApiErrors",
        "Someone else changed this item in the meantime. Reload it and make your change again.",
    ),
    "precondition_required": QT_TRANSLATE_NOOP(
        "ApiErrors", "The server needs the item's version to accept this change."
    ),
    "gone": QT_TRANSLATE_NOOP(
        "ApiErrors", "The local copy is too old and will be downloaded again from the server."
    ),
    "validation": QT_TRANSLATE_NOOP("ApiErrors", "Some values were not accepted: {fields}"),
    "validation_plain": QT_TRANSLATE_NOOP("ApiErrors", "Some values were not accepted."),
    "rate_limited": QT_TRANSLATE_NOOP(
        "ApiErrors", "The server is busy. VIP Desk will try again in {wait}."
    ),
    "locked_out": QT_TRANSLATE_NOOP(
        "ApiErrors", "Too many failed attempts. Signing in is locked for another {wait}."
    ),
    "server_error": QT_TRANSLATE_NOOP(
        "ApiErrors", "The server had a problem. VIP Desk will try again."
    ),
    "server_error_wait": QT_TRANSLATE_NOOP(
        "ApiErrors", "The server had a problem. VIP Desk will try again in {wait}."
    ),
    "duration_seconds": QT_TRANSLATE_NOOP("ApiErrors", "{seconds} s"),
    "duration_minutes": QT_TRANSLATE_NOOP("ApiErrors", "{minutes} min {seconds} s"),
    "duration_unknown": QT_TRANSLATE_NOOP("ApiErrors", "a few minutes"),
}

def message(key: str, **fields: object) -> str:
    """The translated message for ``key`` with ``fields`` filled in."""
    text = translate(CONTEXT, MESSAGES[key])
    return text.format(**fields) if fields else text


def duration(seconds: float | None) -> str:
    """A wait time in plain words: ``"45 s"``, ``"14 min 5 s"``."""
    if seconds is None:
        return message("duration_unknown")
    total = max(0, round(seconds))
    if total < 60:
        return message("duration_seconds", seconds=total)
    return message("duration_minutes", minutes=total // 60, seconds=total % 60)
