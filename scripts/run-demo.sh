#!/usr/bin/env bash
# Starts VIP Desk on the embedded sandbox with demo data, signed in as the demo account manager.
set -euo pipefail
py=${1:-.venv/bin/python}
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ] && [ "$(uname)" = Linux ]; then
    if command -v xvfb-run >/dev/null; then
        echo "No display found: starting VIP Desk on a virtual screen (Xvfb)."
        echo "Nothing will appear here; 'make screenshots' saves pictures of the screens instead."
        exec xvfb-run -a -s "-screen 0 1600x1000x24" "$py" -m vipclient --demo
    fi
    echo "No display found and xvfb-run is not installed; run 'make demo' from a desktop session." >&2
    exit 1
fi
exec "$py" -m vipclient --demo
