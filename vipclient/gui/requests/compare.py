"""What a request asks for beside what is in force for the client now, row by row.

The request's page and the approval dialog show the same rows, so what a person approves is
exactly what the page showed them.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from decimal import Decimal, InvalidOperation
from typing import Any, NamedTuple

from PySide6.QtCore import QCoreApplication

from vipclient.domain.money import format_bps
from vipclient.domain.networks import diff_whitelists
from vipclient.domain.policy import discount_pct, tier_fees
from vipclient.domain.sla import parse_ts
from vipclient.gui.requests import wording


class Compared(NamedTuple):
    label: str
    asked: str
    now: str


def _time(value: Any) -> datetime | None:
    try:
        return None if not value else parse_ts(str(value))
    except ValueError:
        return None


def _decimal(value: Any) -> Decimal | None:
    try:
        return None if value is None else Decimal(str(value))
    except (InvalidOperation, ValueError):
        return None


def validity_text(value: Any, timezone: str) -> str:
    at = _time(value)
    if at is None:
        return QCoreApplication.translate("Requests", "no end (stays until changed)")
    return f"{wording.local_stamp(at)} · {wording.client_stamp(at, timezone)}"


def fee_schedule_now(client: Mapping[str, Any]) -> str:
    fee = client.get("fee_schedule") or {}
    text = wording.rates(fee.get("maker_bps"), fee.get("taker_bps"))
    if fee.get("source") == "custom":
        until = _time(fee.get("expires_at"))
        if until is not None:
            return QCoreApplication.translate("Requests", "{rates}, custom until {until}").format(
                rates=text, until=wording.local_stamp(until))
        return QCoreApplication.translate("Requests", "{rates}, custom").format(rates=text)
    return QCoreApplication.translate("Requests", "{rates}, the tier's").format(rates=text)


def compare(entity: str, data: Mapping[str, Any], client: Mapping[str, Any]) -> list[Compared]:
    """``(what, asked, in force now)`` rows for a request of ``entity``."""
    tz = str(client.get("timezone") or "UTC")
    rows: list[Compared] = []
    if entity == "fee_request":
        tier = str(client.get("tier") or "VIP1")
        rates = tier_fees(tier)
        maker, taker = _decimal(data.get("maker_bps")), _decimal(data.get("taker_bps"))
        rows.append(Compared(QCoreApplication.translate("Requests", "Fee schedule"),
                             wording.rates(data.get("maker_bps"), data.get("taker_bps")),
                             fee_schedule_now(client)))
        rows.append(Compared(QCoreApplication.translate("Requests", "Tier's rates ({tier})"
                                                        ).format(tier=tier), "",
                             wording.rates(rates.maker_bps, rates.taker_bps)))
        if maker is not None and taker is not None:
            off = discount_pct(tier, maker, taker)
            rows.append(Compared(QCoreApplication.translate("Requests", "Discount off the tier"),
                                 f"{format_bps(off.quantize(Decimal('0.01')))} %", ""))
        rows.append(Compared(QCoreApplication.translate("Requests", "Scope"),
                             wording.scope_name(str(data.get("scope") or "all")), ""))
    elif entity == "withdrawal_request":
        if data.get("kind") == "expedite":
            rows.append(Compared(QCoreApplication.translate("Requests", "Expedite withdrawal"),
                                 str(data.get("withdrawal_id") or "—"), ""))
            rows.append(Compared(QCoreApplication.translate("Requests", "Amount"),
                                 wording.amount_of(data.get("amount"), str(data.get("asset"))),
                                 ""))
            if data.get("usd_amount") is not None:
                rows.append(Compared(QCoreApplication.translate("Requests", "Value"),
                                     wording.usd(data.get("usd_amount")), ""))
        else:
            rows.append(Compared(QCoreApplication.translate("Requests", "24 h withdrawal limit"),
                                 wording.usd(data.get("amount")),
                                 wording.usd(client.get("withdrawal_limit_24h_usd"))))
    else:
        api = client.get("api") or {}
        rows.append(Compared(QCoreApplication.translate("Requests", "API rate-limit tier"),
                             wording.rate_tier_name(str(data.get("rate_limit_tier") or "")),
                             wording.rate_tier_name(str(api.get("rate_limit_tier") or ""))))
        asked = list(data.get("ip_whitelist") or [])
        now = list(api.get("ip_whitelist") or [])
        rows.append(Compared(QCoreApplication.translate("Requests", "IP whitelist"),
                             wording.networks(asked), wording.networks(now)))
        diff = diff_whitelists(now, asked)
        if diff.changed and data.get("status") == "pending_approval":
            rows.append(Compared(QCoreApplication.translate("Requests", "Change"),
                                 whitelist_change(diff.added, diff.removed), ""))
    rows.append(Compared(QCoreApplication.translate("Requests", "Valid until"),
                         validity_text(data.get("valid_until"), tz), ""))
    return rows


def whitelist_change(added: tuple[str, ...], removed: tuple[str, ...]) -> str:
    parts = []
    if added:
        parts.append(QCoreApplication.translate("Requests", "adds {networks}").format(
            networks=", ".join(added)))
    if removed:
        parts.append(QCoreApplication.translate("Requests", "removes {networks}").format(
            networks=", ".join(removed)))
    return "; ".join(parts) or QCoreApplication.translate("Requests", "no change")
