"""The demo data of the sandbox: staff, a VIP book, its tickets, requests and one freeze.

Pure Python and deterministic: everything is drawn from ``random.Random`` instances seeded
from ``seed`` (never the global generator), and every time is relative to ``now``. The
sandbox inserts what :func:`generate` yields in bulk; :func:`new_ticket` and
:func:`client_reply` feed ``--live`` mode.

Records are the contract's API representations (platform-api v1): decimal strings for money
and rates, RFC 3339 UTC timestamps with ``Z``, ``version`` from 1. Field lists per entity are
in :data:`RECORD_FIELDS`.

What a book holds (the modules named do the work):

* clients ``U10000001`` … (:mod:`demo_clients`, :mod:`demo_people`): tiers roughly geometric
  (about 36 % VIP1, under 2 % VIP9–10; a book of 20 or more always has a VIP9 and a VIP10);
  names in their own script from China, Hong Kong, Taiwan, Japan, Korea, the Gulf, Europe and
  the Americas, most with English as a second language; volume, assets and KYC growing with
  the tier; tier fee schedules (a custom one where a fee request was applied), withdrawal
  limits, API rate tiers and IP whitelists, tags and notes. Books follow language: Chinese
  speakers mostly with alice, Japanese and Korean with bob, a few top clients with carol;
* about ten tickets per client (:mod:`demo_tickets`) in every category, channel, priority
  and status, threads in the client's language (traditional Chinese for Hong Kong and Taiwan)
  from :mod:`demo_text`, SLA clocks replayed so that roughly a quarter of live tickets are
  breached at ``now`` (:mod:`demo_sla`);
* fee and withdrawal requests judged by the default policies (:mod:`demo_requests`): pending
  ones (always one of each once two clients sit in account managers' books), applied ones
  reflected on the client, rejected, expired and cancelled history; each pending or applied
  limit increase and custom fee has the client's ticket that led to it;
* API-access requests (:mod:`demo_api_requests`, v1.1), from a generator of their own so
  that nothing above moves: pending ones (always one for a supervisor and one for a security
  officer once account managers' clients allow it), the applied request behind a client's
  present ``api`` settings where those are in today's strict form, and rejected, expired and
  cancelled history; they change no client;
* one active freeze, on a mid-tier client, after that client's urgent security ticket was
  escalated; a security officer's internal note records it.

Beside the book (v1.1, each from generators of its own, so the book above is unchanged):
:func:`with_attachments` puts screenshots and PDFs on some tickets' first client message
(:mod:`demo_attachments`), and :func:`help_articles` is the help centre
(:mod:`help_articles`).
"""

from __future__ import annotations

import base64
import random
from collections.abc import Iterable, Iterator
from datetime import datetime
from decimal import Decimal
from typing import Any

from vipclient.sandbox import demo_alerts, demo_attachments
from vipclient.sandbox.demo_api_requests import (
    API_ACCESS_REQUEST_FIELDS,
    PENDING_RULES,
    ApiAccessFactory,
)
from vipclient.sandbox.demo_clients import ClientPlan, Managers, make_client, pick_tier_level
from vipclient.sandbox.demo_people import LOCALES
from vipclient.sandbox.demo_requests import (
    FEE_REQUEST_FIELDS,
    FREEZE_FIELDS,
    WITHDRAWAL_REQUEST_FIELDS,
    RequestDesk,
    RequestFactory,
    make_freeze,
)
from vipclient.sandbox.demo_sla import ClocksFactory, FastTicketClocks
from vipclient.sandbox.demo_text import THREAD_LANGUAGES, phrasebook
from vipclient.sandbox.demo_tickets import (
    CATEGORIES,
    CATEGORY_WEIGHTS,
    CHANNEL_WEIGHTS,
    CHANNELS,
    MESSAGE_FIELDS,
    PRIORITIES,
    PRIORITY_WEIGHTS,
    TICKET_FIELDS,
    Desk,
    TicketFactory,
    ticket_context,
)
from vipclient.sandbox.demo_time import to_seconds, ts
from vipclient.sandbox.help_articles import help_article_records

