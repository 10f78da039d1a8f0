"""Staff authentication: argon2 passwords, single-use TOTP, tokens, lockout.

Tokens are opaque random strings; only their SHA-256 is stored. A login opens a token
*family*: every access and refresh token issued from it (refreshes, step-ups) belongs to it,
so reuse of a rotated refresh token or a logout revokes them all at once.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
import threading
import weakref
from collections.abc import MutableMapping
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any, cast

import pyotp
from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import bindparam, delete, func, select, update
from sqlalchemy.orm import Session

from vipclient.domain import lockout
from vipclient.domain.lockout import LOCKOUT_FAILURES, LOCKOUT_WINDOW
from vipclient.sandbox.db import (
    AUTH_REVOKED,
    AccessToken,
    AuthFamily,
    Database,
    FailedAuth,
    RefreshToken,
    Staff,
)

ACCESS_TTL = timedelta(seconds=900)
REFRESH_TTL = timedelta(hours=12)
TOTP_STEP = 30

# OWASP's minimum argon2id profile: a real KDF, yet quick enough to seed staff at start-up.
_hasher = PasswordHasher(time_cost=2, memory_cost=19 * 1024, parallelism=1)
_DUMMY_HASH = _hasher.hash("not a password of anyone")


def hash_password(password: str) -> str:
    return _hasher.hash(password)


def verify_password(stored_hash: str | None, password: str) -> bool:
    """Constant work whether or not the person exists (``stored_hash`` None)."""
    try:
        return _hasher.verify(stored_hash or _DUMMY_HASH, password) and stored_hash is not None
    except (VerificationError, InvalidHashError):
        return False


def token_hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def totp_code(secret: str, at: datetime) -> str:
    """The code a person's authenticator shows at ``at`` (sandbox clock)."""
    return str(pyotp.TOTP(secret).at(at))


def check_totp(staff: Staff, code: str, now: datetime) -> bool:
    """±1 step, each step accepted once: a code of a step at or before the last accepted one
    is a replay. On success the step is remembered (the caller commits)."""
    if not (isinstance(code, str) and len(code) == 6 and code.isdigit()):
        return False
    totp = pyotp.TOTP(staff.totp_secret)
    current = int(now.timestamp()) // TOTP_STEP
    last = staff.totp_last_step if staff.totp_last_step is not None else -1
    for step in (current - 1, current, current + 1):
        if hmac.compare_digest(str(totp.generate_otp(step)), code):
            if step <= last:
                return False
            staff.totp_last_step = step
            return True
    return False


# --------------------------------------------------------------------------- lockout


def lockout_retry_after(session: Session, username: str, now: datetime) -> int | None:
    """Seconds until the lock ends (≤ 900), or None when not locked (the domain's rule,
    :mod:`vipclient.domain.lockout`, over this username's failures in the window)."""
    since = now - LOCKOUT_WINDOW
    times = session.scalars(
        select(FailedAuth.at)
        .where(FailedAuth.username == username, FailedAuth.at > since)
        .order_by(FailedAuth.at.desc())
        .limit(LOCKOUT_FAILURES)
    ).all()
    return lockout.retry_after(times, now)


def record_failure(session: Session, username: str, kind: str, now: datetime) -> bool:
    """Count a failed login/step-up; True when this failure starts a lockout."""
    session.add(FailedAuth(username=username, kind=kind, at=now))
    session.flush()
    count = session.scalar(
        select(func.count())
        .select_from(FailedAuth)
        .where(FailedAuth.username == username, FailedAuth.at > now - LOCKOUT_WINDOW)
    )
    return count == LOCKOUT_FAILURES


def prune_failures(session: Session, now: datetime) -> None:
    session.execute(delete(FailedAuth).where(FailedAuth.at <= now - LOCKOUT_WINDOW))


# --------------------------------------------------------------------------- tokens


@dataclass(frozen=True)
class Principal:
    """The authenticated caller of one request."""

    id: str
    username: str
    roles: frozenset[str]
    family_id: str
    token_hash: str
    acr: str | None
    auth_time: datetime | None

    def has_any(self, *roles: str) -> bool:
        return any(r in self.roles for r in roles)


