"""Parsing of ``WWW-Authenticate`` (RFC 9110 §11.6.1) for RFC 9470 step-up challenges.

A header may hold several challenges (``Basic realm="x", Bearer error="…"``), each a scheme
followed by comma-separated ``name=value`` parameters whose values are tokens or quoted
strings with backslash escapes. Commas inside quoted strings do not split anything.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

STEP_UP_ERROR = "insufficient_user_authentication"

_TOKEN = re.compile(r"[!#$%&'*+\-.^_`|~0-9A-Za-z]+")
_TOKEN68 = re.compile(r"[A-Za-z0-9\-._~+/]+=*")
_SPACE = re.compile(r"[ \t]*")


@dataclass(frozen=True)
class Challenge:
    scheme: str
    params: dict[str, str] = field(default_factory=dict)
    token68: str | None = None

    def param(self, name: str) -> str | None:
        return self.params.get(name.lower())


class _Scanner:
    def __init__(self, text: str) -> None:
        self.text = text
        self.pos = 0

    def skip_space(self) -> None:
        match = _SPACE.match(self.text, self.pos)
        assert match is not None  # the pattern matches the empty string
        self.pos = match.end()

    def at_end(self) -> bool:
        return self.pos >= len(self.text)

    def peek(self) -> str:
        return self.text[self.pos] if self.pos < len(self.text) else ""

    def token(self) -> str | None:
        match = _TOKEN.match(self.text, self.pos)
        if match is None:
            return None
        self.pos = match.end()
        return match.group()

    def quoted(self) -> str | None:
        if self.peek() != '"':
            return None
        out: list[str] = []
        i = self.pos + 1
        while i < len(self.text):
            ch = self.text[i]
            if ch == "\\" and i + 1 < len(self.text):
                out.append(self.text[i + 1])
                i += 2
                continue
            if ch == '"':
                self.pos = i + 1
                return "".join(out)
            out.append(ch)
            i += 1
        # Unterminated: take the rest rather than losing the parameter.
        self.pos = len(self.text)
        return "".join(out)

    def skip_commas(self) -> int:
        count = 0
        while True:
            self.skip_space()
            if self.peek() != ",":
                return count
            self.pos += 1
            count += 1


def parse_www_authenticate(header: str) -> list[Challenge]:
    """Every challenge in a ``WWW-Authenticate`` value; junk is skipped, never raised."""
    scanner = _Scanner(header)
    challenges: list[Challenge] = []
    scanner.skip_commas()
    while not scanner.at_end():
        scheme = scanner.token()
        if scheme is None:
            # Not a scheme: skip to the next comma and try again.
            nxt = header.find(",", scanner.pos + 1)
            scanner.pos = len(header) if nxt < 0 else nxt
            scanner.skip_commas()
            continue
        params: dict[str, str] = {}
        token68: str | None = None
        scanner.skip_space()
        # token68 form ("Negotiate abc=="): the whole value up to a comma or the end.
        t68 = _TOKEN68.match(header, scanner.pos)
        if t68 is not None:
            rest = header[t68.end() :].lstrip(" \t")
            if rest == "" or rest.startswith(","):
                token68 = t68.group()
                scanner.pos = t68.end()
        if token68 is None:
            while True:
                scanner.skip_space()
                save = scanner.pos
                name = scanner.token()
                if name is None:
                    break
                scanner.skip_space()
                if scanner.peek() != "=":
                    # That token was the next challenge's scheme.
                    scanner.pos = save
                    break
                scanner.pos += 1
                scanner.skip_space()
                value = scanner.quoted()
                if value is None:
                    value = scanner.token() or ""
                params[name.lower()] = value
                if scanner.skip_commas() == 0:
                    break
        challenges.append(Challenge(scheme=scheme, params=params, token68=token68))
        scanner.skip_commas()
    return challenges


@dataclass(frozen=True)
class StepUpChallenge:
    """What an RFC 9470 challenge asks for: a fresh ``acr_values`` authentication."""

    max_age: int | None
    description: str
    acr_values: str | None


def find_step_up(header: str | None) -> StepUpChallenge | None:
    """The Bearer ``insufficient_user_authentication`` challenge in ``header``, if any."""
    if not header:
        return None
    for challenge in parse_www_authenticate(header):
        if challenge.scheme.lower() != "bearer":
            continue
        if challenge.param("error") != STEP_UP_ERROR:
            continue
        raw_age = challenge.param("max_age")
        max_age: int | None
        try:
            max_age = int(raw_age) if raw_age is not None else None
        except ValueError:
            max_age = None
        if max_age is not None and max_age < 0:
            max_age = None
        return StepUpChallenge(
            max_age=max_age,
            description=challenge.param("error_description") or "",
            acr_values=challenge.param("acr_values"),
        )
    return None
