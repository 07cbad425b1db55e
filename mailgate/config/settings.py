"""Settings, read once from config.toml (plus the environment) into frozen typed objects.

Every missing or wrong value raises ConfigError naming the key and the file, so that a
start-up failure says exactly what to fix.
"""

from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from digest.notices.tiers import TierPolicy
from mailgate.config.outgoing import (
    Digest,
    Members,
    Notices,
    read_digest,
    read_members,
    read_notices,
    read_tiers,
)
from mailgate.config.table import Table
from mailgate.errors import ConfigError
from portal.settings import PortalSettings, read_portal

URGENCIES = ("red", "yellow", "green")


@dataclass(frozen=True)
class Gateway:
    host: str
    port: int
    domain: str
    max_message_size: int
    reports: str
    requests: str
    bounces: str
    display_name: str
    acceptors: int       # acceptor processes sharing the port (SO_REUSEPORT)


@dataclass(frozen=True)
class Store:
    url: str


@dataclass(frozen=True)
class Delivery:
    kind: str  # "maildir" or "smtp"
    maildir: Path | None
    host: str
    port: int
    starttls: bool
    username: str | None
    password: str | None
    connections: int
    max_attempts: int
    retry_base_seconds: float
    timeout_seconds: float


@dataclass(frozen=True)
class Moderation:
    moderators: tuple[str, ...]
    admins: tuple[str, ...]
    max_hold_days: int
    default_urgency: str
    trusted_authserv_id: str | None
    red_escalation_minutes: int
    correction_days: int   # how long a publication's confirmation can correct or retract it


@dataclass(frozen=True)
class Workers:
    threads: int
    poll_seconds: float
    lease_seconds: float
    max_attempts: int    # failed or timed-out attempts before a row is quarantined
    row_seconds: float   # one attempt at an inbound row may take this long


@dataclass(frozen=True)
class Intake:
    replies_per_sender_per_day: int
    messages_per_sender_per_minute: int  # more from one envelope sender is answered 451
    # abuse branch: floods across senders
    messages_per_client_per_minute: int  # per client IP address; 0: no limit
    max_recipients: int                  # RCPT TO per transaction; more are answered 452
    replies_per_moderator_per_day: int   # answers to moderators and admins (not strangers)
    stranger_reports_per_hour: int       # above this, non-member reports are batched
    batch_minutes: int                   # how often moderators get the list of batched ones
    applications_per_hour: int           # join applications in total; more are recorded only
    spam_header: str                     # the trusted relay's spam verdict: header name ...
    spam_value: str                      # ... and the value that means spam


@dataclass(frozen=True)
class Retention:
    raw_days: int        # raw mail, unmasked text, findings, attachments: days after decision
    rejected_days: int   # rejected reports: days after the decision
    portal_audit_days: int = 365   # the portal's login audit rows: days after the attempt


@dataclass(frozen=True)
class Imap:
    host: str
    port: int
    tls: bool
    user: str
    password: str
    folder: str
    processed_folder: str
    poll_seconds: float


@dataclass(frozen=True)
class Settings:
    source: str
    base_dir: Path
    gateway: Gateway
    store: Store
    delivery: Delivery
    moderation: Moderation
    workers: Workers
    intake: Intake
    retention: Retention
    imap: Imap | None
    tiers: TierPolicy
    digest: Digest
    members: Members
    portal: PortalSettings
    notices: Notices

    def address(self, local: str) -> str:
        return f"{local}@{self.gateway.domain}"


def find_config(explicit: str | None) -> Path | None:
    """The file chosen by --config, else VSN_CONFIG, else ./config.toml if present."""
    chosen = explicit or os.environ.get("VSN_CONFIG")
    if chosen:
        return Path(chosen)
    default = Path("config.toml")
    return default if default.is_file() else None


def load(path: Path | None) -> Settings:
    if path is None:
        return from_mapping({}, source="<embedded defaults>", base_dir=Path.cwd())
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ConfigError(str(path), "(file)", "no such file") from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(str(path), "(syntax)", str(exc)) from None
    return from_mapping(data, source=str(path), base_dir=path.resolve().parent)


