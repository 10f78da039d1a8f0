from __future__ import annotations

import pytest

from vipclient.domain.text_direction import first_strong, is_rtl


@pytest.mark.parametrize(("text", "expected"), [
    ("محمد العتيبي", "rtl"),
    ("123 سحب معلق", "rtl"),  # digits are weak: the first letter decides
    ("שלום", "rtl"),
    ("Withdrawal stuck", "ltr"),
    ("提币一直在处理中", "ltr"),
    ("VIP7 محمد", "ltr"),
    ("\u202eevil", "ltr"),  # an override mark is not a letter: it decides nothing
    ("2026-11-25", None),
    ("", None),
])
def test_the_first_strong_letter_decides(text: str, expected: str | None) -> None:
    assert first_strong(text) == expected
    assert is_rtl(text) == (expected == "rtl")
