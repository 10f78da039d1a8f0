from __future__ import annotations

import pytest

from vipclient.security.totp import code_problem, is_valid_shape, normalize_code


@pytest.mark.parametrize("text", ["123456", " 123 456 ", "１２３４５６", "123-456"])
def test_good_shapes(text: str) -> None:
    assert is_valid_shape(text)
    assert normalize_code(text) == "123456"


@pytest.mark.parametrize(
    ("text", "words"),
    [("", "Enter"), ("   ", "Enter"), ("12345", "you typed 5"), ("1234567", "you typed 7"),
     ("12a456", "digits only"), ("١٢٣٤٥٦", "digits only")],
)
def test_bad_shapes_say_why(text: str, words: str) -> None:
    problem = code_problem(text)
    assert problem is not None and words in problem
