"""Writes build/build_info.json for a packaged build: version, commit, its date, and the
sections the build must show (those whose module is in the tree). The bundle carries it as
vipclient/build_info.json (vipclient/version.py reads it; --self-test checks the sections).

    python scripts/build_info.py [OUT]      # from the checkout's root; any OS
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from vipclient import __version__  # noqa: E402
from vipclient.selftest import sections_in_tree  # noqa: E402
from vipclient.version import git_commit  # noqa: E402


def main(out: Path) -> None:
    commit, date = git_commit(ROOT)
    info = {"version": __version__, "commit": commit, "commit_date": date,
            "sections": sections_in_tree(ROOT / "vipclient")}
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(info, indent=2, sort_keys=True) + "\n", encoding="utf-8")
    print(f"building VIP Desk {__version__} from {commit}: sections {', '.join(info['sections'])}")


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "build" / "build_info.json")
