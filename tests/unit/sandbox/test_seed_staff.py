"""The five demo staff of the contract: roles, stable ids, deterministic secrets."""

from __future__ import annotations

import base64

import pyotp

from vipclient.sandbox.seed import STAFF_FIELDS, demo_staff


def test_the_five_demo_staff_with_their_roles() -> None:
    staff = demo_staff(7)
    assert [(s["username"], s["roles"]) for s in staff] == [
        ("alice", ["account_manager"]),
        ("bob", ["account_manager"]),
        ("carol", ["supervisor"]),
        ("dave", ["security_officer"]),
        ("erin", ["security_officer"]),
    ]
    for s in staff:
        assert tuple(s) == STAFF_FIELDS
        assert s["display_name"] and s["languages"] and "en" in s["languages"]
    assert len({s["id"] for s in staff}) == 5


def test_same_seed_same_secrets_other_seed_other_secrets() -> None:
    assert demo_staff(7) == demo_staff(7)
    a, b = demo_staff(7), demo_staff(8)
    assert [s["id"] for s in a] == [s["id"] for s in b]  # ids are stable across seeds
    assert all(x["password"] != y["password"] for x, y in zip(a, b, strict=True))
    assert all(x["totp_secret"] != y["totp_secret"] for x, y in zip(a, b, strict=True))


def test_secrets_are_base32_for_pyotp_and_passwords_are_strong_enough() -> None:
    for s in demo_staff(11):
        secret = s["totp_secret"]
        assert len(base64.b32decode(secret)) == 20  # 160 bits, RFC 4226's recommendation
        code = pyotp.TOTP(secret).now()
        assert len(code) == 6 and code.isdigit()
        assert len(s["password"]) >= 12


def test_staff_do_not_depend_on_the_global_random_generator() -> None:
    import random

    random.seed(1)
    first = demo_staff(5)
    random.seed(2)
    assert demo_staff(5) == first
