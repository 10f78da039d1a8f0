"""The shape of a typed TOTP code, checked before anything is sent.

Only the server can tell a right code from a wrong one (and a wrong one counts towards
lockout), so this checks the shape alone: six digits. People paste codes with spaces
("123 456") or type full-width digits on a Chinese keyboard; both are accepted and normalised.
"""

from __future__ import annotations

import unicodedata

from vipclient.i18n import QT_TRANSLATE_NOOP, translate

CODE_LENGTH = 6
CONTEXT = "TotpCode"




MESSAGES: dict[str, str] = {
    "empty": QT_TRANSLATE_NOOP("TotpCode", "Enter the 6-digit code from your authenticator app."),
    "not_digits": QT_TRANSLATE_NOOP("TotpCode", "The code is made of digits only, like 123456."),
    "length": QT_TRANSLATE_NOOP("TotpCode", "The code has 6 digits; you typed {count}."),
}




def _message(key: str, **fields: object) -> str:
    text = MESSAGES[key]
    text = translate(CONTEXT, text)
    return text.format(**fields) if fields else text


def normalize_code(text: str) -> str:
    """``" １２３ 456 "`` → ``"123456"``: NFKC (full-width digits), spaces and dashes removed."""
    folded = unicodedata.normalize("NFKC", text)
    return "".join(ch for ch in folded if not ch.isspace() and ch not in "-·")


def code_problem(text: str) -> str | None:
    """A plain message saying what is wrong with the typed code, or None when it looks right."""
    code = normalize_code(text)
    if not code:
        return _message("empty")
    if not (code.isascii() and code.isdigit()):
        return _message("not_digits")
    if len(code) != CODE_LENGTH:
        return _message("length", count=len(code))
    return None


def is_valid_shape(text: str) -> bool:
    return code_problem(text) is None
