"""Every status a stored row can have, and the transitions allowed between them."""

from __future__ import annotations

from enum import StrEnum


class InboundStatus(StrEnum):
    RECEIVED = "received"      # raw bytes committed, nothing else done
    PROCESSING = "processing"  # claimed by a worker (lease in claimed_at)
    DONE = "done"              # triaged and handled; see kind
    FAILED = "failed"          # could not be processed; kept for an operator to retry
    # Failed or ran past [workers] row_seconds max_attempts times: set aside, never taken
    # by a worker again until an operator retries it (`vsn inbound retry`) or discards it.
    QUARANTINED = "quarantined"


class Kind(StrEnum):
    REPORT = "report"
    DECISION = "decision"
    COMMENT = "comment"
    COMMAND = "command"
    BOUNCE = "bounce"
    AUTO_REPLY = "auto_reply"
    JUNK = "junk"
    LOOP = "loop"
    DUPLICATE = "duplicate"   # the same bytes and Message-ID already processed
    ANSWER = "answer"         # a reporter's answer to a moderator's question
    CORRECTION = "correction"  # a moderator's reply to a published event's admin mail
    ADDITION = "addition"     # a reporter's reply to the acknowledgement: more for the report
    SPAM = "spam"             # the trusted relay's spam verdict: recorded, never answered
    BLOCKED = "blocked"       # a sender or domain on the block list: recorded only


class ReportStatus(StrEnum):
    HELD = "held"
    PUBLISHED = "published"
    REJECTED = "rejected"
    EXPIRED = "expired"
    DISCARDED = "discarded"   # KASTA: junk, thrown away without a word to anyone


class Urgency(StrEnum):
    RED = "red"
    YELLOW = "yellow"
    GREEN = "green"


class OutboxStatus(StrEnum):
    QUEUED = "queued"
    SENDING = "sending"
    SENT = "sent"
    FAILED = "failed"
    # An update notice that waits for the relay's answer to an overtaken row
    # (store.models.OutboxOvertaken): never claimed; released (queued) or deleted.
    HELD = "held"


class MemberStatus(StrEnum):
    ACTIVE = "active"
    SUSPENDED = "suspended"
    LEFT = "left"


class EventStatus(StrEnum):
    PUBLISHED = "published"
    RETRACTED = "retracted"


class TokenPurpose(StrEnum):
    REVIEW = "review"
    COMMENT = "comment"   # (comment, event, member): a reply to a notice
    LEAVE = "leave"       # (leave, member, member): confirms AVSLUTA
    # (unsubscribe, member, member): List-Unsubscribe of one mailing (and the portal's
    # one-click link); never the same token as a notice's comment address.
    UNSUBSCRIBE = "unsubscribe"
    SETTINGS = "settings"  # (settings, settings_request, member): confirms INSTÄLLNINGAR
    JOIN = "join"         # (join, application, admin): an admin's decision by reply
    ANSWER = "answer"     # (answer, question, reporter): the reporter answers a moderator
    EVENT = "event"       # (event, event, moderator): correction or retraction by reply
    REACTIVATE = "reactivate"  # (reactivate, member, address): back after bounces
    ADDITION = "addition"  # (addition, report, reporter): a reply to the acknowledgement
    LOGIN = "login"       # (login, member or 0, address): the portal's one-time login link


class UpdateKind(StrEnum):
    CORRECTION = "correction"
    RETRACTION = "retraction"


class ApplicationStatus(StrEnum):
    PENDING = "pending"
    APPROVED = "approved"
    REJECTED = "rejected"


# Keyed by enum class first: StrEnum members of different enums with the same value
# (report 'published', event 'published') are equal as strings and would collide.
ALLOWED: dict[type[StrEnum], dict[StrEnum, set[StrEnum]]] = {
    InboundStatus: {
        InboundStatus.RECEIVED: {InboundStatus.PROCESSING},
        InboundStatus.PROCESSING: {
            InboundStatus.DONE, InboundStatus.FAILED, InboundStatus.RECEIVED,
            InboundStatus.QUARANTINED},
        InboundStatus.FAILED: {InboundStatus.RECEIVED},
        InboundStatus.QUARANTINED: {InboundStatus.RECEIVED},
        InboundStatus.DONE: set(),
    },
    ReportStatus: {
        ReportStatus.HELD: {ReportStatus.PUBLISHED, ReportStatus.REJECTED, ReportStatus.EXPIRED,
                            ReportStatus.DISCARDED},
        ReportStatus.PUBLISHED: set(),
        ReportStatus.REJECTED: set(),
        ReportStatus.EXPIRED: set(),
        ReportStatus.DISCARDED: set(),
    },
    OutboxStatus: {
        OutboxStatus.QUEUED: {OutboxStatus.SENDING},
        OutboxStatus.SENDING: {OutboxStatus.SENT, OutboxStatus.QUEUED, OutboxStatus.FAILED},
        OutboxStatus.FAILED: {OutboxStatus.QUEUED},
        OutboxStatus.SENT: set(),
        OutboxStatus.HELD: {OutboxStatus.QUEUED},
    },
    MemberStatus: {
        MemberStatus.ACTIVE: {MemberStatus.SUSPENDED, MemberStatus.LEFT},
        MemberStatus.SUSPENDED: {MemberStatus.ACTIVE, MemberStatus.LEFT},
        MemberStatus.LEFT: {MemberStatus.ACTIVE},
    },
    EventStatus: {
        EventStatus.PUBLISHED: {EventStatus.RETRACTED},
        EventStatus.RETRACTED: set(),
    },
    ApplicationStatus: {
        ApplicationStatus.PENDING: {ApplicationStatus.APPROVED, ApplicationStatus.REJECTED},
        ApplicationStatus.APPROVED: set(),
        ApplicationStatus.REJECTED: set(),
    },
}


class TransitionError(ValueError):
    pass


def check(current: StrEnum | str, new: StrEnum) -> None:
    """Raise TransitionError unless current -> new is in ALLOWED."""
    current_enum = type(new)(current)
    if new not in ALLOWED[type(new)][current_enum]:
        raise TransitionError(f"{type(new).__name__}: {current_enum} -> {new} is not allowed")
