"""Risk alerts of the demo book (v1.1): what the platform's monitoring would raise.

About 3 % of clients have an open alert (a few of them critical), with a summary and
label/value details (device, IP, country, address, amount…) written as a risk desk reads
them. Everything comes from a generator of its own, so the rest of the book is unchanged; the
``--live`` generator and ``POST /_sandbox/risk-alerts`` make theirs with :func:`alert_for`.
"""

from __future__ import annotations

import random
from collections.abc import Iterable, Iterator
from datetime import datetime, timedelta
from typing import Any

from vipclient.domain.enums import AlertKind, AlertSeverity
from vipclient.sandbox.clock import iso

SHARE = 0.03
_CRITICAL_SHARE = 0.15

# Where a login or a request came from: a plausible place, never the client's own region.
_ELSEWHERE = (
    ("NG", "Lagos", "102.89.34.{}"), ("RU", "Novosibirsk", "95.165.12.{}"),
    ("BR", "São Paulo", "177.92.40.{}"), ("VN", "Hanoi", "113.190.233.{}"),
    ("UA", "Kyiv", "91.196.88.{}"), ("ID", "Jakarta", "36.72.213.{}"),
    ("TR", "Istanbul", "78.180.41.{}"), ("US", "Ashburn (hosting)", "3.87.115.{}"),
    ("NL", "Amsterdam (VPN exit)", "185.220.101.{}"),
)
_DEVICES = ("Windows 10 · Chrome 131", "Android 14 · Pixel 7a", "Linux · Firefox 133",
            "iPhone 12 · iOS 16.7", "macOS 13 · Safari 16", "Android 11 · Samsung A12")
_ASSETS = (("BTC", "1.8500", "3.2000"), ("ETH", "42.0", "88.5"), ("USDT", "250000", "900000"),
           ("USDC", "180000", "640000"), ("SOL", "2400", "7100"))
_ADDRESS_START = {"BTC": "bc1q", "ETH": "0x", "USDT": "T", "USDC": "0x", "SOL": ""}
_HEX = "0123456789abcdef"
_B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"


def _severity(rng: random.Random, kind: AlertKind) -> AlertSeverity:
    if kind in (AlertKind.SIM_SWAP_REPORT, AlertKind.PHISHING_REPORT) or \
            rng.random() < _CRITICAL_SHARE:
        return AlertSeverity.CRITICAL if rng.random() < 0.6 else AlertSeverity.HIGH
    return rng.choice((AlertSeverity.LOW, AlertSeverity.MEDIUM, AlertSeverity.MEDIUM,
                       AlertSeverity.HIGH))


def _address(rng: random.Random, asset: str) -> str:
    start = _ADDRESS_START[asset]
    alphabet = _HEX if start in ("0x",) else _B58
    body = "".join(rng.choice(alphabet) for _ in range(38 if start == "0x" else 33))
    return start + body.lower() if start == "bc1q" else start + body


def _ip(rng: random.Random, pattern: str) -> str:
    return pattern.format(rng.randint(2, 250))


def alert_for(
    rng: random.Random, alert_id: str, client: dict[str, Any], at: datetime,
    kind: AlertKind | None = None, severity: AlertSeverity | None = None,
) -> dict[str, Any]:
    """One open alert on ``client`` raised at ``at`` (kind and severity drawn when not given)."""
    kind = kind or rng.choice(list(AlertKind))
    severity = severity or _severity(rng, kind)
    country, city, ip_pattern = rng.choice(_ELSEWHERE)
    ip = _ip(rng, ip_pattern)
    home = str(client.get("region") or "")
    details: dict[str, str]
    if kind is AlertKind.NEW_DEVICE_LOGIN:
        summary = f"Sign-in from a new device in {city}, {country}"
        details = {"device": rng.choice(_DEVICES), "ip": ip, "country": country,
                   "city": city, "usual_country": home, "2fa": "passed (SMS)"}
    elif kind is AlertKind.WITHDRAWAL_NEW_ADDRESS:
        asset, low, high = rng.choice(_ASSETS)
        amount = low if rng.random() < 0.5 else high
        summary = f"Withdrawal of {amount} {asset} to an address never used before"
        details = {"asset": asset, "amount": amount, "address": _address(rng, asset),
                   "address_added": "14 minutes before the request", "ip": ip,
                   "country": country}
    elif kind is AlertKind.SIM_SWAP_REPORT:
        summary = "The client's mobile carrier reports a SIM swap on the 2FA number"
        details = {"phone": str(client.get("phone") or ""), "carrier_report": "SIM replaced",
                   "reported": "37 minutes ago", "sms_2fa": "still enabled"}
    elif kind is AlertKind.API_KEY_NEW_IP:
        summary = f"API key used from an IP outside its whitelist ({ip})"
        details = {"api_key": "…" + "".join(rng.choice(_HEX) for _ in range(6)), "ip": ip,
                   "country": country, "requests": str(rng.randint(40, 900)),
                   "whitelist": ", ".join((client.get("api") or {}).get("ip_whitelist") or [])
                                or "none"}
    elif kind is AlertKind.PASSWORD_RESET:
        summary = f"Password reset from {city}, {country}, then a new API key"
        details = {"ip": ip, "country": country, "device": rng.choice(_DEVICES),
                   "followed_by": "API key created with withdrawal permission"}
    elif kind is AlertKind.PHISHING_REPORT:
        summary = "Phishing site imitating the exchange reported with this client's e-mail"
        details = {"site": rng.choice(("vip-desk-login.com", "secure-vipexchange.net",
                                       "vipex-verify.io")),
                   "email": str(client.get("email") or ""), "reported_by": "brand monitoring",
                   "credentials_seen": "yes" if rng.random() < 0.5 else "unknown"}
    else:  # unusual volume
        factor = rng.choice(("7×", "12×", "25×"))
        summary = f"Trading volume {factor} the client's 30-day average in one hour"
        details = {"volume_1h_usd": str(rng.randint(2, 40) * 250_000),
                   "usual_hourly_usd": str(rng.randint(5, 60) * 10_000),
                   "pairs": rng.choice(("BTC-USDT, ETH-USDT", "SOL-USDT", "small caps")),
                   "ip": ip, "country": country}
    return {
        "id": alert_id, "client_uid": client["uid"], "kind": kind.value,
        "severity": severity.value, "summary": summary, "details": details,
        "created_at": iso(at), "status": "open", "handled_by": None, "handled_at": None,
        "note": None, "freeze_id": None, "version": 1,
    }


def with_risk_alerts(
    seed: int, items: Iterable[tuple[str, dict[str, Any]]], now: datetime,
) -> Iterator[tuple[str, dict[str, Any]]]:
    """``items`` (the demo book) with a ``risk_alert`` after about 3 % of its clients."""
    rng = random.Random(f"vipdesk-risk-alerts-{seed}")
    count = 0
    for entity, record in items:
        yield entity, record
        if entity == "client" and rng.random() < SHARE:
            count += 1
            at = now - timedelta(minutes=rng.randint(3, 48 * 60))
            yield "risk_alert", alert_for(rng, f"RA{count:08d}", record, at)
