"""``vipclient`` / ``python -m vipclient``: start VIP Desk.

    vipclient                 sign in to the configured server
    vipclient --demo          an in-process sandbox with demo data, signed in as alice
    vipclient --server URL    sign in to another server (unless IT pinned one)
    vipclient --profile NAME  separate settings and a separate running instance
    vipclient --version       version, commit, Python and Qt
    vipclient --self-test [--cache FILE]
                              check this build on this machine (no display needed)
    vipclient audit verify FILE.jsonl [--pin PIN.json] [--update-pin]
                              verify an exported audit chain (no display, no sign-in)
"""

from __future__ import annotations

import argparse
import signal
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from vipclient import __version__


def parse_args(argv: Sequence[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="vipclient", description="VIP Desk")
    parser.add_argument("--demo", action="store_true", help="run against a built-in sandbox")
    parser.add_argument("--demo-clients", type=int, default=200, metavar="N",
                        help="size of the demo book (default 200)")
    parser.add_argument("--server", metavar="URL", help="the platform's address")
    parser.add_argument("--profile", metavar="NAME", help="a separate settings profile")
    parser.add_argument("--version", action="store_true",
                        help="print the version, the build's commit, Python's and Qt's")
    parser.add_argument("--self-test", action="store_true",
                        help="check this build on this machine, offscreen, against a "
                             "built-in sandbox, and exit (0: all passed)")
    parser.add_argument("--cache", metavar="FILE", type=Path,
                        help="with --self-test: also open a copy of this cache file")
    args = parser.parse_args(argv)
    if args.cache is not None and not args.self_test:
        parser.error("--cache is for --self-test")
    return args


def main(argv: Sequence[str] | None = None) -> int:
    if getattr(sys, "frozen", False):
        # A frozen app's child processes (the first sync's feed reader) start this same
        # executable; this runs the child's work instead of a second app. Only a frozen app
        # needs it, and importing multiprocessing costs a start from a checkout 9 ms.
        import multiprocessing

        multiprocessing.freeze_support()
    given = list(sys.argv[1:] if argv is None else argv)
    if given[:1] == ["audit"]:
        from vipclient import audit_cli

        return audit_cli.main(given[1:])
    args = parse_args(given)
    if args.version:
        from vipclient.version import describe

        print(describe())
        return 0
    if args.self_test:
        from vipclient import selftest

        return selftest.run(cache=args.cache)
    warm = None
    if not args.demo:
        # A kept session's first screen is read while Qt loads (warm_start.py).
        from vipclient.settings import DEFAULT_PROFILE, settings_path
        from vipclient.warm_start import WarmStart

        warm = WarmStart(settings_path(args.profile or DEFAULT_PROFILE), args.server).start()
    # Qt is imported only once the arguments are known: --version and --help need no display.
    from PySide6.QtWidgets import QApplication

    from vipclient.app import Options, VipDesk
    from vipclient.gui.single_instance import ask_running_instance
    from vipclient.gui.translations import install_translators

    options = Options(
        demo=args.demo, server=args.server, profile=args.profile, demo_clients=args.demo_clients
    )
    qapp = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(qapp, QApplication)
    qapp.setApplicationName("VIP Desk")
    qapp.setOrganizationName("VIP Desk")
    qapp.setApplicationVersion(__version__)
    qapp.setDesktopFileName("vipclient")
    if ask_running_instance(options.profile_name):
        print("VIP Desk is already running for this profile; it was brought to the front.")
        return 0
    desk = VipDesk(qapp, options, warm=warm)
    install_translators(qapp, desk.settings.language)
    _quit_on_signals(desk.quit)
    desk.start()
    return int(qapp.exec())


def _quit_on_signals(quit_app: Callable[[], None]) -> None:
    """Ctrl+C in the terminal and SIGTERM quit as cleanly as File → Quit.

    Python runs signal handlers only between bytecodes; while Qt waits for events no Python
    code runs, so a short timer lets the interpreter look at pending signals.
    """
    from PySide6.QtCore import QTimer

    def handler(_signum: int, _frame: object) -> None:
        QTimer.singleShot(0, quit_app)

    signal.signal(signal.SIGINT, handler)
    signal.signal(signal.SIGTERM, handler)
    timer = QTimer()
    timer.setInterval(250)
    timer.timeout.connect(lambda: None)
    timer.start()
    _keep.append(timer)


_keep: list[object] = []


if __name__ == "__main__":
    sys.exit(main())
