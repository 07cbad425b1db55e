"""A moderator's reply to a review mail: admitted (authority.py), read (reply.py), applied.

    GODKÄNN [RÖD|GUL|GRÖN] [VERIFIERAD] [BEHÅLL n] [RUBRIK:]   -> publish (or review again
                                                                  when a new text has findings)
    --- TEXT --- … --- SLUT ---  without GODKÄNN                 -> review again
    AVSLÅ: skäl                                                  -> rejected, reporter told
    FRÅGA: fråga                                                 -> asked, report stays held
    KASTA                                                        -> discarded, nobody told

A refused or unclear reply changes nothing and is answered with the reason.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from sqlmodel import Session, col, select

from mailgate.context import Context
from mailgate.hold.findings import add_findings, proposed_title, replace_text
from mailgate.hold.review import review_subject, send_reviews
from mailgate.moderate.authority import (
    Refusal,
    Refused,
    admit,
    audit,
    refuse,
    report_waits_for_decision,
)
from mailgate.moderate.commands import Action, Command, Unclear, read_command
from mailgate.moderate.corrections import confirm_published
from mailgate.moderate.notes import tell_the_others
from mailgate.moderate.questions import ask_reporter
from mailgate.moderate.reporters import tell_published
from mailgate.moderate.subjects import Prefix
from mailgate.parse import Mail
from mailgate.privacy import who
from mailgate.publish.events import Approval, Blocked, publish, reject
from mailgate.replies import answer
from mailgate.scan import Finding, publishable, scan
from mailgate.triage import Triage
from store import status, tokens
from store.models import Decision, InboundMail, Report, Token
from store.queries import lock_row
from store.status import ReportStatus, TokenPurpose, Urgency
from store.types import utcnow

log = logging.getLogger(__name__)

# What an admitted command does; the string returned goes to the audit row (no free text).
Apply = Callable[[Session, Context, Report, Command, str, Token], str]


def _approve(s: Session, ctx: Context, report: Report, command: Command, moderator: str,
             token: Token) -> str:
    tokens.spend(s, token)
    if command.text is not None:
        found = replace_text(s, report, command.text)
        if found:  # the scanner objects to the new text: a new review, never a publication
            return _review_again(s, ctx, report, command, moderator, len(found))
    event = publish(s, ctx, report, approval(report, command))
    if isinstance(event, Blocked):
        return _review_blocked(s, ctx, report, command, moderator, event)
    tell_published(s, ctx, report, event)
    if report.event_id is not None:  # a member's comment, shown on its event
        answer(s, ctx, moderator, "moderator/comment_published", limited=False,
               kind="moderation", subject=f"{Prefix.COMMENT_PUBLISHED}: {review_subject(report)}",
               report=report, event=event)
        return f"comment published on event {event.id}"
    confirm_published(s, ctx, report, event, moderator)
    return f"published event {event.id}"


def approval(report: Report, command: Command) -> Approval:
    return Approval(title=command.title or proposed_title(report), urgency=command.urgency,
                    verified=command.verified, keep=command.keep,
                    what=command.what or report.what, region=command.region or report.region,
                    advice=command.advice or report.advice, keep_letter=command.keep_letter)


def _edit(s: Session, ctx: Context, report: Report, command: Command, moderator: str,
          token: Token) -> str:
    tokens.spend(s, token)
    assert command.text is not None
    found = replace_text(s, report, command.text)
    return _review_again(s, ctx, report, command, moderator, len(found))


def _review_again(s: Session, ctx: Context, report: Report, command: Command, moderator: str,
                  found: int) -> str:
    note = (f"Texten har ändrats av {moderator} och skannats igen ({found} fynd). "
            "Äldre granskningsmejl för rapporten gäller inte längre.")
    _resend(s, ctx, report, command, note)
    return f"text replaced, {found} findings, reviewed again"


def _review_blocked(s: Session, ctx: Context, report: Report, command: Command,
                    moderator: str, blocked: Blocked) -> str:
    """The guard stopped the publication: the new findings numbered, everyone reviews again."""
    numbers = add_findings(s, report, list(blocked.findings))
    kinds = ", ".join(sorted({f.placeholder for f in blocked.findings}))
    marked = ", ".join(map(str, numbers))
    note = (f"{moderator} godkände, men ingenting publicerades och ingenting skickades: när "
            f"den slutliga texten skannades igen hittades uppgifter som inte var behållna "
            f"({kinds}), nu fynd {marked}. Fynden är numrerade på nytt; äldre "
            "granskningsmejl och deras BEHÅLL-nummer gäller inte längre.")
    _resend(s, ctx, report, command, note)
    return f"publication blocked, findings {marked} added, reviewed again"


def _resend(s: Session, ctx: Context, report: Report, command: Command, note: str) -> None:
    assert report.id is not None
    # The old mails number findings of the old text: their tokens must not decide any more.
    tokens.revoke(s, TokenPurpose.REVIEW, report.id)
    report.urgency = command.urgency or Urgency(report.urgency)
    report.title = command.title or report.title
    report.verified = command.verified or report.verified
    report.what = command.what or report.what
    report.region = command.region or report.region
    report.advice = command.advice or report.advice
    s.add(report)
    send_reviews(s, ctx, report, note=note)


def _reject(s: Session, ctx: Context, report: Report, command: Command, moderator: str,
            token: Token) -> str:
    tokens.spend(s, token)
    reject(s, report)
    reason = command.reason or ""
    answer(s, ctx, report.sender, "reporter/rejected", limited=False,
           subject=f"Din rapport {report.reference} publiceras inte",
           report=report, reason=reason)
    answer(s, ctx, moderator, "moderator/rejected", limited=False,
           subject=f"{Prefix.REJECTED}: {review_subject(report)}", report=report, reason=reason)
    return "rejected"


def _ask(s: Session, ctx: Context, report: Report, command: Command, moderator: str,
         token: Token) -> str:
    # A question decides nothing: the token stays valid for the decision that follows.
    question = ask_reporter(s, ctx, report, moderator, command.reason or "")
    return f"question {question.id} sent to the reporter"


def _discard(s: Session, ctx: Context, report: Report, command: Command, moderator: str,
             token: Token) -> str:
    # Junk (a flood, spam from rotating senders): no word to the reporter, whose address
    # may be forged, nor to anyone else. The audit row is the only trace.
    assert report.id is not None
    tokens.spend(s, token)
    tokens.revoke(s, TokenPurpose.REVIEW, report.id)
    status.check(report.status, ReportStatus.DISCARDED)
    report.status, report.decided_at = ReportStatus.DISCARDED, utcnow()
    s.add(report)
    return "discarded, nobody told"


# Refusals where the reply is not shown to come from the moderator its token names.
UNPROVEN = frozenset({Refusal.NO_TOKEN, Refusal.UNKNOWN, Refusal.WRONG_SENDER,
                      Refusal.AUTH_FAILED, Refusal.AUTH_UNVERIFIED, Refusal.NOT_MODERATOR})

REVIEW_ACTIONS: dict[Action, Apply] = {
    Action.APPROVE: _approve,
    Action.EDIT: _edit,
    Action.REJECT: _reject,
    Action.ASK: _ask,
    Action.DISCARD: _discard,
}


def report_waits(s: Session, token: Token) -> Refusal | None:
    return report_waits_for_decision(lock_row(s, Report, token.object_id))


def handle_decision(s: Session, ctx: Context, inbound: InboundMail, mail: Mail,
                    triage: Triage) -> None:
    gate = admit(s, ctx, mail, triage.route, TokenPurpose.REVIEW, report_waits,
                 people=ctx.settings.moderation.moderators)
    report = s.get(Report, gate.token.object_id) if gate.token is not None else None
    command = read_command(mail.text, mail.subject)
    action = str(command.action) if isinstance(command, Command) else "unclear"
    if gate.refusal is not None or gate.token is None or report is None:
        _refuse(s, ctx, inbound, mail, report, action, gate.refusal or Refusal.UNKNOWN,
                gate.detail)
    elif isinstance(command, Unclear):
        _refuse(s, ctx, inbound, mail, report, action, Refusal.UNCLEAR, command.problem,
                line=command.line)
    elif command.action not in REVIEW_ACTIONS:
        _refuse(s, ctx, inbound, mail, report, action, Refusal.NOT_HERE, str(command.action))
    elif report.event_id is not None and (misfit := comment_misfit(command)):
        _refuse(s, ctx, inbound, mail, report, action, Refusal.NOT_HERE, "comment",
                line=misfit)
    elif found := title_findings(command):
        _refuse(s, ctx, inbound, mail, report, action, Refusal.PERSONAL_DATA, "title",
                findings=found)
    else:
        outcome = REVIEW_ACTIONS[command.action](s, ctx, report, command, mail.sender,
                                                 gate.token)
        audit(s, inbound, mail.sender, report.id, action, detail=f"{describe(command)}: "
                                                                 f"{outcome}")
        tell_the_others(s, ctx, report, action, mail)
        log.info("report %s: %s by reply (%s)", report.reference, action, outcome)


# A comment is shown under its event: urgency, verification, title and questions to the
# writer belong to events and reports, so a comment's review offers only these.
COMMENT_ACTIONS = frozenset({Action.APPROVE, Action.EDIT, Action.REJECT})


def comment_misfit(command: Command) -> str:
    """What in a reply to a comment's review does not apply to a comment ("" if nothing)."""
    misfits = [word for word, present in (
        ("FRÅGA", command.action not in COMMENT_ACTIONS),
        ("RÖD/GUL/GRÖN", command.urgency is not None),
        ("VERIFIERAD", command.verified),
        ("RUBRIK", command.title is not None),
    ) if present]
    return ", ".join(misfits)


