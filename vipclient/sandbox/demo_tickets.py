"""Demo tickets and their message threads, with SLA clocks replayed through the domain rules.

A ticket is first written as a *script*: a list of moments (seconds after creation) at which
the client writes, staff reply or leave an internal note, the status changes or the ticket is
escalated. The script's shape follows the ticket's final status (a ``new`` ticket has only
client messages, a ``closed`` one went through replies, maybe a pending round, a solution and
the close). The script is then placed in time so that it ends before ``now`` and replayed,
in order, through :class:`vipclient.domain.sla.TicketSla` — the same clock machine the
sandbox and the client use — which yields the ticket's due times and ``sla_events``, breaches
included. Staff answer late now and then, so some clocks are breached already at ``now``.
"""

from __future__ import annotations

import math
import random
from bisect import bisect_right
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from vipclient.sandbox.demo_clients import ClientPlan
from vipclient.sandbox.demo_market import CRYPTO, CRYPTO_WEIGHTS, WITHDRAWAL_LIMIT_USD
from vipclient.sandbox.demo_sla import (
    ClocksFactory,
    FastTicketClocks,
    TicketClocks,
    target_seconds,
)
from vipclient.sandbox.demo_text import (
    SYSTEM_AUTO_CLOSED,
    SYSTEM_CHANNEL,
    SYSTEM_ESCALATED,
    SYSTEM_REOPENED,
    Phrasebook,
    phrasebook,
)
from vipclient.sandbox.demo_time import ts

CATEGORIES = ("account_security", "withdrawal", "deposit", "trading", "api", "fees", "kyc",
              "other")
CATEGORY_WEIGHTS = (11, 21, 13, 15, 9, 11, 10, 10)
STATUSES = ("new", "open", "pending_client", "escalated", "solved", "closed")
STATUS_WEIGHTS = (6, 12, 8, 6, 12, 56)
PRIORITIES = ("urgent", "high", "normal", "low")
PRIORITY_WEIGHTS: dict[str, tuple[int, ...]] = {
    "account_security": (40, 35, 20, 5),
    "withdrawal": (25, 40, 30, 5),
    "deposit": (10, 35, 45, 10),
    "trading": (12, 33, 45, 10),
    "api": (10, 30, 45, 15),
    "fees": (2, 13, 55, 30),
    "kyc": (3, 17, 55, 25),
    "other": (1, 7, 47, 45),
}
CHANNELS = ("chat", "ticket", "email", "phone", "social")
CHANNEL_WEIGHTS = (30, 25, 25, 10, 10)
TEAMS_BY_CATEGORY: dict[str, tuple[str, ...]] = {
    "account_security": ("security",),
    "withdrawal": ("risk", "finance", "security"),
    "deposit": ("finance",),
    "trading": ("risk",),
    "api": ("api",),
    "fees": ("finance",),
    "kyc": ("compliance",),
    "other": (),  # a general question (events, reports) is never escalated
}

# Script step kinds (SECURITY_NOTE: an internal note by a security officer).
CLIENT, REPLY, NOTE, SYSTEM, STATUS, ESCALATE, SECURITY_NOTE = range(7)
Step = tuple[int, int, str]  # (seconds after creation, kind, body / status / team)

TICKET_FIELDS: tuple[str, ...] = (
    "id", "client_uid", "subject", "category", "channel", "priority", "status", "assignee_id",
    "team", "language", "created_at", "updated_at", "first_response_due", "next_response_due",
    "resolution_due", "first_responded_at", "solved_at", "sla_events", "version",
)
MESSAGE_FIELDS: tuple[str, ...] = (
    "id", "ticket_id", "author_kind", "author_id", "body", "internal", "created_at",
)

_CRYPTO_CUM: list[float] = []
for _w in CRYPTO_WEIGHTS:
    _CRYPTO_CUM.append((_CRYPTO_CUM[-1] if _CRYPTO_CUM else 0) + _w / sum(CRYPTO_WEIGHTS))
