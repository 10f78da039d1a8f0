"""How requests, rules and their checks read, in the person's language.

Every sentence about requests is made here, so the list, the page, the forms, the approval
dialog and the policies view say the same thing the same way. Strings are marked for
``pyside6-lupdate`` in the ``Requests`` context.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from decimal import Decimal, InvalidOperation
from typing import Any

from PySide6.QtCore import QCoreApplication

from vipclient.domain.enums import PolicyAction, RequestStatus, Tier
from vipclient.domain.money import format_bps
from vipclient.domain.policy import Decision, PolicyRule, RequestFacts
from vipclient.domain.policy_lint import (
    ApprovalsImpossible,
    ConditionCheck,
    Finding,
    NeverFirst,
    NeverMatches,
    NothingAllowed,
    explain,
)
from vipclient.domain.request_drafts import FieldProblem
from vipclient.domain.requests import Moment
from vipclient.gui import locale_format
from vipclient.gui.lanes.format import duration
from vipclient.i18n import Context
from vipclient.security.roles import role_name

Requests = Context("Requests")  # plural texts: Context says why


def kind_name(entity: str) -> str:
    return {
        "fee_request": QCoreApplication.translate("Requests", "Fee schedule"),
        "withdrawal_request": QCoreApplication.translate("Requests", "Withdrawal"),
        "api_access_request": QCoreApplication.translate("Requests", "API access"),
    }.get(entity, entity)


def status_name(status: str) -> str:
    names: dict[str, str] = {
        RequestStatus.PENDING_APPROVAL.value: QCoreApplication.translate(
            "Requests", "Awaiting approval"),
        RequestStatus.APPROVED.value: QCoreApplication.translate("Requests", "Approved"),
        RequestStatus.REJECTED.value: QCoreApplication.translate("Requests", "Rejected"),
        RequestStatus.APPLIED.value: QCoreApplication.translate("Requests", "Applied"),
        RequestStatus.CANCELLED.value: QCoreApplication.translate("Requests", "Cancelled"),
        RequestStatus.EXPIRED.value: QCoreApplication.translate("Requests", "Expired"),
    }
    return names.get(str(status), str(status))


def sending() -> str:
    return QCoreApplication.translate("Requests", "Sending…")


def rate_tier_name(tier: str) -> str:
    return {
        "standard": QCoreApplication.translate("Requests", "standard"),
        "elevated": QCoreApplication.translate("Requests", "elevated"),
        "institutional": QCoreApplication.translate("Requests", "institutional"),
        "market_maker": QCoreApplication.translate("Requests", "market maker"),
    }.get(tier, tier)


def scope_name(scope: str) -> str:
    return {
        "spot": QCoreApplication.translate("Requests", "spot"),
        "futures": QCoreApplication.translate("Requests", "futures"),
        "all": QCoreApplication.translate("Requests", "spot and futures"),
    }.get(scope, scope)


def usd(value: Any) -> str:
    try:
        amount = Decimal(str(value))
    except (InvalidOperation, ValueError):
        return str(value)
    return QCoreApplication.translate("Requests", "{amount} USD").format(
        amount=locale_format.decimal(amount, 2))


def amount_of(value: Any, asset: str) -> str:
    try:
        text = locale_format.decimal(Decimal(str(value)))
    except (InvalidOperation, ValueError):
        text = str(value)
    return f"{text} {asset}"


def rates(maker: Any, taker: Any) -> str:
    return QCoreApplication.translate("Requests", "maker {maker} / taker {taker} bps").format(
        maker=_bps(maker), taker=_bps(taker))


def _bps(value: Any) -> str:
    try:
        return format_bps(Decimal(str(value)))
    except (InvalidOperation, ValueError):
        return str(value)


def networks(entries: Any) -> str:
    listed = [str(e) for e in entries or ()]
    if not listed:
        return QCoreApplication.translate("Requests", "any IP (no whitelist)")
    return ", ".join(listed)


def summary(entity: str, data: Mapping[str, Any]) -> str:
    """What a request asks for, in one line."""
    if entity == "fee_request":
        return rates(data.get("maker_bps"), data.get("taker_bps"))
    if entity == "withdrawal_request":
        if data.get("kind") == "expedite":
            return QCoreApplication.translate("Requests", "Expedite {amount} ({id})").format(
                amount=amount_of(data.get("amount"), str(data.get("asset") or "")),
                id=data.get("withdrawal_id") or "—")
        return QCoreApplication.translate("Requests", "24 h limit {amount}").format(
            amount=usd(data.get("amount")))
    count = len(data.get("ip_whitelist") or [])
    return Requests.tr("{tier} · %n networks", "", count).format(
        tier=rate_tier_name(str(data.get("rate_limit_tier") or "")))


# --- time -------------------------------------------------------------------------------------


def local_stamp(at: datetime | None) -> str:
    """The person's local time."""
    return locale_format.date_time(at)


