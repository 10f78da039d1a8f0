"""What a person types into a request form: rates and amounts as decimals with the asset's
precision, never floats, never guessed."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from vipclient.domain.money import MoneyError, decimal_places, parse_amount, parse_rate_bps


@pytest.mark.parametrize(
    ("text", "why", "says"),
    [
        ("1e3", "exponent", "without an exponent"),
        ("NaN", "not_finite", "NaN is not one"),
        ("Infinity", "not_finite", "is not one"),
        ("1,5", "comma_decimal", "1.5, not 1,5"),
        ("０.５", "odd_digit", "U+FF10 FULLWIDTH DIGIT ZERO"),
        ("1\u202e2", "invisible", "U+202E"),
        ("1\x002", "invisible", "U+0000"),
        ("twelve", "", "plain number"),
    ],
)
def test_odd_numbers_get_a_clear_message_not_a_guess(text: str, why: str, says: str) -> None:
    for parse in (lambda t: parse_rate_bps(t, lenient=True),
                  lambda t: parse_amount(t, 8, lenient=True, asset="BTC")):
        with pytest.raises(MoneyError) as info:
            parse(text)
        assert info.value.code == "not_a_number"
        assert info.value.params["why"] == why
        assert says in info.value.message


def test_typed_numbers_may_group_thousands() -> None:
    assert parse_amount("1,250,000.50", 2, lenient=True) == Decimal("1250000.50")
    assert parse_amount(" 0.5 ", 8, lenient=True) == Decimal("0.5")


@given(st.text(max_size=24))
def test_any_rate_text_is_a_rate_within_bounds_or_refused_in_words(text: str) -> None:
    try:
        rate = parse_rate_bps(text, lenient=True, what="maker rate")
    except MoneyError as exc:
        assert exc.message.endswith(".") and exc.code
        return
    assert Decimal(0) <= rate <= Decimal(100)
    assert decimal_places(rate) <= 2
    assert rate.is_finite()


@given(st.text(max_size=24), st.integers(0, 18))
def test_any_amount_text_is_an_amount_of_that_precision_or_refused(text: str,
                                                                   precision: int) -> None:
    try:
        amount = parse_amount(text, precision, lenient=True, asset="ETH")
    except MoneyError as exc:
        assert exc.message.endswith(".") and exc.code
        return
    assert amount > 0 and amount.is_finite()
    assert decimal_places(amount) <= precision


@given(st.decimals(min_value=Decimal("0.000001"), max_value=10**9, places=6))
def test_an_amount_written_plainly_reads_back_exactly(value: Decimal) -> None:
    text = format(value, "f")
    assert parse_amount(text, 6, lenient=True) == value
