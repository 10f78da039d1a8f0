"""``python -m vipclient.sandbox`` — the same as ``vipclient-sandbox``."""

import sys

from vipclient.sandbox.cli import main

sys.exit(main())
