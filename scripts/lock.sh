#!/usr/bin/env bash
# Refreshes the dependency lock (requirements/*.txt) from the ranges in pyproject.toml:
# the newest versions those ranges admit, each pinned with the hashes of its files on PyPI.
# make demo, make test and the wheel's tests install exactly these; review the diff, run
# make test, commit. pip-tools runs from a throwaway virtual environment.
set -euo pipefail
python=${1:-python3}
only=${2:-}  # "package": refresh requirements/package.txt alone, against the current app.txt
cd "$(dirname "$0")/.."
tools=$(mktemp -d)
trap 'rm -rf "$tools"' EXIT
"$python" -m venv "$tools"
"$tools/bin/pip" install -q pip-tools
compile() {
    # --allow-unsafe pins setuptools too (the editable install builds without isolation);
    # the index and find-links of this machine's pip configuration are not the project's.
    "$tools/bin/pip-compile" -q --upgrade --generate-hashes --allow-unsafe --strip-extras \
        --no-emit-index-url --no-emit-find-links "$@" pyproject.toml
}
if [ "$only" != package ]; then
    compile -o requirements/app.txt
    compile --extra dev -o requirements/dev.txt
fi
# The packaging build's environment: exactly the app's pins (the bundle ships what the tests
# ran with) plus PyInstaller and what it needs.
compile --extra package -c requirements/app.txt -o requirements/package.txt
echo "requirements/{app,dev,package}.txt refreshed; review the diff and run make test"
