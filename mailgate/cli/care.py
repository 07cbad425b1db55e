"""Operator subcommands for care of the service: doctor, purge, ref."""

from __future__ import annotations

import argparse

from mailgate.config.settings import Settings


def add_care_commands(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    doctor = sub.add_parser("doctor", help="check configuration, database, disk, relay, "
                                           "mailbox and port; say what is wrong")
    # Runs before the settings are loaded: a bad configuration is one of its findings.
    doctor.set_defaults(func=_doctor)
    purge = sub.add_parser("purge", help="delete personal data past its [retention] time")
    purge.add_argument("--dry-run", action="store_true",
                       help="count what would be deleted; change nothing")
    purge.set_defaults(run=_purge)
    ref = sub.add_parser("ref", help="the reference that stands for an address in logs "
                                     "and audit rows")
    ref.add_argument("addresses", nargs="+")
    ref.set_defaults(func=_ref)


def _doctor(args: argparse.Namespace) -> int:
    from mailgate.doctor.diagnose import diagnose, report

    results = diagnose(args.config)
    for line in report(results):
        print(line)
    return 0 if all(r.ok for r in results) else 1


def _purge(args: argparse.Namespace, settings: Settings) -> int:
    from mailgate.service.retention import purge
    from store.db import engine_at

    with engine_at(settings.store.url, schema=True) as engine:
        counts = purge(engine, settings.retention, dry_run=args.dry_run)
    r = settings.retention
    print(f"{'would delete (dry run)' if args.dry_run else 'deleted'}: raw data "
          f"{r.raw_days} days after the decision, rejected reports after {r.rejected_days}")
    for line in counts.lines():
        print(f"  {line}")
    return 0


def _ref(args: argparse.Namespace) -> int:
    from mailgate.privacy import ref

    for address in args.addresses:
        print(f"{ref(address)}\t{address}")
    return 0