_CRYPTO_CUM[-1] = 1.0
# Per asset: symbol, log of the usual transfer size bounds, decimals, networks, pair base.
_ASSET_DRAW = tuple(
    (a.symbol, math.log(a.typical[0]), math.log(a.typical[1]), f"{{:,.{a.places}f}}",
     a.networks, "BTC" if a.symbol in ("USDT", "USDC") else a.symbol)
    for a in CRYPTO
)


@dataclass(frozen=True, slots=True)
class Desk:
    """The staff a thread may involve besides the client's manager."""

    supervisors: tuple[str, ...]
    security: tuple[str, ...]
    managers: tuple[str, ...]

    @classmethod
    def from_staff(cls, staff: list[dict[str, Any]]) -> Desk:
        def with_role(role: str) -> tuple[str, ...]:
            return tuple(s["id"] for s in staff if role in s["roles"])

        return cls(with_role("supervisor"), with_role("security_officer"),
                   with_role("account_manager"))


def ticket_context(rng: random.Random, level: int, salutation: str, book: Phrasebook) -> dict[
    str, str
]:
    """Values for a thread's placeholders, drawn once per ticket so its messages agree."""
    rand = rng.random
    symbol, log_lo, log_hi, amount_fmt, networks, pair_base = _ASSET_DRAW[
        bisect_right(_CRYPTO_CUM, rand())]
    amount = math.exp(log_lo + (log_hi - log_lo) * rand())
    bits = rng.getrandbits(48)
    tx = f"{bits >> 16:08x}…{bits & 0xFFFF:04x}"
    return {
        "asset": symbol,
        "amount": amount_fmt.format(amount),
        "net": networks[int(rand() * len(networks))],
        "tx": tx if symbol == "BTC" else "0x" + tx,
        "order": str(100_000_000_000 + int(rand() * 900_000_000_000)),
        "pair": f"{pair_base}/USDT" if rand() < 0.5 else f"{pair_base}USDT-PERP",
        "key": f"{rng.getrandbits(16):04x}",
        "ip": f"203.0.113.{2 + int(rand() * 248)}",
        "usd": f"{WITHDRAWAL_LIMIT_USD[level - 1] * (2 + int(rand() * 3)):,}",
        "hour": str(int(rand() * 24)),
        "city": book.cities[int(rand() * len(book.cities))],
        "first": salutation,
        "team": "",
    }


