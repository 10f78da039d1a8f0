"""Clients: search and pages, ETag, PATCH with If-Match (428/412), allowed fields, roles."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.support.sandbox import Api
from vipclient.sandbox.server import SandboxServer

# One sandbox per module: keep the module on one xdist worker.
pytestmark = pytest.mark.xdist_group("h1-clients")


def test_pages_cover_every_client_once(api_as: Callable[[str], Api]) -> None:
    alice = api_as("alice")
    seen: list[str] = []
    cursor = None
    while True:
        params = {"limit": 7} | ({"cursor": cursor} if cursor else {})
        page = alice.get("/clients", params=params).json()
        assert len(page["items"]) <= 7
        seen += [c["uid"] for c in page["items"]]
        if not page["has_more"]:
            assert page["next_cursor"] is None
            break
        cursor = page["next_cursor"]
    assert len(seen) == len(set(seen)) == 20
    everything = alice.get("/clients", params={"limit": 1000}).json()
    assert not everything["has_more"] and len(everything["items"]) == 20


def test_filters(api_as: Callable[[str], Api]) -> None:
    alice = api_as("alice")
    some = alice.get("/clients").json()["items"][3]
    by_uid = alice.get("/clients", params={"q": some["uid"][-4:]}).json()["items"]
    assert some["uid"] in [c["uid"] for c in by_uid]
    by_name = alice.get("/clients", params={"q": some["display_name"][:1]}).json()["items"]
    assert some["uid"] in [c["uid"] for c in by_name]
    by_mail = alice.get("/clients", params={"q": some["email"].upper()}).json()["items"]
    assert [c["uid"] for c in by_mail] == [some["uid"]]
    tier = alice.get("/clients", params={"tier": some["tier"]}).json()["items"]
    assert tier and all(c["tier"] == some["tier"] for c in tier)
    mine = alice.get("/clients", params={"manager": some["manager_id"]}).json()["items"]
    assert mine and all(c["manager_id"] == some["manager_id"] for c in mine)
    assert alice.get("/clients/U00000000").status_code == 404


def test_patch_needs_if_match_and_refuses_stale(
    sandbox: SandboxServer, api_as: Callable[[str], Api]
) -> None:
    alice = api_as("alice")
    uid = alice.get("/clients").json()["items"][0]["uid"]
    got = alice.get(f"/clients/{uid}")
    etag = got.headers["ETag"]
    assert etag == f'"{got.json()["version"]}"'
    missing = alice.patch(f"/clients/{uid}", {"notes": "Prefers calls after 18:00."})
    assert missing.status_code == 428
    ok = alice.patch(f"/clients/{uid}", {"notes": "Prefers calls after 18:00.",
                                         "tags": ["otc", "night-owl"]},
                     headers={"If-Match": etag})
    assert ok.status_code == 200, ok.text
    assert ok.json()["version"] == got.json()["version"] + 1
    assert ok.headers["ETag"] == f'"{ok.json()["version"]}"'
    assert ok.json()["tags"] == ["otc", "night-owl"]
    stale = alice.patch(f"/clients/{uid}", {"notes": "again"}, headers={"If-Match": etag})
    assert stale.status_code == 412
    assert stale.headers["content-type"].startswith("application/problem+json")
    # The change went out on the feed, at the new version.
    feed = alice.get("/changes", params={"limit": 1000})
    while feed.json()["has_more"]:
        feed = alice.get("/changes", params={"limit": 1000,
                                             "cursor": feed.json()["next_cursor"]})
    mine = [c for c in feed.json()["changes"] if c["entity"] == "client" and c["id"] == uid]
    assert mine and mine[-1]["version"] == ok.json()["version"]


def test_only_allowed_fields_and_manager_by_supervisor(api_as: Callable[[str], Api]) -> None:
    alice, carol = api_as("alice"), api_as("carol")
    client = alice.get("/clients").json()["items"][1]
    uid, etag = client["uid"], f'"{client["version"]}"'
    r = alice.patch(f"/clients/{uid}", {"tier": "VIP10"}, headers={"If-Match": etag})
    assert r.status_code == 422 and r.json()["errors"][0]["field"] == "tier"
    r = alice.patch(f"/clients/{uid}", {"timezone": "Mars/Olympus"}, headers={"If-Match": etag})
    assert r.status_code == 422 and r.json()["errors"] == [
        {"field": "timezone", "message": "not an IANA time zone"}]
    managers = {c["manager_id"] for c in alice.get("/clients").json()["items"]}
    other = sorted(m for m in managers if m != client["manager_id"])[0]
    r = alice.patch(f"/clients/{uid}", {"manager_id": other}, headers={"If-Match": etag})
    assert r.status_code == 403 and "WWW-Authenticate" not in r.headers
    r = carol.patch(f"/clients/{uid}", {"manager_id": "S9999"}, headers={"If-Match": etag})
    assert r.status_code == 422
    r = carol.patch(f"/clients/{uid}", {"manager_id": other, "preferred_channel": "phone"},
                    headers={"If-Match": etag})
    assert r.status_code == 200, r.text
    assert r.json()["manager_id"] == other and r.json()["preferred_channel"] == "phone"


def test_assets_with_their_precision(api_as: Callable[[str], Api]) -> None:
    page = api_as("bob").get("/assets").json()
    precision = {a["symbol"]: a["precision"] for a in page["items"]}
    assert precision == {"BTC": 8, "ETH": 18, "USDT": 6, "USDC": 6, "SOL": 9, "TRX": 6,
                         "USD": 2}
    assert all(isinstance(a["usd_price"], str) for a in page["items"])
    assert page["has_more"] is False
