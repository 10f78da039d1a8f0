"""Message templates of the demo ticket threads, resolved once at import for fast picking.

Each language module gives subjects, client openings, staff replies and client follow-ups;
here every language is flattened into :class:`Phrasebook`, where each staff slot has an entry
for every category (falling back to the language's generic lines), so the generator only ever
does ``rng.choice(book.first_replies[category])``. Internal notes are in English (the desk's
working language) and system messages are the platform's own, also in English.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from vipclient.domain.enums import Category
from vipclient.sandbox.demo_text_asia import AR, JA, KO
from vipclient.sandbox.demo_text_en import EN
from vipclient.sandbox.demo_text_europe import DE, ES, FR, PT, RU
from vipclient.sandbox.demo_text_types import LangText, Texts
from vipclient.sandbox.demo_text_zh import ZH
from vipclient.sandbox.demo_text_zh_hant import ZH_HK, ZH_TW

CATEGORIES: tuple[str, ...] = tuple(c.value for c in Category)


@dataclass(frozen=True, slots=True)
class Phrasebook:
    """One language's templates with every category filled in.

    Within a category, subjects, openings, first replies and resolutions are *scenarios*
    aligned by index (subject 2 goes with opening 2 and its replies); a language that only
    has generic staff lines for a slot uses those whatever the scenario.
    """

    language: str
    subjects: Mapping[str, Texts]
    openers: Mapping[str, Texts]
    first_replies: Mapping[str, Texts]  # per scenario; empty → generic_replies
    resolutions: Mapping[str, Texts]  # per scenario; empty → generic_resolutions
    generic_replies: Texts
    generic_resolutions: Texts
    ask_info: Mapping[str, Texts]  # any line fits any scenario of the category
    client_info: Texts
    chasers: Texts
    thanks: Texts
    holding: Texts
    cities: Texts
    scenarios: Mapping[str, tuple[int, ...]]

    def first_reply(self, category: str, scenario: int, roll: float) -> str:
        """The staff's first answer to ``scenario``; ``roll`` ∈ [0, 1) picks a line."""
        return _scenario_line(self.first_replies[category], self.generic_replies, scenario,
                              roll)

    def resolution(self, category: str, scenario: int, roll: float) -> str:
        return _scenario_line(self.resolutions[category], self.generic_resolutions, scenario,
                              roll)

    def scenarios_for(self, category: str, english: int) -> list[int]:
        """This language's openings that tell English scenario ``english`` (maybe none)."""
        ids = self.scenarios.get(category) or range(len(self.openers[category]))
        return [index for index, canonical in enumerate(ids) if canonical == english]

    def internal_note(self, category: str, scenario: int) -> str:
        """The desk's internal note (English) that goes with this language's ``scenario``."""
        ids = self.scenarios.get(category)
        canonical = ids[scenario] if ids else scenario
        notes = INTERNAL_NOTES[category]
        return notes[canonical % len(notes)]


def _scenario_line(specific: Texts, generic: Texts, scenario: int, roll: float) -> str:
    if specific and (not generic or roll < 0.8):
        return specific[scenario % len(specific)]
    return generic[int(roll * len(generic))]


def _fill(per_category: Mapping[str, Texts], generic: Texts, slot: str, lang: str) -> dict[
    str, Texts
]:
    out: dict[str, Texts] = {}
    for category in CATEGORIES:
        lines = tuple(per_category.get(category, ())) + tuple(generic)
        if not lines:
            raise ValueError(f"{lang}: no {slot} line for category {category}")
        out[category] = lines
    return out


def _specific(per_category: Mapping[str, Texts], generic: Texts, slot: str, lang: str) -> dict[
    str, Texts
]:
    out = {c: tuple(per_category.get(c, ())) for c in CATEGORIES}
    missing = [c for c, lines in out.items() if not lines]
    if missing and not generic:
        raise ValueError(f"{lang}: no {slot} line for {missing}")
    return out


def _book(lang: str, text: LangText, cities: Texts) -> Phrasebook:
    for slot, table in (("subjects", text.subjects), ("openers", text.openers)):
        missing = [c for c in CATEGORIES if not table.get(c)]
        if missing:
            raise ValueError(f"{lang}: no {slot} for {missing}")
    for category, ids in text.scenarios.items():
        if len(ids) != len(text.openers[category]):
            raise ValueError(f"{lang}: scenarios of {category} do not match its openings")
    return Phrasebook(
        language=lang,
        subjects=dict(text.subjects),
        openers=dict(text.openers),
        first_replies=_specific(text.first_replies, text.generic_replies, "first_replies",
                                lang),
        resolutions=_specific(text.resolutions, text.generic_resolutions, "resolutions", lang),
        generic_replies=text.generic_replies,
        generic_resolutions=text.generic_resolutions,
        ask_info=_fill(text.ask_info, text.generic_ask, "ask_info", lang),
        client_info=text.client_info,
        chasers=text.chasers,
        thanks=text.thanks,
        holding=text.holding,
        cities=cities,
        scenarios=dict(text.scenarios),
    )


