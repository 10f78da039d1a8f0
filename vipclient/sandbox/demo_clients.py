"""The demo VIP client profiles: who they are, what they trade, who manages them.

:func:`make_client` builds one client's API representation (platform-api, "Clients") from a
seeded ``random.Random``; :mod:`seed` later adjusts the few fields that depend on requests and
freezes (custom fee schedule, raised limit, ``status``) before the record is yielded.
"""

from __future__ import annotations

import math
import random
from dataclasses import dataclass, field
from typing import Any

from vipclient.domain.money import to_wire
from vipclient.domain.policy import tier_fees
from vipclient.sandbox.demo_market import (
    ASSETS_FLOOR_USD,
    RATE_TIERS,
    TIER_WEIGHTS,
    VOLUME_FLOOR_USD,
    WITHDRAWAL_LIMIT_USD,
)
from vipclient.sandbox.demo_people import (
    LOCALES,
    Locale,
    display_name,
    greeting_name,
    mail_local,
)
from vipclient.sandbox.demo_text import THREAD_LANGUAGES
from vipclient.sandbox.demo_time import ts

_LOCALE_CUM: list[float] = []
_acc = 0.0
for _loc in LOCALES:
    _acc += _loc.weight
    _LOCALE_CUM.append(_acc)
_TIER_CUM: list[float] = []
_acc = 0.0
for _w in TIER_WEIGHTS:
    _acc += _w
    _TIER_CUM.append(_acc)

# KYC level weights (0, 1, 2, 3) by tier: the bigger the client, the more complete the file.
_KYC_WEIGHTS: tuple[tuple[int, int, int, int], ...] = (
    (6, 24, 45, 25), (4, 18, 45, 33), (3, 12, 40, 45), (2, 8, 35, 55), (1, 5, 30, 64),
    (0, 3, 25, 72), (0, 2, 18, 80), (0, 1, 12, 87), (0, 0, 8, 92), (0, 0, 5, 95),
)

_PREFERRED = ("chat", "ticket", "email", "phone")
_PREFERRED_W = (38, 27, 25, 10)

_NOTES_PERSONAL = (
    "Prefers {lang_name} on calls; short messages, no small talk.",
    "Trades mostly during {tz_city} evening hours.",
    "Very responsive on chat, slow on e-mail.",
    "Asked to be called before any withdrawal review.",
    "Birthday in {month}; send the usual gift box.",
    "Met at the {event}; interested in structured products.",
    "Long-time client (since the {year} bull run). Loyal but price-sensitive.",
    "Wants monthly PnL summary by e-mail on the 1st.",
)
_NOTES_INSTITUTION = (
    "Desk contact: head of trading; ops team copied on all e-mails.",
    "Runs delta-neutral strategies; needs stable API latency.",
    "Quarterly business review scheduled; bring fee comparison.",
    "Settlement via OTC desk, T+0 in USDT.",
)
_NOTES_RISK = (
    "Risk flagged a cluster of new withdrawal addresses; keep enhanced monitoring.",
    "Source-of-funds documents refreshed after the last large deposit.",
)
_EVENTS = ("Token2049 Singapore", "Dubai Fintech Summit", "Hong Kong Web3 Festival",
           "Korea Blockchain Week", "Bitcoin Conference Nashville", "Paris Blockchain Week")
_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December")
_LANG_NAMES = {"zh": "Mandarin", "ja": "Japanese", "ko": "Korean", "ar": "Arabic",
               "en": "English", "de": "German", "fr": "French", "es": "Spanish",
               "ru": "Russian", "pt": "Portuguese", "nl": "Dutch"}


