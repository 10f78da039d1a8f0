"""Same seed and ``now`` → the same book, record for record; another seed → another book."""

from __future__ import annotations

import random
from datetime import timedelta

from tests.support.sandbox_seed import NOW, book, by_entity
from vipclient.sandbox.seed import demo_staff, generate


def test_same_seed_same_records() -> None:
    random.seed(123)  # the global generator must play no part
    first = list(generate(7, 60, NOW, demo_staff(7)))
    random.seed(456)
    second = list(generate(7, 60, NOW, demo_staff(7)))
    assert first == second
    assert book(7, 200) == tuple(generate(7, 200, NOW, demo_staff(7)))


def test_different_seed_different_book() -> None:
    a = by_entity(book(7, 200))
    b = by_entity(book(8, 200))
    names_a = [c["display_name"] for c in a["client"]]
    names_b = [c["display_name"] for c in b["client"]]
    assert names_a != names_b
    assert [t["subject"] for t in a["ticket"][:50]] != [t["subject"] for t in b["ticket"][:50]]


def test_times_follow_now() -> None:
    later = NOW + timedelta(days=3)
    a = by_entity(book(7, 30))
    b = by_entity(tuple(generate(7, 30, later, demo_staff(7))))
    # The same story, three days later: every timestamp moves with ``now``.
    assert [t["subject"] for t in a["ticket"]] == [t["subject"] for t in b["ticket"]]
    assert a["ticket"][0]["created_at"] != b["ticket"][0]["created_at"]
    assert all(t["created_at"] < "2026-11-28T08:00:01Z" for t in b["ticket"])
    assert max(t["updated_at"] for t in b["ticket"]) > "2026-11-25T08:00:00Z"


def test_same_book_in_another_process_with_another_hash_seed() -> None:
    """Nothing depends on set order or string hashing: a fresh interpreter with a different
    ``PYTHONHASHSEED`` produces the very same records."""
    import hashlib
    import json
    import os
    import subprocess
    import sys
    from pathlib import Path

    code = (
        "import hashlib, json\n"
        "from tests.support.sandbox_seed import book\n"
        "print(hashlib.sha256(json.dumps(book(7, 40), ensure_ascii=False)"
        ".encode()).hexdigest())\n"
    )
    root = Path(__file__).resolve().parents[3]
    digests = set()
    for hash_seed in ("1", "987"):
        env = {**os.environ, "PYTHONHASHSEED": hash_seed}
        out = subprocess.run([sys.executable, "-c", code], cwd=root, env=env, check=True,
                             capture_output=True, text=True, timeout=120)
        digests.add(out.stdout.strip())
    here = hashlib.sha256(json.dumps(book(7, 40), ensure_ascii=False).encode()).hexdigest()
    assert digests == {here}
