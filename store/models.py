"""The rows the service keeps. One table per concept; statuses are the enums in status.py."""

from __future__ import annotations

import secrets
from datetime import datetime

from sqlalchemy import (
    JSON,
    Column,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Text,
    UniqueConstraint,
    text,
)
from sqlmodel import Field, SQLModel

from store.types import UTCDateTime, utcnow


def _when(*, index: bool = False, nullable: bool = False) -> datetime:
    found: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime, index=index,
                            nullable=nullable)
    return found


def _maybe_when(*, index: bool = False) -> datetime | None:
    found: datetime | None = Field(default=None, sa_type=UTCDateTime, index=index,
                                   nullable=True)
    return found


class InboundMail(SQLModel, table=True):
    __tablename__ = "inbound_mail"
    id: int | None = Field(default=None, primary_key=True)
    received_at: datetime = _when(index=True)
    source: str = Field(default="smtp", sa_type=String(16))
    peer: str = Field(default="", sa_type=String(128))
    mail_from: str = Field(default="", sa_type=String(512))
    rcpt_tos: list[str] = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    raw: bytes = Field(sa_column=Column(LargeBinary, nullable=False))
    size: int = 0
    sha256: str = Field(sa_type=String(64), index=True)
    message_id: str | None = Field(default=None, sa_type=String(998), index=True)
    status: str = Field(default="received", sa_type=String(16), index=True)
    kind: str | None = Field(default=None, sa_type=String(16))
    error: str | None = Field(default=None, sa_type=Text)
    attempts: int = 0
    claimed_by: str | None = Field(default=None, sa_type=String(128))
    claimed_at: datetime | None = _maybe_when()
    processed_at: datetime | None = _maybe_when()


class ReferenceCounter(SQLModel, table=True):
    __tablename__ = "reference_counter"
    year: int = Field(primary_key=True, sa_column_kwargs={"autoincrement": False})
    value: int = 0


class Report(SQLModel, table=True):
    __tablename__ = "report"
    id: int | None = Field(default=None, primary_key=True)
    reference: str = Field(sa_type=String(16), unique=True, index=True)
    inbound_id: int = Field(foreign_key="inbound_mail.id", unique=True)
    # Set when this is a member's comment on a published event rather than a new report;
    # comments go through the same scan, hold and review as reports.
    # use_alter: report and event refer to each other; the key is added after both exist.
    event_id: int | None = Field(default=None, sa_column=Column(
        Integer, ForeignKey("event.id", use_alter=True, name="fk_report_event"), index=True))
    sender: str = Field(sa_type=String(512), index=True)
    sender_name: str = Field(default="", sa_type=String(512))
    # The original author when a colleague forwarded the report ("" otherwise).
    forwarded_from: str = Field(default="", sa_type=String(512))
    subject: str = Field(default="", sa_type=Text)
    text: str = Field(default="", sa_type=Text)
    masked_text: str = Field(default="", sa_type=Text)
    urgency: str = Field(sa_type=String(8))
    urgency_given: bool = False
    status: str = Field(default="held", sa_type=String(16), index=True)
    verified: bool = False
    title: str = Field(default="", sa_type=Text)
    created_at: datetime = _when(index=True)
    expires_at: datetime | None = _maybe_when()
    decided_at: datetime | None = _maybe_when()
    # warning-mail: warning parts a moderator set by reply (VAD:, REGION:, RÅD:) before a
    # review again; "" means the proposal from the text stands. Migration 0004.
    what: str = Field(default="", sa_type=Text)
    region: str = Field(default="", sa_type=String(128))
    advice: str = Field(default="", sa_type=Text)


class FindingRow(SQLModel, table=True):
    __tablename__ = "finding"
    id: int | None = Field(default=None, primary_key=True)
    report_id: int = Field(foreign_key="report.id", index=True)
    number: int
    type: str = Field(sa_type=String(32))
    start: int
    end: int
    score: float
    recognizer: str = Field(default="", sa_type=String(64))
    text: str = Field(default="", sa_type=Text)


