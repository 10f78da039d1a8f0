"""``vipclient`` / ``python -m vipclient``: start VIP Desk.

    vipclient                 sign in to the configured server
    vipclient --demo          an in-process sandbox with demo data, signed in as alice
    vipclient --server URL    sign in to another server (unless IT pinned one)
    vipclient --profile NAME  separate settings and a separate running instance
    vipclient --version
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from vipclient import __version__


def parse_args(argv: Sequence[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="vipclient", description="VIP Desk")
    parser.add_argument("--demo", action="store_true", help="run against a built-in sandbox")
    parser.add_argument("--demo-clients", type=int, default=200, metavar="N",
                        help="size of the demo book (default 200)")
    parser.add_argument("--server", metavar="URL", help="the platform's address")
    parser.add_argument("--profile", metavar="NAME", help="a separate settings profile")
    parser.add_argument("--version", action="version", version=f"VIP Desk {__version__}")
    return parser.parse_args(argv)


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
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
    from vipclient.gui.icon import app_icon

    qapp.setWindowIcon(app_icon())
    if ask_running_instance(options.profile_name):
        print("VIP Desk is already running for this profile; it was brought to the front.")
        return 0
    desk = VipDesk(qapp, options)
    install_translators(qapp, desk.settings.language)
    desk.start()
    return int(qapp.exec())


if __name__ == "__main__":
    sys.exit(main())
