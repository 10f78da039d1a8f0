"""Decimal strings for rates and amounts."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from vipclient.domain.money import (
    MoneyError,
    check_rates,
    decimal_places,
    format_bps,
    format_grouped,
    format_usd,
    parse_amount,
    parse_decimal,
    parse_rate_bps,
    to_wire,
)

D = Decimal


@pytest.mark.parametrize("text", ["0", "2.5", "100", "100.00", "0.01", "99.99"])
def test_rates_accepted(text: str) -> None:
    assert parse_rate_bps(text) == D(text)


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("", "empty"),
        ("abc", "not_a_number"),
        ("1e2", "not_a_number"),
        ("NaN", "not_a_number"),
        ("Infinity", "not_a_number"),
        (" 2.5", "not_a_number"),  # strict on the wire
        ("2.", "not_a_number"),
        (".5", "not_a_number"),
        ("+1", "not_a_number"),
        ("-0.01", "rate_out_of_range"),
        ("100.01", "rate_out_of_range"),
        ("2.555", "too_many_places"),
        ("1,000", "not_a_number"),
    ],
)
def test_rates_refused(text: str, code: str) -> None:
    with pytest.raises(MoneyError) as info:
        parse_rate_bps(text)
    assert info.value.code == code
    assert str(info.value).endswith(".")  # a sentence for a form


def test_messages_are_plain_words() -> None:
    with pytest.raises(MoneyError, match="at most 2 decimal places"):
        parse_rate_bps("1.234", what="maker rate")
    with pytest.raises(MoneyError, match="maker rate must be between 0 and 100 bps"):
        parse_rate_bps("120", what="maker rate")
    with pytest.raises(MoneyError, match="at most 8 decimal places for BTC"):
        parse_amount("0.000000001", 8, asset="BTC")
    with pytest.raises(MoneyError, match="no decimal places"):
        parse_amount("1.5", 0)
    with pytest.raises(MoneyError, match="more than 0"):
        parse_amount("0", 2)


def test_lenient_form_input() -> None:
    assert parse_amount(" 1,250,000.50 ", 2, lenient=True) == D("1250000.50")
    assert parse_amount("1 000", 2, lenient=True) == D(1000)
    assert parse_rate_bps(" 2.5 ", lenient=True) == D("2.5")
    with pytest.raises(MoneyError):
        parse_amount("1,25,000", 2, lenient=True)  # not thousands grouping
    with pytest.raises(MoneyError):
        parse_amount("1,250,000.50", 2)  # strict


def test_maker_not_above_taker() -> None:
    check_rates(D(2), D(2))
    with pytest.raises(MoneyError, match="maker rate cannot be higher"):
        check_rates(D("2.01"), D(2))


def test_formatting() -> None:
    assert format_grouped(D("1250000")) == "1,250,000"
    assert format_grouped(D("-1234.5"), 2) == "-1,234.50"
    assert format_grouped(D("999")) == "999"
    assert format_usd(D("1250000")) == "1,250,000.00"
    assert format_bps(D("2.50")) == "2.5"
    assert format_bps(D("10")) == "10"
    assert format_bps(D("0.00")) == "0"
    assert to_wire(D("1E+3")) == "1000"
    assert to_wire(D("-0")) == "0"
    assert decimal_places(D("2.50")) == 2
    assert decimal_places(D("1E+3")) == 0


@given(st.decimals(min_value=-(10**12), max_value=10**12, places=6, allow_nan=False))
def test_wire_round_trip(value: Decimal) -> None:
    text = to_wire(value)
    assert "E" not in text and "e" not in text
    assert parse_decimal(text) == value
    grouped = format_grouped(value)
    assert parse_decimal(grouped, lenient=True) == value


@given(st.text(max_size=20))
def test_any_text_parses_or_fails_with_money_error(text: str) -> None:
    try:
        value = parse_rate_bps(text, lenient=True)
    except MoneyError as exc:
        assert exc.message
    else:
        assert D(0) <= value <= D(100)
        assert decimal_places(value) <= 2


@given(
    precision=st.integers(min_value=0, max_value=18),
    places=st.integers(min_value=0, max_value=20),
    digits=st.integers(min_value=1, max_value=10**12),
)
def test_amount_precision(precision: int, places: int, digits: int) -> None:
    value = D(digits).scaleb(-places)
    text = to_wire(value)
    if decimal_places(D(text)) <= precision:
        assert parse_amount(text, precision) == value
    else:
        with pytest.raises(MoneyError) as info:
            parse_amount(text, precision)
        assert info.value.code == "too_many_places"
