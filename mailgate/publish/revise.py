"""Changing a published event, however it was asked for (a reply to the confirmation or to
a notice, or `vsn events`): a correction (a note, a whole new text, or findings masked) or
a retraction.

A new text replaces the old one everywhere the service holds it: the event row (so SÖK and
every later digest show the new one), the search index, and the outbox: mail about the
event not yet delivered is rendered again with the current text or, for a retraction,
withdrawn (the table in digest/notices/outdated.py), in this same transaction; delivered
copies keep their header lines only. The old text is kept nowhere; the update row records
its SHA-256. Members who were sent the earlier text, and only they, get an update notice
asking them to delete the earlier message.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

from sqlmodel import Session

from digest.notices.outdated import READ, Change, Outdated, overtake, revisit
from digest.notices.updates import hold_update, notify_update
from mailgate.config.mailing import mailing
from mailgate.context import Context
from mailgate.scan import Finding, mask, publishable, scan
from store import status
from store.models import Event, EventUpdate
from store.search import forget_replaced
from store.status import EventStatus, UpdateKind
from store.types import utcnow


@dataclass(frozen=True)
class Revision:
    kind: UpdateKind
    note: str = ""                   # RÄTTELSE: <note>, or the reason for a retraction
    text: str | None = None          # a whole new text for the event
    title: str | None = None
    keep: tuple[int, ...] = ()       # findings in what the moderator wrote that stay
    redact: tuple[int, ...] = ()     # findings of the published text to mask (MASKERA n)

    @property
    def replaces(self) -> bool:
        return self.text is not None or bool(self.redact)

    def written(self) -> str:
        """What the moderator wrote that members will read, as it is scanned."""
        return "\n\n".join(t for t in (self.title or "", self.note, self.text or "") if t)


@dataclass(frozen=True)
class Objection:
    problem: str                     # already_retracted, no_text, no_finding, personal_data
    detail: str = ""
    findings: tuple[Finding, ...] = ()


@dataclass(frozen=True)
class Revised:
    update: EventUpdate
    notified: int                    # update notices queued
    outbox: Outdated | None = None   # undelivered mail rewritten or withdrawn

    def summary(self) -> str:
        """What reached the outbox, for the audit row: counts only."""
        done = f"{self.notified} update notices"
        return f"{done}, {self.outbox.summary()}" if self.outbox is not None else done


def event_findings(event: Event) -> list[Finding]:
    """The published text's findings, numbered as MASKERA n and `vsn events redact` count."""
    return publishable(scan(event.text))


def objection(event: Event, revision: Revision) -> Objection | None:
    """Why this revision may not be applied, or None."""
    if event.status == EventStatus.RETRACTED:
        return Objection("already_retracted")
    if revision.kind == UpdateKind.CORRECTION and not (revision.note.strip()
                                                       or revision.replaces):
        return Objection("no_text")
    if revision.redact:
        count = len(event_findings(event))
        wrong = [n for n in revision.redact if not 1 <= n <= count]
        if wrong:
            return Objection("no_finding", ", ".join(map(str, wrong)))
    # What members will read must pass the scanner; BEHÅLL n keeps a false positive.
    found = publishable(scan(revision.written()))
    if any(n not in revision.keep for n in range(1, len(found) + 1)):
        return Objection("personal_data", f"{len(found)} findings", tuple(found))
    return None


def revise(s: Session, ctx: Context, event: Event, revision: Revision, actor: str) -> Revised:
    """Apply an admitted revision (check `objection` first) and queue what members get.

    The caller holds the event's lock (store.queries.lock_row)."""
    assert event.id is not None
    replaced = ""
    retraction = revision.kind == UpdateKind.RETRACTION
    if retraction:
        status.check(event.status, EventStatus.RETRACTED)
        event.status, event.retracted_at = EventStatus.RETRACTED, utcnow()
    else:
        event.updated_at = utcnow()
        new = _new_text(event, revision)
        if new is not None:
            replaced = hashlib.sha256(event.text.encode("utf-8")).hexdigest()
            event.text = new
        event.title = revision.title or event.title
    update = EventUpdate(event_id=event.id, kind=revision.kind, title=event.title,
                         text=revision.note, moderator=actor, replaced_sha256=replaced)
    s.add_all([event, update])
    s.flush()
    if replaced or revision.title:
        forget_replaced(s)
    if not (replaced or revision.title or retraction):   # a note: nothing to replace
        return Revised(update, notify_update(s, mailing(ctx), event, update,
                                             token_days=ctx.settings.members.token_days))
    return _reach_outbox(s, ctx, event, update)


def _reach_outbox(s: Session, ctx: Context, event: Event, update: EventUpdate) -> Revised:
    change = Change(event, update, mailing(ctx), ctx.settings.digest.timezone,
                    ctx.settings.notices.full_text)
    days = ctx.settings.members.token_days
    outdated = revisit(s, change)
    notified = notify_update(s, change.mailing, event, update, readers=outdated.readers,
                             token_days=days)
    waiting = {r.member for r in outdated.overtaken if r.kind in READ} - outdated.readers
    held = hold_update(s, change.mailing, event, update, waiting, token_days=days)
    overtake(s, change, outdated.overtaken, held)
    return Revised(update, notified, outdated)


def _new_text(event: Event, revision: Revision) -> str | None:
    if revision.text is not None:
        return revision.text
    if revision.redact:
        chosen = [f for n, f in enumerate(event_findings(event), start=1)
                  if n in revision.redact]
        return mask(event.text, chosen)
    return None