__all__ = [
    "CLIENT_FIELDS",
    "ENTITIES",
    "RECORD_FIELDS",
    "STAFF_FIELDS",
    "client_reply",
    "demo_staff",
    "generate",
    "help_articles",
    "live_attachment",
    "new_ticket",
    "with_attachments",
]

CLIENT_FIELDS: tuple[str, ...] = (
    "uid", "display_name", "email", "phone", "tier", "kyc_level", "region", "languages",
    "timezone", "preferred_channel", "manager_id", "volume_30d_usd", "assets_usd",
    "fee_schedule", "withdrawal_limit_24h_usd", "api", "status", "freeze_scopes", "tags",
    "notes", "created_at", "updated_at", "version",
)
STAFF_FIELDS: tuple[str, ...] = (
    "id", "username", "password", "display_name", "roles", "languages", "totp_secret",
)
RECORD_FIELDS: dict[str, tuple[str, ...]] = {
    "client": CLIENT_FIELDS,
    "ticket": TICKET_FIELDS,
    "message": MESSAGE_FIELDS,
    "fee_request": FEE_REQUEST_FIELDS,
    "withdrawal_request": WITHDRAWAL_REQUEST_FIELDS,
    "api_access_request": API_ACCESS_REQUEST_FIELDS,
    "freeze": FREEZE_FIELDS,
}
ENTITIES: tuple[str, ...] = tuple(RECORD_FIELDS)

# username, display name, roles, languages — the five demo staff of the contract.
_STAFF: tuple[tuple[str, str, tuple[str, ...], tuple[str, ...]], ...] = (
    ("alice", "Alice Chen", ("account_manager",), ("en", "zh")),
    ("bob", "Bob Martin", ("account_manager",), ("en", "ja", "ko", "es")),
    ("carol", "Carol Wu", ("supervisor",), ("en", "zh", "ar")),
    ("dave", "Dave Okafor", ("security_officer",), ("en", "de")),
    ("erin", "Erin Novak", ("security_officer",), ("en", "fr", "ru")),
)
_PASSWORD_WORDS = (
    "harbor", "maple", "comet", "saffron", "granite", "lotus", "falcon", "ember", "cobalt",
    "willow", "summit", "orchid", "tundra", "meadow", "quartz", "beacon",
)


def demo_staff(seed: int) -> list[dict[str, Any]]:
    """The demo staff of the contract with passwords and TOTP secrets for ``seed``.

    Passwords are memorable (``Harbor-Lotus-4821``) because trainees type them; secrets are
    160-bit base32 strings for pyotp. Both come from a generator seeded only by ``seed``, so
    ``vipclient-sandbox users --json --seed N`` always prints the same.
    """
    rng = random.Random(f"vipdesk-staff-{seed}")
    out: list[dict[str, Any]] = []
    for n, (username, name, roles, languages) in enumerate(_STAFF, start=1):
        first, second = rng.sample(_PASSWORD_WORDS, 2)
        password = f"{first.title()}-{second.title()}-{rng.randrange(1000, 10000)}"
        secret = base64.b32encode(rng.randbytes(20)).decode("ascii")
        out.append({
            "id": f"S{n:04d}",
            "username": username,
            "password": password,
            "display_name": name,
            "roles": list(roles),
            "languages": list(languages),
            "totp_secret": secret,
        })
    return out


def _tier_levels(rng: random.Random, n: int) -> list[int]:
    """Skewed tiers; a book of 20 or more always has at least one VIP9 and one VIP10, so
    the top SLA band shows in every demo."""
    levels = [pick_tier_level(rng) for _ in range(n)]
    if n >= 20:
        for level in (9, 10):
            if level not in levels:
                levels[rng.randrange(n)] = level
    return levels