def from_mapping(data: dict[str, Any], *, source: str, base_dir: Path) -> Settings:
    root = Table(data, source, "")
    known = {"gateway", "store", "delivery", "moderation", "workers", "intake", "imap",
             "digest", "tiers", "retention", "members", "portal", "notices"}
    root.reject_unknown(known)
    return Settings(
        source=source,
        base_dir=base_dir,
        gateway=_gateway(root.table("gateway")),
        store=_store(root.table("store"), base_dir),
        delivery=_delivery(root.table("delivery"), base_dir),
        moderation=_moderation(root.table("moderation")),
        workers=_workers(root.table("workers")),
        intake=_intake(root.table("intake")),
        retention=_retention(root.table("retention")),
        imap=_imap(root.table("imap")) if "imap" in data else None,
        tiers=read_tiers(root.table("tiers")),
        digest=read_digest(root.table("digest")),
        members=read_members(root.table("members")),
        portal=read_portal(root.table("portal")),
        notices=read_notices(root.table("notices")),
    )


def _gateway(t: Table) -> Gateway:
    t.reject_unknown({"listen", "domain", "max_message_size", "reports", "requests", "bounces",
                      "display_name", "acceptors"})
    listen = t.text("listen", "127.0.0.1:8025")
    host, sep, port = listen.rpartition(":")
    if not sep or not port.isdigit() or not host:
        raise t.error("listen", f"expected HOST:PORT, got {listen!r}")
    domain = t.text("domain", "vsn.example.se").lower()
    if "@" in domain or "." not in domain:
        raise t.error("domain", f"expected a mail domain such as vsn.example.se, got {domain!r}")
    return Gateway(
        host=host.strip("[]"), port=int(port), domain=domain,
        max_message_size=t.integer("max_message_size", 25 * 1024 * 1024, minimum=1024),
        reports=t.local_part("reports", "vsn"),
        requests=t.local_part("requests", "vsn-request"),
        bounces=t.local_part("bounces", "vsn-bounces"),
        display_name=t.text("display_name", "VSN Varningssystem Narkotika"),
        acceptors=t.integer("acceptors", 1, minimum=1),
    )


def _intake(t: Table) -> Intake:
    t.reject_unknown({"replies_per_sender_per_day", "messages_per_sender_per_minute",
                      "messages_per_client_per_minute", "max_recipients",
                      "replies_per_moderator_per_day", "stranger_reports_per_hour",
                      "batch_minutes", "applications_per_hour", "spam_header", "spam_value"})
    header = t.text("spam_header", "X-Spam-Flag")
    if header and not header.replace("-", "").isalnum():
        raise t.error("spam_header", f"expected a header name such as X-Spam-Flag, got {header!r}")
    return Intake(
        replies_per_sender_per_day=t.integer("replies_per_sender_per_day", 10, minimum=1),
        messages_per_sender_per_minute=t.integer("messages_per_sender_per_minute", 120, minimum=1),
        messages_per_client_per_minute=t.integer("messages_per_client_per_minute", 600,
                                                 minimum=0),
        max_recipients=t.integer("max_recipients", 50, minimum=1),
        replies_per_moderator_per_day=t.integer("replies_per_moderator_per_day", 200,
                                                minimum=1),
        stranger_reports_per_hour=t.integer("stranger_reports_per_hour", 20, minimum=1),
        batch_minutes=t.integer("batch_minutes", 15, minimum=1),
        applications_per_hour=t.integer("applications_per_hour", 20, minimum=1),
        spam_header=header,
        spam_value=t.text("spam_value", "YES"),
    )


def _retention(t: Table) -> Retention:
    t.reject_unknown({"raw_days", "rejected_days", "portal_audit_days"})
    return Retention(
        raw_days=t.integer("raw_days", 30, minimum=1),
        rejected_days=t.integer("rejected_days", 7, minimum=1),
        portal_audit_days=t.integer("portal_audit_days", 365, minimum=1),
    )