_EN_CITIES: Texts = ("Lagos", "Jakarta", "Bucharest", "Lima", "Hanoi", "Minsk")

PHRASEBOOKS: dict[str, Phrasebook] = {
    "en": _book("en", EN, _EN_CITIES),
    "zh": _book("zh", ZH, ("莫斯科", "拉各斯", "雅加达", "河内", "利马")),
    "ja": _book("ja", JA, ("モスクワ", "ラゴス", "ジャカルタ", "ハノイ")),
    "ko": _book("ko", KO, ("모스크바", "라고스", "자카르타", "하노이")),
    "ar": _book("ar", AR, ("موسكو", "لاغوس", "جاكرتا", "هانوي")),
    "es": _book("es", ES, _EN_CITIES),
    "de": _book("de", DE, _EN_CITIES),
    "fr": _book("fr", FR, _EN_CITIES),
    "ru": _book("ru", RU, ("Лагос", "Джакарта", "Ханой")),
    "pt": _book("pt", PT, _EN_CITIES),
}

THREAD_LANGUAGES: frozenset[str] = frozenset(PHRASEBOOKS)

_ZH_HANT_CITIES: Texts = ("莫斯科", "拉各斯", "雅加達", "河內", "利馬")
# Regional scripts of a language: Hong Kong and Taiwan write Chinese in traditional characters.
REGIONAL_PHRASEBOOKS: dict[tuple[str, str], Phrasebook] = {
    ("zh", "HK"): _book("zh", ZH_HK, _ZH_HANT_CITIES),
    ("zh", "TW"): _book("zh", ZH_TW, _ZH_HANT_CITIES),
}


def phrasebook(language: str, region: str | None = None) -> Phrasebook:
    """The templates for a thread in ``language`` with a client from ``region`` (English
    when the language has none)."""
    regional = REGIONAL_PHRASEBOOKS.get((language, region or ""))
    if regional is not None:
        return regional
    return PHRASEBOOKS.get(language) or PHRASEBOOKS["en"]

# Internal notes: staff talking to staff, in the desk's working language. One per English
# scenario of the category, in the same order (see ``Phrasebook.internal_note``).
INTERNAL_NOTES: dict[str, Texts] = {
    "account_security": (
        "Identity check passed on video call. OK to reset 2FA; 24 h withdrawal lock applies.",
        "Login from new device/ASN. No withdrawals since. Asked security to review sessions.",
        "New address confirmed with the client by phone; 24 h cool-down started.",
        "Client confirmed the phishing mail; domain reported to the takedown vendor.",
    ),
    "withdrawal": (
        "Flagged by risk engine (new address + size). Waiting on source-of-funds.",
        "Hot wallet low on {asset}; treasury refilling, ETA 30 min.",
        "Checked chain: tx confirmed, client probably looking at the wrong wallet.",
        "Limit raise needs a limit_increase request; volume supports it.",
    ),
    "deposit": (
        "Deposit seen on-chain, stuck in the sweep queue. Pinged wallet ops.",
        "Wrong-network recovery possible; fee 0.1% per policy, client informed.",
        "Sender address matches the client's earlier deposits; OK to credit manually.",
    ),
    "trading": (
        "Matching logs pulled: fill was against a resting order, no engine issue.",
        "Liquidation happened during the {pair} wick; mark price did touch the level.",
        "OTC desk will quote; introduce client to the trader on duty.",
    ),
    "api": (
        "Usage ~80% of the standard tier all day — a raise is justified.",
        "WS 1006 reconnects are the known gateway issue, fix in tonight's release.",
        "Market-maker onboarding: KYB done, API team to size the limits.",
        "New IP confirmed by phone with the client's CTO before whitelisting.",
    ),
    "fees": (
        "30d volume confirmed above the next tier; recalculation job missed them, rerun.",
        "Trades billed at the old rate after the tier change; refund the difference.",
        "Custom rate would need supervisor approval (deeper than the tier band).",
    ),
    "kyc": (
        "Compliance needs a certified shareholder register; the rest is fine.",
        "PoA rejected: name on the statement doesn't match (maiden name).",
        "Passport renewal: same holder, new number; compliance updating the file.",
    ),
    "other": (
        "Guest list updated with the events team.",
        "Report export requested from data team, usually 1 business day.",
        "Holiday cover: colleague briefed on the client's open items.",
    ),
}

SYSTEM_ESCALATED = "Ticket escalated to the {team} team."
SYSTEM_AUTO_CLOSED = "Ticket closed automatically: solved with no reply for 72 hours."
SYSTEM_REOPENED = "The client replied to a solved ticket; it was reopened."
SYSTEM_CHANNEL = {
    "phone": "Call logged: {minutes} min inbound call, transcript attached by the agent.",
    "social": "Conversation imported from the client's social media direct message.",
}