class Attachment(SQLModel, table=True):
    __tablename__ = "attachment"
    id: int | None = Field(default=None, primary_key=True)
    report_id: int = Field(foreign_key="report.id", index=True)
    filename: str = Field(default="", sa_type=Text)
    content_type: str = Field(default="application/octet-stream", sa_type=String(255))
    size: int = 0
    data: bytes = Field(default=b"", sa_column=Column(LargeBinary, nullable=False))


class Token(SQLModel, table=True):
    __tablename__ = "token"
    id: int | None = Field(default=None, primary_key=True)
    digest: str = Field(sa_type=String(64), unique=True, index=True)
    purpose: str = Field(sa_type=String(16))
    object_id: int = Field(index=True)
    person: str = Field(sa_type=String(512))
    created_at: datetime = _when()
    expires_at: datetime | None = _maybe_when()
    used_at: datetime | None = _maybe_when()
    # Set when a newer mail replaced the one this token was sent in (e.g. an edited text
    # re-reviewed: the old finding numbers no longer apply).
    revoked_at: datetime | None = _maybe_when()


class Decision(SQLModel, table=True):
    """Audit row: every decision attempt, refused ones included."""

    __tablename__ = "decision"
    id: int | None = Field(default=None, primary_key=True)
    report_id: int | None = Field(default=None, foreign_key="report.id", index=True)
    actor: str = Field(default="", sa_type=String(512))
    at: datetime = _when(index=True)
    action: str = Field(sa_type=String(32))
    detail: str = Field(default="", sa_type=Text)
    inbound_id: int | None = Field(default=None, foreign_key="inbound_mail.id")
    accepted: bool = False
    reason: str = Field(default="", sa_type=Text)


class Event(SQLModel, table=True):
    __tablename__ = "event"
    # The portal's list (newest published first, counted) and its region choices are read
    # from these indexes alone, not from the rows with their text.
    __table_args__ = (Index("ix_event_status_published_at", "status", "published_at"),
                      Index("ix_event_status_region", "status", "region"))
    id: int | None = Field(default=None, primary_key=True)
    report_id: int = Field(foreign_key="report.id", unique=True)
    reference: str = Field(sa_type=String(16), index=True)
    title: str = Field(default="", sa_type=Text)
    text: str = Field(default="", sa_type=Text)
    urgency: str = Field(sa_type=String(8))
    verified: bool = False
    region: str = Field(default="", sa_type=String(128))
    status: str = Field(default="published", sa_type=String(16))
    published_at: datetime = _when(index=True)
    # Set by corrections and retractions; the weekly digest lists what changed in its week.
    updated_at: datetime | None = _maybe_when(index=True)
    retracted_at: datetime | None = _maybe_when(index=True)
    # warning-mail: the warning's parts beside title (headline), region (where) and
    # verified: what (substance, product, marking) and advice ("Vad du kan göra").
    what: str = Field(default="", sa_type=Text)
    advice: str = Field(default="", sa_type=Text)


class Member(SQLModel, table=True):
    __tablename__ = "member"
    id: int | None = Field(default=None, primary_key=True)
    email: str = Field(sa_type=String(512), unique=True, index=True)
    name: str = Field(default="", sa_type=Text)
    organisation: str = Field(default="", sa_type=Text)
    org_type: str = Field(default="", sa_type=String(32))
    role: str = Field(default="", sa_type=Text)
    region: str = Field(default="", sa_type=String(128))
    status: str = Field(default="active", sa_type=String(16), index=True)
    joined_at: datetime = _when()
    bounce_score: float = 0.0
    # Envelope sender vsn-bounces+<verp>@: a bounce names the member without a lookup by address.
    verp: str = Field(default_factory=lambda: secrets.token_hex(8), sa_type=String(32),
                      unique=True, index=True)
    # The member's own choices per urgency ("yellow": False, "green": True); the tier policy
    # (digest/notices/tiers.py) decides which choices count. Red is never theirs to turn off.
    immediate: dict[str, bool] = Field(default_factory=dict,
                                       sa_column=Column(JSON, nullable=False))
    digest: bool = True
    left_at: datetime | None = _maybe_when()