class TicketFactory:
    """Makes the seeded tickets of one sandbox: ids are sequential, times relative to ``now``."""

    def __init__(
        self, now_s: int, desk: Desk, clocks: ClocksFactory = FastTicketClocks
    ) -> None:
        self.now_s = now_s
        self.desk = desk
        self.clocks = clocks
        self.ticket_seq = 0
        self.message_seq = 0

    # -- one ticket ---------------------------------------------------------------------

    def make(
        self,
        rng: random.Random,
        plan: ClientPlan,
        *,
        status: str | None = None,
        category: str | None = None,
        priority: str | None = None,
        team: str | None = None,
        notes: tuple[str, ...] = (),
        min_created_s: int = 0,
        story: int | None = None,
        created_near_s: int | None = None,
        context: dict[str, str] | None = None,
    ) -> Iterator[tuple[str, dict[str, Any]]]:
        """Yield ``("ticket", record)`` then its ``("message", record)`` in time order.

        ``status``/``category``/``priority``/``team`` force those choices, ``story`` the
        scenario (by its English index) where the thread's language has it, and
        ``created_near_s`` puts the ticket's creation shortly before that moment (the
        tickets behind a request or a freeze); ``context`` fixes placeholder values (the
        requested limit). ``notes`` are extra internal notes, written by a security officer,
        after the escalation.
        """
        if category is None:
            category = rng.choices(CATEGORIES, weights=self._category_weights(plan))[0]
        if status is None:
            status = rng.choices(STATUSES, weights=STATUS_WEIGHTS)[0]
            if status == "escalated" and not TEAMS_BY_CATEGORY[category]:
                status = "open"  # nobody to escalate a general question to
        if priority is None:
            priority = rng.choices(PRIORITIES, weights=PRIORITY_WEIGHTS[category])[0]
        record = plan.record
        preferred = record["preferred_channel"]
        channel = preferred if rng.random() < 0.45 else rng.choices(
            CHANNELS, weights=CHANNEL_WEIGHTS)[0]
        langs = plan.thread_languages
        language = langs[0] if len(langs) == 1 or rng.random() < 0.8 else rng.choice(langs[1:])
        book = phrasebook(language, record["region"])
        if story is not None and not book.scenarios_for(category, story):
            # Tell the story in another language of the client's that has it, if any.
            for other in langs:
                other_book = phrasebook(other, record["region"])
                if other_book.scenarios_for(category, story):
                    language, book = other, other_book
                    break
        manager = plan.manager
        if status == "new" and rng.random() < 0.55:
            assignee: str | None = None
        else:
            roll = rng.random()
            if roll < 0.06 and self.desk.supervisors:
                assignee = rng.choice(self.desk.supervisors)
            elif roll < 0.12 and len(self.desk.managers) > 1:
                assignee = rng.choice(self.desk.managers)
            else:
                assignee = manager
        author = assignee or manager
        if team is None:
            teams = TEAMS_BY_CATEGORY[category]
            team = rng.choice(teams) if teams else ""
        ctx = ticket_context(rng, plan.level, plan.salutations[language], book)
        ctx["team"] = team
        if context:
            ctx.update(context)
        fr, nr, res = target_seconds(record["tier"], priority)
        tellers = [] if story is None else book.scenarios_for(category, story)
        openers = book.openers[category]
        scenario = rng.choice(tellers) if tellers else rng.randrange(len(openers))
        steps, extra, escalated = self._script(
            rng, status, category, scenario, book, fr, nr, res, ctx, team, notes,
            reopen=story is None)
        if channel in SYSTEM_CHANNEL:
            steps.insert(0, (0, SYSTEM, SYSTEM_CHANNEL[channel].format(
                minutes=rng.randint(3, 25))))
        span = steps[-1][0]
        if created_near_s is None:
            created = self.now_s - span - extra
        else:
            created = min(created_near_s - int(rng.uniform(600, 6 * 3600)), self.now_s - span)
        if created < min_created_s:
            created = min(min_created_s, self.now_s - span)
        self.ticket_seq += 1
        ticket_id = f"T{self.ticket_seq:07d}"
        subjects = book.subjects[category]
        subject = subjects[scenario % len(subjects)].format_map(ctx)
        messages, sla, final_status, last = self._replay(
            rng, ticket_id, created, steps, plan, author, priority)
        assert final_status == status, (final_status, status)
        ticket: dict[str, Any] = {
            "id": ticket_id,
            "client_uid": record["uid"],
            "subject": subject,
            "category": category,
            "channel": channel,
            "priority": priority,
            "status": status,
            "assignee_id": assignee,
            "team": team if escalated else None,
            "language": language,
            "created_at": ts(created),
            "updated_at": ts(last),
            **sla.fields(),
            "version": len(steps),
        }
        yield "ticket", ticket
        for message in messages:
            yield "message", message

    def _category_weights(self, plan: ClientPlan) -> tuple[int, ...]:
        if "api-heavy" in plan.tags:
            w = list(CATEGORY_WEIGHTS)
            w[CATEGORIES.index("api")] *= 3
            return tuple(w)
        return CATEGORY_WEIGHTS

    # -- scripts ------------------------------------------------------------------------

    def _script(
        self,
        rng: random.Random,
        status: str,
        category: str,
        scenario: int,
        book: Phrasebook,
        fr: int,
        nr: int,
        res: int,
        ctx: dict[str, str],
        team: str,
        notes: tuple[str, ...],
        *,
        reopen: bool = True,
    ) -> tuple[list[Step], int, bool]:
        """The ticket's steps (seconds after creation), how long ago the last one happened
        (``extra``) and whether it went through an escalation. ``reopen=False`` leaves out
        the open ticket that was solved and reopened (a story still in progress)."""
        uniform = rng.uniform

        def fmt(lines: tuple[str, ...]) -> str:
            return rng.choice(lines).format_map(ctx)

        def first_reply() -> str:
            return book.first_reply(category, scenario, rng.random()).format_map(ctx)

        def resolution() -> str:
            return book.resolution(category, scenario, rng.random()).format_map(ctx)

        def reply_delay(target: int) -> int:
            if rng.random() < 0.1:  # a late answer: this clock is breached
                return max(30, int(target * uniform(1.1, 2.6)))
            return max(20, int(target * uniform(0.08, 0.9)))

        def client_gap() -> int:
            return int(math.exp(uniform(math.log(300), math.log(30 * 3600))))

        steps: list[Step] = [(0, CLIENT, book.openers[category][scenario].format_map(ctx))]
        o = 0
        escalated = False

        def add(delay: int, kind: int, text: str) -> None:
            nonlocal o
            o += delay
            steps.append((o, kind, text))

        def internal_note(delay: int) -> None:
            add(delay, NOTE, book.internal_note(category, scenario).format_map(ctx))

        def escalate(delay: int) -> None:
            nonlocal escalated
            escalated = True
            internal_note(delay)
            add(int(uniform(30, 600)), ESCALATE, team)
            add(1, SYSTEM, SYSTEM_ESCALATED.format(team=team))
            for note in notes:
                add(int(uniform(60, 900)), SECURITY_NOTE, note)

        def pending_round() -> None:
            add(int(uniform(60, 1200)), REPLY, fmt(book.ask_info[category]))
            add(int(uniform(5, 120)), STATUS, "pending_client")
            add(client_gap(), CLIENT, fmt(book.client_info))

        if status == "new":
            if rng.random() < 0.35:
                add(max(60, int(fr * uniform(0.4, 1.5))), CLIENT, fmt(book.chasers))
            # Up to 1.6 × the first-response target ago: about a third are breached already.
            return steps, int(fr * uniform(0.0, 1.6)), False

        add(reply_delay(fr), REPLY, first_reply())
        if rng.random() < 0.3:
            internal_note(int(uniform(60, 1800)))

        if status == "open":
            roll = rng.random()
            if roll < 0.3:
                pending_round()
                if rng.random() < 0.5:
                    add(reply_delay(nr), REPLY, fmt(book.holding))
                    return steps, int(uniform(0, res * 0.8)), False
                return steps, int(nr * uniform(0.0, 2.0)), False
            if roll < 0.62:
                add(client_gap(), CLIENT, fmt(book.chasers))
                return steps, int(nr * uniform(0.0, 1.5)), False
            if roll < 0.72 and reopen:
                # Solved, then the client wrote again: reopened, waiting for an answer.
                add(int(uniform(600, 6 * 3600)), REPLY, resolution())
                add(int(uniform(30, 900)), STATUS, "solved")
                add(client_gap(), CLIENT, fmt(book.chasers))
                add(1, SYSTEM, SYSTEM_REOPENED)
                return steps, int(nr * uniform(0.0, 2.0)), False
            if rng.random() < 0.5:
                add(int(uniform(1800, 6 * 3600)), REPLY, fmt(book.holding))
            return steps, int(uniform(0, res * 1.1)), False

        if status == "pending_client":
            pending_round()
            steps.pop()  # the client has not answered yet
            o = steps[-1][0]
            return steps, int(uniform(1800, 4 * 86400)), False

        if status == "escalated":
            escalate(int(uniform(300, 7200)))
            if rng.random() < 0.3:
                add(reply_delay(nr), REPLY, fmt(book.holding))
            if rng.random() < 0.25:
                add(client_gap(), CLIENT, fmt(book.chasers))
                return steps, int(nr * uniform(0.0, 2.0)), True
            return steps, int(uniform(600, 2 * 86400)), True

        # solved / closed: the whole life of a ticket.
        if rng.random() < 0.3:
            pending_round()
        if team and rng.random() < 0.12:
            escalate(int(uniform(300, 7200)))
        late = rng.random() < 0.12
        goal = int(res * (uniform(1.05, 1.8) if late else uniform(0.05, 0.9)))
        if steps[-1][1] == CLIENT and goal - o > nr:
            # The client's last message is answered before the work is done.
            add(reply_delay(nr), REPLY, fmt(book.holding))
        add(max(int(uniform(300, 3600)), goal - o), REPLY, resolution())
        if rng.random() < 0.45:
            add(int(uniform(120, 6 * 3600)), CLIENT, fmt(book.thanks))
            # Marked solved soon after the thanks (that answers it).
            add(max(30, int(min(uniform(60, 3600), nr * uniform(0.2, 0.95)))), STATUS, "solved")
        else:
            add(int(uniform(60, 3600)), STATUS, "solved")
        if status == "solved":
            return steps, int(uniform(3600, 60 * 3600)), escalated
        if rng.random() < 0.5:
            add(72 * 3600, STATUS, "closed")
            add(0, SYSTEM, SYSTEM_AUTO_CLOSED)
        else:
            add(int(uniform(3600, 48 * 3600)), STATUS, "closed")
        return steps, int(uniform(0, 120 * 86400)), escalated

    # -- replay -------------------------------------------------------------------------

    def _replay(
        self,
        rng: random.Random,
        ticket_id: str,
        created: int,
        steps: list[Step],
        plan: ClientPlan,
        author: str,
        priority: str,
    ) -> tuple[list[dict[str, Any]], TicketClocks, str, int]:
        sla = self.clocks(plan.record["tier"], priority)
        sla.start(created)
        status = "new"
        messages: list[dict[str, Any]] = []
        security = self.desk.security
        last = created

        def message(kind: str, author_id: str | None, body: str, internal: bool, at: int) -> None:
            self.message_seq += 1
            messages.append({
                "id": f"M{self.message_seq:08d}",
                "ticket_id": ticket_id,
                "author_kind": kind,
                "author_id": author_id,
                "body": body,
                "internal": internal,
                "created_at": ts(at),
            })

        for offset, kind, text in steps:
            at = created + offset
            last = at
            if kind == SYSTEM:
                message("system", None, text, False, at)
            elif kind == CLIENT:
                if status in ("pending_client", "solved"):
                    status = "open"  # a client message reopens the ticket
                    sla.on_status("open", at)
                sla.on_client_message(at)
                message("client", plan.record["uid"], text, False, at)
            elif kind == REPLY:
                sla.on_staff_reply(at, False)
                if status == "new":
                    status = "open"  # a public staff reply moves new to open
                    sla.on_status("open", at)
                message("staff", author, text, False, at)
            elif kind in (NOTE, SECURITY_NOTE):
                sla.on_staff_reply(at, True)
                writer = author
                if kind == SECURITY_NOTE and security:
                    writer = rng.choice(security)
                message("staff", writer, text, True, at)
            elif kind == STATUS:
                status = text
                sla.on_status(text, at)
            else:  # ESCALATE
                status = "escalated"
                sla.on_status("escalated", at)
        sla.check_breaches(self.now_s)
        return messages, sla, status, last


def breached_now(ticket: dict[str, Any]) -> bool:
    """Whether a clock of this ticket is breached and still running (what a lane shows red)."""
    running_breach: dict[str, bool] = {}
    for e in ticket["sla_events"]:
        clock = e["clock"]
        if e["event"] == "started":
            running_breach[clock] = False
        elif e["event"] == "breached":
            running_breach[clock] = True
        elif e["event"] == "fulfilled":
            running_breach.pop(clock, None)
    return any(running_breach.values())