@dataclass(slots=True)
class ClientPlan:
    """A client's record plus what the ticket and request generators need to know."""

    record: dict[str, Any]
    level: int  # 1..10
    locale: Locale
    salutations: dict[str, str]  # how staff address the client, by thread language
    thread_languages: tuple[str, ...]  # languages this client's tickets may be written in
    manager: str  # staff id
    tags: list[str] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class Managers:
    """Who may own a book: account managers (by the languages they speak) and supervisors."""

    by_language: dict[str, tuple[str, ...]]
    managers: tuple[str, ...]
    supervisors: tuple[str, ...]

    @classmethod
    def from_staff(cls, staff: list[dict[str, Any]]) -> Managers:
        managers = tuple(s["id"] for s in staff if "account_manager" in s["roles"])
        supervisors = tuple(s["id"] for s in staff if "supervisor" in s["roles"])
        if not managers:
            managers = supervisors
        if not managers:
            raise ValueError("the demo staff needs an account manager or a supervisor")
        by_language: dict[str, list[str]] = {}
        for s in staff:
            if s["id"] in managers:
                for lang in s["languages"]:
                    by_language.setdefault(lang, []).append(s["id"])
        return cls({k: tuple(v) for k, v in by_language.items()}, managers, supervisors)

    def pick(self, rng: random.Random, language: str, level: int) -> str:
        """Books follow language (a client is served in their own), the biggest clients
        sometimes sit with the supervisor, the rest is shared out evenly."""
        if self.supervisors and level >= 9 and rng.random() < 0.35:
            return rng.choice(self.supervisors)
        speakers = self.by_language.get(language)
        if speakers and language != "en" and rng.random() < 0.9:
            return rng.choice(speakers)
        return rng.choice(self.managers)


def pick_tier_level(rng: random.Random) -> int:
    return rng.choices(range(1, 11), cum_weights=_TIER_CUM)[0]


def _money(value: float) -> str:
    return f"{value:.2f}"


def _log_uniform(rng: random.Random, lo: float, hi: float) -> float:
    return math.exp(rng.uniform(math.log(lo), math.log(hi)))


def _ips(rng: random.Random, count: int) -> list[str]:
    # Documentation ranges (RFC 5737): realistic-looking, never anybody's real server.
    nets = ("203.0.113", "198.51.100", "192.0.2")
    out: list[str] = []
    for _ in range(count):
        net = rng.choice(nets)
        if rng.random() < 0.25:
            out.append(f"{net}.{rng.choice((0, 16, 32, 64))}/28")
        else:
            out.append(f"{net}.{rng.randrange(2, 250)}")
    return sorted(set(out))


def _tags(rng: random.Random, level: int, institution: bool) -> list[str]:
    tags: set[str] = set()
    if institution:
        tags.add("institution")
        if rng.random() < 0.45:
            tags.add("market-maker")
    if rng.random() < 0.04 + 0.05 * level:
        tags.add("otc")
    if "market-maker" in tags or rng.random() < 0.03 + 0.03 * level:
        tags.add("api-heavy")
    if rng.random() < 0.05:
        tags.add("high-risk")
    if level >= 9 and rng.random() < 0.5:
        tags.add("whale")
    if rng.random() < 0.08:
        tags.add("futures")
    if rng.random() < 0.05:
        tags.add("referral")
    if rng.random() < 0.03:
        tags.add("family-office")
    return sorted(tags)


def _notes(rng: random.Random, plan_lang: str, tz: str, institution: bool,
           tags: list[str]) -> str:
    lines: list[str] = []
    pool = _NOTES_INSTITUTION if institution else _NOTES_PERSONAL
    for template in rng.sample(pool, rng.randint(0, 2)):
        lines.append(template.format(
            lang_name=_LANG_NAMES.get(plan_lang, "English"), tz_city=tz.rsplit("/", 1)[-1]
            .replace("_", " "), month=rng.choice(_MONTHS), event=rng.choice(_EVENTS),
            year=rng.choice((2017, 2020, 2021)),
        ))
    if "high-risk" in tags:
        lines.append(rng.choice(_NOTES_RISK))
    return "\n".join(lines)