def title_findings(command: Command) -> list[Finding]:
    """What the scanner finds in a title or part the moderator wrote (they are never masked)."""
    written = [command.title, command.what, command.region, command.advice]
    return [f for line in written if line for f in publishable(scan(line))]


def _refuse(s: Session, ctx: Context, inbound: InboundMail, mail: Mail, report: Report | None,
            action: str, refusal: Refusal, detail: str = "", *, line: str = "",
            findings: list[Finding] | None = None) -> None:
    decided = last_decision(s, report.id) if report and report.id else None
    moderators = ctx.settings.moderation.moderators
    # A moderator replying through their own token always hears back.
    limited = refusal in UNPROVEN or mail.sender not in moderators
    refused = Refused(action, refusal, detail, report.id if report else None,
                      report.reference if report else "")
    refuse(s, ctx, inbound, mail, refused, template="moderator/refused", limited=limited,
           subject=f"{Prefix.REFUSED}: {mail.subject}", line=line, report=report,
           decided=decided, correction=False,
           decided_by=who(decided.actor, moderators) if decided is not None else "",
           findings=findings or [])


def last_decision(s: Session, report_id: int) -> Decision | None:
    """The accepted decision that took the report out of the hold."""
    stmt = select(Decision).where(col(Decision.report_id) == report_id,
                                  col(Decision.accepted).is_(True),
                                  col(Decision.action).in_([Action.APPROVE, Action.REJECT,
                                                            Action.DISCARD]))
    return s.exec(stmt.order_by(col(Decision.at).desc())).first()


def describe(command: Command) -> str:
    """The command for the audit log, without any free text the moderator wrote."""
    parts = [str(command.action)]
    if command.urgency:
        parts.append(f"urgency={command.urgency}")
    if command.verified:
        parts.append("verified")
    if command.keep:
        parts.append("keep=" + ",".join(map(str, command.keep)))
    if command.title:
        parts.append("title")
    if command.text is not None:
        parts.append("text")
    parts += [name for name in ("what", "region", "advice") if getattr(command, name)]
    if command.keep_letter:
        parts.append("keep_letter")
    if command.reason:
        parts.append("reason")
    return " ".join(parts)