def generate(
    seed: int,
    n_clients: int,
    now: datetime,
    staff: list[dict[str, Any]],
    *,
    clocks: ClocksFactory = FastTicketClocks,
) -> Iterator[tuple[str, dict[str, Any]]]:
    """Yield ``(entity, record)`` for a book of ``n_clients`` clients, in dependency order:
    each client, then its tickets (each followed by its messages), its requests, and the
    freeze when it is the frozen one.

    ``clocks`` replays each ticket's SLA history; the default is the fast twin of the
    domain's machine, and the tests pass :class:`DomainTicketClocks` to prove them equal.
    """
    rng = random.Random(seed)
    now_s = to_seconds(now)
    managers = Managers.from_staff(staff)
    desk = Desk.from_staff(staff)
    request_desk = RequestDesk.from_staff(staff)
    tickets = TicketFactory(now_s, desk, clocks)
    requests = RequestFactory(now_s, request_desk)
    levels = _tier_levels(rng, n_clients)
    # The frozen client: a mid-to-high tier one (an account takeover worth a freeze).
    candidates = [i for i, lvl in enumerate(levels) if 3 <= lvl <= 8] or list(range(n_clients))
    frozen_index = rng.choice(candidates) if candidates else -1
    # Work for a checker in every book: the first clients in an account manager's book get a
    # pending request of each kind unless chance already gave them one. (A supervisor's own
    # clients cannot: she would be her own checker for most rules.)
    needed = ["fee_request", "withdrawal_request"]
    used_mail: set[str] = set()
    # API-access requests came later (v1.1): their own generator leaves every draw above as
    # it was, so the rest of the book is the same record for record.
    api_rng = random.Random(f"vipdesk-api-access-{seed}")
    api_requests = ApiAccessFactory(requests)
    api_needed = list(PENDING_RULES)

    for index in range(n_clients):
        plan = make_client(rng, index, levels[index], now_s, managers, used_mail)
        client_created = _seconds_of(plan.record["created_at"])
        story: list[tuple[str, dict[str, Any]]] = []
        request_items: list[tuple[str, dict[str, Any]]] = []
        api_items: list[tuple[str, dict[str, Any]]] = []
        freeze: dict[str, Any] | None = None
        if index == frozen_index:
            # A frozen client cannot get new requests (409), so it has none.
            story, freeze = _frozen_story(rng, plan, tickets, desk, client_created)
        else:
            force = needed[0] if needed and plan.manager in request_desk.managers else None
            request_items = requests.for_client(rng, plan, force_pending=force)
            for entity, rec in request_items:
                if rec["status"] == "pending_approval" and entity in needed:
                    needed.remove(entity)
            in_book = plan.manager in request_desk.managers
            api_items = api_requests.for_client(
                api_rng, plan, force_pending=tuple(api_needed) if in_book else ())
            for _entity, rec in api_items:
                if rec["status"] == "pending_approval" and rec["rule_id"] in api_needed:
                    api_needed.remove(rec["rule_id"])
        ticket_items: list[tuple[str, dict[str, Any]]] = []
        ticket_items.extend(_request_story(rng, plan, tickets, request_items, client_created))
        for _ in range(rng.randint(5, 15)):
            ticket_items.extend(tickets.make(rng, plan, min_created_s=client_created + 3600))
        # The client record is final only now (requests and the freeze adjust it).
        yield "client", plan.record
        yield from story
        yield from ticket_items
        yield from request_items
        yield from api_items
        if freeze is not None:
            yield "freeze", freeze


def _seconds_of(text: str) -> int:
    """Seconds of one of our own ``ts()`` strings."""
    return to_seconds(datetime.fromisoformat(text.replace("Z", "+00:00")))