def client_stamp(at: datetime | None, timezone: str) -> str:
    """The client's local time, named by its zone."""
    return locale_format.client_date_time(at, timezone)


def time_left(until: datetime | None, now: datetime) -> str:
    if until is None:
        return "—"
    left = (until - now).total_seconds()
    if left <= 0:
        return QCoreApplication.translate("Requests", "past its deadline")
    return QCoreApplication.translate("Requests", "{t} left").format(t=duration(left))


def moment_name(moment: Moment) -> str:
    return {
        Moment.CREATED: QCoreApplication.translate("Requests", "Requested"),
        Moment.APPROVED: QCoreApplication.translate("Requests", "Approved"),
        Moment.REJECTED: QCoreApplication.translate("Requests", "Rejected"),
        Moment.APPLIED: QCoreApplication.translate("Requests", "Applied"),
        Moment.EXPIRED: QCoreApplication.translate("Requests", "Expired"),
        Moment.CANCELLED: QCoreApplication.translate("Requests", "Cancelled"),
    }[moment]


# --- rules ------------------------------------------------------------------------------------


def _role(role: Any) -> str:
    try:
        return role_name(role)
    except ValueError:
        return str(role)


def action_text(rule: PolicyRule | None, action: PolicyAction) -> str:
    """What a rule's action means for the person, in words."""
    if action is PolicyAction.ALLOW:
        return QCoreApplication.translate("Requests", "applied at once")
    if action is PolicyAction.BLOCK or rule is None:
        return QCoreApplication.translate("Requests", "blocked")
    role = _role(rule.approver_role)
    hours = rule.expires_after_hours or 0
    if rule.step_up:
        return Requests.tr(
            "needs %n approvals by a {role} with a fresh TOTP code within {hours} h", "",
            rule.approvals).format(role=role, hours=hours)
    return Requests.tr("needs %n approvals by a {role} within {hours} h", "",
                       rule.approvals).format(role=role, hours=hours)


def withdrawal_kind_name(kind: str) -> str:
    return {"limit_increase": QCoreApplication.translate("Requests", "a limit increase"),
            "expedite": QCoreApplication.translate("Requests", "an expedite")}.get(kind, kind)


def condition_text(name: str, wanted: str) -> str:
    templates = {
        "tiers": QCoreApplication.translate("Requests", "the client's tier is {v}"),
        "kind": QCoreApplication.translate("Requests", "it is {v}"),
        "discount_pct_lte": QCoreApplication.translate(
            "Requests", "the discount is at most {v} %"),
        "maker_bps_lt": QCoreApplication.translate("Requests", "the maker rate is below {v} bps"),
        "usd_amount_lte": QCoreApplication.translate("Requests", "it is worth at most {v} USD"),
        "rate_limit_tiers": QCoreApplication.translate(
            "Requests", "the requested rate limit is {v}"),
        "whitelist_cleared": QCoreApplication.translate(
            "Requests", "it empties a whitelist that is not empty"),
    }
    value = wanted
    either = QCoreApplication.translate("Requests", " or ")
    if name == "tiers":
        value = either.join(t.strip() for t in wanted.split(","))
    elif name == "kind":
        value = withdrawal_kind_name(wanted)
    elif name == "rate_limit_tiers":
        value = either.join(rate_tier_name(t.strip()) for t in wanted.split(","))
    elif name == "usd_amount_lte":
        value = locale_format.decimal(wanted)
    if name == "whitelist_cleared" and wanted == "false":
        return QCoreApplication.translate("Requests", "it does not empty the whitelist")
    return templates.get(name, name).format(v=value)


