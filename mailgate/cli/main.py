"""`vsn`: the operator's command line."""

from __future__ import annotations

import argparse
import logging
import signal
import sys
from collections.abc import Callable

from mailgate.cli.blocks import add_block_commands
from mailgate.cli.care import add_care_commands
from mailgate.cli.events import add_event_commands
from mailgate.cli.members import add_digest_commands, add_member_commands
from mailgate.cli.operations import add_operator_commands
from mailgate.config import settings as settings_mod
from mailgate.config.settings import Settings
from mailgate.errors import ConfigError
from mailgate.privacy import configure_logging
from store.db import DatabaseUnavailable

Run = Callable[[argparse.Namespace, Settings], int]


def _serve(args: argparse.Namespace, settings: Settings) -> int:
    from mailgate.service.app import Service

    service = Service(settings)
    stop = service.stopped

    def _on_signal(signum: int, _frame: object) -> None:
        logging.getLogger("vsn").info("signal %d: stopping", signum)
        stop.set()

    signal.signal(signal.SIGTERM, _on_signal)
    signal.signal(signal.SIGINT, _on_signal)
    service.start()
    out = settings.delivery.maildir or f"smtp://{settings.delivery.host}:{settings.delivery.port}"
    print(f"vsn: serving reports to {settings.address(settings.gateway.reports)} on "
          f"{settings.gateway.host}:{settings.gateway.port}; outgoing mail to {out}",
          file=sys.stderr, flush=True)
    stop.wait()
    service.stop()
    if service.failed:
        print("vsn: the SMTP acceptor process died; stopped", file=sys.stderr)
        return 1
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="vsn", description="VSN mail gateway")
    parser.add_argument("--config", help="config file (default: $VSN_CONFIG or ./config.toml)")
    parser.add_argument("-v", "--verbose", action="store_true", help="debug logging")
    sub = parser.add_subparsers(dest="command", required=True)
    serve = sub.add_parser("serve", help="run the SMTP gateway and the workers")
    serve.set_defaults(run=_serve)
    add_operator_commands(sub)
    add_member_commands(sub)
    add_digest_commands(sub)
    add_care_commands(sub)
    add_block_commands(sub)
    add_event_commands(sub)
    from mailgate.scan.cli import add_command as add_scan

    add_scan(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    # Addresses and bodies stay out of logs; third-party loggers are quieted (redact.py).
    configure_logging(verbose=args.verbose)
    if getattr(args, "func", None) is not None:  # commands that need no settings (scan)
        return int(args.func(args))
    try:
        settings = settings_mod.load(settings_mod.find_config(args.config))
    except ConfigError as exc:
        print(f"vsn: configuration error: {exc}", file=sys.stderr)
        return 2
    run: Run = args.run
    try:
        return run(args, settings)
    except DatabaseUnavailable as exc:  # e.g. the schema is newer than this vsn
        print(f"vsn: database: {exc}", file=sys.stderr)
        return 1