def _request_story(
    rng: random.Random,
    plan: ClientPlan,
    tickets: TicketFactory,
    request_items: list[tuple[str, dict[str, Any]]],
    client_created: int,
) -> list[tuple[str, dict[str, Any]]]:
    """The client's tickets behind their pending or applied limit increases and custom fee
    requests: the client asked, the manager answered and made the request (English stories
    3 of withdrawal and 2 of fees). Open while the request waits for a checker, solved or
    closed once applied."""
    out: list[tuple[str, dict[str, Any]]] = []
    for entity, rec in request_items:
        if rec["status"] not in ("pending_approval", "applied"):
            continue
        if entity == "withdrawal_request" and rec["kind"] == "limit_increase":
            category, story = "withdrawal", 3
            context = {"usd": f"{Decimal(rec['amount']):,.0f}"}
        elif entity == "fee_request":
            category, story, context = "fees", 2, {}
        else:
            continue
        made = _seconds_of(rec["created_at"])
        if rec["status"] == "pending_approval":
            status = "open"
        else:
            status = "closed" if made < tickets.now_s - 5 * 86400 else "solved"
            made = _seconds_of(rec["updated_at"])  # the ticket is solved once applied
        out.extend(tickets.make(
            rng, plan, status=status, category=category, story=story, context=context,
            created_near_s=made, min_created_s=client_created + 3600))
    return out


def _frozen_story(
    rng: random.Random,
    plan: ClientPlan,
    tickets: TicketFactory,
    desk: Desk,
    client_created: int,
) -> tuple[list[tuple[str, dict[str, Any]]], dict[str, Any]]:
    """The frozen client's urgent, escalated security ticket, and the freeze it led to: the
    freeze is made by the security officer who wrote the note, at the note's time."""
    reason = rng.choice(("account_compromise", "phishing_report"))
    region = plan.record["region"]
    if not any(phrasebook(lang, region).scenarios_for("account_security", 3)
               for lang in plan.thread_languages):
        reason = "account_compromise"  # no language of theirs tells the phishing story
    if reason == "account_compromise":
        note = ("Emergency freeze applied after the client confirmed they did not make the "
                "recent logins. Unfreeze only after a video identity check (dual control).")
    else:
        note = ("Emergency freeze applied: the client entered their password and 2FA code on "
                "the phishing site. Unfreeze only after a video identity check (dual control).")
    # The client reported a login that was not theirs, or a phishing mail (English stories
    # 1 and 3 of account_security).
    story = list(tickets.make(
        rng, plan, status="escalated", category="account_security", priority="urgent",
        team="security", notes=(note,), min_created_s=client_created + 3600,
        story=1 if reason == "account_compromise" else 3))
    noted = [m for kind, m in story if kind == "message" and m["body"] == note]
    officer = noted[0]["author_id"] if noted else (desk.security or (plan.manager,))[0]
    freeze_at = _seconds_of(noted[0]["created_at"]) if noted else tickets.now_s
    return story, make_freeze(rng, plan, officer, freeze_at, reason)


# --- live mode -----------------------------------------------------------------------------

def _salutation(client: dict[str, Any]) -> str:
    name = str(client.get("display_name") or "")
    region = client.get("region")
    western = any(loc.region == region and loc.order == "g f" for loc in LOCALES)
    if western and "institution" not in (client.get("tags") or []) and " " in name:
        return name.split(" ", 1)[0]
    return name


def _thread_language(rng: random.Random, client: dict[str, Any]) -> str:
    langs = [str(lang) for lang in client.get("languages") or () if lang in THREAD_LANGUAGES]
    if not langs:
        return "en"
    return langs[0] if len(langs) == 1 or rng.random() < 0.8 else rng.choice(langs[1:])