@dataclass(frozen=True)
class IssuedTokens:
    access_token: str
    refresh_token: str | None
    expires_in: int
    refresh_expires_in: int | None


def _new_access(
    session: Session, staff_id: str, family_id: str, now: datetime,
    acr: str | None = None, auth_time: datetime | None = None,
) -> str:
    token = secrets.token_urlsafe(32)
    session.add(
        AccessToken(
            token_hash=token_hash(token), family_id=family_id, staff_id=staff_id, issued_at=now,
            expires_at=now + ACCESS_TTL, acr=acr, auth_time=auth_time,
        )
    )
    return token


def _new_refresh(session: Session, staff_id: str, family_id: str, now: datetime) -> str:
    token = secrets.token_urlsafe(32)
    session.add(
        RefreshToken(
            token_hash=token_hash(token), family_id=family_id, staff_id=staff_id, issued_at=now,
            expires_at=now + REFRESH_TTL,
        )
    )
    return token


def issue_login(session: Session, staff: Staff, now: datetime) -> IssuedTokens:
    family = AuthFamily(id=secrets.token_hex(12), staff_id=staff.id, created_at=now)
    session.add(family)
    return IssuedTokens(
        access_token=_new_access(session, staff.id, family.id, now),
        refresh_token=_new_refresh(session, staff.id, family.id, now),
        expires_in=int(ACCESS_TTL.total_seconds()),
        refresh_expires_in=int(REFRESH_TTL.total_seconds()),
    )


def issue_step_up(session: Session, who: Principal, now: datetime) -> IssuedTokens:
    """A new access token of the same family carrying ``acr=totp`` and ``auth_time=now``."""
    return IssuedTokens(
        access_token=_new_access(session, who.id, who.family_id, now, acr="totp", auth_time=now),
        refresh_token=None,
        expires_in=int(ACCESS_TTL.total_seconds()),
        refresh_expires_in=None,
    )


def revoke_family(session: Session, family_id: str, reason: str, now: datetime) -> None:
    # Remembered callers are forgotten as this commits (before the answer goes out).
    session.info[AUTH_REVOKED] = True
    family = session.get(AuthFamily, family_id)
    if family is not None and family.revoked_at is None:
        family.revoked_at, family.revoked_reason = now, reason
    session.execute(
        update(AccessToken)
        .where(AccessToken.family_id == family_id, AccessToken.revoked_at.is_(None))
        .values(revoked_at=now)
    )
    session.execute(
        update(RefreshToken)
        .where(RefreshToken.family_id == family_id, RefreshToken.used_at.is_(None))
        .values(used_at=now)
    )


# Built once: this runs on every authenticated request. One indexed lookup (token hash →
# family → staff in a single statement), off the ORM's identity map.
_RESOLVE_ACCESS = (
    select(
        AccessToken.token_hash, AccessToken.family_id, AccessToken.acr,
        AccessToken.auth_time, AccessToken.expires_at, Staff.id, Staff.username, Staff.roles,
    )
    .join(AuthFamily, AuthFamily.id == AccessToken.family_id)
    .join(Staff, Staff.id == AccessToken.staff_id)
    .where(
        AccessToken.token_hash == bindparam("token_hash"),
        AccessToken.revoked_at.is_(None),
        AccessToken.expires_at > bindparam("now"),
        AuthFamily.revoked_at.is_(None),
    )
)


class CallerMemory:
    """Callers already resolved from the database, by token hash, with their token's expiry.

    Every request names its caller, and the same few tokens come again and again. A token
    stays valid until it expires (checked against ``now`` on every use) or is revoked: a
    revocation moves ``Database.auth_generation`` on as it commits, and an entry resolved
    under an older generation is never used. An entry records the generation read *before*
    its database lookup, so a lookup racing a revocation cannot outlive it.
    """

    LIMIT = 4096  # entries; all are dropped when full (tokens are cheap to look up again)

    def __init__(self) -> None:
        self._entries: dict[str, tuple[Principal, datetime, int]] = {}

    def get(self, db: Database, digest: str, now: datetime) -> Principal | None:
        held = self._entries.get(digest)
        if held is None:
            return None
        who, expires_at, generation = held
        if generation != db.auth_generation or expires_at <= now:
            return None
        return who

    def put(self, digest: str, who: Principal, expires_at: datetime, generation: int) -> None:
        if len(self._entries) >= self.LIMIT:
            self._entries.clear()
        self._entries[digest] = (who, expires_at, generation)


