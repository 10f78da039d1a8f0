"""How long a 2,000-client book takes to generate (printed; the perf bench has 10,000)."""

from __future__ import annotations

import time
from collections import Counter

from tests.support.sandbox_seed import NOW
from vipclient.sandbox.seed import demo_staff, generate


def test_generate_2000_clients_timing() -> None:
    started = time.perf_counter()
    counts = Counter(entity for entity, _record in generate(7, 2000, NOW, demo_staff(7)))
    elapsed = time.perf_counter() - started
    print(f"\ngenerate(2000 clients): {elapsed:.2f} s, {dict(counts)}")
    assert counts["client"] == 2000 and counts["freeze"] == 1
    assert 18_000 <= counts["ticket"] <= 22_000