class OutboxBody(SQLModel, table=True):
    """The part of a message that every recipient of a mailing shares (headers and body)."""

    __tablename__ = "outbox_body"
    id: int | None = Field(default=None, primary_key=True)
    raw: bytes = Field(sa_column=Column(LargeBinary, nullable=False))
    created_at: datetime = _when()


class Outbox(SQLModel, table=True):
    __tablename__ = "outbox"
    __table_args__ = (UniqueConstraint("dedupe_key"),)
    id: int | None = Field(default=None, primary_key=True)
    created_at: datetime = _when(index=True)
    kind: str = Field(sa_type=String(32), index=True)
    dedupe_key: str | None = Field(default=None, sa_type=String(255))
    mail_from: str = Field(default="", sa_type=String(512))
    rcpt: str = Field(sa_type=String(512), index=True)
    raw: bytes = Field(sa_column=Column(LargeBinary, nullable=False))
    # A mailing to many members stores its shared part once: the message is raw (this
    # recipient's header lines) followed by the body row's bytes. store.queries.outbox_bytes.
    body_id: int | None = Field(default=None, foreign_key="outbox_body.id")
    status: str = Field(default="queued", sa_type=String(16), index=True)
    attempts: int = 0
    next_attempt_at: datetime = _when(index=True)
    last_error: str | None = Field(default=None, sa_type=Text)
    claimed_by: str | None = Field(default=None, sa_type=String(128))
    claimed_at: datetime | None = _maybe_when()
    sent_at: datetime | None = _maybe_when()


class OutboxOvertaken(SQLModel, table=True):
    """An outbox row a correction or retraction overtook while a courier was sending it.

    Whether the member got the old text is known only when the courier records the relay's
    answer (digest/deliver/overtaken.py): delivered, the held update notice (`held_id`,
    status held) is released; not delivered, it is dropped, and a row the revision
    withdraws (`withdraw`) is deleted instead of tried again.
    """

    __tablename__ = "outbox_overtaken"
    # No foreign keys: the rows it names are deleted by the settling itself, or purged.
    outbox_id: int = Field(sa_column=Column(Integer, primary_key=True, autoincrement=False))
    update_id: int
    withdraw: bool = False
    held_id: int | None = None
    at: datetime = _when()


class EventComment(SQLModel, table=True):
    """A member's comment, approved by a moderator, shown with its event in the next digest."""

    __tablename__ = "event_comment"
    id: int | None = Field(default=None, primary_key=True)
    event_id: int = Field(foreign_key="event.id", index=True)
    report_id: int = Field(foreign_key="report.id", unique=True)
    text: str = Field(default="", sa_type=Text)
    published_at: datetime = _when(index=True)


class Application(SQLModel, table=True):
    """Someone asked to join (ANSLUT); admins decide by reply."""

    __tablename__ = "application"
    # One pending application per address, kept by the store itself: of two workers
    # handling two ANSLUT from one address at the same moment, one insert fails (abuse).
    __table_args__ = (Index("uq_application_pending_email", "email", unique=True,
                            sqlite_where=text("status = 'pending'"),
                            postgresql_where=text("status = 'pending'")),)
    id: int | None = Field(default=None, primary_key=True)
    email: str = Field(sa_type=String(512), index=True)
    name: str = Field(default="", sa_type=Text)
    organisation: str = Field(default="", sa_type=Text)
    org_type: str = Field(default="", sa_type=String(32))
    role: str = Field(default="", sa_type=Text)
    region: str = Field(default="", sa_type=String(128))
    motivation: str = Field(default="", sa_type=Text)
    # The membership criteria as the applicant answers them (None: not answered).
    meets_people: bool | None = None          # meets people who use drugs in their work
    strategic_role: bool | None = None        # strategic, analytic or investigative role
    needs_information: bool | None = None     # has access to or need of the information
    status: str = Field(default="pending", sa_type=String(16), index=True)
    created_at: datetime = _when()
    decided_at: datetime | None = _maybe_when()
    decided_by: str = Field(default="", sa_type=String(512))


