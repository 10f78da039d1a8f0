"""Decimal strings for money and fee rates, parsed and checked the same way on both sides.

The contract carries every amount and rate as a decimal *string* (never a JSON float), rates in
basis points. Parsing here is strict on the wire (digits, one optional point) and, for what a
person types into a form, also accepts thousand separators and surrounding spaces. Every
refusal is a :class:`MoneyError` whose ``message`` is a plain-words sentence fit for a form
(``code`` lets a translated UI pick its own words, ``params`` fills them in).
"""

from __future__ import annotations

import re
import unicodedata
from decimal import ROUND_HALF_EVEN, Decimal, InvalidOperation

RATE_MAX_BPS = Decimal(100)
RATE_MAX_PLACES = 2

_WIRE = re.compile(r"-?[0-9]+(\.[0-9]+)?")
# A typed number: digits with optional "," / "_" / space / thin-space grouping.
_GROUPED = re.compile(r"-?[0-9]{1,3}([,_  ][0-9]{3})+(\.[0-9]+)?|-?[0-9]+(\.[0-9]+)?")


class MoneyError(ValueError):
    """A decimal string that is not acceptable, with a sentence a person can act on."""

    def __init__(self, code: str, message: str, params: dict[str, str] | None = None) -> None:
        super().__init__(message)
        self.code = code
        self.message = message
        self.params: dict[str, str] = dict(params or {})

    def __str__(self) -> str:
        return self.message


def _parse(text: str, *, lenient: bool, what: str) -> Decimal:
    if not isinstance(text, str):
        raise MoneyError("not_text", f"The {what} must be written as a number such as 12.5.")
    raw = text.strip() if lenient else text
    if raw == "":
        raise MoneyError("empty", f"Enter the {what}.", {"what": what})
    if lenient and _GROUPED.fullmatch(raw):
        raw = re.sub(r"[,_  ]", "", raw)
    if not _WIRE.fullmatch(raw):
        raise _not_a_number(raw, what, text)
    try:
        return Decimal(raw)
    except InvalidOperation as exc:  # pragma: no cover - the pattern already rules this out
        raise MoneyError("not_a_number", f"The {what} is not a number.") from exc


_EXPONENT = re.compile(r"[+-]?[0-9]+(\.[0-9]*)?[eE][+-]?[0-9]+")
_COMMA_DECIMAL = re.compile(r"-?[0-9]+,[0-9]+")
_NOT_FINITE = frozenset({"nan", "snan", "inf", "infinity", "+inf", "-inf", "-infinity",
                         "+infinity", "-nan", "+nan"})


def _not_a_number(raw: str, what: str, text: str) -> MoneyError:
    """The refusal of a text that is no plain decimal, saying what to write instead (nothing is
    guessed: ``1,5`` may mean one and a half or fifteen, a full-width ``５`` may be a slip)."""
    params = {"what": what, "text": text}
    generic = f"The {what} must be a plain number such as 12.5 (digits and one decimal point)."
    odd = next((ch for ch in raw if not ("0" <= ch <= "9" or ch in ".-")), None)
    if raw.casefold() in _NOT_FINITE:
        why, message = "not_finite", f"The {what} must be a number; {raw} is not one."
    elif _EXPONENT.fullmatch(raw):
        why, message = "exponent", (f"Write the {what} in full digits without an exponent "
                                    "(1000, not 1e3).")
    elif _COMMA_DECIMAL.fullmatch(raw):
        why, message = "comma_decimal", (f"Use a point for decimals in the {what} (1.5, not "
                                         "1,5); commas only group thousands, as in 1,000.")
    elif odd is not None and odd.isdigit():
        params["char"] = _named(odd)
        why, message = "odd_digit", (f"Type the digits of the {what} as plain 0–9: "
                                     f"{params['char']} is not accepted.")
    elif odd is not None and unicodedata.category(odd) in ("Cc", "Cf", "Zl", "Zp", "Zs"):
        params["char"] = _named(odd)
        why, message = "invisible", (f"The {what} contains an invisible character "
                                     f"({params['char']}); type it again.")
    else:
        why, message = "", generic
    params["why"] = why
    return MoneyError("not_a_number", message, params)


def _named(ch: str) -> str:
    return f"U+{ord(ch):04X} {unicodedata.name(ch, '')}".strip()


