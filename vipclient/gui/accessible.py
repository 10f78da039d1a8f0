"""Names and descriptions for screen readers, set in one call per control.

A button's text is its name already; a field, list, combo box or tab bar has none of its own
(a screen reader would read its current value, "Any language", which names nothing). Every
control gets a name that says what it is and a description that says what it does or holds;
a test walks each screen's controls and fails on one without.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialogButtonBox, QWidget


def describe(widget: QWidget, name: str, description: str) -> None:
    widget.setAccessibleName(name)
    widget.setAccessibleDescription(description)


def describe_buttons(box: QDialogButtonBox) -> None:
    """Descriptions for a button box's standard buttons (their names are their texts)."""
    role = QDialogButtonBox.ButtonRole
    said = {
        role.RejectRole: QCoreApplication.translate("Accessible", "Closes without saving"),
        role.AcceptRole: QCoreApplication.translate("Accessible", "Saves and closes"),
    }
    for button in box.buttons():
        if box.standardButton(button) == QDialogButtonBox.StandardButton.Close:
            text = QCoreApplication.translate("Accessible", "Closes this window")
        else:
            text = said.get(box.buttonRole(button), "")
        if text and not button.accessibleDescription():
            button.setAccessibleDescription(text)
