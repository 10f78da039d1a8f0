"""A separate VIP Desk process that pushes a cache's outbox until it is empty.

Used by the crash test: it is SIGKILLed half-way and started again. It signs in as a person
would in demo mode (password plus the sandbox's current TOTP code); tokens are not shared
between the runs.

    python push_worker.py BASE_URL CACHE_PATH USERNAME
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(ROOT))
os.environ["PYTHON_KEYRING_BACKEND"] = "tests.support.memory_keyring.MemoryKeyring"


def main() -> int:
    from tests.support.sync import FAST, sign_in
    from vipclient.store import outbox as ob
    from vipclient.store.cache import Cache
    from vipclient.sync.engine import SyncEngine

    base_url, path, username = sys.argv[1:4]
    api = sign_in(base_url, username)
    cache = Cache.open(path)
    engine = SyncEngine(cache, api, **FAST)
    engine.start()
    print("pushing", flush=True)
    try:
        while True:
            with cache.read_session() as s:
                unsent, _problems = ob.counts(s)
            if unsent == 0:
                break
            time.sleep(0.05)
    finally:
        engine.stop()
        cache.close()
    print("drained", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