def parse_decimal(text: str, *, lenient: bool = False, what: str = "value") -> Decimal:
    """A decimal string as :class:`Decimal`; strict wire syntax unless ``lenient``."""
    return _parse(text, lenient=lenient, what=what)


def decimal_places(value: Decimal) -> int:
    """How many digits follow the point as written (``"2.50"`` has 2)."""
    exponent = value.as_tuple().exponent
    assert isinstance(exponent, int)  # finite values only reach here
    return max(0, -exponent)


def check_rate_bps(value: Decimal, *, what: str = "rate") -> Decimal:
    if value < 0 or value > RATE_MAX_BPS:
        raise MoneyError(
            "rate_out_of_range",
            f"The {what} must be between 0 and 100 bps (0 % to 1 %).",
            {"what": what, "min": "0", "max": "100"},
        )
    if decimal_places(value) > RATE_MAX_PLACES:
        raise MoneyError(
            "too_many_places",
            f"The {what} can have at most 2 decimal places, e.g. 2.25 bps.",
            {"what": what, "places": "2"},
        )
    return value


def parse_rate_bps(text: str, *, lenient: bool = False, what: str = "rate") -> Decimal:
    """A fee rate in basis points: 0–100, at most 2 decimals (``"2.5"`` = 0.025 %)."""
    return check_rate_bps(_parse(text, lenient=lenient, what=what), what=what)


def check_rates(maker_bps: Decimal, taker_bps: Decimal) -> None:
    """The contract's pair rule: a maker rate is never above the taker rate."""
    if maker_bps > taker_bps:
        raise MoneyError(
            "maker_above_taker",
            "The maker rate cannot be higher than the taker rate.",
            {"maker": to_wire(maker_bps), "taker": to_wire(taker_bps)},
        )


def check_amount(value: Decimal, precision: int, *, what: str = "amount",
                 asset: str | None = None) -> Decimal:
    if value <= 0:
        raise MoneyError("not_positive", f"The {what} must be more than 0.", {"what": what})
    if decimal_places(value) > precision:
        unit = f" for {asset}" if asset else ""
        places = "no decimal places" if precision == 0 else (
            "1 decimal place" if precision == 1 else f"{precision} decimal places"
        )
        raise MoneyError(
            "too_many_places",
            f"The {what} can have at most {places}{unit}.",
            {"what": what, "places": str(precision), "asset": asset or ""},
        )
    return value


def parse_amount(text: str, precision: int, *, lenient: bool = False, what: str = "amount",
                 asset: str | None = None) -> Decimal:
    """An amount of an asset: more than 0, at most ``precision`` decimals."""
    return check_amount(_parse(text, lenient=lenient, what=what), precision, what=what,
                        asset=asset)


def to_wire(value: Decimal) -> str:
    """The contract's decimal string: plain notation, never an exponent."""
    if not value.is_finite():
        raise MoneyError("not_finite", "The number must be finite.")
    text = format(value, "f")
    return "0" if text in ("-0", "") else text


def quantize(value: Decimal, places: int) -> Decimal:
    return value.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_EVEN)


def format_grouped(value: Decimal, places: int | None = None, *, separator: str = ",",
                   decimal_point: str = ".") -> str:
    """For display: thousand separators, ``places`` decimals (as written when None); the
    GUI passes its language's separator and decimal point (``gui/locale_format.py``)."""
    if places is not None:
        value = quantize(value, places)
    sign = "-" if value < 0 else ""
    text = to_wire(abs(value))
    whole, _, frac = text.partition(".")
    groups: list[str] = []
    while len(whole) > 3:
        groups.insert(0, whole[-3:])
        whole = whole[:-3]
    groups.insert(0, whole)
    return sign + separator.join(groups) + (f"{decimal_point}{frac}" if frac else "")


def format_usd(value: Decimal) -> str:
    """``1250000`` → ``"1,250,000.00"`` (the currency sign is the UI's business)."""
    return format_grouped(value, 2)


def format_bps(value: Decimal) -> str:
    """A rate without trailing zeros: ``Decimal("2.50")`` → ``"2.5"``."""
    text = to_wire(value)
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return text or "0"


def bps_to_percent(value: Decimal) -> Decimal:
    """1 bps = 0.01 %."""
    return value / Decimal(100)