def _conditions(rule: PolicyRule) -> list[str]:
    # The rule's own conditions (what each wants does not depend on the request asked about).
    facts = RequestFacts(rule.applies_to, Tier.VIP1)
    return [condition_text(c.name, c.wanted) for c in explain(rule, facts)]


def kind_noun(entity: str) -> str:
    return {
        "fee_request": QCoreApplication.translate("Requests", "fee request"),
        "withdrawal_request": QCoreApplication.translate("Requests", "withdrawal request"),
        "api_access_request": QCoreApplication.translate("Requests", "API-access request"),
    }.get(entity, entity)


def kinds_of(entity: str) -> str:
    return {
        "fee_request": QCoreApplication.translate("Requests", "Fee requests"),
        "withdrawal_request": QCoreApplication.translate("Requests", "Withdrawal requests"),
        "api_access_request": QCoreApplication.translate("Requests", "API-access requests"),
    }.get(entity, entity)


def rule_sentence(rule: PolicyRule) -> str:
    """``Fee requests where the discount is at most 25 %: applied at once.``"""
    conditions = _conditions(rule)
    what = kinds_of(rule.applies_to.value)
    action = action_text(rule, rule.action)
    if not conditions:
        return QCoreApplication.translate("Requests", "Any other {what}: {action}.").format(
            what=kind_noun(rule.applies_to.value), action=action)
    joined = QCoreApplication.translate("Requests", " and ").join(conditions)
    return QCoreApplication.translate("Requests", "{what} where {conditions}: {action}.").format(
        what=what, conditions=joined, action=action)


def check_text(check: ConditionCheck) -> str:
    """One condition of the deciding rule against the request."""
    held = (QCoreApplication.translate("Requests", "yes") if check.held
            else QCoreApplication.translate("Requests", "no"))
    actual = check.actual if check.actual is not None else "—"
    if check.actual is None:
        pass
    elif check.name == "discount_pct_lte":
        actual = f"{actual} %"
    elif check.name == "usd_amount_lte":
        actual = usd(check.actual)
    elif check.name == "kind":
        actual = withdrawal_kind_name(check.actual)
    elif check.name == "rate_limit_tiers":
        actual = rate_tier_name(check.actual)
    elif check.name == "whitelist_cleared":
        actual = (QCoreApplication.translate("Requests", "yes") if check.actual == "true"
                  else QCoreApplication.translate("Requests", "no"))
    return QCoreApplication.translate("Requests", "{condition} (this request: {actual}) — {held}"
                                      ).format(condition=condition_text(check.name, check.wanted),
                                               actual=actual, held=held)


def decision_text(decision: Decision) -> str:
    """The preview's outcome: what will happen, and by which rule."""
    rule = decision.rule
    if rule is None:
        return QCoreApplication.translate(
            "Requests", "Blocked: no rule allows this request, so the server will refuse it.")
    if decision.action is PolicyAction.ALLOW:
        return QCoreApplication.translate(
            "Requests", "Applied at once when the server has it (rule {rule}).").format(
                rule=rule.id)
    if decision.action is PolicyAction.BLOCK:
        return QCoreApplication.translate(
            "Requests", "Blocked by rule {rule}: the server will refuse it.").format(rule=rule.id)
    hours = rule.expires_after_hours or 0
    if rule.step_up:
        return Requests.tr(
            "Needs %n approvals by a {role} with a fresh TOTP code within {hours} h (rule "
            "{rule}); you will be asked for your code when it is sent.", "",
            rule.approvals).format(role=_role(rule.approver_role), hours=hours, rule=rule.id)
    return Requests.tr(
        "Needs %n approvals by a {role} within {hours} h (rule {rule}).", "",
        rule.approvals).format(role=_role(rule.approver_role), hours=hours, rule=rule.id)


