"""A request as a person fills in its form: every field checked with the contract's rules.

A form hands its fields over as typed (texts, a chosen tier, a date) and gets back a
:class:`Draft`: the wire body the server would get, the facts the policies look at, and one
:class:`FieldProblem` per field that the server would refuse — the same checks the sandbox
makes (:mod:`money`, :mod:`networks`, :mod:`requests`), plus the checks it makes against the
client's present state (a limit that is no increase, API settings that change nothing). A
problem carries a ``code`` and ``params`` so a translated form can word it; ``message`` is the
English sentence.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from typing import Any

from vipclient.domain.enums import (
    ClientStatus,
    FeeScope,
    RateLimitTier,
    RequestKind,
    Tier,
    WithdrawalKind,
)
from vipclient.domain.money import (
    MoneyError,
    check_rates,
    parse_amount,
    parse_decimal,
    parse_rate_bps,
    quantize,
    to_wire,
)
from vipclient.domain.networks import check_whitelist, diff_whitelists
from vipclient.domain.policy import RequestFacts, usd_value
from vipclient.domain.requests import VALIDITY_MESSAGES, reason_problem, validity_problem

#: A limit increase is stated in USD (platform-api), so this much is known without /assets.
USD = "USD"


@dataclass(frozen=True)
class AssetInfo:
    """An asset of ``GET /assets``: its precision and price in USD."""

    symbol: str
    precision: int
    usd_price: Decimal


USD_ASSET = AssetInfo(USD, 2, Decimal(1))


def assets_from_json(items: Sequence[Any]) -> dict[str, AssetInfo]:
    """``GET /assets`` items by symbol; an item that breaks the contract is left out (a price
    must be a decimal string, a precision a whole number)."""
    out: dict[str, AssetInfo] = {}
    for item in items:
        if not isinstance(item, Mapping):
            continue
        symbol, precision, price = item.get("symbol"), item.get("precision"), item.get("usd_price")
        if not isinstance(symbol, str) or not isinstance(precision, int) or isinstance(
                precision, bool) or not 0 <= precision <= 30 or not isinstance(price, str):
            continue
        try:
            out[symbol] = AssetInfo(symbol, precision, parse_decimal(price))
        except MoneyError:
            continue
    return out


@dataclass(frozen=True)
class ClientFacts:
    """What the forms need of a client, from its cached JSON."""

    uid: str
    display_name: str
    tier: Tier
    status: str
    manager_id: str | None
    timezone: str
    fee_maker_bps: Decimal | None
    fee_taker_bps: Decimal | None
    fee_source: str
    fee_expires_at: str | None
    withdrawal_limit_usd: Decimal | None
    rate_limit_tier: str
    ip_whitelist: tuple[str, ...]

    @property
    def frozen(self) -> bool:
        return self.status == ClientStatus.FROZEN.value

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> ClientFacts:
        fee = data.get("fee_schedule") or {}
        api = data.get("api") or {}
        return cls(
            uid=str(data.get("uid") or ""),
            display_name=str(data.get("display_name") or data.get("uid") or ""),
            tier=Tier(str(data.get("tier") or "VIP1")),
            status=str(data.get("status") or ClientStatus.ACTIVE.value),
            manager_id=None if data.get("manager_id") is None else str(data["manager_id"]),
            timezone=str(data.get("timezone") or "UTC"),
            fee_maker_bps=_opt_decimal(fee.get("maker_bps")),
            fee_taker_bps=_opt_decimal(fee.get("taker_bps")),
            fee_source=str(fee.get("source") or "tier"),
            fee_expires_at=None if not fee.get("expires_at") else str(fee["expires_at"]),
            withdrawal_limit_usd=_opt_decimal(data.get("withdrawal_limit_24h_usd")),
            rate_limit_tier=str(api.get("rate_limit_tier") or ""),
            ip_whitelist=tuple(str(n) for n in api.get("ip_whitelist") or ()),
        )


def _opt_decimal(value: Any) -> Decimal | None:
    try:
        return None if value is None else parse_decimal(str(value))
    except MoneyError:
        return None


@dataclass(frozen=True)
class FieldProblem:
    """What the server would refuse in one field. ``field`` is the wire name (an entry of the
    whitelist: ``ip_whitelist[3]``)."""

    field: str
    code: str
    message: str
    params: Mapping[str, str] = dataclasses.field(default_factory=dict)


@dataclass(frozen=True)
class Draft:
    """A request as filled in: ``body`` is complete only when there are no ``problems``;
    ``facts`` (what the policies look at) as soon as the values they need are valid."""

    kind: RequestKind
    client_uid: str
    body: dict[str, Any]
    facts: RequestFacts | None
    problems: tuple[FieldProblem, ...] = ()

    @property
    def ok(self) -> bool:
        return not self.problems

    def problem(self, name: str) -> FieldProblem | None:
        return next((p for p in self.problems if p.field == name), None)


class _Problems:
    def __init__(self) -> None:
        self.items: list[FieldProblem] = []

    def add(self, name: str, code: str, message: str,
            params: Mapping[str, str] | None = None) -> None:
        if not any(p.field == name for p in self.items):  # one message per field
            self.items.append(FieldProblem(name, code, message, dict(params or {})))

    def money(self, name: str, exc: MoneyError) -> None:
        self.add(name, exc.code, exc.message, exc.params)


def _common(problems: _Problems, client: ClientFacts, valid_until: datetime | None,
            required: bool, reason: str, now: datetime) -> None:
    # Who may ask, and a frozen client, are security.roles.can_request_for's (the form's).
    if valid_until is None:
        if required:
            problems.add("valid_until", "valid_until_missing", "Say until when the change is "
                         "valid.")
    elif (why := validity_problem(valid_until, now)) is not None:
        problems.add("valid_until", f"valid_until_{why.value}", VALIDITY_MESSAGES[why])
    if (said := reason_problem(reason)) is not None:
        problems.add("reason", "reason_length", said, {"min": "10", "max": "2000"})


def _wire_time(at: datetime | None) -> str | None:
    from vipclient.domain.sla import format_ts

    return None if at is None else format_ts(at.replace(microsecond=0))


def fee_draft(client: ClientFacts, maker: str, taker: str, scope: FeeScope,
              valid_until: datetime | None, reason: str, now: datetime) -> Draft:
    problems = _Problems()
    maker_bps = taker_bps = None
    try:
        maker_bps = parse_rate_bps(maker, lenient=True, what="maker rate")
    except MoneyError as exc:
        problems.money("maker_bps", exc)
    try:
        taker_bps = parse_rate_bps(taker, lenient=True, what="taker rate")
    except MoneyError as exc:
        problems.money("taker_bps", exc)
    if maker_bps is not None and taker_bps is not None:
        try:
            check_rates(maker_bps, taker_bps)
        except MoneyError as exc:
            problems.money("maker_bps", exc)
    _common(problems, client, valid_until, True, reason, now)
    facts = None
    body: dict[str, Any] = {"client_uid": client.uid, "scope": FeeScope(scope).value,
                            "valid_until": _wire_time(valid_until), "reason": reason.strip()}
    if maker_bps is not None and taker_bps is not None:
        body.update(maker_bps=to_wire(maker_bps), taker_bps=to_wire(taker_bps))
        facts = RequestFacts.fee(client.tier, maker_bps, taker_bps)
    return Draft(RequestKind.FEE_REQUEST, client.uid, body, facts, tuple(problems.items))


def withdrawal_draft(client: ClientFacts, kind: WithdrawalKind, asset: AssetInfo | None,
                     amount: str, withdrawal_id: str, valid_until: datetime | None,
                     reason: str, now: datetime) -> Draft:
    """``asset`` None: its precision and price are unknown (``/assets`` could not be read)."""
    problems = _Problems()
    kind = WithdrawalKind(kind)
    value = None
    if asset is None:
        problems.add("asset", "asset_unknown", "The asset's precision and price could not be "
                     "read, so only a limit increase in USD can be asked for now.")
    elif kind is WithdrawalKind.LIMIT_INCREASE and asset.symbol != USD:
        problems.add("asset", "limit_in_usd", "A limit increase is stated in USD.")
    if asset is not None:
        try:
            value = parse_amount(amount, asset.precision, lenient=True, asset=asset.symbol)
        except MoneyError as exc:
            problems.money("amount", exc)
    if kind is WithdrawalKind.LIMIT_INCREASE:
        limit = client.withdrawal_limit_usd
        in_usd = asset is not None and asset.symbol == USD
        if in_usd and value is not None and limit is not None and value <= limit:
            problems.add("amount", "not_an_increase", "The new limit must be above the "
                         f"client's current limit of {to_wire(limit)} USD.",
                         {"limit": to_wire(limit)})
    elif not withdrawal_id.strip():
        problems.add("withdrawal_id", "withdrawal_id_missing", "Say which withdrawal to "
                     "expedite.")
    _common(problems, client, valid_until, kind is WithdrawalKind.LIMIT_INCREASE, reason, now)
    body: dict[str, Any] = {"client_uid": client.uid, "kind": kind.value,
                            "asset": asset.symbol if asset else USD, "reason": reason.strip()}
    if kind is WithdrawalKind.EXPEDITE:
        body["withdrawal_id"] = withdrawal_id.strip()
    if valid_until is not None or kind is WithdrawalKind.LIMIT_INCREASE:
        body["valid_until"] = _wire_time(valid_until)
    facts = None
    if value is not None and asset is not None:
        body["amount"] = to_wire(value)
        facts = RequestFacts.withdrawal(client.tier, kind, usd_value(kind, value,
                                                                     asset.usd_price))
    return Draft(RequestKind.WITHDRAWAL_REQUEST, client.uid, body, facts, tuple(problems.items))


def usd_of(kind: WithdrawalKind, asset: AssetInfo | None, amount: str) -> Decimal | None:
    """The USD value of what is typed so far (None until it is a valid amount)."""
    if asset is None:
        return None
    try:
        value = parse_amount(amount, asset.precision, lenient=True, asset=asset.symbol)
    except MoneyError:
        return None
    return quantize(usd_value(kind, value, asset.usd_price), 2)


def api_access_draft(client: ClientFacts, rate_limit_tier: RateLimitTier,
                     whitelist: Sequence[str], valid_until: datetime | None, reason: str,
                     now: datetime) -> Draft:
    problems = _Problems()
    tier = RateLimitTier(rate_limit_tier)
    checked = check_whitelist(list(whitelist))
    for p in checked.problems:
        name = "ip_whitelist" if p.index is None else f"ip_whitelist[{p.index}]"
        problems.add(name, "network", p.message)
    networks = checked.wire()
    if checked.ok and tier.value == client.rate_limit_tier and not diff_whitelists(
            client.ip_whitelist, networks).changed:
        problems.add("rate_limit_tier", "changes_nothing", "This request changes nothing: the "
                     "client has these API settings already.")
    _common(problems, client, valid_until, False, reason, now)
    body: dict[str, Any] = {"client_uid": client.uid, "rate_limit_tier": tier.value,
                            "ip_whitelist": networks, "reason": reason.strip()}
    if valid_until is not None:
        body["valid_until"] = _wire_time(valid_until)
    facts = RequestFacts.api_access(client.tier, tier, client.ip_whitelist, networks) \
        if checked.ok else None
    return Draft(RequestKind.API_ACCESS_REQUEST, client.uid, body, facts, tuple(problems.items))


def facts_of_request(kind: RequestKind | str, data: Mapping[str, Any],
                     client: ClientFacts) -> RequestFacts | None:
    """What the policies looked at for a request already made (to explain its rule). An
    API-access request empties a whitelist when it asks for none and the client had one: for
    a pending request that is the client's list now; once applied, the list it replaced is
    gone, so an empty request is read as having emptied one."""
    try:
        kind = RequestKind(kind)
        if kind is RequestKind.FEE_REQUEST:
            return RequestFacts.fee(client.tier, parse_decimal(str(data["maker_bps"])),
                                    parse_decimal(str(data["taker_bps"])))
        if kind is RequestKind.WITHDRAWAL_REQUEST:
            usd = data.get("usd_amount")
            value = parse_decimal(str(usd if usd is not None else data["amount"]))
            return RequestFacts.withdrawal(client.tier, WithdrawalKind(str(data["kind"])), value)
        requested = [str(n) for n in data.get("ip_whitelist") or ()]
        pending = data.get("status") == "pending_approval"
        before = client.ip_whitelist if pending else (() if requested else ("earlier",))
        return RequestFacts.api_access(client.tier, RateLimitTier(str(data["rate_limit_tier"])),
                                       before, requested)
    except (KeyError, ValueError):
        return None
