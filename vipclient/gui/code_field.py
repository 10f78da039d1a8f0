"""An authenticator code field: six digits, however they arrive.

People paste codes as "123 456" or "123-456" from password managers, and a Chinese keyboard
types full-width digits; the validator folds each into ``123456`` as it is typed or pasted
(:func:`vipclient.security.totp.normalize_code`), refuses anything else, and the field's
maximum length leaves room for the separators of a paste. Shared by the step-up dialog and
the freeze dialog, whose code is typed in advance.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QValidator
from PySide6.QtWidgets import QLineEdit

from vipclient.security.totp import CODE_LENGTH, normalize_code

#: Room for "123 456", " 123-456 " and the like before the validator folds them.
PASTE_ROOM = 16


class CodeValidator(QValidator):
    def validate(self, text: str, pos: int) -> object:  # type: ignore[override]
        code = normalize_code(text)
        if (code and not (code.isascii() and code.isdigit())) or len(code) > CODE_LENGTH:
            return QValidator.State.Invalid, text, pos
        state = (QValidator.State.Acceptable if len(code) == CODE_LENGTH
                 else QValidator.State.Intermediate)
        return state, code, min(pos, len(code))


def install(edit: QLineEdit) -> QLineEdit:
    """Make ``edit`` a code field (its text is always the digits alone)."""
    edit.setMaxLength(PASTE_ROOM)
    edit.setValidator(CodeValidator(edit))
    # No input method may keep what is typed here, nor predict it.
    edit.setInputMethodHints(Qt.InputMethodHint.ImhDigitsOnly
                             | Qt.InputMethodHint.ImhSensitiveData
                             | Qt.InputMethodHint.ImhNoPredictiveText)
    return edit


def is_complete(text: str) -> bool:
    return len(text) == CODE_LENGTH and text.isascii() and text.isdigit()
