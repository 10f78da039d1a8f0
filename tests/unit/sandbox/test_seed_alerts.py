"""The demo book's risk alerts: deterministic, on about 3 % of clients, the book unchanged."""

from __future__ import annotations

from collections import Counter

from tests.support.sandbox_seed import NOW, book
from vipclient.domain.enums import AlertKind, AlertSeverity
from vipclient.sandbox import seed


def test_alerts_ride_on_the_book_without_changing_it() -> None:
    plain = list(book(7, 1000))
    with_alerts = list(seed.with_risk_alerts(7, plain, NOW))
    assert [item for item in with_alerts if item[0] != "risk_alert"] == plain
    assert with_alerts == list(seed.with_risk_alerts(7, plain, NOW))  # deterministic
    alerts = [r for e, r in with_alerts if e == "risk_alert"]
    clients = [r for e, r in plain if e == "client"]
    assert 0.015 <= len(alerts) / len(clients) <= 0.05
    uids = {c["uid"] for c in clients}
    assert all(a["client_uid"] in uids and a["status"] == "open" for a in alerts)
    severities = Counter(a["severity"] for a in alerts)
    assert severities["critical"] >= 1 and len(severities) >= 3
    assert {a["kind"] for a in alerts} <= {k.value for k in AlertKind}
    assert {a["severity"] for a in alerts} <= {s.value for s in AlertSeverity}
    assert all(a["details"] and all(isinstance(v, str) for v in a["details"].values())
               for a in alerts)
    assert len({a["id"] for a in alerts}) == len(alerts)
    other = [r["summary"] for e, r in seed.with_risk_alerts(8, list(book(8, 1000)), NOW)
             if e == "risk_alert"]
    assert other != [a["summary"] for a in alerts]  # another seed, another book