def _store(t: Table, base_dir: Path) -> Store:
    t.reject_unknown({"url"})
    url = t.text("url", "sqlite:///var/vsn.sqlite3")
    if url.startswith("sqlite:///") and not url.startswith("sqlite:////"):
        rest = url.removeprefix("sqlite:///")
        if rest and rest != ":memory:":
            url = "sqlite:///" + str(base_dir / rest)
    elif not url.split("://", 1)[0].startswith(("sqlite", "postgresql")):
        raise t.error("url", f"expected a sqlite:/// or postgresql+psycopg:// URL, got {url!r}")
    return Store(url=url)


def _delivery(t: Table, base_dir: Path) -> Delivery:
    t.reject_unknown({"url", "starttls", "username_env", "password_env", "connections",
                      "max_attempts", "retry_base_seconds", "timeout_seconds"})
    url = t.text("url", "maildir://var/outbox")
    parts = urlsplit(url)
    maildir: Path | None = None
    if parts.scheme == "maildir":
        raw = url.removeprefix("maildir://")
        if not raw:
            raise t.error("url", "maildir:// needs a folder, e.g. maildir://var/outbox")
        maildir = Path(raw) if raw.startswith("/") else base_dir / raw
    elif parts.scheme != "smtp" or not parts.hostname:
        raise t.error("url", f"expected maildir://PATH or smtp://HOST:PORT, got {url!r}")
    user_env = t.text("username_env", "VSN_SMTP_USERNAME")
    pass_env = t.text("password_env", "VSN_SMTP_PASSWORD")
    return Delivery(
        kind=parts.scheme, maildir=maildir,
        host=parts.hostname or "" if maildir is None else "",
        port=(parts.port or 25) if maildir is None else 0,
        starttls=t.flag("starttls", False),
        username=os.environ.get(user_env) or None,
        password=os.environ.get(pass_env) or None,
        connections=t.integer("connections", 4, minimum=1),
        max_attempts=t.integer("max_attempts", 12, minimum=1),
        retry_base_seconds=t.number("retry_base_seconds", 30.0),
        timeout_seconds=t.number("timeout_seconds", 30.0),
    )


def _moderation(t: Table) -> Moderation:
    t.reject_unknown({"moderators", "admins", "max_hold_days", "default_urgency",
                      "trusted_authserv_id", "red_escalation_minutes", "correction_days"})
    moderators = t.addresses("moderators", ["moderator@vsn.example.se"])
    if not moderators:
        raise t.error("moderators", "at least one moderator address is needed")
    urgency = t.text("default_urgency", "yellow")
    if urgency not in URGENCIES:
        raise t.error("default_urgency", f"expected one of {', '.join(URGENCIES)}")
    authserv = t.text("trusted_authserv_id", "")
    return Moderation(
        moderators=tuple(moderators),
        admins=tuple(t.addresses("admins", [])),
        max_hold_days=t.integer("max_hold_days", 14, minimum=1),
        default_urgency=urgency,
        trusted_authserv_id=authserv or None,
        red_escalation_minutes=t.integer("red_escalation_minutes", 15, minimum=1),
        correction_days=t.integer("correction_days", 90, minimum=1),
    )


def _workers(t: Table) -> Workers:
    t.reject_unknown({"threads", "poll_seconds", "lease_seconds", "max_attempts",
                      "row_seconds"})
    return Workers(
        threads=t.integer("threads", 4, minimum=1),
        poll_seconds=t.number("poll_seconds", 1.0),
        lease_seconds=t.number("lease_seconds", 300.0),
        max_attempts=t.integer("max_attempts", 3, minimum=1),
        row_seconds=t.number("row_seconds", 120.0),
    )


def _imap(t: Table) -> Imap:
    t.reject_unknown({"host", "port", "tls", "user", "password_env", "folder",
                      "processed_folder", "poll_seconds"})
    tls = t.flag("tls", True)
    password_env = t.text("password_env", "VSN_IMAP_PASSWORD")
    return Imap(
        host=t.required_text("host"),
        port=t.integer("port", 993 if tls else 143, minimum=1),
        tls=tls,
        user=t.required_text("user"),
        password=os.environ.get(password_env, ""),
        folder=t.text("folder", "INBOX"),
        processed_folder=t.text("processed_folder", "INBOX.processed"),
        poll_seconds=t.number("poll_seconds", 30.0),
    )

