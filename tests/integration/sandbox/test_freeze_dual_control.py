"""Emergency freeze (step-up, 120 s) and dual-control unfreeze over real HTTP."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from tests.support.desk import Desk, managed_clients, sandbox_desk

# One sandbox per module: keep the module on one xdist worker.
pytestmark = pytest.mark.xdist_group("h2-freeze_dual_control")

@pytest.fixture(scope="module")
def desk() -> Iterator[Desk]:
    with sandbox_desk(clients=20) as (_srv, d):
        yield d


def active_client(desk: Desk, index: int) -> str:
    bob = desk.login("bob")
    clients = managed_clients(bob)
    assert len(clients) > index
    return str(clients[index]["uid"])


FREEZE = {"scopes": ["login", "withdrawals"], "reason_code": "phishing_report",
          "note": "Client reported a phishing e-mail and a login from a new device."}


def test_a_missing_role_is_403_never_a_challenge(desk: Desk) -> None:
    carol = desk.login("carol")
    r = carol.post(f"/clients/{active_client(desk, 0)}/freeze", FREEZE)
    assert r.status == 403 and "WWW-Authenticate" not in r.headers
    r = carol.post("/freezes/FZ1/unfreeze-requests", {"reason": "Client verified by phone."})
    assert r.status == 403


def test_validation_and_existence_come_before_step_up(desk: Desk) -> None:
    dave = desk.login("dave")  # no step-up yet: every answer here is not a challenge
    uid = active_client(desk, 0)
    r = dave.post(f"/clients/{uid}/freeze", {"scopes": ["login"], "reason_code": "other",
                                             "note": "too short"})
    assert r.status == 422 and r.problem_fields == {"note"}, r.body
    r = dave.post(f"/clients/{uid}/freeze", {"scopes": [], "reason_code": "phishing_report"})
    assert r.status == 422 and r.problem_fields == {"scopes"}
    r = dave.post(f"/clients/{uid}/freeze", {"scopes": ["everything"], "reason_code": "x"})
    assert r.status == 422 and {f.split(".")[0] for f in r.problem_fields} == {
        "scopes", "reason_code"}
    r = dave.post("/clients/U99999999/freeze", FREEZE)
    assert r.status == 404
    r = dave.post(f"/clients/{uid}/freeze", FREEZE)
    assert r.status == 401 and "max_age=120" in r.headers["WWW-Authenticate"]


def test_freeze_then_widen_then_a_stale_step_up_is_refused(desk: Desk) -> None:
    dave = desk.login("dave")
    uid = active_client(desk, 1)
    r = dave.post(f"/clients/{uid}/freeze", FREEZE)
    assert r.status == 401
    dave.step_up()
    ok = dave.post(f"/clients/{uid}/freeze", FREEZE, key=r.key)
    assert ok.status == 201, ok.body
    assert ok.body["status"] == "active" and ok.body["created_by"] == dave.id
    assert ok.body["scopes"] == ["login", "withdrawals"]
    client = dave.get(f"/clients/{uid}").body
    assert client["status"] == "frozen" and client["freeze_scopes"] == ["login", "withdrawals"]
    wider = dave.post(f"/clients/{uid}/freeze", {"scopes": ["api"],
                                                 "reason_code": "account_compromise"})
    assert wider.status == 200 and wider.body["id"] == ok.body["id"], wider.body
    assert wider.body["scopes"] == ["login", "withdrawals", "api"]
    desk.advance(121)
    stale = dave.post(f"/clients/{uid}/freeze", {"scopes": ["trading"],
                                                 "reason_code": "account_compromise"})
    assert stale.status == 401 and "too old" in stale.body["detail"]
    listed = dave.get("/freezes", active="true", client_uid=uid).body["items"]
    assert [f["id"] for f in listed] == [ok.body["id"]]
    assert dave.get(f"/freezes/{ok.body['id']}").body["scopes"] == wider.body["scopes"]


def test_lifting_needs_a_second_security_officer(desk: Desk) -> None:
    dave, erin = desk.login("dave"), desk.login("erin")
    uid = active_client(desk, 2)
    dave.step_up()
    freeze = dave.post(f"/clients/{uid}/freeze", FREEZE).body
    fid = freeze["id"]
    ask = dave.post(f"/freezes/{fid}/unfreeze-requests", {"reason": "Client verified by video."})
    assert ask.status == 201 and ask.body["status"] == "pending", ask.body
    dup = dave.post(f"/freezes/{fid}/unfreeze-requests", {"reason": "Asking a second time."})
    assert dup.status == 409
    same = dave.post(f"/unfreeze-requests/{ask.body['id']}/approve", {})
    assert same.status == 403 and same.body["type"].endswith("/dual-control"), same.body
    pending = erin.get("/unfreeze-requests", status="pending").body["items"]
    assert ask.body["id"] in [u["id"] for u in pending]
    challenged = erin.post(f"/unfreeze-requests/{ask.body['id']}/approve", {"comment": "ok"})
    assert challenged.status == 401
    erin.step_up()
    done = erin.post(f"/unfreeze-requests/{ask.body['id']}/approve", {"comment": "ok"},
                     key=challenged.key)
    assert done.status == 200 and done.body["status"] == "approved", done.body
    assert done.body["decided_by"] == erin.id
    lifted = erin.get(f"/freezes/{fid}").body
    assert lifted["status"] == "lifted" and lifted["lifted_by"] == erin.id
    client = erin.get(f"/clients/{uid}").body
    assert client["status"] == "active" and client["freeze_scopes"] == []
    assert fid not in [f["id"] for f in erin.get("/freezes", active="true").body["items"]]
    assert erin.post(f"/unfreeze-requests/{ask.body['id']}/approve", {}).status == 409
    again = dave.post(f"/freezes/{fid}/unfreeze-requests", {"reason": "Lift it once more."})
    assert again.status == 409  # lifted already


def test_a_rejection_keeps_the_freeze(desk: Desk) -> None:
    dave, erin = desk.login("dave"), desk.login("erin")
    uid = active_client(desk, 3)
    dave.step_up()
    fid = dave.post(f"/clients/{uid}/freeze", FREEZE).body["id"]
    ask = dave.post(f"/freezes/{fid}/unfreeze-requests", {"reason": "The client asks for it."})
    rej = erin.post(f"/unfreeze-requests/{ask.body['id']}/reject",
                    {"comment": "Not verified yet."})
    assert rej.status == 200 and rej.body["status"] == "rejected"
    assert erin.get(f"/freezes/{fid}").body["status"] == "active"
    got: dict[str, Any] = erin.get(f"/unfreeze-requests/{ask.body['id']}").body
    assert got["comment"] == "Not verified yet."
