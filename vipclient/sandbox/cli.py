"""``vipclient-sandbox``: serve the sandbox, list the demo staff, show a TOTP code.

    vipclient-sandbox serve --host 127.0.0.1 --port 8765 --db sqlite:// --seed 7 \\
        --clients 200 [--live] [--controls]
    vipclient-sandbox users --json [--seed 7]
    vipclient-sandbox totp alice [--seed 7] [--url http://127.0.0.1:8765]
    vipclient-sandbox openapi [--out docs/openapi.json]
"""

from __future__ import annotations

import argparse
import json
import signal
import sys
import threading
from datetime import UTC, datetime
from typing import Any

import requests

from vipclient.sandbox.auth import totp_code


def _staff(seed: int) -> list[dict[str, Any]]:
    from vipclient.sandbox.server import default_source

    return default_source().demo_staff(seed)


def cmd_serve(args: argparse.Namespace) -> int:
    from vipclient.sandbox.server import SandboxServer

    srv = SandboxServer(
        db_url=args.db, seed=args.seed, clients=args.clients, live=args.live,
        controls=args.controls, host=args.host, port=args.port,
    )
    stop = threading.Event()

    def on_signal(_signum: int, _frame: object) -> None:
        stop.set()

    signal.signal(signal.SIGINT, on_signal)
    signal.signal(signal.SIGTERM, on_signal)
    from vipclient.sandbox.claim import DatabaseInUse
    from vipclient.sandbox.upgrade import CannotUpgrade

    try:
        srv.start()
    except (DatabaseInUse, CannotUpgrade) as exc:
        print(f"vipclient-sandbox: {exc}", file=sys.stderr)
        return 2
    print(f"listening on {srv.base_url}", flush=True)
    try:
        while not stop.wait(0.5):
            pass
    finally:
        srv.stop()
    return 0


def cmd_users(args: argparse.Namespace) -> int:
    staff = _staff(args.seed)
    if args.json:
        print(json.dumps([
            {"id": p["id"], "username": p["username"], "password": p["password"],
             "display_name": p["display_name"], "roles": p["roles"],
             "totp_secret": p["totp_secret"]}
            for p in staff
        ], indent=2, ensure_ascii=False))
    else:
        for p in staff:
            print(f"{p['username']:<8} {p['password']:<24} {','.join(p['roles']):<20} "
                  f"{p['totp_secret']}")
    return 0


def cmd_totp(args: argparse.Namespace) -> int:
    if args.url:
        r = requests.get(f"{args.url.rstrip('/')}/api/v1/_sandbox/totp/{args.username}",
                         timeout=10)
        if r.status_code != 200:
            print(f"the sandbox answered {r.status_code} (is it running with --controls?)",
                  file=sys.stderr)
            return 1
        print(r.json()["code"])
        return 0
    for p in _staff(args.seed):
        if p["username"] == args.username:
            print(totp_code(p["totp_secret"], datetime.now(UTC)))
            return 0
    print(f"no demo staff member {args.username!r}", file=sys.stderr)
    return 1


def cmd_openapi(args: argparse.Namespace) -> int:
    from vipclient.sandbox.openapi import openapi_document

    text = json.dumps(openapi_document(), indent=2, ensure_ascii=False, sort_keys=True) + "\n"
    if args.out:
        with open(args.out, "w", encoding="utf-8") as fh:
            fh.write(text)
    else:
        sys.stdout.write(text)
    return 0


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="vipclient-sandbox",
                                description="The VIP Desk platform sandbox.")
    sub = p.add_subparsers(dest="command", required=True)
    serve = sub.add_parser("serve", help="serve the sandbox API")
    serve.add_argument("--host", default="127.0.0.1")
    serve.add_argument("--port", type=int, default=8765, help="0 picks a free port")
    serve.add_argument("--db", default="sqlite://", help="SQLAlchemy URL (default in-memory)")
    serve.add_argument("--seed", type=int, default=7)
    serve.add_argument("--clients", type=int, default=200)
    serve.add_argument("--live", action="store_true", help="keep creating tickets and replies")
    serve.add_argument("--controls", action="store_true",
                       help="serve /_sandbox/ clock, faults and TOTP controls")
    serve.set_defaults(func=cmd_serve)
    users = sub.add_parser("users", help="the demo staff and their credentials")
    users.add_argument("--json", action="store_true")
    users.add_argument("--seed", type=int, default=7)
    users.set_defaults(func=cmd_users)
    totp = sub.add_parser("totp", help="the current TOTP code of a demo staff member")
    totp.add_argument("username")
    totp.add_argument("--seed", type=int, default=7)
    totp.add_argument("--url", help="ask a running sandbox (its clock may be advanced)")
    totp.set_defaults(func=cmd_totp)
    spec = sub.add_parser("openapi", help="print the OpenAPI document")
    spec.add_argument("--out", help="write it to this file")
    spec.set_defaults(func=cmd_openapi)
    return p


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    return int(args.func(args))


if __name__ == "__main__":
    sys.exit(main())
