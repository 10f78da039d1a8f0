#!/usr/bin/env bash
# Creates the virtual environment and installs VIP Desk with its development tools.
set -euo pipefail
python=${1:-python3}
venv=${2:-.venv}
if ! "$python" -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; then
    echo "VIP Desk needs Python 3.11 or newer; '$python' is $("$python" --version 2>&1)." >&2
    exit 1
fi
if [ ! -x "$venv/bin/python" ]; then
    if ! "$python" -m venv "$venv" 2>/dev/null; then
        # Debian's python3 ships venv separately.
        if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
            apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq python3-venv >/dev/null
            rm -rf "$venv"; "$python" -m venv "$venv"
        else
            echo "Cannot create a virtual environment: install python3-venv (sudo apt-get install python3-venv)." >&2
            exit 1
        fi
    fi
fi
"$venv/bin/python" -m pip install -q --upgrade pip
# Exactly the versions the suite was run with: the lock (make lock refreshes it), every file
# checked against its hash. The app itself goes in on top, with nothing more.
"$venv/bin/python" -m pip install -q --require-hashes -r requirements/dev.txt
"$venv/bin/python" -m pip install -q --no-deps --no-build-isolation -e .
# A virtual environment set up before the lock changed keeps what the lock no longer names:
# take it out, so the environment is the lock and nothing else (what pip-sync does).
"$venv/bin/python" - <<'PY'
import re, subprocess, sys
from importlib.metadata import distributions
locked = {re.sub(r"[-_.]+", "-", line.split("==")[0]).lower()
          for line in open("requirements/dev.txt") if "==" in line and not line.startswith("#")}
keep = locked | {"pip", "vipclient"}
extra = sorted({re.sub(r"[-_.]+", "-", d.metadata["Name"]).lower() for d in distributions()} - keep)
if extra:
    subprocess.run([sys.executable, "-m", "pip", "uninstall", "-q", "-y", *extra], check=True)
PY
# pip compiles an installed wheel's modules, not an editable checkout's: compile them now, or
# with PYTHONDONTWRITEBYTECODE set every start would compile the whole app again.
"$venv/bin/python" -m compileall -q vipclient >/dev/null
echo "virtual environment ready in $venv"
