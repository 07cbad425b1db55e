"""`vsn doctor`: is this installation able to run, and if not, what to do about it.

One line per check, `ok` or `FEL`, in words an operator can act on. Nothing is changed:
no schema is created, no mail is sent, no message is moved. The checks, in order:

    configuration   the file loads (a wrong key is named with its file)
    database        it answers; its schema is at the newest migration
    storage         var/, the SQLite files and the Maildir are writable, with disk to spare
    relay           SMTP relay: connect, EHLO, STARTTLS and login when configured, NOOP
    mailbox         IMAP (when configured): login, the folder, the processed folder
    people          moderators and admins are configured
    port            the SMTP port is free, or held by a running vsn serve
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from mailgate.config import settings as settings_mod
from mailgate.config.settings import Settings
from mailgate.doctor.database import check_database, check_storage
from mailgate.doctor.network import check_mailbox, check_port, check_relay
from mailgate.doctor.result import Result
from mailgate.errors import ConfigError

__all__ = ["CHECKS", "Result", "diagnose", "report"]

Check = Callable[[Settings], Result]


@dataclass(frozen=True)
class Named:
    name: str
    run: Check


def check_people(settings: Settings) -> Result:
    m = settings.moderation
    moderators = _count(len(m.moderators), "moderator")
    if not m.admins:
        return Result.bad("people", f"{moderators} but no admins: nobody is told of red "
                                    "escalations, IMAP failures or join applications; add "
                                    "addresses to [moderation] admins")
    return Result.good("people", f"{moderators}, {_count(len(m.admins), 'admin')}")


def _count(n: int, word: str) -> str:
    return f"{n} {word}{'' if n == 1 else 's'}"


CHECKS: tuple[Named, ...] = (
    Named("database", check_database),
    Named("storage", check_storage),
    Named("relay", check_relay),
    Named("mailbox", check_mailbox),
    Named("people", check_people),
    Named("port", check_port),
)


def diagnose(config: str | None) -> list[Result]:
    """Every check's result; a configuration that does not load is the only one then."""
    path = settings_mod.find_config(config)
    try:
        settings = settings_mod.load(path)
    except ConfigError as exc:
        return [Result.bad("configuration", f"{exc}; correct it and run vsn doctor again")]
    results = [Result.good("configuration", f"{_shown(path)} loaded")]
    for check in CHECKS:
        try:
            results.append(check.run(settings))
        except Exception as exc:  # a check that breaks is itself a finding, not a crash
            results.append(Result.bad(check.name, f"could not be checked "
                                                  f"({type(exc).__name__})"))
    return results


def report(results: list[Result]) -> list[str]:
    return [f"{'ok ' if r.ok else 'FEL'}  {r.name}: {r.says}" for r in results]


def _shown(path: Path | None) -> str:
    return str(path) if path is not None else "no config file: the embedded defaults"