_MEMORY: weakref.WeakKeyDictionary[Database, CallerMemory] = weakref.WeakKeyDictionary()
_MEMORY_LOCK = threading.Lock()


def _memory_of(db: Database) -> CallerMemory:
    memory = _MEMORY.get(db)
    if memory is None:
        with _MEMORY_LOCK:
            memory = _MEMORY.setdefault(db, CallerMemory())
    return memory


def remembered_access(db: Database, token: str, now: datetime) -> Principal | None:
    """The caller behind ``token`` if resolved before and still valid, without the database
    (None: unknown here — ask :func:`resolve_access`)."""
    return _memory_of(db).get(db, token_hash(token), now)


def resolve_access(session: Session, token: str, now: datetime) -> Principal | None:
    """The caller behind a bearer token, or None when it is unknown, expired or revoked."""
    digest = token_hash(token)
    db = session.info.get("db")
    memory = _memory_of(db) if isinstance(db, Database) else None
    if memory is not None:
        assert isinstance(db, Database)
        known = memory.get(db, digest, now)
        if known is not None:
            return known
        generation = db.auth_generation
    row = session.execute(
        _RESOLVE_ACCESS, {"token_hash": digest, "now": now},
        execution_options={"autoflush": False},
    ).first()
    if row is None:
        return None
    who = Principal(
        id=row.id, username=row.username, roles=frozenset(row.roles),
        family_id=row.family_id, token_hash=row.token_hash, acr=row.acr,
        auth_time=row.auth_time,
    )
    if memory is not None:
        memory.put(digest, who, row.expires_at, generation)
    return who


_SCOPE_KEY = "vipdesk.principal"


def remember_principal(scope: MutableMapping[str, Any], token: str, who: Principal) -> None:
    """Keep the caller resolved for this request in its ASGI scope (one lookup a request)."""
    scope[_SCOPE_KEY] = (token, who)


def resolved_principal(scope: MutableMapping[str, Any], token: str) -> Principal | None:
    """The caller already resolved for ``token`` in this request, if any."""
    held = scope.get(_SCOPE_KEY)
    if held is not None and held[0] == token:
        return cast(Principal, held[1])
    return None


class RefreshOutcome:
    OK = "ok"
    INVALID = "invalid"
    REUSED = "reused"


def rotate_refresh(
    session: Session, refresh_token: str, now: datetime
) -> tuple[str, Staff | None, IssuedTokens | None, str | None]:
    """(outcome, staff, tokens, family_id). Reuse of a rotated token revokes its family."""
    row = session.get(RefreshToken, token_hash(refresh_token))
    if row is None:
        return RefreshOutcome.INVALID, None, None, None
    family = session.get(AuthFamily, row.family_id)
    staff = session.get(Staff, row.staff_id)
    if family is None or staff is None or family.revoked_at is not None:
        return RefreshOutcome.INVALID, staff, None, row.family_id
    if row.used_at is not None:
        revoke_family(session, row.family_id, "refresh_reuse", now)
        return RefreshOutcome.REUSED, staff, None, row.family_id
    if row.expires_at <= now:
        return RefreshOutcome.INVALID, staff, None, row.family_id
    row.used_at = now
    tokens = IssuedTokens(
        access_token=_new_access(session, staff.id, family.id, now),
        refresh_token=_new_refresh(session, staff.id, family.id, now),
        expires_in=int(ACCESS_TTL.total_seconds()),
        refresh_expires_in=int(REFRESH_TTL.total_seconds()),
    )
    return RefreshOutcome.OK, staff, tokens, family.id


def prune_tokens(session: Session, now: datetime) -> None:
    """Forget tokens long past use (a day after expiry keeps reuse detection meaningful)."""
    horizon = now - timedelta(days=1)
    session.execute(delete(AccessToken).where(AccessToken.expires_at < horizon))
    session.execute(delete(RefreshToken).where(RefreshToken.expires_at < horizon))