def new_ticket(
    rng: random.Random, client: dict[str, Any], now: datetime
) -> tuple[dict[str, Any], dict[str, Any]]:
    """A ticket a client opens right now, and its first message (``--live`` mode).

    SLA fields are left empty (``None``, no events): the sandbox starts the clocks itself.
    Ids are ``T``/``M`` plus 12 hex digits, a namespace the seeded ``T0000001``/``M00000001``
    ids cannot collide with.
    """
    language = _thread_language(rng, client)
    book = phrasebook(language, client.get("region"))
    category = rng.choices(CATEGORIES, weights=CATEGORY_WEIGHTS)[0]
    priority = rng.choices(PRIORITIES, weights=PRIORITY_WEIGHTS[category])[0]
    preferred = client.get("preferred_channel") or "ticket"
    channel = preferred if rng.random() < 0.45 else rng.choices(
        CHANNELS, weights=CHANNEL_WEIGHTS)[0]
    level = int(str(client.get("tier", "VIP1"))[3:])
    ctx = ticket_context(rng, level, _salutation(client), book)
    at = ts(to_seconds(now))
    ticket_id = f"T{rng.getrandbits(48):012x}"
    subjects, openers = book.subjects[category], book.openers[category]
    scenario = rng.randrange(len(openers))  # the subject goes with the opening message
    ticket: dict[str, Any] = {
        "id": ticket_id,
        "client_uid": client["uid"],
        "subject": subjects[scenario % len(subjects)].format_map(ctx),
        "category": category,
        "channel": channel,
        "priority": priority,
        "status": "new",
        "assignee_id": client.get("manager_id") if rng.random() < 0.8 else None,
        "team": None,
        "language": language,
        "created_at": at,
        "updated_at": at,
        "first_response_due": None,
        "next_response_due": None,
        "resolution_due": None,
        "first_responded_at": None,
        "solved_at": None,
        "sla_events": [],
        "version": 1,
    }
    message: dict[str, Any] = {
        "id": f"M{rng.getrandbits(48):012x}",
        "ticket_id": ticket_id,
        "author_kind": "client",
        "author_id": client["uid"],
        "body": openers[scenario].format_map(ctx),
        "internal": False,
        "created_at": at,
    }
    return ticket, message


def client_reply(
    rng: random.Random, ticket: dict[str, Any], client: dict[str, Any], now: datetime
) -> str:
    """What the client writes next on ``ticket`` (``--live`` mode): in the ticket's language,
    a chaser while waiting, the asked-for information when pending, thanks once solved."""
    book = phrasebook(str(ticket.get("language")), client.get("region"))
    level = int(str(client.get("tier", "VIP1"))[3:])
    ctx = ticket_context(rng, level, _salutation(client), book)
    status = ticket.get("status")
    if status == "pending_client":
        lines = book.client_info
    elif status == "solved":
        lines = book.thanks
    else:
        lines = book.chasers
    return rng.choice(lines).format_map(ctx)


# --- workspace (v1.1) ----------------------------------------------------------------------


def with_attachments(
    seed: int, items: Iterable[tuple[str, dict[str, Any]]]
) -> Iterator[tuple[str, dict[str, Any]]]:
    """The book of :func:`generate` with client files on some tickets (see
    :func:`demo_attachments.with_attachments`)."""
    return demo_attachments.with_attachments(seed, items)


def with_risk_alerts(
    seed: int, items: Iterable[tuple[str, dict[str, Any]]], now: datetime
) -> Iterator[tuple[str, dict[str, Any]]]:
    """The book with open risk alerts on about 3 % of its clients (:mod:`demo_alerts`)."""
    return demo_alerts.with_risk_alerts(seed, items, now)


def help_articles(seed: int, now: datetime) -> list[dict[str, Any]]:
    """The help centre's articles (zh, en, ja, ko), ``updated_at`` some weeks before ``now``."""
    return help_article_records(seed, now)


def live_attachment(
    rng: random.Random, seed: int, ticket: dict[str, Any], client: dict[str, Any],
    now: datetime,
) -> tuple[str, str, bytes] | None:
    """Now and then a file ``(filename, content_type, bytes)`` for a client message the
    ``--live`` generator writes on ``ticket``; None most of the time."""
    return demo_attachments.live_file(rng, seed, ticket, client, now)