class DigestSent(SQLModel, table=True):
    """One weekly digest per member per ISO week: the unique key is the guarantee."""

    __tablename__ = "digest"
    __table_args__ = (UniqueConstraint("member_id", "week"),)
    id: int | None = Field(default=None, primary_key=True)
    member_id: int = Field(foreign_key="member.id", index=True)
    week: str = Field(sa_type=String(8), index=True)   # "2026-W48"
    created_at: datetime = _when()


class DigestRun(SQLModel, table=True):
    __tablename__ = "digest_run"
    week: str = Field(primary_key=True, sa_type=String(8))
    started_at: datetime = _when()
    finished_at: datetime | None = _maybe_when()
    items: int = 0
    queued: int = 0


class Bounce(SQLModel, table=True):
    """One delivery failure for a member: from a DSN (inbound) or a 5xx from the relay."""

    __tablename__ = "bounce"
    id: int | None = Field(default=None, primary_key=True)
    member_id: int = Field(foreign_key="member.id", index=True)
    at: datetime = _when(index=True)
    hard: bool = True
    status: str = Field(default="", sa_type=String(16))
    source: str = Field(default="dsn", sa_type=String(16))


class Question(SQLModel, table=True):
    """A moderator's question to a reporter (FRÅGA:), and the reporter's answer."""

    __tablename__ = "question"
    id: int | None = Field(default=None, primary_key=True)
    report_id: int = Field(foreign_key="report.id", index=True)
    asked_by: str = Field(sa_type=String(512))
    question: str = Field(default="", sa_type=Text)
    asked_at: datetime = _when()
    answer: str | None = Field(default=None, sa_type=Text)
    answered_at: datetime | None = _maybe_when()


class EventUpdate(SQLModel, table=True):
    """A correction or retraction of a published event (by reply, or `vsn events`). `text` is
    the moderator's note or reason, never the event's text."""

    __tablename__ = "event_update"
    id: int | None = Field(default=None, primary_key=True)
    event_id: int = Field(foreign_key="event.id", index=True)
    kind: str = Field(sa_type=String(16))  # "correction" or "retraction"
    title: str = Field(default="", sa_type=Text)
    text: str = Field(default="", sa_type=Text)
    moderator: str = Field(default="", sa_type=String(512))
    at: datetime = _when(index=True)
    # guard-corrections: when a correction replaced the published text, the SHA-256 of the
    # text it replaced (the old text itself is kept nowhere); "" for a note or a retraction.
    replaced_sha256: str = Field(default="", sa_type=String(64))


# --- abuse branch: blocked senders, settings waiting for confirmation, batched reviews ---


class BlockedSender(SQLModel, table=True):
    """A sender address or a whole domain whose mail is recorded, never reviewed or answered
    (`vsn block add|list|remove`)."""

    __tablename__ = "blocked_sender"
    id: int | None = Field(default=None, primary_key=True)
    pattern: str = Field(sa_type=String(512), unique=True)   # "a@b.example" or "b.example"
    note: str = Field(default="", sa_type=Text)
    created_at: datetime = _when()


class SettingsRequest(SQLModel, table=True):
    """INSTÄLLNINGAR with changes, waiting for the member to confirm by reply to a
    (settings, request, member) token: a forged From changes nothing."""

    __tablename__ = "settings_request"
    id: int | None = Field(default=None, primary_key=True)
    member_id: int = Field(foreign_key="member.id", index=True)
    changes: list[list[object]] = Field(default_factory=list,
                                        sa_column=Column(JSON, nullable=False))
    created_at: datetime = _when()
    applied_at: datetime | None = _maybe_when()


class BatchedReview(SQLModel, table=True):
    """A report from a non-member held during a flood: moderators get it in one list
    (hold/batch.py) instead of a review mail each; listed_at once that list is queued."""

    __tablename__ = "batched_review"
    report_id: int = Field(sa_column=Column(Integer, ForeignKey("report.id"),
                                            primary_key=True, autoincrement=False))
    held_at: datetime = _when(index=True)
    listed_at: datetime | None = _maybe_when(index=True)