def finding_text(finding: Finding, names: Mapping[str, str]) -> str:
    def who(ids: tuple[str, ...]) -> str:
        return ", ".join(names.get(i, i) for i in ids) or "—"

    if isinstance(finding, NeverFirst):
        return QCoreApplication.translate(
            "Requests", "Rule {rule} can never be the first match: {earlier} always match its "
            "requests first.").format(rule=finding.rule_id, earlier=", ".join(finding.taken_by))
    if isinstance(finding, NeverMatches):
        return QCoreApplication.translate(
            "Requests", "Rule {rule} matches no request: its conditions can never hold "
            "together.").format(rule=finding.rule_id)
    if isinstance(finding, ApprovalsImpossible):
        if finding.always:
            return Requests.tr(
                "Rule {rule} needs %n approvals by a {role}, and the only staff with that role "
                "are {holders} (a requester cannot approve their own request): its requests can "
                "never be approved.", "", finding.needed).format(
                    rule=finding.rule_id, role=_role(finding.role), holders=who(finding.holders))
        return Requests.tr(
            "Rule {rule} needs %n approvals by a {role}, and the only staff with that role are "
            "{holders}: a request made by {requesters} can never be approved, as no one approves "
            "their own.", "", finding.needed).format(
                rule=finding.rule_id, role=_role(finding.role),
                holders=who(finding.holders), requesters=who(finding.requesters))
    assert isinstance(finding, NothingAllowed)
    return QCoreApplication.translate(
        "Requests", "No rule allows any {what}: every one is blocked.").format(
            what=kinds_of(finding.kind.value))


# --- field messages ---------------------------------------------------------------------------


def field_message(problem: FieldProblem) -> str:
    """A form field's problem in the person's language (the domain's sentence where it has
    no translation of its own)."""
    p = problem.params
    code, why = problem.code, p.get("why", "")
    if code == "not_a_number":
        return {
            "exponent": QCoreApplication.translate(
                "Requests", "Write it in full digits without an exponent (1000, not 1e3)."),
            "not_finite": QCoreApplication.translate("Requests", "This is not a number."),
            "comma_decimal": QCoreApplication.translate(
                "Requests", "Use a point for decimals (1.5, not 1,5); commas only group "
                "thousands, as in 1,000."),
            "odd_digit": QCoreApplication.translate(
                "Requests", "Type the digits as plain 0–9: {char} is not accepted.").format(
                    char=p.get("char", "")),
            "invisible": QCoreApplication.translate(
                "Requests", "It contains an invisible character ({char}); type it again."
            ).format(char=p.get("char", "")),
        }.get(why, QCoreApplication.translate(
            "Requests", "Write a plain number such as 12.5 (digits and one decimal point)."))
    simple = {
        "empty": QCoreApplication.translate("Requests", "Enter a value."),
        "rate_out_of_range": QCoreApplication.translate(
            "Requests", "A rate is between 0 and 100 bps (0 % to 1 %)."),
        "maker_above_taker": QCoreApplication.translate(
            "Requests", "The maker rate cannot be higher than the taker rate."),
        "not_positive": QCoreApplication.translate("Requests", "The amount must be more than 0."),
        "valid_until_missing": QCoreApplication.translate(
            "Requests", "Say until when the change is valid."),
        "valid_until_past": QCoreApplication.translate(
            "Requests", "The end of validity must be in the future."),
        "valid_until_too_far": QCoreApplication.translate(
            "Requests", "The end of validity can be at most 365 days ahead."),
        "reason_length": QCoreApplication.translate(
            "Requests", "Write a reason of 10 to 2000 characters."),
        "limit_in_usd": QCoreApplication.translate(
            "Requests", "A limit increase is stated in USD."),
        "withdrawal_id_missing": QCoreApplication.translate(
            "Requests", "Say which withdrawal to expedite."),
        "asset_unknown": QCoreApplication.translate(
            "Requests", "The assets' precision and prices could not be read, so only a limit "
            "increase in USD can be asked for now."),
        "changes_nothing": QCoreApplication.translate(
            "Requests", "This changes nothing: the client has these API settings already."),
    }
    if code in simple:
        return simple[code]
    if code == "too_many_places":
        return Requests.tr("At most %n decimal places here.", "", int(str(p.get("places", 0))))
    if code == "not_an_increase":
        return QCoreApplication.translate(
            "Requests", "The new limit must be above the client's current limit of {limit} USD."
        ).format(limit=p.get("limit", ""))
    return problem.message
