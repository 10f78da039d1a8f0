"""The frozen bundle's entry point: the same ``main()`` as ``vipclient`` and ``python -m
vipclient`` (it calls ``multiprocessing.freeze_support()`` first, for the feed reader's child)."""

import sys

from vipclient.__main__ import main

if __name__ == "__main__":
    sys.exit(main())