def make_client(
    rng: random.Random,
    index: int,
    level: int,
    now_s: int,
    managers: Managers,
    used_mail: set[str],
) -> ClientPlan:
    """One client: ``index`` numbers the uid (U10000001 …), ``level`` is the VIP tier."""
    loc = LOCALES[rng.choices(range(len(LOCALES)), cum_weights=_LOCALE_CUM)[0]]
    langs_options = [opt for opt, _w in loc.languages]
    languages = list(rng.choices(langs_options, weights=[w for _o, w in loc.languages])[0])
    tz = rng.choice(loc.timezones)
    institution = rng.random() < 0.03 + 0.035 * level
    fam_native, fam_roman = rng.choice(loc.family)
    given_native, given_roman = rng.choice(loc.given)
    if institution:
        name, domain = rng.choice(loc.companies)
        salutation = name
        local = rng.choice(("desk", "trading", "ops", "treasury", f"{given_roman}.{fam_roman}"))
        local = local.replace(" ", "")
    else:
        name = display_name(loc, fam_native, given_native)
        salutation = name if loc.order in ("fg", "f g") else given_native
        domain = rng.choice(loc.mail)
        local = mail_local(rng, fam_roman, given_roman)
    email = f"{local}@{domain}"
    while email in used_mail:
        email = f"{local}{rng.randrange(2, 999)}@{domain}"
    used_mail.add(email)

    kyc = rng.choices((0, 1, 2, 3), weights=_KYC_WEIGHTS[level - 1])[0]
    if institution:
        kyc = 3
    volume = _log_uniform(rng, VOLUME_FLOOR_USD[level - 1], VOLUME_FLOOR_USD[level])
    holdings = max(ASSETS_FLOOR_USD[level - 1] * rng.uniform(1.0, 1.6),
                   volume * rng.uniform(0.02, 0.12))
    tags = _tags(rng, level, institution)
    rate_tier = "standard"
    whitelist: list[str] = []
    if "market-maker" in tags:
        rate_tier = "market_maker"
    elif "api-heavy" in tags:
        rate_tier = rng.choice(RATE_TIERS[1:3])
    elif level >= 7 and rng.random() < 0.3:
        rate_tier = "elevated"
    if rate_tier != "standard" or rng.random() < 0.08:
        whitelist = _ips(rng, rng.randint(1, 4))

    created = now_s - rng.randrange(45 * 86400, 5 * 365 * 86400)
    updated = rng.randrange(created, now_s - 3600)
    fees = tier_fees(f"VIP{level}")
    primary = languages[0]
    thread_langs = tuple(lang for lang in languages if lang in THREAD_LANGUAGES) or ("en",)
    manager = managers.pick(rng, primary, level)
    record: dict[str, Any] = {
        "uid": f"U{10_000_000 + index + 1}",
        "display_name": name,
        "email": email,
        "phone": loc.phone(rng),
        "tier": f"VIP{level}",
        "kyc_level": kyc,
        "region": loc.region,
        "languages": languages,
        "timezone": tz,
        "preferred_channel": rng.choices(_PREFERRED, weights=_PREFERRED_W)[0],
        "manager_id": manager,
        "volume_30d_usd": _money(volume),
        "assets_usd": _money(holdings),
        "fee_schedule": {
            "maker_bps": to_wire(fees.maker_bps),
            "taker_bps": to_wire(fees.taker_bps),
            "source": "tier",
            "expires_at": None,
        },
        "withdrawal_limit_24h_usd": _money(WITHDRAWAL_LIMIT_USD[level - 1]),
        "api": {"rate_limit_tier": rate_tier, "ip_whitelist": whitelist},
        "status": "active",
        "freeze_scopes": [],
        "tags": tags,
        "notes": _notes(rng, primary, tz, institution, tags),
        "created_at": ts(created),
        "updated_at": ts(updated),
        "version": 1,
    }
    salutations = {
        lang: greeting_name(loc, lang, salutation, given_roman, institution)
        for lang in thread_langs
    }
    return ClientPlan(record, level, loc, salutations, thread_langs, manager, tags)
