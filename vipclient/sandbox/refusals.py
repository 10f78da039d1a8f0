"""Refusals that leave a trace in the audit log, and the collector of a 422's field errors."""

from __future__ import annotations

from typing import Any, NoReturn

from vipclient.sandbox.core import Sandbox, record_refusal
from vipclient.sandbox.problems import Problem, validation_problem


class Refusal(Exception):
    """A refusal that is audited (in its own transaction, after the work one rolled back)."""

    def __init__(self, problem: Problem, actor: str, action: str, target: str | None,
                 details: dict[str, Any]) -> None:
        super().__init__(problem.detail)
        self.problem = problem
        self.actor, self.action, self.target, self.details = actor, action, target, details


def refuse(sb: Sandbox, r: Refusal) -> NoReturn:
    record_refusal(sb, r.actor, r.action, r.target, r.details)
    raise r.problem from None


class Errors:
    """Collects ``{field, message}`` pairs so one 422 names every bad field at once."""

    def __init__(self) -> None:
        self.items: list[dict[str, str]] = []

    def add(self, field: str, message: str) -> None:
        self.items.append({"field": field, "message": message})

    def raise_if_any(self, detail: str | None = None) -> None:
        if self.items:
            raise validation_problem(self.items, detail)
